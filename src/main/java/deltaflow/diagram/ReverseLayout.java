package deltaflow.diagram;

import deltaflow.model.MathText;
import deltaflow.model.ValueRef;

/**
 * The backward pass as a network run right to left: the inputs ∂C/∂y_n enter on the output side, each
 * neuron is an amplifier triangle of gain σ'(z_i^l) whose output is δ_i^l, and the edges are W^T. A
 * softmax output layer is one Jacobian box (J^T) rather than separate gains, because its outputs mix.
 */
final class ReverseLayout {
    /** Room for the ∂C/∂y terminals and their labels right of the output layer, at scale 1. */
    private static final double TERMINAL_GAP = 170;
    private static final double TERMINAL_LABEL_ROOM = 150;
    /** Half the Jacobian box's width in neuron radii: wide enough to hold δ_n^L = −0.1234 inside. */
    private static final double JACOBIAN_HALF_WIDTH = 2.5;

    private final Frame f;
    private final Grid g;
    private final int depth;

    ReverseLayout(Frame frame) {
        this.f = frame;
        this.g = frame.grid;
        this.depth = frame.network.depth();
    }

    static double width(Grid grid, int depth) {
        return Grid.PAD + (depth - 1) * grid.columnGap + TERMINAL_GAP + TERMINAL_LABEL_ROOM;
    }

    private double x(double left, int l) { return f.u(left + Grid.PAD + (l - 1) * g.columnGap); }

    private double terminalX(double left) { return x(left, depth) + f.u(TERMINAL_GAP); }

    private boolean jacobian() { return !f.network.layer(depth).activation().isElementwise(); }

    void draw(double left, double top, double headerY) {
        for (int l = depth; l >= 2; l--) edges(left, top, l);
        terminals(left, top, headerY);
        for (int l = depth; l >= 1; l--) {
            f.header("header-reverse-" + l, x(left, l), f.u(headerY), MathText.symbol("δ", "\\delta", "", String.valueOf(l)));
            if (l == depth && jacobian()) jacobianBox(left, top);
            else for (int i = 0; i < f.network.size(l); i++) amplifier(x(left, l), f.u(g.y(top, l, i)), l, i);
        }
    }

    /** Edge w_ij^l carries δ_i^l (the tip of amplifier i in layer l) back to amplifier j of layer l−1. */
    private void edges(double left, double top, int l) {
        int r = f.example;
        boolean labels = g.edgeLabels(l) && f.options.shows(Shown.WEIGHT);
        for (int i = 0; i < f.network.size(l); i++) {
            double x1 = x(left, l) - (l == depth && jacobian() ? f.u(g.radius(l) * JACOBIAN_HALF_WIDTH) : f.u(g.radius(l))), y1 = f.u(g.y(top, l, i));
            for (int j = 0; j < f.network.size(l - 1); j++) {
                double x2 = x(left, l - 1) + f.u(g.radius(l - 1)), y2 = f.u(g.y(top, l - 1, j));
                String suffix = l + "-" + (i + 1) + "-" + (j + 1);
                ValueRef weight = ValueRef.weight(l, i, j);
                f.edge("redge-" + suffix, l, i, j, x1, y1, x2, y2, weight);
                if (labels) {
                    int n = f.network.size(l);
                    MathText text = Notation.equals(Notation.weight(l, i, j), f.value(weight), f.options.significantDigits());
                    double t = f.edgeLabelT(n == 1 ? 0.5 : 0.28 + 0.44 * i / (n - 1), x1, y1, x2, y2,
                            TextMetrics.width(text, f.u(Grid.FONT)) + f.u(6), f.u(Grid.FONT) * 1.3);
                    f.label("rweight-" + suffix, "weight" + f.sketch.mark(weight), x1 + t * (x2 - x1), y1 + t * (y2 - y1), text,
                            f.network.layer(l).weight(i, j) < 0 ? ColorRole.NEGATIVE : ColorRole.POSITIVE, false, weight);
                }
            }
        }
    }

    /** The reverse network's inputs ∂C/∂y_n, each wired to its output amplifier (or into the Jacobian box). */
    private void terminals(double left, double top, double headerY) {
        int r = f.example;
        double tx = terminalX(left);
        double size = f.u(Math.max(0.6, Math.min(14, g.radius(depth) * 0.55)));
        // The inputs' formula, once for the column; each terminal carries its value.
        f.header("header-reverse-input", tx, f.u(headerY), CostDerivative.header(f.timeline.scenario().cost()));
        for (int n = 0; n < f.network.outputs(); n++) {
            double y = f.u(g.y(top, depth, n));
            ValueRef ref = ValueRef.costGradient(r, n);
            String mark = f.sketch.mark(ref);
            double end = x(left, depth) + (jacobian() ? f.u(g.radius(depth) * JACOBIAN_HALF_WIDTH) : f.u(g.radius(depth)));
            f.sketch.edge(new Primitive.Line("dcdy-edge-" + (n + 1), "signal" + mark, tx - size / 2, y, end, y, f.u(2),
                    ColorRole.NEURON_STROKE, false, 1, ref));
            ColorRole highlight = Sketch.highlight(mark);
            f.sketch.shape(new Primitive.Rect("dcdy-" + (n + 1) + "-shape", "terminal" + mark, tx - size / 2, y - size / 2, size, size,
                    f.u(2), highlight == null ? ColorRole.NEURON_FILL : highlight, ColorRole.NEURON_STROKE, f.u(2), 1, ref));
            boolean roomy = g.insideText(depth) || g.linesBelow(depth) > 0 || g.fitted && g.slot(depth) >= Grid.LINE * 1.4;
            if (roomy || f.isCurrent(ref)) {
                f.sketch.label("dcdy-" + (n + 1), mark.strip(), tx + size / 2 + f.u(6), y, f.label(Notation.costGradient(n), ref),
                        f.u(Grid.FONT), Primitive.Anchor.START, f.role(ref, ColorRole.TEXT), false, ref);
            }
        }
    }

    private void amplifier(double x, double y, int l, int i) {
        int r = f.example;
        String suffix = l + "-" + (i + 1);
        ValueRef gain = ValueRef.gain(r, l, i);
        ValueRef delta = ValueRef.delta(r, l, i);
        Saturation saturation = f.saturation(l, i);
        String warn = saturation == Saturation.NONE ? "" : " " + saturation.label();
        String mark = f.sketch.mark(gain, delta);
        double h = f.u(g.radius(l));
        ColorRole highlight = Sketch.highlight(mark);
        if (highlight != null) {
            f.sketch.halo(new Primitive.Circle("amp-" + suffix + "-halo", "halo" + mark, x, y, h * 1.35, highlight, null, 0, false, null));
        }
        // Pointing left: the signal enters at the base (right) and leaves at the tip as δ_i^l.
        double[] triangle = {x + h, y - h, x + h, y + h, x - h, y};
        f.sketch.shape(new Primitive.Polygon("amp-" + suffix + "-shape", "amplifier" + warn + mark, triangle, ColorRole.AMPLIFIER_FILL,
                warn.isEmpty() ? ColorRole.NEURON_STROKE : ColorRole.WARNING, f.u(warn.isEmpty() ? 2 : 4), !warn.isEmpty(), delta));
        if ((g.linesAbove(l) > 0 || f.isCurrent(gain)) && f.options.shows(Shown.GAIN)) {
            MathText text = f.label(Notation.gain(l, i), gain);
            if (!warn.isEmpty()) text = Notation.withNote(text, f.options.texts().note(saturation));
            f.label("amp-" + suffix, "gain" + warn + f.sketch.mark(gain), x, y - h - f.u(Grid.LINE * 0.6), text,
                    warn.isEmpty() ? f.role(gain, ColorRole.TEXT) : ColorRole.WARNING, false, gain);
        }
        if ((g.linesBelow(l) > 0 || f.isCurrent(delta)) && f.options.shows(Shown.DELTA)) {
            f.label("rdelta-" + suffix, "delta" + f.sketch.mark(delta), x, y + h + f.u(Grid.LINE * 0.6),
                    f.label(Notation.delta(l, i), delta), f.role(delta, ColorRole.DELTA), false, delta);
        }
    }

    /** Softmax: δ^L = J^T ∇C^r(y^r), one box across the output layer, δ_n^L leaving its left side. */
    private void jacobianBox(double left, double top) {
        int r = f.example;
        int n = f.network.outputs();
        double x = x(left, depth);
        double half = f.u(g.radius(depth) * JACOBIAN_HALF_WIDTH);
        double y1 = f.u(g.y(top, depth, 0)) - f.u(g.radius(depth)) - f.u(4);
        double y2 = f.u(g.y(top, depth, n - 1)) + f.u(g.radius(depth)) + f.u(4);
        ValueRef first = ValueRef.delta(r, depth, 0);
        String mark = f.sketch.mark(java.util.stream.IntStream.range(0, n).mapToObj(k -> ValueRef.delta(r, depth, k)).toArray(ValueRef[]::new));
        ColorRole highlight = Sketch.highlight(mark);
        if (highlight != null) {
            f.sketch.halo(new Primitive.Rect("jacobian-" + depth + "-halo", "halo" + mark, x - half - f.u(7), y1 - f.u(7), 2 * half + f.u(14),
                    y2 - y1 + f.u(14), f.u(10), highlight, null, 0, 1, null));
        }
        f.sketch.shape(new Primitive.Rect("jacobian-" + depth + "-shape", "jacobian" + mark, x - half, y1, 2 * half, y2 - y1, f.u(6),
                ColorRole.AMPLIFIER_FILL, ColorRole.NEURON_STROKE, f.u(2), 1, first));
        // J^T is named above the box, like the gains above the amplifiers; the δ_n^L sit inside, on their rows.
        MathText jt = MathText.builder().symbol("J", "J", "", "T").add(" (softmax)", "\\ (\\mathrm{softmax})").build();
        f.sketch.text(new Primitive.Text("jacobian-" + depth, "jacobian-label", x, y1 - f.u(Grid.LINE * 0.7), jt,
                f.u(Grid.FONT), Primitive.Anchor.MIDDLE, ColorRole.TEXT, true, first));
        for (int k = 0; k < n; k++) {
            ValueRef delta = ValueRef.delta(r, depth, k);
            double y = f.u(g.y(top, depth, k));
            if (g.linesBelow(depth) > 0 && f.options.shows(Shown.DELTA)) {
                f.label("rdelta-" + depth + "-" + (k + 1), "delta" + f.sketch.mark(delta), x, y,
                        f.label(Notation.delta(depth, k), delta), f.role(delta, ColorRole.DELTA), false, delta);
            }
        }
    }
}
