package deltaflow.diagram;

import deltaflow.model.MathText;

/**
 * The lecture's symbols for the diagram's labels, in the argument order the layouts use (layer first): the
 * symbols themselves come from the model's {@link deltaflow.model.Notation}, so labels, formulas and hints
 * write them alike; what is added here is only for labels (inline ∂C/∂w, "symbol = value", a note).
 */
final class Notation {
    private Notation() {}

    static MathText x(int j) { return deltaflow.model.Notation.a(j, 0); }

    static MathText z(int l, int i) { return deltaflow.model.Notation.z(i, l); }

    static MathText a(int l, int i) { return deltaflow.model.Notation.a(i, l); }

    static MathText delta(int l, int i) { return deltaflow.model.Notation.delta(i, l); }

    static MathText bias(int l, int i) { return deltaflow.model.Notation.b(i, l); }

    static MathText gain(int l, int i) { return deltaflow.model.Notation.gain(i, l); }

    static MathText weight(int l, int i, int j) { return deltaflow.model.Notation.w(i, j, l); }

    /**
     * ∂C^r/∂w_ij^l (one example's, {@code perExample}) or the mean ∂C/∂w_ij^l inline, as a label reads it (the
     * formula panel typesets it as a fraction). The lecture's point is C = 1/R Σ_r C^r: the two are different numbers.
     */
    static MathText weightGradient(int l, int i, int j, boolean perExample) {
        return partialOf(perExample, weight(l, i, j));
    }

    /** ∂C^r/∂b_i^l or the mean ∂C/∂b_i^l inline. */
    static MathText biasGradient(int l, int i, boolean perExample) {
        return partialOf(perExample, bias(l, i));
    }

    private static MathText partialOf(boolean perExample, MathText parameter) {
        MathText.Builder b = MathText.builder().add("∂", "\\partial ");
        if (perExample) b.symbol("C", "C", "", "r");
        else b.text("C");
        return b.add("/∂", "/\\partial ").append(parameter).build();
    }

    /** ∂C^r/∂y_n inline: one example's, like every number of the backward pass. */
    static MathText costGradient(int n) {
        return MathText.builder().add("∂", "\\partial ").symbol("C", "C", "", "r").add("/∂", "/\\partial ").append(deltaflow.model.Notation.y(n)).build();
    }

    /** ŷ_n, the target. */
    static MathText target(int n) { return deltaflow.model.Notation.yHat(n); }

    /** C^r, one example's cost. */
    static MathText costR() { return deltaflow.model.Notation.costR(); }

    /** C = 1/R Σ_r C^r. */
    static MathText cost() { return MathText.builder().text("C").build(); }

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
