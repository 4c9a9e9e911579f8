package deltaflow.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A line of mathematics in the lecture's notation, written once and rendered three ways: LaTeX (for the
 * formula panel and TikZ), plain text ({@code δ_1^1}, for the trace and tooltips) and runs of normal,
 * subscript and superscript text (for SVG and other text sinks). Immutable once built.
 */
public final class MathText {
    /** How a run sits on the line. */
    public enum Script { NORMAL, SUB, SUP }

    /** A piece of text in one script. */
    public record Run(String text, Script script) {}

    private final String latex;
    private final String plain;
    private final List<Run> runs;

    private MathText(String latex, String plain, List<Run> runs) {
        this.latex = latex;
        this.plain = plain;
        this.runs = List.copyOf(runs);
    }

    public String latex() { return latex; }

    public String plain() { return plain; }

    public List<Run> runs() { return runs; }

    @Override public String toString() { return plain; }

    /** Equal when written the same: a view can then tell a label that changed from one that did not. */
    @Override public boolean equals(Object o) {
        return o instanceof MathText m && latex.equals(m.latex) && plain.equals(m.plain) && runs.equals(m.runs);
    }

    @Override public int hashCode() { return latex.hashCode() * 31 + plain.hashCode(); }

    public static Builder builder() { return new Builder(); }

    /** A symbol with subscript and superscript, such as δ_1^2; either may be empty. */
    public static MathText symbol(String base, String latexBase, String sub, String sup) {
        return builder().symbol(base, latexBase, sub, sup).build();
    }

    /** Builds latex, plain text and runs side by side, so the three never disagree. */
    public static final class Builder {
        private final StringBuilder latex = new StringBuilder();
        private final StringBuilder plain = new StringBuilder();
        private final List<Run> runs = new ArrayList<>();

        /** Text that reads the same in both forms: digits, letters, spaces, brackets. */
        public Builder text(String text) {
            return add(text, text);
        }

        /** Text whose LaTeX differs from its plain form, such as ({@code "×"}, {@code "\\times"}). */
        public Builder add(String plainText, String latexText) {
            plain.append(plainText);
            latex.append(latexText);
            normal(plainText);
            return this;
        }

        /** A symbol with optional subscript and superscript: {@code symbol("δ", "\\delta", "1", "2")} is δ_1^2. */
        public Builder symbol(String base, String latexBase, String sub, String sup) {
            latex.append(latexBase);
            plain.append(base);
            normal(base);
            if (!sup.isEmpty()) latex.append("^{").append(sup).append('}');
            if (!sub.isEmpty()) latex.append("_{").append(sub).append('}');
            if (!sub.isEmpty()) {
                plain.append('_').append(sub);
                runs.add(new Run(sub, Script.SUB));
            }
            if (!sup.isEmpty()) {
                plain.append('^').append(sup);
                runs.add(new Run(sup, Script.SUP));
            }
            if (!sub.isEmpty() || !sup.isEmpty()) latex.append("{}"); // keeps a following prime or bracket off the scripts
            return this;
        }

        /**
         * Text written with the plain form's scripts ({@code ∂C^r/∂W^3}, {@code Σ_r}): the plain form takes it as
         * it is, the runs raise what follows a ^ and lower what follows a _ (letters and digits, or a {group}).
         */
        public Builder scripted(String plainText, String latexText) {
            plain.append(plainText);
            latex.append(latexText);
            int k = 0;
            while (k < plainText.length()) {
                char c = plainText.charAt(k);
                if ((c == '^' || c == '_') && k + 1 < plainText.length()) {
                    int end;
                    String script;
                    if (plainText.charAt(k + 1) == '{' && plainText.indexOf('}', k) > 0) {
                        end = plainText.indexOf('}', k) + 1;
                        script = plainText.substring(k + 2, end - 1);
                    } else {
                        end = k + 1;
                        while (end < plainText.length() && Character.isLetterOrDigit(plainText.charAt(end))) end++;
                        script = plainText.substring(k + 1, end);
                    }
                    if (!script.isEmpty()) {
                        runs.add(new Run(script, c == '^' ? Script.SUP : Script.SUB));
                        k = end;
                        continue;
                    }
                }
                normal(String.valueOf(c));
                k++;
            }
            return this;
        }

        /** A binary operator with spaces around it: {@code op("×", "\\times")}. */
        public Builder op(String plainOp, String latexOp) {
            return add(" " + plainOp + " ", " " + latexOp + " ");
        }

        /** A number, bracketed when negative and {@code bracketNegative} (as after an operator). */
        public Builder number(double value, int significantDigits, boolean bracketNegative) {
            String shown = Numbers.format(value, significantDigits);
            boolean bracket = bracketNegative && shown.startsWith(Numbers.MINUS);
            if (bracket) text("(");
            add(shown, Numbers.toLatex(shown));
            if (bracket) text(")");
            return this;
        }

        /** A fraction: \\frac{numerator}{denominator} in LaTeX, numerator/denominator in plain text. */
        public Builder fraction(MathText numerator, MathText denominator) {
            latex.append("\\frac{").append(numerator.latex).append("}{").append(denominator.latex).append('}');
            // In plain text a compound part needs brackets to read right: (a + b)/2, not a + b/2.
            boolean bracketNumerator = numerator.plain.contains(" ");
            boolean bracketDenominator = denominator.plain.contains(" ");
            if (bracketNumerator) normalPlain("(");
            plain.append(numerator.plain);
            numerator.runs.forEach(this::run);
            if (bracketNumerator) normalPlain(")");
            normalPlain("/");
            if (bracketDenominator) normalPlain("(");
            plain.append(denominator.plain);
            denominator.runs.forEach(this::run);
            if (bracketDenominator) normalPlain(")");
            return this;
        }

        private void run(Run run) {
            if (run.script() == Script.NORMAL) normal(run.text());
            else runs.add(run);
        }

        public Builder append(MathText other) {
            latex.append(other.latex);
            plain.append(other.plain);
            other.runs.forEach(this::run);
            return this;
        }

        private void normalPlain(String text) {
            plain.append(text);
            normal(text);
        }

        private void normal(String text) {
            if (!runs.isEmpty() && runs.get(runs.size() - 1).script() == Script.NORMAL) {
                Run last = runs.remove(runs.size() - 1);
                runs.add(new Run(last.text() + text, Script.NORMAL));
            } else {
                runs.add(new Run(text, Script.NORMAL));
            }
        }

        public MathText build() { return new MathText(latex.toString(), plain.toString(), runs); }
    }
}
