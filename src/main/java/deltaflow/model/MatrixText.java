package deltaflow.model;

import java.util.ArrayList;
import java.util.List;

/** How the vector forms write vectors and matrices: LaTeX bmatrix, the middle of long ones elided, numbers alike. */
record MatrixText(int digits) {
    /** A matrix or vector longer than this shows its first and last rows around an ellipsis. */
    static final int MAX_ENTRIES = 6;

    interface Entry { double at(int i); }

    interface Entry2 { double at(int i, int j); }

    String number(double value) { return Numbers.toLatex(Numbers.format(value, digits)); }

    String column(int n, Entry e) {
        List<String> rows = new ArrayList<>();
        for (int i : shown(n)) rows.add(i < 0 ? "\\vdots" : number(e.at(i)));
        return "\\begin{bmatrix}" + String.join(" \\\\ ", rows) + "\\end{bmatrix}";
    }

    String row(int n, Entry e) {
        List<String> cells = new ArrayList<>();
        for (int j : shown(n)) cells.add(j < 0 ? "\\cdots" : number(e.at(j)));
        return "\\begin{bmatrix}" + String.join(" & ", cells) + "\\end{bmatrix}";
    }

    String matrix(int rows, int columns, Entry2 e) {
        List<String> lines = new ArrayList<>();
        for (int i : shown(rows)) {
            List<String> cells = new ArrayList<>();
            for (int j : shown(columns)) {
                if (i < 0) cells.add(j < 0 ? "\\ddots" : "\\vdots");
                else cells.add(j < 0 ? "\\cdots" : number(e.at(i, j)));
            }
            lines.add(String.join(" & ", cells));
        }
        return "\\begin{bmatrix}" + String.join(" \\\\ ", lines) + "\\end{bmatrix}";
    }

    /** Indices to show: all of a short range, else the first few, −1 for the ellipsis, and the last. */
    static int[] shown(int n) {
        if (n <= MAX_ENTRIES) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) all[i] = i;
            return all;
        }
        return new int[] {0, 1, 2, -1, n - 1};
    }

    /** x, or a^{l} for a hidden layer: the vector layer l + 1 reads. */
    static String activationsLatex(int l) { return l == 0 ? "x" : "a^{" + l + "}"; }

    /** The same in plain text, x or a^l. */
    static String activationsPlain(int l) { return l == 0 ? "x" : "a^" + l; }

    /** LaTeX with a plain reading; an empty plain text is derived from the LaTeX's numbers. */
    static MathText tex(String plain, String latex) {
        return MathText.builder().scripted(plain.isEmpty() ? plainOf(latex) : plain, latex).build();
    }

    /** A rough plain reading of a matrix expression: rows separated by ';', for tests and screen readers. */
    static String plainOf(String latex) {
        return latex.replace("\\begin{bmatrix}", "[").replace("\\end{bmatrix}", "]").replace("\\\\", ";")
                .replace("&", " ").replace("\\odot", "⊙").replace("\\left(", "(").replace("\\right)", ")")
                .replace("\\cdots", "…").replace("\\vdots", "⋮").replace("\\ddots", "⋱")
                .replaceAll("\\\\[a-zA-Z]+", "").replace(" - ", " − ").replaceAll("-(?=[0-9])", Numbers.MINUS).replaceAll("\\s+", " ").strip();
    }
}
