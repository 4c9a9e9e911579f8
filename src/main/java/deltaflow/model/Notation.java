package deltaflow.model;

/**
 * The lecture's symbols: z_i^l, a_j^l (x_j for l = 0), w_ij^l, b_i^l, δ_i^l, σ'(z_i^l), y_n, ŷ_n, C^r,
 * ∂C^r/∂y_n. Indices are given from 0 and print from 1. One place for the notation, so the formulas, the
 * diagram's labels and every export write it alike.
 */
public final class Notation {
    private Notation() {}

    /** Neurons print counted from 1, as on the slides. */
    public static String index(int k) { return String.valueOf(k + 1); }

    public static MathText z(int i, int l) { return z(index(i), l); }

    public static MathText z(String i, int l) { return MathText.symbol("z", "z", i, String.valueOf(l)); }

    /** a_j^l, or x_j for the input layer. */
    public static MathText a(int j, int l) { return a(index(j), l); }

    public static MathText a(String j, int l) {
        return l == 0 ? MathText.symbol("x", "x", j, "") : MathText.symbol("a", "a", j, String.valueOf(l));
    }

    public static MathText w(int i, int j, int l) { return w(index(i), index(j), l); }

    public static MathText w(int i, String j, int l) { return w(index(i), j, l); }

    public static MathText w(String i, int j, int l) { return w(i, index(j), l); }

    /** w_ij^l; indices of more than one digit are separated by a comma. */
    public static MathText w(String i, String j, int l) {
        String sub = i.length() > 1 || j.length() > 1 ? i + "," + j : i + j;
        return MathText.symbol("w", "w", sub, String.valueOf(l));
    }

    public static MathText b(int i, int l) { return MathText.symbol("b", "b", index(i), String.valueOf(l)); }

    public static MathText delta(int i, int l) { return delta(index(i), l); }

    public static MathText delta(String i, int l) { return MathText.symbol("δ", "\\delta", i, String.valueOf(l)); }

    public static MathText gain(int i, int l) {
        return MathText.builder().add("σ'(", "\\sigma'(").append(z(i, l)).text(")").build();
    }

    public static MathText y(int n) { return y(index(n)); }

    public static MathText y(String n) { return MathText.symbol("y", "y", n, ""); }

    public static MathText yHat(int n) { return yHat(index(n)); }

    public static MathText yHat(String n) { return MathText.symbol("ŷ", "\\hat{y}", n, ""); }

    public static MathText costR() { return MathText.symbol("C", "C", "", "r"); }

    public static MathText dCdy(int n) { return dCdy(index(n)); }

    public static MathText dCdy(String n) { return partial(costR(), y(n)); }

    /** ∂f/∂x. */
    public static MathText partial(MathText f, MathText x) {
        return MathText.builder().fraction(MathText.builder().add("∂", "\\partial ").append(f).build(),
                MathText.builder().add("∂", "\\partial ").append(x).build()).build();
    }

    /** The symbol of any number the program shows: w_11^2, δ_1^2, ∂C^r/∂w_11^2, ... */
    public static MathText symbol(ValueRef ref) {
        int l = ref.layer(), i = ref.neuron(), j = ref.source();
        return switch (ref.quantity()) {
            case X -> a(i, 0);
            case TARGET -> yHat(i);
            case WEIGHT -> w(i, j, l);
            case BIAS -> b(i, l);
            case Z -> z(i, l);
            case A -> a(i, l);
            case GAIN -> gain(i, l);
            case COST -> costR();
            case COST_GRADIENT -> dCdy(i);
            case DELTA -> delta(i, l);
            case WEIGHT_GRADIENT -> partial(costR(), w(i, j, l));
            case BIAS_GRADIENT -> partial(costR(), b(i, l));
            case TOTAL_COST -> MathText.builder().text("C").build();
            case MEAN_WEIGHT_GRADIENT -> partial(MathText.builder().text("C").build(), w(i, j, l));
            case MEAN_BIAS_GRADIENT -> partial(MathText.builder().text("C").build(), b(i, l));
            case UPDATED_WEIGHT -> MathText.builder().append(w(i, j, l)).add("⁺", "^{+}").build();
            case UPDATED_BIAS -> MathText.builder().append(b(i, l)).add("⁺", "^{+}").build();
        };
    }
}
