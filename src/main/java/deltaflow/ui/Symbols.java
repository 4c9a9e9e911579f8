package deltaflow.ui;

/** Unicode sub- and superscript digits, for labels that read z₁¹ without a typesetter. */
final class Symbols {
    private static final String SUB = "₀₁₂₃₄₅₆₇₈₉";
    private static final String SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Symbols() {}

    static String sub(int n) { return map(n, SUB); }

    static String sup(int n) { return map(n, SUP); }

    private static String map(int n, String digits) {
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) out.append(digits.charAt(c - '0'));
        return out.toString();
    }
}
