package deltaflow.diagram;

import deltaflow.model.MathText;

/**
 * MathText as one line of Unicode, scripts turned into subscript and superscript characters where Unicode
 * has them (δ₁², ∂C/∂w₁₂¹, Jᵀ): for sinks that draw a label as a single text node, such as the screen.
 */
public final class UnicodeScripts {
    private static final String PLAIN = "0123456789+−-=()rkTnij,";
    private static final String SUB =   "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ᵣₖTₙᵢⱼ,";
    private static final String SUP =   "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ʳᵏᵀⁿⁱʲ,";

    private UnicodeScripts() {}

    public static String of(MathText text) {
        StringBuilder out = new StringBuilder();
        for (MathText.Run run : text.runs()) {
            switch (run.script()) {
                case NORMAL -> out.append(run.text());
                case SUB -> map(run.text(), SUB, out);
                case SUP -> map(run.text(), SUP, out);
            }
        }
        return out.toString();
    }

    private static void map(String text, String table, StringBuilder out) {
        for (char c : text.toCharArray()) {
            int k = PLAIN.indexOf(c);
            out.append(k >= 0 ? table.charAt(k) : c);
        }
    }
}
