package deltaflow.model;

/**
 * A run of steps of one kind in one layer of one example: the unit of the timeline's layer granularity.
 * Gradient, mean-gradient and update segments hold one row per neuron i: its weights j = 0..n_{l−1}−1,
 * then (where biases are involved) its bias.
 */
record Segment(Type type, int example, int layer, int start, int rows, int columns, int weightColumns) {

    enum Type { Z, A, COST, COST_GRADIENT, DELTA, GRADIENT, TOTAL_COST, MEAN_GRADIENT, UPDATE }

    int size() { return rows * columns; }

    int end() { return start + size(); }

    Phase phase() {
        return switch (type) {
            case Z, A -> Phase.FORWARD;
            case COST, COST_GRADIENT -> Phase.COST;
            case DELTA -> Phase.BACKWARD;
            case GRADIENT -> Phase.GRADIENTS;
            case TOTAL_COST, MEAN_GRADIENT -> Phase.AVERAGE;
            case UPDATE -> Phase.UPDATE;
        };
    }

    /** The kind of the step at {@code offset} within this segment. */
    StepKind kind(int offset) {
        boolean bias = offset % columns >= weightColumns;
        return switch (type) {
            case Z -> StepKind.Z;
            case A -> StepKind.A;
            case COST -> StepKind.COST;
            case COST_GRADIENT -> StepKind.COST_GRADIENT;
            case DELTA -> StepKind.DELTA;
            case GRADIENT -> bias ? StepKind.BIAS_GRADIENT : StepKind.WEIGHT_GRADIENT;
            case TOTAL_COST -> StepKind.TOTAL_COST;
            case MEAN_GRADIENT -> bias ? StepKind.MEAN_BIAS_GRADIENT : StepKind.MEAN_WEIGHT_GRADIENT;
            case UPDATE -> bias ? StepKind.BIAS_UPDATE : StepKind.WEIGHT_UPDATE;
        };
    }
}
