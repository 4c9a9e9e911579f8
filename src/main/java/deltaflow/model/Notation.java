package deltaflow.model;

/**
 * The lecture's symbols: z_i^l, a_j^l (x_j for l = 0), w_ij^l, b_i^l, δ_i^l, σ'(z_i^l), y_n, ŷ_n, C^r, C,
 * ∂C^r/∂y_n. The one place for the notation, so the formulas, the diagram's labels, the cards and every export
 * write it alike.
 *
 * <p>One argument order throughout, the one {@link ValueRef} uses: the layer first, then the indices in the order
 * the symbol writes them — {@code weight(l, i, j)} is w_ij^l, {@code z(l, i)} is z_i^l. Indices are given from 0
 * and print from 1, as on the slides; a String index ("j", "k") prints as given, for a sum's running index.
 */
public final class Notation {
    private Notation() {}

    /** Neurons print counted from 1, as on the slides. */
    public static String index(int k) { return String.valueOf(k + 1); }

    // ----- the lecture's symbols ---------------------------------------------------------------

    /** x_j, the input. */
    public static MathText x(int j) { return a(0, j); }

    public static MathText z(int l, int i) { return z(l, index(i)); }

    public static MathText z(int l, String i) { return MathText.symbol("z", "z", i, String.valueOf(l)); }

    /** a_j^l, or x_j for the input layer. */
    public static MathText a(int l, int j) { return a(l, index(j)); }

    public static MathText a(int l, String j) {
        return l == 0 ? MathText.symbol("x", "x", j, "") : MathText.symbol("a", "a", j, String.valueOf(l));
    }

    public static MathText weight(int l, int i, int j) { return weight(l, index(i), index(j)); }

    public static MathText weight(int l, int i, String j) { return weight(l, index(i), j); }

    public static MathText weight(int l, String i, int j) { return weight(l, i, index(j)); }

    /** w_ij^l; indices of more than one digit are separated by a comma. */
    public static MathText weight(int l, String i, String j) {
        String sub = i.length() > 1 || j.length() > 1 ? i + "," + j : i + j;
        return MathText.symbol("w", "w", sub, String.valueOf(l));
    }

    public static MathText bias(int l, int i) { return MathText.symbol("b", "b", index(i), String.valueOf(l)); }

    public static MathText delta(int l, int i) { return delta(l, index(i)); }

    public static MathText delta(int l, String i) { return MathText.symbol("δ", "\\delta", i, String.valueOf(l)); }

    /** σ'(z_i^l), the gain of the reverse network's amplifier. */
    public static MathText gain(int l, int i) {
        return MathText.builder().add("σ'(", "\\sigma'(").append(z(l, i)).text(")").build();
    }

    /** y_n, the network's output. */
    public static MathText y(int n) { return y(index(n)); }

    public static MathText y(String n) { return MathText.symbol("y", "y", n, ""); }

    /** ŷ_n, the target. */
    public static MathText target(int n) { return target(index(n)); }

    public static MathText target(String n) { return MathText.symbol("ŷ", "\\hat{y}", n, ""); }

    /** C^r, one example's cost. */
    public static MathText costR() { return MathText.symbol("C", "C", "", "r"); }

    /** C = 1/R Σ_r C^r. */
    public static MathText cost() { return plain("C"); }

    // ----- a layer's vectors, as the vector forms write them ---------------------------------------

    /** z^l, a layer's weighted inputs. */
    public static MathText zVector(int l) { return MathText.symbol("z", "z", "", String.valueOf(l)); }

    /** a^l, a layer's activations, or x for the input layer. */
    public static MathText aVector(int l) { return l == 0 ? MathText.symbol("x", "x", "", "") : MathText.symbol("a", "a", "", String.valueOf(l)); }

    /** δ^l, a layer's errors. */
    public static MathText deltaVector(int l) { return MathText.symbol("δ", "\\delta", "", String.valueOf(l)); }

    // ----- derivatives: stacked as the formula panel typesets them, inline as a label reads them ---------------

    /** ∂f/∂x, stacked. */
    public static MathText partial(MathText f, MathText x) {
        return MathText.builder().fraction(MathText.builder().add("∂", "\\partial ").append(f).build(),
                MathText.builder().add("∂", "\\partial ").append(x).build()).build();
    }

    /** ∂C^r/∂y_n, stacked. */
    public static MathText dCdy(int n) { return dCdy(index(n)); }

    public static MathText dCdy(String n) { return partial(costR(), y(n)); }

    /** ∂C^r/∂y_n inline: one example's, like every number of the backward pass. */
    public static MathText costGradient(int n) { return costGradient(index(n)); }

    public static MathText costGradient(String n) {
        return MathText.builder().add("∂", "\\partial ").append(costR()).add("/∂", "/\\partial ").append(y(n)).build();
    }

    /**
     * ∂C^r/∂w_ij^l (one example's, {@code perExample}) or the mean ∂C/∂w_ij^l inline. The lecture's point is
     * C = 1/R Σ_r C^r: the two are different numbers.
     */
    public static MathText weightGradient(int l, int i, int j, boolean perExample) {
        return partialInline(perExample, weight(l, i, j));
    }

    /** ∂C^r/∂b_i^l or the mean ∂C/∂b_i^l inline. */
    public static MathText biasGradient(int l, int i, boolean perExample) {
        return partialInline(perExample, bias(l, i));
    }

    private static MathText partialInline(boolean perExample, MathText parameter) {
        return MathText.builder().add("∂", "\\partial ").append(perExample ? costR() : cost())
                .add("/∂", "/\\partial ").append(parameter).build();
    }

    /** θ⁺, a parameter after the update. */
    public static MathText updated(MathText parameter) {
        return MathText.builder().append(parameter).add("⁺", "^{+}").build();
    }

    /** The symbol of any number the program shows: w_11^2, δ_1^2, ∂C^r/∂w_11^2, ... */
    public static MathText symbol(ValueRef ref) {
        int l = ref.layer(), i = ref.neuron(), j = ref.source();
        return switch (ref.quantity()) {
            case X -> x(i);
            case TARGET -> target(i);
            case WEIGHT -> weight(l, i, j);
            case BIAS -> bias(l, i);
            case Z -> z(l, i);
            case A -> a(l, i);
            case GAIN -> gain(l, i);
            case COST -> costR();
            case COST_GRADIENT -> dCdy(i);
            case DELTA -> delta(l, i);
            case WEIGHT_GRADIENT -> partial(costR(), weight(l, i, j));
            case BIAS_GRADIENT -> partial(costR(), bias(l, i));
            case TOTAL_COST -> cost();
            case MEAN_WEIGHT_GRADIENT -> partial(cost(), weight(l, i, j));
            case MEAN_BIAS_GRADIENT -> partial(cost(), bias(l, i));
            case UPDATED_WEIGHT -> updated(weight(l, i, j));
            case UPDATED_BIAS -> updated(bias(l, i));
        };
    }

    // ----- labels: a symbol with its value or a note ------------------------------------------------

    /** {@code symbol = value}. */
    public static MathText equals(MathText symbol, double value, int digits) {
        return MathText.builder().append(symbol).op("=", "=").number(value, digits, false).build();
    }

    /** {@code text (note)}, the note upright in LaTeX. */
    public static MathText withNote(MathText text, String note) {
        return MathText.builder().append(text).add(" (" + note + ")", "\\ (\\mathrm{" + note + "})").build();
    }

    /** Words or digits, the same in both forms. */
    public static MathText plain(String text) { return MathText.builder().text(text).build(); }
}
