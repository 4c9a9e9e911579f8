package deltaflow.diagram;

import deltaflow.model.MathText;
import deltaflow.model.ValueRef;

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

    static double width(Grid grid, int depth) { return 2 * Grid.PAD + depth * grid.columnGap; }

    double x(double left, int l) { return f.u(left + Grid.PAD + l * g.columnGap); }

    /** Draws into the sketch with its left edge at {@code left} and its body at {@code top} (scale-1 units). */
    void draw(double left, double top, double headerY) {
        for (int l = 1; l <= depth; l++) edges(left, top, l);
        for (int l = 0; l <= depth; l++) {
            f.header("header-forward-" + l, x(left, l), f.u(headerY), header(l));
            for (int i = 0; i < f.network.size(l); i++) neuron(x(left, l), f.u(g.y(top, l, i)), l, i);
        }
    }

    private MathText header(int l) {
        DiagramTexts texts = f.options.texts();
        if (l == 0) return Notation.plain(texts.input());
        MathText.Builder b = MathText.builder().text(texts.layer(l));
        return (l == depth ? b.text(" " + texts.output()) : b).build();
    }

    private void edges(double left, double top, int l) {
        int r = f.example;
        boolean shown = f.options.shows(Shown.WEIGHT) || f.options.shows(Shown.WEIGHT_GRADIENT);
        boolean labels = g.edgeLabels(l) && shown;
        for (int i = 0; i < f.network.size(l); i++) {
            double x2 = x(left, l) - f.u(g.radius(l)), y2 = f.u(g.y(top, l, i));
            for (int j = 0; j < f.network.size(l - 1); j++) {
                double x1 = x(left, l - 1) + f.u(g.radius(l - 1)), y1 = f.u(g.y(top, l - 1, j));
                ValueRef grad = ValueRef.weightGradient(r, l, i, j);
                f.edge("edge-" + l + "-" + (i + 1) + "-" + (j + 1), l, i, j, x1, y1, x2, y2,
                        ValueRef.weight(l, i, j), grad, ValueRef.meanWeightGradient(l, i, j), ValueRef.updatedWeight(l, i, j));
                // Where rows are too tight for weight labels, the edge of the current step still gets its own.
                if (labels || shown && (f.isCurrent(grad) || f.isCurrent(ValueRef.updatedWeight(l, i, j)) || f.isCurrent(ValueRef.meanWeightGradient(l, i, j)))) {
                    edgeLabels(l, i, j, x1, y1, x2, y2);
                }
            }
        }
    }

    /** Labels staggered along the edge by target neuron, so the labels of a fan-in do not sit on each other. */
    private void edgeLabels(int l, int i, int j, double x1, double y1, double x2, double y2) {
        int n = f.network.size(l);
        double preferred = n == 1 ? 0.5 : 0.28 + 0.44 * i / (n - 1);
        String suffix = l + "-" + (i + 1) + "-" + (j + 1);
        ValueRef weight = ValueRef.weight(l, i, j);
        ValueRef grad = ValueRef.weightGradient(f.example, l, i, j);
        double line = f.u(Grid.LINE);
        boolean both = f.options.shows(Shown.WEIGHT) && f.options.shows(Shown.WEIGHT_GRADIENT) && f.known(grad);
        // A fan-in's labels converge near the target: slide along the edge until clear of the labels already placed.
        double wide = Math.max(TextMetrics.width(Notation.equals(Notation.weight(l, i, j), f.value(weight), f.options.significantDigits()), f.u(Grid.FONT)),
                f.known(grad) ? TextMetrics.width(Notation.equals(Notation.weightGradient(l, i, j), f.value(grad), f.options.significantDigits()), f.u(Grid.FONT)) : 0);
        double t = f.edgeLabelT(preferred, x1, y1, x2, y2, wide + f.u(6), f.u(Grid.FONT) * 1.3 * (both ? 2 : 1) + (both ? f.u(Grid.LINE - Grid.FONT * 1.3) : 0));
        double x = x1 + t * (x2 - x1), y = y1 + t * (y2 - y1);
        if (f.options.shows(Shown.WEIGHT)) {
            ValueRef updated = ValueRef.updatedWeight(l, i, j);
            MathText text = Notation.equals(Notation.weight(l, i, j), f.value(weight), f.options.significantDigits());
            // At the update every edge shows old → new, so the step η ∂C/∂w can be read off the diagram.
            if (f.known(updated)) text = MathText.builder().append(text).text(" → ").number(f.value(updated), f.options.significantDigits(), false).build();
            f.label("weight-" + suffix, "weight" + f.sketch.mark(weight, updated), x, both ? y - line / 2 : y, text,
                    f.network.layer(l).weight(i, j) < 0 ? ColorRole.NEGATIVE : ColorRole.POSITIVE, false, weight);
        }
        if (f.options.shows(Shown.WEIGHT_GRADIENT) && f.known(grad)) {
            f.label("grad-" + suffix, "gradient" + f.sketch.mark(grad), x, both ? y + line / 2 : y,
                    Notation.equals(Notation.weightGradient(l, i, j), f.value(grad), f.options.significantDigits()),
                    ColorRole.GRADIENT, false, grad);
        }
    }

    private void neuron(double x, double y, int l, int i) {
        int r = f.example;
        String suffix = l + "-" + (i + 1);
        ValueRef a = ValueRef.a(r, l, i);
        ValueRef z = l == 0 ? null : ValueRef.z(r, l, i);
        ValueRef gain = l == 0 ? null : ValueRef.gain(r, l, i);
        ValueRef delta = l == 0 ? null : ValueRef.delta(r, l, i);
        ValueRef bias = l == 0 ? null : ValueRef.bias(l, i);
        Saturation saturation = l == 0 ? Saturation.NONE : f.saturation(l, i);
        String mark = f.sketch.mark(a, z, gain, delta, bias);
        double radius = f.u(g.radius(l));
        ColorRole highlight = Sketch.highlight(mark);
        if (highlight != null) {
            f.sketch.halo(new Primitive.Circle("neuron-" + suffix + "-halo", "halo" + mark, x, y, radius + f.u(7), highlight, null, 0, false, null));
        }
        String kind = l == 0 ? " input" : l == depth ? " output" : " hidden";
        String warn = saturation == Saturation.NONE ? "" : " " + saturation.label();
        f.sketch.shape(new Primitive.Circle("neuron-" + suffix + "-circle", "neuron" + kind + warn + mark, x, y, radius,
                ColorRole.NEURON_FILL, warn.isEmpty() ? ColorRole.NEURON_STROKE : ColorRole.WARNING,
                f.u(warn.isEmpty() ? 2 : 4), !warn.isEmpty(), a));
        boolean value = f.options.shows(Shown.A) && f.known(a);
        MathText inside = inside(l, i, a, value);
        if (inside != null) {
            f.sketch.text(new Primitive.Text("neuron-" + suffix, ("neuron-label" + f.sketch.mark(a)).strip(), x, y, inside,
                    f.u(Grid.FONT), Primitive.Anchor.MIDDLE, value ? ColorRole.TEXT : ColorRole.HIDDEN_TEXT, value, a));
        } else if (value && f.isCurrent(a)) {
            f.label("neuron-" + suffix, "neuron-label" + f.sketch.mark(a), x, y + radius + f.u(Grid.LINE * 0.6),
                    Notation.equals(Notation.a(l, i), f.value(a), f.options.significantDigits()), ColorRole.TEXT, true, a);
        }
        if (l == 0) {
            if (g.linesBelow(0) > 0) f.label("x-" + (i + 1), "input-label", x, y + radius + f.u(Grid.LINE * 0.6), Notation.x(i), ColorRole.TEXT, false, a);
            return;
        }
        if (g.linesAbove(l) > 0 && f.options.shows(Shown.BIAS)) {
            f.label("bias-" + suffix, "bias" + f.sketch.mark(bias), x, y - radius - f.u(Grid.LINE * 0.6),
                    Notation.equals(Notation.bias(l, i), f.value(bias), f.options.significantDigits()), ColorRole.BIAS, false, bias);
        }
        int line = 0;
        if (f.options.shows(Shown.Z)) below(l, line++, x, y, "z-" + suffix, "z", f.label(Notation.z(l, i), z), z, f.role(z, ColorRole.TEXT));
        if (f.options.shows(Shown.GAIN)) {
            below(l, line++, x, y, "gain-" + suffix, "gain" + warn, gainText(l, i, gain, saturation), gain,
                    warn.isEmpty() ? f.role(gain, ColorRole.TEXT) : ColorRole.WARNING);
        }
        if (f.options.shows(Shown.DELTA)) below(l, line, x, y, "delta-" + suffix, "delta", f.label(Notation.delta(l, i), delta), delta, f.role(delta, ColorRole.DELTA));
    }

    private MathText number(double value) {
        return MathText.builder().number(value, f.options.significantDigits(), false).build();
    }

    /**
     * The text inside neuron i's circle, or null when none fits. On screen a small circle keeps its value with
     * fewer digits (down to 2) rather than drawing it below the legible size; the inspector has every digit.
     */
    private MathText inside(int l, int i, ValueRef a, boolean value) {
        if (!g.fitted) return g.insideText(l) ? (value ? number(f.value(a)) : Notation.a(l, i)) : null;
        double room = 2 * g.radius(l) + 2; // the value may just touch the stroke
        if (!value) return TextMetrics.width(Notation.a(l, i), Grid.FONT) <= room ? Notation.a(l, i) : null;
        for (int digits = f.options.significantDigits(); digits >= 2; digits--) {
            MathText text = MathText.builder().number(f.value(a), digits, false).build();
            if (TextMetrics.width(text, Grid.FONT) <= room) return text;
        }
        return null;
    }

    /** σ'(z_i^l) = 0.0012, with "(saturated)" or "(dead)" appended when it is. */
    MathText gainText(int l, int i, ValueRef gain, Saturation saturation) {
        MathText text = f.label(Notation.gain(l, i), gain);
        return saturation == Saturation.NONE ? text : Notation.withNote(text, f.options.texts().note(saturation));
    }

    /** Label line {@code line} under the neuron, if it fits. */
    private void below(int layer, int line, double x, double y, String id, String classes, MathText text, ValueRef ref, ColorRole role) {
        // The current step's value is drawn even without room, on the first line free below the neuron.
        if (line >= g.linesBelow(layer) && !(f.isCurrent(ref) && f.known(ref))) return;
        double ly = y + f.u(g.radius(layer)) + f.u(Grid.LINE * (0.6 + Math.min(line, g.linesBelow(layer))));
        f.label(id, classes + f.sketch.mark(ref), x, ly, text, role, false, ref);
    }
}
