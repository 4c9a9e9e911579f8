package deltaflow.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * A penalty on the weights, applied as TensorFlow Playground applies it (its {@code nn.ts}, updateWeights):
 * after the gradient step w⁺ = w − η ∂C/∂w, the weight moves further by −η λ R'(w), with R' taken at the
 * weight before the step. So the gradient step is exactly the step engine's; the penalty is a second,
 * separate move. Biases are never penalized. With L1 a weight the penalty pushes across zero is set to zero
 * and frozen there: it takes no step again while the training runs (the Playground's "dead" link; training
 * keeps the mask, see {@code Sgd}).
 */
public enum Regularization {
    NONE("none"),
    /** R(w) = |w|, R'(w) = −1 for w &lt; 0 and +1 otherwise (the Playground's, +1 at 0). A weight the penalty pushes across zero stops at zero. */
    L1("l1"),
    /** R(w) = ½ w², R'(w) = w. */
    L2("l2");

    private final String id;

    Regularization(String id) { this.id = id; }

    /** The weight after the penalty: {@code stepped} is w⁺ = w − η ∂C/∂w, {@code before} is w. */
    public double apply(double before, double stepped, double learningRate, double rate) {
        double penalized = penalized(before, stepped, learningRate, rate);
        return this == L1 && crossesZero(stepped, penalized) ? 0.0 : penalized;
    }

    /** w⁺ − η λ R'(w): the penalty's move, before L1 stops a weight at zero. */
    public double penalized(double before, double stepped, double learningRate, double rate) {
        return switch (this) {
            case NONE -> stepped;
            case L2 -> stepped - learningRate * rate * before;
            case L1 -> stepped - learningRate * rate * (before < 0 ? -1 : 1);
        };
    }

    /** True when the penalty's move took the weight across zero: L1 then stops it there, for good. */
    public static boolean crossesZero(double stepped, double penalized) { return stepped * penalized < 0; }

    public String id() { return id; }

    public static Optional<Regularization> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    public static String knownIds() {
        return String.join(", ", Arrays.stream(values()).map(Regularization::id).toList());
    }
}
