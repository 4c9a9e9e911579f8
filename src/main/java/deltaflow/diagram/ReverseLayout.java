package deltaflow.diagram;

import deltaflow.model.CostGradientEquation;
import deltaflow.model.MathText;
import deltaflow.model.Notation;
import deltaflow.model.ValueRef;

import java.util.ArrayList;
import java.util.List;

/**
 * The backward pass as a network run right to left: the inputs ∂C/∂y_n enter on the output side, each
 * neuron is an amplifier triangle of gain σ'(z_i^l) whose output is δ_i^l, and the edges are W^T. A
 * softmax output layer is one Jacobian box (J^T) rather than separate gains, because its outputs mix.
 */
final class ReverseLayout {
    private static final double JACOBIAN_HALF_WIDTH = Grid.JACOBIAN_HALF_WIDTH;

    private final Frame f;
    private final Grid g;
    private final int depth;

    ReverseLayout(Frame frame) {
        this.f = frame;
        this.g = frame.grid;
        this.depth = frame.network.depth();
    }

    static double width(Grid grid, int depth) { return grid.reverseWidth(); }

    private double x(double left, int l) { return f.u(left + g.reverseX(l)); }

    private double terminalX(double left) { return x(left, depth) + f.u(g.terminalGap()); }

    /** Half the width of column l's shapes on a row: the Jacobian box, a summary box or an amplifier. */
    private double reach(int l) { return l == depth && jacobian() ? f.u(g.radius(l) * JACOBIAN_HALF_WIDTH) : f.u(g.reach(true, l)); }

    private boolean jacobian() { return !f.network.layer(depth).activation().isElementwise(); }

    void draw(double left, double top, double headerY) {
        for (int l = depth; l >= 2; l--) edges(left, top, l);
        terminals(left, top, headerY);
        for (int l = depth; l >= 1; l--) {
            double[] rows = new double[f.network.size(l)];
            for (int i = 0; i < rows.length; i++) rows[i] = f.u(g.y(top, l, i));
            ReverseWiring.Kind kind = l == depth && jacobian() ? ReverseWiring.Kind.JACOBIAN
                    : g.summary(true, l) ? ReverseWiring.Kind.SUMMARY : ReverseWiring.Kind.AMPLIFIERS;
            f.sketch.wiring().column(l, kind, x(left, l) - reach(l), x(left, l) + reach(l), rows);
            f.header(new DiagramId.Header(DiagramId.Side.REVERSE, l).text(), x(left, l), f.u(headerY), MathText.symbol("δ", "\\delta", "", String.valueOf(l)));
            if (l == depth && jacobian()) jacobianBox(left, top);
            else if (g.summary(true, l)) summary(left, top, l);
            else for (int i = 0; i < f.network.size(l); i++) amplifier(x(left, l), f.u(g.y(top, l, i)), l, i);
        }
    }

    /** Edge w_ij^l carries δ_i^l (the tip of amplifier i in layer l) back to amplifier j of layer l−1. */
    private void edges(double left, double top, int l) {
        int r = f.example;
        boolean labels = g.edgeLabels(l) && f.options.shows(Shown.WEIGHT);
        for (int i = 0; i < f.network.size(l); i++) {
            double x1 = x(left, l) - reach(l), y1 = f.u(g.y(top, l, i));
            for (int j = 0; j < f.network.size(l - 1); j++) {
                double x2 = x(left, l - 1) + reach(l - 1), y2 = f.u(g.y(top, l - 1, j));
                ValueRef weight = ValueRef.weight(l, i, j);
                f.edge(new DiagramId.Edge(DiagramId.Side.REVERSE, l, i, j).text(), l, i, j, x1, y1, x2, y2, weight);
                if (!labels && f.options.shows(Shown.WEIGHT) && !g.dense(l) && f.isStepValue(weight)) {
                    // No room for weight labels, but the step reads this one: along its edge, or beside an end.
                    MathText text = Notation.equals(Notation.weight(l, i, j), f.value(weight), f.options.significantDigits());
                    List<Frame.Place> places = new ArrayList<>();
                    for (double t : new double[] {0.5, 0.35, 0.65, 0.2, 0.8}) places.add(new Frame.Place(x1 + t * (x2 - x1), y1 + t * (y2 - y1), Primitive.Anchor.MIDDLE));
                    f.floating(List.of(new Frame.Line(DiagramId.Label.of(DiagramId.Value.REVERSE_WEIGHT, l, i, j).text(), "weight" + f.sketch.mark(weight), text,
                            f.network.layer(l).weight(i, j) < 0 ? ColorRole.NEGATIVE : ColorRole.POSITIVE, false, weight)), places, null);
                } else if (!labels && f.options.shows(Shown.WEIGHT) && g.fitted && WeightLabels.few(f.network, l)) {
                    f.hide(1);
                }
                if (labels) {
                    int n = f.network.size(l);
                    MathText text = Notation.equals(Notation.weight(l, i, j), f.value(weight), f.options.significantDigits());
                    double t = f.edgeLabelT(n == 1 ? 0.5 : 0.28 + 0.44 * i / (n - 1), x1, y1, x2, y2,
                            TextMetrics.width(text, f.u(Grid.FONT)) + f.u(6), f.u(Grid.FONT) * 1.3);
                    f.label(DiagramId.Label.of(DiagramId.Value.REVERSE_WEIGHT, l, i, j).text(), "weight" + f.sketch.mark(weight), x1 + t * (x2 - x1), y1 + t * (y2 - y1), text,
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
        f.sketch.wiring().terminals(tx - size / 2);
        // The inputs' formula, once for the column; each terminal carries its value.
        f.header(new DiagramId.Header(DiagramId.Side.REVERSE, DiagramId.Header.INPUT).text(), tx, f.u(headerY), CostGradientEquation.inline(f.timeline.scenario().cost()));
        for (int n = 0; n < f.network.outputs(); n++) {
            double y = f.u(g.y(top, depth, n));
            ValueRef ref = ValueRef.costGradient(r, n);
            String mark = f.sketch.mark(ref);
            double end = x(left, depth) + reach(depth);
            f.sketch.edge(new Primitive.Line("dcdy-edge-" + (n + 1), "signal" + mark, tx - size / 2, y, end, y, f.u(2),
                    ColorRole.NEURON_STROKE, false, 1, ref));
            ColorRole highlight = Sketch.highlight(mark);
            f.sketch.shape(new Primitive.Rect(new DiagramId.Terminal(n).piece(DiagramId.Piece.SHAPE).text(), "terminal" + mark, tx - size / 2, y - size / 2, size, size,
                    f.u(2), highlight == null ? ColorRole.NEURON_FILL : highlight, ColorRole.NEURON_STROKE, f.u(2), 1, ref));
            boolean roomy = g.insideText(depth) || g.linesBelow(depth) > 0 || g.fitted && g.slot(depth) >= Grid.LINE * 1.4;
            if (!roomy && !f.isStepValue(ref) && f.known(ref)) f.hide(1);
            if (roomy || f.isStepValue(ref)) {
                f.sketch.label(new DiagramId.Terminal(n).text(), mark.strip(), tx + size / 2 + f.u(6), y, f.label(Notation.costGradient(n), ref),
                        f.u(Grid.FONT), Primitive.Anchor.START, f.role(ref, ColorRole.TEXT), false, ref);
            }
        }
    }

    private void amplifier(double x, double y, int l, int i) {
        int r = f.example;
        DiagramId.Amp amp = new DiagramId.Amp(l, i);
        ValueRef gain = ValueRef.gain(r, l, i);
        ValueRef delta = ValueRef.delta(r, l, i);
        Saturation saturation = f.saturation(l, i);
        String warn = saturation == Saturation.NONE ? "" : " " + saturation.label();
        String mark = f.sketch.mark(gain, delta);
        double h = f.u(g.radius(l));
        ColorRole highlight = Sketch.highlight(mark);
        if (highlight != null) {
            f.sketch.halo(new Primitive.Circle(amp.piece(DiagramId.Piece.HALO).text(), "halo" + mark, x, y, h * 1.35, highlight, null, 0, false, null));
        }
        // Pointing left: the signal enters at the base (right) and leaves at the tip as δ_i^l.
        double[] triangle = {x + h, y - h, x + h, y + h, x - h, y};
        f.sketch.wiring().amplifier(l, i, x + h, y, x - h, y);
        f.sketch.shape(new Primitive.Polygon(amp.piece(DiagramId.Piece.SHAPE).text(), "amplifier" + warn + mark, triangle, ColorRole.AMPLIFIER_FILL,
                warn.isEmpty() ? ColorRole.NEURON_STROKE : ColorRole.WARNING, f.u(warn.isEmpty() ? 2 : 4), !warn.isEmpty(), delta));
        if (f.options.shows(Shown.GAIN)) {
            Frame.Line line = gainLine(l, i);
            if (g.linesAbove(l) > 0) f.label(line.id(), line.classes(), x, y - h - f.u(Grid.LINE * 0.6), line.text(), line.role(), false, gain);
            else if (f.isStepValue(gain)) f.floating(List.of(line), around(x, y, h, false, l), amp.text());
            else if (f.known(gain)) f.hide(1);
        }
        if (f.options.shows(Shown.DELTA)) {
            Frame.Line line = deltaLine(l, i);
            if (g.linesBelow(l) > 0) f.label(line.id(), line.classes(), x, y + h + f.u(Grid.LINE * 0.6), line.text(), line.role(), false, delta);
            else if (f.isStepValue(delta)) f.floating(List.of(line), around(x, y, h, true, l), amp.text());
            else if (f.known(delta)) f.hide(1);
        }
    }

    /** σ'(z_i^l) = 0.2413 over amplifier i, with "(saturated)" or "(dead)" when it is. */
    private Frame.Line gainLine(int l, int i) {
        ValueRef gain = ValueRef.gain(f.example, l, i);
        Saturation saturation = f.saturation(l, i);
        String warn = saturation == Saturation.NONE ? "" : " " + saturation.label();
        MathText text = f.label(Notation.gain(l, i), gain);
        if (!warn.isEmpty()) text = Notation.withNote(text, f.options.texts().note(saturation));
        return new Frame.Line(new DiagramId.Amp(l, i).text(), "gain" + warn + f.sketch.mark(gain), text,
                warn.isEmpty() ? f.role(gain, ColorRole.TEXT) : ColorRole.WARNING, false, gain);
    }

    /** δ_i^l = 0.1385 at amplifier i's tip. */
    private Frame.Line deltaLine(int l, int i) {
        ValueRef delta = ValueRef.delta(f.example, l, i);
        return new Frame.Line(DiagramId.Label.of(DiagramId.Value.REVERSE_DELTA, l, i).text(), "delta" + f.sketch.mark(delta), f.label(Notation.delta(l, i), delta),
                f.role(delta, ColorRole.DELTA), false, delta);
    }

    /** Above (gain) or below (δ) an amplifier of half-height h, else beside it, first towards the network's inside. */
    private List<Frame.Place> around(double x, double y, double h, boolean preferBelow, int l) {
        return f.around(x, y, h, 1, preferBelow, l != 1); // the reverse network runs right to left: its inside is to the left, but for layer 1
    }

    /** δ^l as one box; the amplifiers the step is about are drawn inside it, with their gain and δ. */
    private void summary(double left, double top, int l) {
        SummaryColumn column = new SummaryColumn(f, true, l);
        int n = f.network.size(l);
        double x = x(left, l);
        double y0 = f.u(g.y(top, l, 0) - g.slot(l) / 2), y1 = f.u(g.y(top, l, n - 1) + g.slot(l) / 2);
        for (int i : column.draw(x, y0, y1)) {
            double y = f.u(g.y(top, l, i)), h = f.u(Grid.PICKED_RADIUS);
            DiagramId.Amp amp = new DiagramId.Amp(l, i);
            ValueRef gain = ValueRef.gain(f.example, l, i), delta = ValueRef.delta(f.example, l, i);
            String mark = f.sketch.mark(gain, delta);
            ColorRole highlight = Sketch.highlight(mark);
            if (highlight != null) {
                f.sketch.shape(new Primitive.Circle(amp.piece(DiagramId.Piece.HALO).text(), "halo" + mark, x, y, h * 1.35 + f.u(3), highlight, null, 0, false, null));
            }
            f.sketch.shape(new Primitive.Polygon(amp.piece(DiagramId.Piece.SHAPE).text(), "amplifier picked" + mark, new double[] {x + h, y - h, x + h, y + h, x - h, y},
                    ColorRole.AMPLIFIER_FILL, ColorRole.NEURON_STROKE, f.u(2), false, delta));
            List<Frame.Line> lines = new ArrayList<>();
            if (f.options.shows(Shown.GAIN) && !f.sketch.mark(gain).isEmpty()) lines.add(gainLine(l, i));
            if (f.options.shows(Shown.DELTA) && (!f.sketch.mark(delta).isEmpty() || column.isWeightEnd(i) && f.known(delta))) lines.add(deltaLine(l, i));
            if (!lines.isEmpty()) f.floating(lines, aroundBlock(x, y, h, lines.size(), l), amp.text());
        }
    }

    /** Places for a block of lines about a picked amplifier: below or above it in its box, else beside it. */
    private List<Frame.Place> aroundBlock(double x, double y, double h, int lines, int l) {
        double lift = f.u(Grid.FONT * 1.3) * lines / 2 + f.u(4);
        boolean first = l == 1;
        Frame.Place right = new Frame.Place(x + h + f.u(4), y, Primitive.Anchor.START), left = new Frame.Place(x - h - f.u(4), y, Primitive.Anchor.END);
        return List.of(new Frame.Place(x, y + h + lift, Primitive.Anchor.MIDDLE), new Frame.Place(x, y - h - lift, Primitive.Anchor.MIDDLE),
                first ? right : left, first ? left : right);
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
            f.sketch.halo(new Primitive.Rect(new DiagramId.Jacobian(depth).piece(DiagramId.Piece.HALO).text(), "halo" + mark, x - half - f.u(7), y1 - f.u(7), 2 * half + f.u(14),
                    y2 - y1 + f.u(14), f.u(10), highlight, null, 0, 1, null));
        }
        f.sketch.shape(new Primitive.Rect(new DiagramId.Jacobian(depth).piece(DiagramId.Piece.SHAPE).text(), "jacobian" + mark, x - half, y1, 2 * half, y2 - y1, f.u(6),
                ColorRole.AMPLIFIER_FILL, ColorRole.NEURON_STROKE, f.u(2), 1, first));
        // J^T is named above the box, like the gains above the amplifiers (inside it, between two rows, when the rows
        // fill the body and the header sits just above); the δ_n^L sit inside, on their rows, where the rows have room.
        MathText jt = MathText.builder().symbol("J", "J", "", "T").add(" (softmax)", "\\ (\\mathrm{softmax})").build();
        boolean rows = g.linesBelow(depth) > 0 || g.fitted && g.slot(depth) >= Grid.FONT * 1.3 * 2 + 2;
        for (int k = 0; k < n; k++) {
            ValueRef delta = ValueRef.delta(r, depth, k);
            double y = f.u(g.y(top, depth, k));
            if (!f.options.shows(Shown.DELTA)) continue;
            MathText text = f.label(Notation.delta(depth, k), delta);
            boolean fits = rows && (g.linesBelow(depth) > 0 || TextMetrics.width(text, f.u(Grid.FONT)) + f.u(6) <= 2 * half);
            if (fits) {
                f.label(DiagramId.Label.of(DiagramId.Value.REVERSE_DELTA, depth, k).text(), "delta" + f.sketch.mark(delta), x, y, text, f.role(delta, ColorRole.DELTA), false, delta);
            } else if (f.isStepValue(delta)) {
                // Rows too tight for their δ: the step's own and those it reads still show, on its row beside the box, or across it.
                f.floating(List.of(deltaLine(depth, k)), List.of(new Frame.Place(x - half - f.u(4), y, Primitive.Anchor.END),
                        new Frame.Place(x, y, Primitive.Anchor.MIDDLE)), null);
            }
        }
        double middle = n % 2 == 0 ? (f.u(g.y(top, depth, n / 2 - 1)) + f.u(g.y(top, depth, n / 2))) / 2 : (y1 + f.u(g.y(top, depth, 0))) / 2;
        f.floating(List.of(new Frame.Line(new DiagramId.Jacobian(depth).text(), "jacobian-label", jt, ColorRole.TEXT, true, first)),
                List.of(new Frame.Place(x, y1 - f.u(Grid.LINE * 0.7), Primitive.Anchor.MIDDLE), new Frame.Place(x, middle, Primitive.Anchor.MIDDLE),
                        new Frame.Place(x, (y1 + f.u(g.y(top, depth, 0))) / 2, Primitive.Anchor.MIDDLE),
                        new Frame.Place(x, (y2 + f.u(g.y(top, depth, n - 1))) / 2, Primitive.Anchor.MIDDLE),
                        new Frame.Place(x, y2 + f.u(Grid.LINE * 0.7), Primitive.Anchor.MIDDLE)), null);
    }
}
