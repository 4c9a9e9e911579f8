package deltaflow.ui;

/** Unicode sub- and superscripts, for labels that read z₁¹ without a typesetter. */
final class Symbols {
    private static final String SUB_FROM = "0123456789+−-()=aeoxhklmnpstijruv,";
    private static final String SUB_TO = "₀₁₂₃₄₅₆₇₈₉₊₋₋₍₎₌ₐₑₒₓₕₖₗₘₙₚₛₜᵢⱼᵣᵤᵥ,";
    private static final String SUP_FROM = "0123456789+−-()=inrTl";
    private static final String SUP_TO = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁽⁾⁼ⁱⁿʳᵀˡ";

    private Symbols() {}

    static String sub(int n) { return sub(Integer.toString(n)); }

    static String sup(int n) { return sup(Integer.toString(n)); }

    static String sub(String text) { return map(text, SUB_FROM, SUB_TO, "_"); }

    static String sup(String text) { return map(text, SUP_FROM, SUP_TO, "^"); }

    /** Maps every character, or, if one has no script form, marks the whole run the plain way. */
    private static String map(String text, String from, String to, String marker) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            int k = from.indexOf(c);
            if (k < 0) return marker + (text.length() > 1 ? "{" + text + "}" : text);
            out.append(to.charAt(k));
        }
        return out.toString();
    }
}
