package deltaflow.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The vector form of a step, for the layer granularity: the whole layer the step belongs to, written as the
 * slides write it, with the actual vectors and matrices. {@code z^1 = W^1 a^0 + b^1 = [..][..] + [..] = [..]};
 * {@code δ^l = σ'(z^l) ⊙ (W^{l+1})^T δ^{l+1}}; softmax's output layer honestly as {@code J^T ∇C^r(y^r)}.
 * Steps with no vector form (C^r, C) fall back to the step's own formula.
 */
public final class LayerFormulas {
    /** A matrix or vector longer than this shows its first and last rows around an ellipsis. */
    static final int MAX_ENTRIES = 6;

    private LayerFormulas() {}

    /** The layer-level equation of the segment {@code step} belongs to. */
    public static StepFormula formula(Timeline timeline, Step step, int digits) {
        Network network = timeline.trace().network();
        Trace trace = timeline.trace();
        int r = step.example(), l = step.layer();
        Fmt f = new Fmt(digits);
        return switch (step.kind()) {
            case Z -> new StepFormula(vec("z", l),
                    tex("W^" + l + " " + (l == 1 ? "x" : "a^" + (l - 1)) + " + b^" + l, "W^{" + l + "} " + aVecName(l - 1) + " + b^{" + l + "}"),
                    tex("", f.matrix(network.size(l), network.size(l - 1), (i, j) -> network.layer(l).weight(i, j))
                            + " " + f.column(network.size(l - 1), i -> trace.pass(r).a(l - 1, i))
                            + " + " + f.column(network.size(l), i -> network.layer(l).bias(i))),
                    tex("", f.column(network.size(l), i -> trace.pass(r).z(l, i))));
            case A -> new StepFormula(vec("a", l),
                    tex(network.layer(l).activation().symbol() + "(z^" + l + ")", network.layer(l).activation().latex() + "(z^{" + l + "})"),
                    tex("", network.layer(l).activation().latex() + "\\left(" + f.column(network.size(l), i -> trace.pass(r).z(l, i)) + "\\right)"),
                    tex("", f.column(network.size(l), i -> trace.pass(r).a(l, i))));
            case COST_GRADIENT -> new StepFormula(tex("∇C^r(y^r)", "\\nabla C^{r}(y^{r})"),
                    tex("", "\\nabla C^{r}\\left(" + f.column(network.outputs(), i -> trace.pass(r).a(network.depth(), i)) + "\\right)"),
                    tex("", ""),
                    tex("", f.column(network.outputs(), i -> trace.pass(r).costGradient(i))));
            case DELTA -> delta(trace, network, r, l, f);
            case WEIGHT_GRADIENT, BIAS_GRADIENT -> new StepFormula(
                    tex("∂C^r/∂W^" + l, "\\frac{\\partial C^{r}}{\\partial W^{" + l + "}}"),
                    tex("δ^" + l + " (" + (l == 1 ? "x" : "a^" + (l - 1)) + ")^T", "\\delta^{" + l + "} (" + aVecName(l - 1) + ")^{T}"),
                    tex("", f.column(network.size(l), i -> trace.pass(r).delta(l, i))
                            + " " + f.row(network.size(l - 1), j -> trace.pass(r).a(l - 1, j))),
                    tex("", f.matrix(network.size(l), network.size(l - 1), (i, j) -> trace.pass(r).weightGradient(l, i, j))));
            case MEAN_WEIGHT_GRADIENT, MEAN_BIAS_GRADIENT -> new StepFormula(
                    tex("∂C/∂W^" + l, "\\frac{\\partial C}{\\partial W^{" + l + "}}"),
                    tex("1/R Σ_r ∂C^r/∂W^" + l, "\\frac{1}{R}\\sum_{r} \\frac{\\partial C^{r}}{\\partial W^{" + l + "}}"),
                    tex("", ""),
                    tex("", f.matrix(network.size(l), network.size(l - 1), (i, j) -> trace.meanWeightGradient(l, i, j))));
            case WEIGHT_UPDATE, BIAS_UPDATE -> new StepFormula(
                    tex("W^" + l + "⁺", "W^{" + l + "+}"),
                    tex("W^" + l + " − η ∂C/∂W^" + l, "W^{" + l + "} - \\eta\\,\\frac{\\partial C}{\\partial W^{" + l + "}}"),
                    tex("", f.matrix(network.size(l), network.size(l - 1), (i, j) -> network.layer(l).weight(i, j))
                            + " - " + Numbers.toLatex(Numbers.format(timeline.scenario().learningRate(), digits)) + " "
                            + f.matrix(network.size(l), network.size(l - 1), (i, j) -> trace.meanWeightGradient(l, i, j))),
                    tex("", f.matrix(network.size(l), network.size(l - 1), (i, j) -> trace.updated().layer(l).weight(i, j))));
            case COST, TOTAL_COST -> timeline.formula(step, digits);
        };
    }

    /**
     * Every equation of the layer step {@code step} belongs to: its vector form, and for the gradients, the means and
     * the update the biases' as well (∂C^r/∂b^l = δ^l, ∂C/∂b^l, b^l⁺), since the layer step computes those too.
     */
    public static List<StepFormula> formulas(Timeline timeline, Step step, int digits) {
        StepFormula weights = formula(timeline, step, digits);
        Trace trace = timeline.trace();
        Network network = trace.network();
        int r = step.example(), l = step.layer(), n = network.size(l);
        Fmt f = new Fmt(digits);
        StepFormula biases = switch (step.kind()) {
            case WEIGHT_GRADIENT, BIAS_GRADIENT -> new StepFormula(
                    tex("∂C^r/∂b^" + l, "\\frac{\\partial C^{r}}{\\partial b^{" + l + "}}"),
                    tex("δ^" + l, "\\delta^{" + l + "}"), tex("", ""),
                    tex("", f.column(n, i -> trace.pass(r).biasGradient(l, i))));
            case MEAN_WEIGHT_GRADIENT, MEAN_BIAS_GRADIENT -> new StepFormula(
                    tex("∂C/∂b^" + l, "\\frac{\\partial C}{\\partial b^{" + l + "}}"),
                    tex("1/R Σ_r ∂C^r/∂b^" + l, "\\frac{1}{R}\\sum_{r} \\frac{\\partial C^{r}}{\\partial b^{" + l + "}}"), tex("", ""),
                    tex("", f.column(n, i -> trace.meanBiasGradient(l, i))));
            case WEIGHT_UPDATE, BIAS_UPDATE -> !timeline.scenario().trainBiases() ? null : new StepFormula(
                    tex("b^" + l + "⁺", "b^{" + l + "+}"),
                    tex("b^" + l + " − η ∂C/∂b^" + l, "b^{" + l + "} - \\eta\\,\\frac{\\partial C}{\\partial b^{" + l + "}}"),
                    tex("", f.column(n, i -> network.layer(l).bias(i)) + " - " + Numbers.toLatex(Numbers.format(timeline.scenario().learningRate(), digits))
                            + " " + f.column(n, i -> trace.meanBiasGradient(l, i))),
                    tex("", f.column(n, i -> trace.updated().layer(l).bias(i))));
            default -> null;
        };
        return biases == null ? List.of(weights) : List.of(weights, biases);
    }

    private static StepFormula delta(Trace trace, Network network, int r, int l, Fmt f) {
        int n = network.size(l);
        String result = f.column(n, i -> trace.pass(r).delta(l, i));
        String gains = f.column(n, i -> trace.pass(r).gain(l, i));
        if (l == network.depth()) {
            String gradient = f.column(n, i -> trace.pass(r).costGradient(i));
            if (network.layer(l).activation().isElementwise()) {
                return new StepFormula(vec("δ", l),
                        tex("σ'(z^" + l + ") ⊙ ∇C^r(y^r)", "\\sigma'(z^{" + l + "}) \\odot \\nabla C^{r}(y^{r})"),
                        tex("", gains + " \\odot " + gradient), tex("", result));
            }
            // Softmax mixes all of z, so δ^L is the Jacobian's transpose times ∇C^r, not a gain times it.
            String jacobian = f.matrix(n, n, (k, i) -> {
                double yk = trace.pass(r).a(l, k), yi = trace.pass(r).a(l, i);
                return yk * ((k == i ? 1 : 0) - yi);
            });
            return new StepFormula(vec("δ", l),
                    tex("J^T ∇C^r(y^r)", "J^{T} \\nabla C^{r}(y^{r})"),
                    tex("", jacobian + " " + gradient), tex("", result));
        }
        String transposed = f.matrix(n, network.size(l + 1), (i, k) -> network.layer(l + 1).weight(k, i));
        return new StepFormula(vec("δ", l),
                tex("σ'(z^" + l + ") ⊙ (W^" + (l + 1) + ")^T δ^" + (l + 1), "\\sigma'(z^{" + l + "}) \\odot (W^{" + (l + 1) + "})^{T} \\delta^{" + (l + 1) + "}"),
                tex("", gains + " \\odot " + transposed + " " + f.column(network.size(l + 1), k -> trace.pass(r).delta(l + 1, k))),
                tex("", result));
    }

    private static String aVecName(int l) { return l == 0 ? "x" : "a^{" + l + "}"; }

    private static MathText vec(String base, int l) {
        String latexBase = base.equals("δ") ? "\\delta" : base;
        return MathText.symbol(base, latexBase, "", String.valueOf(l));
    }

    /** LaTeX with a plain reading; an empty plain text is derived from the LaTeX's numbers. */
    private static MathText tex(String plain, String latex) {
        return MathText.builder().scripted(plain.isEmpty() ? plainOf(latex) : plain, latex).build();
    }

    /** A rough plain reading of a matrix expression: rows separated by ';', for tests and screen readers. */
    static String plainOf(String latex) {
        return latex.replace("\\begin{bmatrix}", "[").replace("\\end{bmatrix}", "]").replace("\\\\", ";")
                .replace("&", " ").replace("\\odot", "⊙").replace("\\left(", "(").replace("\\right)", ")")
                .replace("\\cdots", "…").replace("\\vdots", "⋮").replace("\\ddots", "⋱")
                .replaceAll("\\\\[a-zA-Z]+", "").replace(" - ", " − ").replaceAll("-(?=[0-9])", Numbers.MINUS).replaceAll("\\s+", " ").strip();
    }

    private interface Entry { double at(int i); }

    private interface Entry2 { double at(int i, int j); }

    /** Formats vectors and matrices as bmatrix, eliding the middle of long ones. */
    private record Fmt(int digits) {
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
}
