package deltaflow.model;

import java.util.function.IntFunction;

/** How the equations write sums, means and brackets, alike in symbols and in numbers. */
final class EquationText {
    /** A sum longer than this shows its first and last terms around an ellipsis. */
    static final int MAX_TERMS = 6;

    private EquationText() {}

    /** t_1 + t_2 + ⋯ + t_n, the middle of a long sum elided. */
    static void sum(MathText.Builder into, int count, IntFunction<MathText> term) {
        for (int k = 0; k < count; k++) {
            if (count > MAX_TERMS && k == 2) {
                into.op("+", "+").add("⋯", "\\cdots");
                k = count - 2; // continue with the last term
                continue;
            }
            if (k > 0) into.op("+", "+");
            into.append(term.apply(k));
        }
    }

    /** (t_1 + ... + t_R)/R; nothing for R = 1, where the mean is the one term and the formula says so already. */
    static void average(MathText.Builder into, int count, IntFunction<MathText> term) {
        if (count == 1) return;
        MathText.Builder numerator = MathText.builder();
        sum(numerator, count, term);
        into.fraction(numerator.build(), text(String.valueOf(count)));
    }

    /** Σ_index, the running index as a subscript. */
    static MathText.Builder sigma(MathText.Builder into, String index) {
        return into.add("Σ", "\\sum").symbol("", "", index, "");
    }

    /** 1/R Σ_r. */
    static MathText.Builder meanOverExamples(MathText.Builder into) {
        return sigma(into.fraction(text("1"), text("R")).text(" "), "r").text(" ");
    }

    static MathText bracket(MathText inner) {
        return MathText.builder().text("(").append(inner).text(")").build();
    }

    static MathText text(String s) { return MathText.builder().text(s).build(); }

    static MathText exp(MathText power) {
        return MathText.builder().add("exp(", "\\exp(").append(power).text(")").build();
    }
}
