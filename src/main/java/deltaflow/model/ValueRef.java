package deltaflow.model;

/**
 * A name for one number: a quantity with its example r, layer l, neuron i and source neuron j, as in
 * w_ij^l. Indices count from 0 except the layer, which is the lecture's l (0 for the input). Unused indices
 * are 0.
 */
public record ValueRef(Quantity quantity, int example, int layer, int neuron, int source) {

    /** From the fields' values only (an enum's own hash is its identity): diagrams look up 100,000 of these per step. */
    @Override public int hashCode() {
        return (((quantity.ordinal() * 31 + example) * 31 + layer) * 31 + neuron) * 31 + source;
    }

    public static ValueRef x(int r, int j) { return new ValueRef(Quantity.X, r, 0, j, 0); }
    public static ValueRef target(int r, int n) { return new ValueRef(Quantity.TARGET, r, 0, n, 0); }
    public static ValueRef weight(int l, int i, int j) { return new ValueRef(Quantity.WEIGHT, 0, l, i, j); }
    public static ValueRef bias(int l, int i) { return new ValueRef(Quantity.BIAS, 0, l, i, 0); }
    public static ValueRef z(int r, int l, int i) { return new ValueRef(Quantity.Z, r, l, i, 0); }
    /** a_i^l; a^0 is the input x. */
    public static ValueRef a(int r, int l, int i) { return l == 0 ? x(r, i) : new ValueRef(Quantity.A, r, l, i, 0); }
    public static ValueRef gain(int r, int l, int i) { return new ValueRef(Quantity.GAIN, r, l, i, 0); }
    public static ValueRef cost(int r) { return new ValueRef(Quantity.COST, r, 0, 0, 0); }
    public static ValueRef costGradient(int r, int n) { return new ValueRef(Quantity.COST_GRADIENT, r, 0, n, 0); }
    public static ValueRef delta(int r, int l, int i) { return new ValueRef(Quantity.DELTA, r, l, i, 0); }
    public static ValueRef weightGradient(int r, int l, int i, int j) { return new ValueRef(Quantity.WEIGHT_GRADIENT, r, l, i, j); }
    public static ValueRef biasGradient(int r, int l, int i) { return new ValueRef(Quantity.BIAS_GRADIENT, r, l, i, 0); }
    public static ValueRef totalCost() { return new ValueRef(Quantity.TOTAL_COST, 0, 0, 0, 0); }
    public static ValueRef meanWeightGradient(int l, int i, int j) { return new ValueRef(Quantity.MEAN_WEIGHT_GRADIENT, 0, l, i, j); }
    public static ValueRef meanBiasGradient(int l, int i) { return new ValueRef(Quantity.MEAN_BIAS_GRADIENT, 0, l, i, 0); }
    public static ValueRef updatedWeight(int l, int i, int j) { return new ValueRef(Quantity.UPDATED_WEIGHT, 0, l, i, j); }
    public static ValueRef updatedBias(int l, int i) { return new ValueRef(Quantity.UPDATED_BIAS, 0, l, i, 0); }
}
