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
        if (l == 0) return Notation.plain("input x");
        MathText.Builder b = MathText.builder().text("layer " + l);
        return (l == depth ? b.text(" (output y)") : b).build();
    }

    private void edges(double left, double top, int l) {
        int r = f.example;
        boolean labels = g.edgeLabels(l) && (f.options.shows(Shown.WEIGHT) || f.options.shows(Shown.WEIGHT_GRADIENT));
        for (int i = 0; i < f.network.size(l); i++) {
            double x2 = x(left, l) - f.u(g.radius(l)), y2 = f.u(g.y(top, l, i));
            for (int j = 0; j < f.network.size(l - 1); j++) {
                double x1 = x(left, l - 1) + f.u(g.radius(l - 1)), y1 = f.u(g.y(top, l - 1, j));
                ValueRef grad = ValueRef.weightGradient(r, l, i, j);
                f.edge("edge-" + l + "-" + (i + 1) + "-" + (j + 1), l, i, j, x1, y1, x2, y2,
                        ValueRef.weight(l, i, j), grad, ValueRef.meanWeightGradient(l, i, j), ValueRef.updatedWeight(l, i, j));
                if (labels) edgeLabels(l, i, j, x1, y1, x2, y2);
            }
        }
    }

    /** Labels staggered along the edge by target neuron, so the labels of a fan-in do not sit on each other. */
    private void edgeLabels(int l, int i, int j, double x1, double y1, double x2, double y2) {
        int n = f.network.size(l);
        double t = n == 1 ? 0.5 : 0.28 + 0.44 * i / (n - 1);
        double x = x1 + t * (x2 - x1), y = y1 + t * (y2 - y1);
        String suffix = l + "-" + (i + 1) + "-" + (j + 1);
        ValueRef weight = ValueRef.weight(l, i, j);
        ValueRef grad = ValueRef.weightGradient(f.example, l, i, j);
        double line = f.u(Grid.LINE);
        boolean both = f.options.shows(Shown.WEIGHT) && f.options.shows(Shown.WEIGHT_GRADIENT) && f.known(grad);
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
        if (g.insideText(l)) {
            boolean value = f.options.shows(Shown.A) && f.known(a);
            MathText text = value ? number(f.value(a)) : Notation.a(l, i);
            f.sketch.text(new Primitive.Text("neuron-" + suffix, ("neuron-label" + f.sketch.mark(a)).strip(), x, y, text,
                    f.u(Grid.FONT), Primitive.Anchor.MIDDLE, value ? ColorRole.TEXT : ColorRole.HIDDEN_TEXT, value, a));
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

    /** σ'(z_i^l) = 0.0012, with "(saturated)" or "(dead)" appended when it is. */
    MathText gainText(int l, int i, ValueRef gain, Saturation saturation) {
        MathText text = f.label(Notation.gain(l, i), gain);
        return saturation == Saturation.NONE ? text : Notation.withNote(text, saturation.label());
    }

    /** Label line {@code line} under the neuron, if it fits. */
    private void below(int layer, int line, double x, double y, String id, String classes, MathText text, ValueRef ref, ColorRole role) {
        if (line >= g.linesBelow(layer)) return;
        double ly = y + f.u(g.radius(layer)) + f.u(Grid.LINE * (0.6 + line));
        f.label(id, classes + f.sketch.mark(ref), x, ly, text, role, false, ref);
    }
}
