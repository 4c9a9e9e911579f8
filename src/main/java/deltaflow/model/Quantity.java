package deltaflow.model;

/** Every kind of number the program shows: the scenario's own, and those a step computes. */
public enum Quantity {
    X, TARGET, WEIGHT, BIAS,
    Z, A, GAIN, COST, COST_GRADIENT, DELTA, WEIGHT_GRADIENT, BIAS_GRADIENT,
    TOTAL_COST, MEAN_WEIGHT_GRADIENT, MEAN_BIAS_GRADIENT, UPDATED_WEIGHT, UPDATED_BIAS;

    /** True for the numbers given by the scenario rather than computed. */
    public boolean isGiven() { return this == X || this == TARGET || this == WEIGHT || this == BIAS; }

    /** True for a weight w_ij^l and the numbers about it: its gradients ∂C^r/∂w and ∂C/∂w, and its update. */
    public boolean isOfWeight() {
        return this == WEIGHT || this == WEIGHT_GRADIENT || this == MEAN_WEIGHT_GRADIENT || this == UPDATED_WEIGHT;
    }

    /** True for the numbers that belong to one example r. */
    public boolean isPerExample() {
        return switch (this) {
            case X, TARGET, Z, A, GAIN, COST, COST_GRADIENT, DELTA, WEIGHT_GRADIENT, BIAS_GRADIENT -> true;
            default -> false;
        };
    }
}
