package deltaflow.diagram;

import deltaflow.model.MathText;
import deltaflow.model.Notation;
import deltaflow.model.ValueRef;

import java.util.ArrayList;
import java.util.List;

/**
 * The forward network: layers as columns left to right, neurons as circles holding a_i^l, biases above,
 * z, σ'(z) and δ below as the timeline reveals them, edges coloured by the sign of w with width ∝ |w|.
 */
final class ForwardLayout {
    private final Frame f;
    private final Grid g;
    private final int depth;

    ForwardLayout(Frame frame) {
        this.f = frame;
        this.g = frame.grid;
        this.depth = frame.network.depth();
    }

    static double width(Grid grid, int depth) { return grid.forwardWidth(); }

    double x(double left, int l) { return f.u(left + g.forwardX(l)); }

    /** Draws into the sketch with its left edge at {@code left} and its body at {@code top} (scale-1 units). */
    void draw(double left, double top, double headerY) {
        reserveBiasLabels(left, top);
        for (int l = 1; l <= depth; l++) edges(left, top, l);
        for (int l = 0; l <= depth; l++) {
            f.header(new DiagramId.Header(DiagramId.Side.FORWARD, l).text(), x(left, l), f.u(headerY), header(l));
            if (g.summary(false, l)) summary(left, top, l);
            else for (int i = 0; i < f.network.size(l); i++) neuron(x(left, l), f.u(g.y(top, l, i)), l, i);
        }
        if (f.options.shows(Shown.COST)) objective(x(left, depth), top);
    }

    /**
     * What the update minimises, beside the output layer: each target ŷ_n (with ∂C^r/∂y_n while a step computes or reads
     * it), and the cost: C^r of the example once computed, the mean C from the average phase on, and at the end the cost
     * after the update (C = 0.2984 → 0.2910), the number gradient descent was for. Placed clear of other labels.
     */
    private void objective(double x, double top) {
        int r = f.example, n = f.network.outputs();
        double radius = f.u(g.radius(depth));
        boolean summary = g.summary(false, depth);
        for (int k = 0; k < n; k++) {
            double y = f.u(g.y(top, depth, k));
            ValueRef target = ValueRef.target(r, k), gradient = ValueRef.costGradient(r, k);
            // An output layer drawn as its summary box labels only the outputs the step uses, beside where they are drawn in it.
            if (summary && !marked(target) && !marked(gradient)) continue;
            String owner = new DiagramId.Neuron(depth, k).text();
            double right = x + radius + f.u(6), line = f.u(Grid.FONT * 1.3);
            double left = x - radius - f.u(6);
            List<Frame.Line> targetLine = List.of(new Frame.Line(DiagramId.Label.of(DiagramId.Value.TARGET, k).text(), "target" + f.sketch.mark(target),
                    Notation.equals(Notation.target(k), f.value(target), f.options.significantDigits()), ColorRole.TEXT, false, target));
            List<Frame.Place> targetPlaces = List.of(new Frame.Place(right, y, Primitive.Anchor.START), new Frame.Place(right, y - line, Primitive.Anchor.START),
                    new Frame.Place(right, y + line, Primitive.Anchor.START), new Frame.Place(left, y - line, Primitive.Anchor.END),
                    new Frame.Place(x, y - radius - line, Primitive.Anchor.MIDDLE));
            // A target the step reads (the cost's) is always drawn; the others where they cover nothing.
            if (marked(target)) f.floating(targetLine, targetPlaces, owner);
            else f.floatingIfClear(targetLine, targetPlaces, owner);
            if (f.known(gradient) && marked(gradient)) {
                // Under ŷ_n where the margin is wide enough, else left of the neuron above or below its incoming edges.
                f.floating(List.of(new Frame.Line(DiagramId.Label.of(DiagramId.Value.COST_GRADIENT, k).text(), "cost-gradient" + f.sketch.mark(gradient),
                        Notation.equals(Notation.costGradient(k), f.value(gradient), f.options.significantDigits()), ColorRole.GRADIENT, false, gradient)),
                        List.of(new Frame.Place(right, y + line, Primitive.Anchor.START), new Frame.Place(left, y - line, Primitive.Anchor.END),
                                new Frame.Place(left, y + line, Primitive.Anchor.END), new Frame.Place(x, y - radius - line, Primitive.Anchor.MIDDLE)), owner);
            }
        }
        Frame.Line cost = costLine();
        if (cost == null) return;
        double first = f.u(g.y(top, depth, 0)), last = f.u(g.y(top, depth, n - 1));
        double below = last + radius + f.u(Grid.LINE) * (g.linesBelow(depth) + 0.8), above = first - radius - f.u(Grid.LINE) * (g.linesAbove(depth) + 0.8);
        List<Frame.Place> places = new ArrayList<>(List.of(new Frame.Place(x, below, Primitive.Anchor.MIDDLE), new Frame.Place(x + radius + f.u(6), below, Primitive.Anchor.START),
                new Frame.Place(x, above, Primitive.Anchor.MIDDLE), new Frame.Place(x + radius + f.u(6), above, Primitive.Anchor.START),
                new Frame.Place(x + radius + f.u(6), (first + last) / 2, Primitive.Anchor.START)));
        // Tight rows (ten outputs over the whole body): between two outputs, right of the column, then left of it.
        for (Primitive.Anchor side : List.of(Primitive.Anchor.START, Primitive.Anchor.END)) {
            for (int k = n - 1; k >= 1; k--) {
                double between = (f.u(g.y(top, depth, k - 1)) + f.u(g.y(top, depth, k))) / 2;
                places.add(new Frame.Place(side == Primitive.Anchor.START ? x + radius + f.u(6) : x - radius - f.u(6), between, side));
            }
        }
        // The cost a step computes or reads, and at the end before → after, is always drawn; otherwise where it covers nothing.
        boolean needed = cost.classes().contains("current") || cost.classes().contains("operand") || f.position == f.timeline.size();
        if (needed) f.floating(List.of(cost), places, null);
        else f.floatingIfClear(List.of(cost), places, null);
    }

    /** C^r = …, C = …, or C = before → after; null before the example's cost is computed. */
    private Frame.Line costLine() {
        ValueRef perExample = ValueRef.cost(f.example), mean = ValueRef.totalCost();
        int digits = f.options.significantDigits();
        if (f.known(mean)) {
            MathText text = Notation.equals(Notation.cost(), f.value(mean), digits);
            if (f.position == f.timeline.size()) {
                text = MathText.builder().append(text).text(" → ").number(f.timeline.trace().costAfterUpdate(), digits, false).build();
            }
            return new Frame.Line("cost", "cost mean" + f.sketch.mark(mean, perExample), text, ColorRole.TEXT, true, mean);
        }
        if (!f.known(perExample)) return null;
        return new Frame.Line("cost", "cost" + f.sketch.mark(perExample), Notation.equals(Notation.costR(), f.value(perExample), digits), ColorRole.TEXT, true, perExample);
    }

    /**
     * At the update a trained bias's label grows (old → new): weight labels slide along their edges to keep clear of it,
     * and of the neurons, which it no longer leaves room beside. Before, the layout is the one without these reservations.
     */
    private void reserveBiasLabels(double left, double top) {
        if (!f.options.shows(Shown.BIAS) || !f.timeline.scenario().trainBiases() || f.position < f.timeline.size()
                && !f.known(ValueRef.updatedBias(1, 0))) return;
        for (int l = 1; l <= depth; l++) {
            if (g.summary(false, l) || !g.edgeLabels(l) && !(l < depth && g.edgeLabels(l + 1))) continue;
            for (int i = 0; i < f.network.size(l); i++) {
                double y = f.u(g.y(top, l, i)), r = f.u(g.radius(l));
                f.reserve(x(left, l), y, 2 * r, 2 * r);
                if (g.linesAbove(l) > 0) {
                    f.reserve(x(left, l), y - r - f.u(Grid.LINE * 0.6), TextMetrics.width(biasLine(l, i).text(), f.u(Grid.FONT)) + f.u(6), f.u(Grid.FONT) * 1.3);
                }
            }
        }
    }

    private MathText header(int l) {
        DiagramTexts texts = f.options.texts();
        if (l == 0) return Notation.plain(texts.input());
        MathText.Builder b = MathText.builder().text(texts.layer(l));
        return (l == depth && !g.shortOutputHeader() ? b.text(" " + texts.output()) : b).build();
    }

    private void edges(double left, double top, int l) {
        int r = f.example;
        boolean shown = f.options.shows(Shown.WEIGHT) || f.options.shows(Shown.WEIGHT_GRADIENT);
        boolean labels = g.edgeLabels(l) && shown;
        double x1 = x(left, l - 1) + f.u(g.reach(false, l - 1)), x2 = x(left, l) - f.u(g.reach(false, l));
        double[] ys1 = new double[f.network.size(l - 1)], ys2 = new double[f.network.size(l)];
        for (int j = 0; j < ys1.length; j++) ys1[j] = f.u(g.y(top, l - 1, j));
        for (int i = 0; i < ys2.length; i++) ys2[i] = f.u(g.y(top, l, i));
        // A dense layer's edges are the same lines at every step but the few its marks fall on: those of the last build.
        Primitive.Line[] kept = g.dense(l) && !labels && DenseEdges.enabled
                ? DenseEdges.of(f.network, l, x1, x2, ys1, ys2, f.u(g.edgeWidth(l, 0)), g.edgeOpacity(l)) : null;
        java.util.Set<Integer> marked = kept == null ? java.util.Set.of() : DenseEdges.marked(f.network, l, f.sketch.marked());
        if (kept != null && marked.size() == kept.length) {
            // A layer step reads or computes the whole W^l: one band marks it, rather than 100,000 halos.
            wholeLayerBand(l, x1, x2, ys1, ys2);
            marked = java.util.Set.of();
        }
        for (int i = 0; i < ys2.length; i++) {
            double y2 = ys2[i];
            for (int j = 0; j < ys1.length; j++) {
                if (kept != null && !marked.contains(i * ys1.length + j)) {
                    f.sketch.edge(kept[i * ys1.length + j]);
                    continue;
                }
                double y1 = ys1[j];
                ValueRef grad = ValueRef.weightGradient(r, l, i, j);
                f.edge(new DiagramId.Edge(DiagramId.Side.FORWARD, l, i, j).text(), l, i, j, x1, y1, x2, y2,
                        ValueRef.weight(l, i, j), grad, ValueRef.meanWeightGradient(l, i, j), ValueRef.updatedWeight(l, i, j));
                // Where rows are too tight for weight labels, an edge the step computes or reads still gets its own.
                if (labels) {
                    edgeLabels(l, i, j, x1, y1, x2, y2);
                } else if (shown && (f.isCurrent(grad) || f.isCurrent(ValueRef.updatedWeight(l, i, j)) || f.isCurrent(ValueRef.meanWeightGradient(l, i, j))
                        || !g.dense(l) && (f.isStepValue(ValueRef.weight(l, i, j)) || f.isStepValue(grad)))) {
                    // In a dense layer (784 × 128) the weights a step reads are its marked edges and boxes, not 784 labels.
                    currentEdgeLabels(l, i, j, x1, y1, x2, y2);
                } else if (shown && g.fitted && WeightLabels.few(f.network, l)) {
                    f.hide(1); // a few edges whose labels an export would show
                }
            }
        }
    }

    /** The halo of every edge of a dense layer at once: the band between the two columns, with the edges' mark. */
    private void wholeLayerBand(int l, double x1, double x2, double[] ys1, double[] ys2) {
        int r = f.example;
        String mark = f.sketch.mark(ValueRef.weight(l, 0, 0), ValueRef.weightGradient(r, l, 0, 0), ValueRef.meanWeightGradient(l, 0, 0),
                ValueRef.updatedWeight(l, 0, 0));
        ColorRole highlight = Sketch.highlight(mark);
        if (highlight == null) return;
        double pad = f.u(4);
        double[] band = {x1, ys1[0] - pad, x2, ys2[0] - pad, x2, ys2[ys2.length - 1] + pad, x1, ys1[ys1.length - 1] + pad};
        f.sketch.halo(new Primitive.Polygon("edges-" + l + "-halo", "halo" + mark, band, highlight, null, 0, false, null));
    }

    /**
     * Where rows are too tight for weight labels, the edge of the current step still gets its own: along the edge if
     * that is clear, else beside either end, wherever it covers no other label and no neuron.
     */
    private void currentEdgeLabels(int l, int i, int j, double x1, double y1, double x2, double y2) {
        List<Frame.Line> lines = edgeLines(l, i, j);
        if (lines.isEmpty()) return;
        List<Frame.Place> places = new ArrayList<>();
        for (double t : new double[] {0.5, 0.35, 0.65, 0.2, 0.8}) places.add(new Frame.Place(x1 + t * (x2 - x1), y1 + t * (y2 - y1), Primitive.Anchor.MIDDLE));
        double lift = f.u(Grid.FONT * 1.3) * (lines.size() + 1) / 2;
        for (double dy : new double[] {0, -lift, lift}) {
            places.add(new Frame.Place(x2 - f.u(3), y2 + dy, Primitive.Anchor.END));
            places.add(new Frame.Place(x1 + f.u(3), y1 + dy, Primitive.Anchor.START));
        }
        f.floating(lines, places, null);
    }

    /** The weight's label (old → new at the update) and its gradient's once known, as the lines of one block. */
    private List<Frame.Line> edgeLines(int l, int i, int j) {
        ValueRef weight = ValueRef.weight(l, i, j);
        ValueRef grad = ValueRef.weightGradient(f.example, l, i, j);
        List<Frame.Line> lines = new ArrayList<>();
        if (f.options.shows(Shown.WEIGHT)) {
            ValueRef updated = ValueRef.updatedWeight(l, i, j);
            MathText text = Notation.equals(Notation.weight(l, i, j), f.value(weight), f.options.significantDigits());
            if (f.known(updated)) text = MathText.builder().append(text).text(" → ").number(f.value(updated), f.options.significantDigits(), false).build();
            lines.add(new Frame.Line(DiagramId.Label.of(DiagramId.Value.WEIGHT, l, i, j).text(), "weight" + f.sketch.mark(weight, updated), text,
                    f.network.layer(l).weight(i, j) < 0 ? ColorRole.NEGATIVE : ColorRole.POSITIVE, false, weight));
        }
        if (f.options.shows(Shown.WEIGHT_GRADIENT)) {
            Frame.Line line = gradientLine(DiagramId.Label.of(DiagramId.Value.GRADIENT, l, i, j).text(), grad, ValueRef.meanWeightGradient(l, i, j),
                    Notation.weightGradient(l, i, j, true), Notation.weightGradient(l, i, j, false));
            if (line != null) lines.add(line);
        }
        return lines;
    }

    /**
     * A parameter's gradient as the phase has it: the drawn example's ∂C^r/∂θ during its gradients, the mean ∂C/∂θ
     * from the average phase on (so "w = 1.2 → 1.184" stands beside the number that moved it); null before either.
     * Between the per-example gradients and the parameter's own mean, the mean's symbol waits, greyed.
     */
    private Frame.Line gradientLine(String id, ValueRef perExample, ValueRef mean, MathText perExampleSymbol, MathText meanSymbol) {
        if (f.known(mean)) {
            return new Frame.Line(id, "gradient mean" + f.sketch.mark(mean, perExample),
                    Notation.equals(meanSymbol, f.value(mean), f.options.significantDigits()), ColorRole.GRADIENT, false, mean);
        }
        if (f.known(ValueRef.totalCost())) return new Frame.Line(id, "gradient mean" + f.sketch.mark(mean, perExample), meanSymbol, ColorRole.HIDDEN_TEXT, false, mean);
        if (!f.known(perExample)) return null;
        return new Frame.Line(id, "gradient" + f.sketch.mark(perExample),
                Notation.equals(perExampleSymbol, f.value(perExample), f.options.significantDigits()), ColorRole.GRADIENT, false, perExample);
    }

    /** Labels staggered along the edge by target neuron, so the labels of a fan-in do not sit on each other. */
    private void edgeLabels(int l, int i, int j, double x1, double y1, double x2, double y2) {
        int n = f.network.size(l);
        double preferred = n == 1 ? 0.5 : 0.28 + 0.44 * i / (n - 1);
        List<Frame.Line> lines = edgeLines(l, i, j);
        if (lines.isEmpty()) return;
        double line = f.u(Grid.LINE);
        boolean both = lines.size() == 2;
        // A fan-in's labels converge near the target: slide along the edge until clear of the labels already placed.
        double wide = 0;
        for (Frame.Line k : lines) wide = Math.max(wide, TextMetrics.width(k.text(), f.u(Grid.FONT)));
        double t = f.edgeLabelT(preferred, x1, y1, x2, y2, wide + f.u(6), f.u(Grid.FONT) * 1.3 * (both ? 2 : 1) + (both ? f.u(Grid.LINE - Grid.FONT * 1.3) : 0));
        double x = x1 + t * (x2 - x1), y = y1 + t * (y2 - y1);
        // At the update every edge shows old → new, so the step η ∂C/∂w can be read off the diagram.
        for (int k = 0; k < lines.size(); k++) {
            Frame.Line label = lines.get(k);
            f.label(label.id(), label.classes(), x, both ? y + (k == 0 ? -line / 2 : line / 2) : y, label.text(), label.role(), label.bold(), label.target());
        }
    }

    private void neuron(double x, double y, int l, int i) {
        int r = f.example;
        DiagramId.Neuron neuron = new DiagramId.Neuron(l, i);
        ValueRef a = ValueRef.a(r, l, i);
        ValueRef z = l == 0 ? null : ValueRef.z(r, l, i);
        ValueRef gain = l == 0 ? null : ValueRef.gain(r, l, i);
        ValueRef delta = l == 0 ? null : ValueRef.delta(r, l, i);
        ValueRef bias = l == 0 ? null : ValueRef.bias(l, i);
        ValueRef updatedBias = l == 0 ? null : ValueRef.updatedBias(l, i);
        Saturation saturation = l == 0 ? Saturation.NONE : f.saturation(l, i);
        String mark = f.sketch.mark(a, z, gain, delta, bias, updatedBias);
        double radius = f.u(g.radius(l));
        ColorRole highlight = Sketch.highlight(mark);
        if (highlight != null) {
            f.sketch.halo(new Primitive.Circle(neuron.piece(DiagramId.Piece.HALO).text(), "halo" + mark, x, y, radius + f.u(7), highlight, null, 0, false, null));
        }
        String kind = l == 0 ? " input" : l == depth ? " output" : " hidden";
        String warn = saturation == Saturation.NONE ? "" : " " + saturation.label();
        f.sketch.shape(new Primitive.Circle(neuron.piece(DiagramId.Piece.CIRCLE).text(), "neuron" + kind + warn + mark, x, y, radius,
                ColorRole.NEURON_FILL, warn.isEmpty() ? ColorRole.NEURON_STROKE : ColorRole.WARNING,
                f.u(warn.isEmpty() ? 2 : 4), !warn.isEmpty(), a));
        boolean value = f.options.shows(Shown.A) && f.known(a);
        MathText inside = inside(l, i, a, value);
        if (inside != null) {
            f.sketch.text(new Primitive.Text(neuron.text(), ("neuron-label" + f.sketch.mark(a)).strip(), x, y, inside,
                    f.u(Grid.FONT), Primitive.Anchor.MIDDLE, value ? ColorRole.TEXT : ColorRole.HIDDEN_TEXT, value, a));
        } else if (value && f.isStepValue(a)) {
            f.floating(List.of(new Frame.Line(neuron.text(), "neuron-label" + f.sketch.mark(a),
                    Notation.equals(f.a(l, i), f.value(a), f.options.significantDigits()), ColorRole.TEXT, true, a)),
                    around(x, y, radius, 1, true, l), neuron.text());
        }
        else if (value && g.fitted) f.hide(1);
        if (l == 0) {
            if (g.linesBelow(0) > 0) f.label(DiagramId.Label.of(DiagramId.Value.INPUT, i).text(), "input-label", x, y + radius + f.u(Grid.LINE * 0.6), f.a(0, i), ColorRole.TEXT, false, a);
            return;
        }
        if (g.linesAbove(l) > 0 && f.options.shows(Shown.BIAS)) {
            // At the update a bias reads old → new, like a weight.
            Frame.Line b = biasLine(l, i);
            f.label(b.id(), b.classes(), x, y - radius - f.u(Grid.LINE * 0.6), b.text(), b.role(), false, bias);
            biasGradient(x, y, radius, l, i, List.of());
        } else if (f.options.shows(Shown.BIAS) && (f.isStepValue(bias) || f.isStepValue(updatedBias))) {
            // Where rows have no room for biases, a bias the step reads or updates still shows (old → new).
            biasGradient(x, y, radius, l, i, List.of(biasLine(l, i)));
        } else {
            if (f.options.shows(Shown.BIAS)) f.hide(1);
            biasGradient(x, y, radius, l, i, List.of());
        }
        int line = 0;
        if (f.options.shows(Shown.Z)) below(l, line++, x, y, DiagramId.Label.of(DiagramId.Value.Z, l, i), "z", f.label(Notation.z(l, i), z), z, f.role(z, ColorRole.TEXT));
        if (f.options.shows(Shown.GAIN)) {
            below(l, line++, x, y, DiagramId.Label.of(DiagramId.Value.GAIN, l, i), "gain" + warn, gainText(l, i, gain, saturation), gain,
                    warn.isEmpty() ? f.role(gain, ColorRole.TEXT) : ColorRole.WARNING);
        }
        if (f.options.shows(Shown.DELTA)) below(l, line, x, y, DiagramId.Label.of(DiagramId.Value.DELTA, l, i), "delta", f.label(Notation.delta(l, i), delta), delta, f.role(delta, ColorRole.DELTA));
    }

    private MathText number(double value) {
        return MathText.builder().number(value, f.options.significantDigits(), false).build();
    }

    /**
     * The text inside neuron i's circle, or null when none fits. A value is never cut to fewer digits than set: a circle
     * too small for all of them shows none, and the value, if the step is about it, goes beside the circle in full.
     */
    private MathText inside(int l, int i, ValueRef a, boolean value) {
        if (!g.fitted) return g.insideText(l) ? (value ? number(f.value(a)) : f.a(l, i)) : null;
        double room = 2 * g.radius(l) + 2; // the value may just touch the stroke
        if (g.slot(l) < Grid.FONT * 1.3) return null; // a line of text is taller than the row: it would cover the next circle
        if (!value) return TextMetrics.width(f.a(l, i), Grid.FONT) <= room ? f.a(l, i) : null;
        MathText text = number(f.value(a));
        return TextMetrics.width(text, Grid.FONT) <= room ? text : null;
    }

    /** σ'(z_i^l) = 0.0012, with "(saturated)" or "(dead)" appended when it is. */
    MathText gainText(int l, int i, ValueRef gain, Saturation saturation) {
        MathText text = f.label(Notation.gain(l, i), gain);
        return saturation == Saturation.NONE ? text : Notation.withNote(text, f.options.texts().note(saturation));
    }

    /** Label line {@code line} under the neuron, if it fits. */
    private void below(int layer, int line, double x, double y, DiagramId.Label label, String classes, MathText text, ValueRef ref, ColorRole role) {
        String id = label.text();
        if (line < g.linesBelow(layer)) {
            f.label(id, classes + f.sketch.mark(ref), x, y + f.u(g.radius(layer)) + f.u(Grid.LINE * (0.6 + line)), text, role, false, ref);
        } else if (f.isStepValue(ref) && f.known(ref)) {
            // The step's value and its operands are drawn even without room: below the neuron, or beside it, where they hide nothing.
            f.floating(List.of(new Frame.Line(id, classes + f.sketch.mark(ref), text, role, false, ref)),
                    around(x, y, f.u(g.radius(layer)), 1, true, layer), label.owner().orElseThrow().text());
        } else if (f.known(ref)) {
            f.hide(1);
        }
    }

    /**
     * ∂C^r/∂b_i^l (or, from the average phase on, the mean ∂C/∂b_i^l) beside the neuron while a step computes or reads
     * it: the diagram has no row for bias gradients, so it is placed clear of the other labels.
     */
    private void biasGradient(double x, double y, double radius, int l, int i, List<Frame.Line> above) {
        ValueRef perExample = ValueRef.biasGradient(f.example, l, i), mean = ValueRef.meanBiasGradient(l, i);
        List<Frame.Line> lines = new ArrayList<>(above);
        if (f.options.shows(Shown.BIAS) && (marked(perExample) || marked(mean))) {
            Frame.Line line = gradientLine(DiagramId.Label.of(DiagramId.Value.BIAS_GRADIENT, l, i).text(), perExample, mean, Notation.biasGradient(l, i, true), Notation.biasGradient(l, i, false));
            if (line != null) lines.add(line);
        }
        if (!lines.isEmpty()) f.floating(lines, around(x, y, radius, lines.size(), false, l), new DiagramId.Neuron(l, i).text());
    }

    /** b_i^l = 0.35, with → and the updated bias once known. */
    private Frame.Line biasLine(int l, int i) {
        ValueRef bias = ValueRef.bias(l, i), updated = ValueRef.updatedBias(l, i);
        MathText text = Notation.equals(Notation.bias(l, i), f.value(bias), f.options.significantDigits());
        // Biases held fixed (Mazur's example) have no update to show; the timeline counts them as known from the start.
        if (f.timeline.scenario().trainBiases() && f.known(updated)) {
            text = MathText.builder().append(text).text(" → ").number(f.value(updated), f.options.significantDigits(), false).build();
        }
        return new Frame.Line(DiagramId.Label.of(DiagramId.Value.BIAS, l, i).text(), "bias" + f.sketch.mark(bias, updated), text, ColorRole.BIAS, false, bias);
    }

    /** Places for a label about a neuron: below or above it as preferred, then beside it (inside the network first). */
    private List<Frame.Place> around(double x, double y, double r, int lines, boolean preferBelow, int l) {
        return f.around(x, y, r, lines, preferBelow, l == depth); // the output layer's inside is to its left
    }

    /** Layer l as one box; the neurons the step is about are drawn inside it, with their values. */
    private void summary(double left, double top, int l) {
        SummaryColumn column = new SummaryColumn(f, false, l);
        int n = f.network.size(l);
        double x = x(left, l);
        double y0 = f.u(g.y(top, l, 0) - g.slot(l) / 2), y1 = f.u(g.y(top, l, n - 1) + g.slot(l) / 2);
        for (int i : column.draw(x, y0, y1)) picked(column, x, f.u(g.y(top, l, i)), l, i);
    }

    /** A neuron inside a summary box: a small circle, and a label for each of its values the step is about. */
    private void picked(SummaryColumn column, double x, double y, int l, int i) {
        int r = f.example;
        DiagramId.Neuron neuron = new DiagramId.Neuron(l, i);
        ValueRef a = ValueRef.a(r, l, i);
        String mark = f.sketch.mark(column.refs(i));
        double radius = f.u(Grid.PICKED_RADIUS);
        ColorRole highlight = Sketch.highlight(mark);
        if (highlight != null) {
            // Over the box, under the circle: a halo among the halos would be hidden by the box.
            f.sketch.shape(new Primitive.Circle(neuron.piece(DiagramId.Piece.HALO).text(), "halo" + mark, x, y, radius + f.u(5), highlight, null, 0, false, null));
        }
        String kind = l == 0 ? " input" : l == depth ? " output" : " hidden";
        f.sketch.shape(new Primitive.Circle(neuron.piece(DiagramId.Piece.CIRCLE).text(), "neuron picked" + kind + mark, x, y, radius,
                ColorRole.NEURON_FILL, ColorRole.NEURON_STROKE, f.u(2), false, a));
        List<Frame.Line> lines = new ArrayList<>();
        if (l > 0 && f.options.shows(Shown.Z) && marked(ValueRef.z(r, l, i))) {
            lines.add(new Frame.Line(DiagramId.Label.of(DiagramId.Value.Z, l, i).text(), "z" + f.sketch.mark(ValueRef.z(r, l, i)), f.label(Notation.z(l, i), ValueRef.z(r, l, i)),
                    f.role(ValueRef.z(r, l, i), ColorRole.TEXT), false, ValueRef.z(r, l, i)));
        }
        if (f.options.shows(Shown.A) && f.known(a) && (marked(a) || column.isWeightEnd(i))) {
            lines.add(new Frame.Line(neuron.text(), "neuron-label" + f.sketch.mark(a),
                    Notation.equals(f.a(l, i), f.value(a), f.options.significantDigits()), ColorRole.TEXT, false, a));
        }
        if (l > 0) {
            ValueRef gain = ValueRef.gain(r, l, i), delta = ValueRef.delta(r, l, i);
            if (f.options.shows(Shown.GAIN) && marked(gain)) {
                lines.add(new Frame.Line(DiagramId.Label.of(DiagramId.Value.GAIN, l, i).text(), "gain" + f.sketch.mark(gain), gainText(l, i, gain, f.saturation(l, i)),
                        f.role(gain, ColorRole.TEXT), false, gain));
            }
            if (f.options.shows(Shown.DELTA) && marked(delta)) {
                lines.add(new Frame.Line(DiagramId.Label.of(DiagramId.Value.DELTA, l, i).text(), "delta" + f.sketch.mark(delta), f.label(Notation.delta(l, i), delta),
                        f.role(delta, ColorRole.DELTA), false, delta));
            }
            if (f.options.shows(Shown.BIAS) && (marked(ValueRef.bias(l, i)) || marked(ValueRef.updatedBias(l, i))
                    || marked(ValueRef.biasGradient(r, l, i)) || marked(ValueRef.meanBiasGradient(l, i)))) {
                lines.add(biasLine(l, i));
                Frame.Line gradient = gradientLine(DiagramId.Label.of(DiagramId.Value.BIAS_GRADIENT, l, i).text(), ValueRef.biasGradient(r, l, i), ValueRef.meanBiasGradient(l, i),
                        Notation.biasGradient(l, i, true), Notation.biasGradient(l, i, false));
                if (gradient != null && (marked(ValueRef.biasGradient(r, l, i)) || marked(ValueRef.meanBiasGradient(l, i)))) lines.add(gradient);
            }
        }
        if (!lines.isEmpty()) f.floating(lines, inBox(x, y, radius, lines.size(), l), neuron.text());
    }

    /** Places for a picked neuron's labels: below or above it in its box first (nothing else is there), then beside it. */
    private List<Frame.Place> inBox(double x, double y, double r, int lines, int l) {
        List<Frame.Place> around = around(x, y, r, lines, true, l);
        return List.of(around.get(0), around.get(3), around.get(1), around.get(2));
    }

    private boolean marked(ValueRef ref) { return !f.sketch.mark(ref).isEmpty(); }
}
