package deltaflow.diagram;

import deltaflow.model.MathText;

/** The lecture's symbols as {@link MathText}: δ_i^l, σ'(z_i^l), w_ij^l, ∂C^r/∂w_ij^l. Indices shown from 1. */
final class Notation {
    private Notation() {}

    static MathText symbol(String base, String latexBase, int l, int i) {
        return MathText.symbol(base, latexBase, String.valueOf(i + 1), String.valueOf(l));
    }

    static MathText x(int j) { return MathText.symbol("x", "x", String.valueOf(j + 1), ""); }

    static MathText z(int l, int i) { return symbol("z", "z", l, i); }

    static MathText a(int l, int i) { return l == 0 ? x(i) : symbol("a", "a", l, i); }

    static MathText delta(int l, int i) { return symbol("δ", "\\delta", l, i); }

    static MathText bias(int l, int i) { return symbol("b", "b", l, i); }

    static MathText gain(int l, int i) {
        return MathText.builder().add("σ'(", "\\sigma'(").append(z(l, i)).text(")").build();
    }

    static MathText weight(int l, int i, int j) {
        return MathText.symbol("w", "w", pair(i, j), String.valueOf(l));
    }

    static MathText weightGradient(int l, int i, int j) {
        return MathText.builder().add("∂C/∂", "\\partial C/\\partial ").append(weight(l, i, j)).build();
    }

    static MathText costGradient(int n) {
        return MathText.builder().add("∂C/∂", "\\partial C/\\partial ").append(MathText.symbol("y", "y", String.valueOf(n + 1), "")).build();
    }

    /** "12" for w_12; "1,12" once an index has two digits, so it stays unambiguous. */
    private static String pair(int i, int j) {
        return i + 1 >= 10 || j + 1 >= 10 ? (i + 1) + "," + (j + 1) : "" + (i + 1) + (j + 1);
    }

    /** {@code symbol = value}. */
    static MathText equals(MathText symbol, double value, int digits) {
        return MathText.builder().append(symbol).op("=", "=").number(value, digits, false).build();
    }

    /** {@code text (note)}, the note upright in LaTeX. */
    static MathText withNote(MathText text, String note) {
        return MathText.builder().append(text).add(" (" + note + ")", "\\ (\\mathrm{" + note + "})").build();
    }

    static MathText plain(String text) { return MathText.builder().text(text).build(); }
}
