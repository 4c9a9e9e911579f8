package deltaflow.diagram;

import deltaflow.model.Activation;

/**
 * Where the backward signal dies: an amplifier whose gain is below 1% of its activation's largest
 * derivative (sigmoid σ' < 0.0025) is saturated, a ReLU with σ' = 0 is dead.
 */
public enum Saturation {
    NONE(""), SATURATED("saturated"), DEAD("dead");

    private final String label;

    Saturation(String label) { this.label = label; }

    String label() { return label; }

    static Saturation of(Activation activation, double gain) {
        if (!activation.isElementwise() || activation == Activation.LINEAR) return NONE;
        if (activation == Activation.RELU) return gain == 0 ? DEAD : NONE;
        return Math.abs(gain) < 0.01 * maxGain(activation) ? SATURATED : NONE;
    }

    static double maxGain(Activation activation) {
        return activation == Activation.SIGMOID ? 0.25 : 1;
    }
}
