package deltaflow.diagram;

import deltaflow.model.MathText;
import deltaflow.model.Network;
import deltaflow.model.Timeline;
import deltaflow.model.ValueRef;

/** What both layouts draw from: the timeline at a position, the example shown, the options, the geometry. */
final class Frame {
    final Timeline timeline;
    final int position;
    final DiagramOptions options;
    final int example;
    final Network network;
    final Grid grid;
    final Sketch sketch;

    Frame(Timeline timeline, int position, DiagramOptions options, int example, Grid grid, Sketch sketch) {
        this.timeline = timeline;
        this.position = position;
        this.options = options;
        this.example = example;
        this.network = timeline.trace().network();
        this.grid = grid;
        this.sketch = sketch;
    }

    /** Boxes (x, y, w, h) of the weight labels placed so far, so later ones can move along their edge to stay clear. */
    private final java.util.List<double[]> edgeLabelBoxes = new java.util.ArrayList<>();

    boolean known(ValueRef ref) { return timeline.isKnown(ref, position); }

    /** Whether the current step computes this value: its label is drawn even where the rows have no room for labels. */
    boolean isCurrent(ValueRef ref) { return sketch.isCurrent(ref); }

    /**
     * Where along the edge (0 = source, 1 = target) a weight label of this size (diagram units) goes: the preferred
     * place if it is clear of the labels placed before, else the nearest clear place, else the preferred one.
     */
    double edgeLabelT(double preferred, double x1, double y1, double x2, double y2, double w, double h) {
        double best = preferred, least = Double.MAX_VALUE;
        double[] bestBox = null;
        for (int k = 0; k <= 40; k++) {
            double t = preferred + (k % 2 == 0 ? 1 : -1) * 0.04 * ((k + 1) / 2); // preferred, then alternately nearer each end
            if (t < 0.12 || t > 0.88) continue;
            double[] box = {x1 + t * (x2 - x1) - w / 2, y1 + t * (y2 - y1) - h / 2, w, h};
            double overlap = edgeLabelBoxes.stream().mapToDouble(b -> overlap(b, box)).sum();
            if (overlap < least - 1e-9) { least = overlap; best = t; bestBox = box; }
            if (overlap == 0) break;
        }
        if (bestBox != null) edgeLabelBoxes.add(bestBox); // when nothing is clear, the place with the least overlap
        return best;
    }

    private static double overlap(double[] a, double[] b) {
        double w = Math.min(a[0] + a[2], b[0] + b[2]) - Math.max(a[0], b[0]);
        double h = Math.min(a[1] + a[3], b[1] + b[3]) - Math.max(a[1], b[1]);
        return w > 1e-6 && h > 1e-6 ? w * h : 0;
    }

    double value(ValueRef ref) { return timeline.value(ref); }

    double u(double length) { return sketch.u(length); }

    /** {@code symbol = value} once known, the bare symbol before. */
    MathText label(MathText symbol, ValueRef ref) {
        return known(ref) ? Notation.equals(symbol, value(ref), options.significantDigits()) : symbol;
    }

    /** The label's colour: {@code role} once known, the hidden-text colour before. */
    ColorRole role(ValueRef ref, ColorRole role) {
        return known(ref) ? role : ColorRole.HIDDEN_TEXT;
    }

    /** Whether this neuron's gain is known and saturated or dead. */
    Saturation saturation(int l, int i) {
        ValueRef gain = ValueRef.gain(example, l, i);
        return known(gain) ? Saturation.of(network.layer(l).activation(), value(gain)) : Saturation.NONE;
    }

    /** A label line at scale-1 font size. */
    void label(String id, String classes, double x, double y, MathText text, ColorRole role, boolean bold, ValueRef target) {
        sketch.label(id, classes, x, y, text, u(Grid.FONT), Primitive.Anchor.MIDDLE, role, bold, target);
    }

    /** A column header. */
    void header(String id, double x, double y, MathText text) {
        sketch.text(new Primitive.Text(id, "header", x, y, text, u(Grid.HEADER_FONT), Primitive.Anchor.MIDDLE, ColorRole.TEXT, true, null));
    }

    /** An edge w_ij^l between two points, coloured and dashed by its sign, marked when its values are highlighted. */
    void edge(String id, int l, int i, int j, double x1, double y1, double x2, double y2, ValueRef... related) {
        double w = network.layer(l).weight(i, j);
        ValueRef weight = ValueRef.weight(l, i, j);
        String mark = sketch.mark(related);
        ColorRole sign = w < 0 ? ColorRole.NEGATIVE : ColorRole.POSITIVE;
        boolean dense = grid.dense(l);
        double width = u(grid.edgeWidth(l, w));
        ColorRole highlight = Sketch.highlight(mark);
        if (highlight != null) {
            sketch.halo(new Primitive.Line(id + "-halo", "halo" + mark, x1, y1, x2, y2, width + u(8), highlight, false, 1, null));
        }
        sketch.edge(new Primitive.Line(id, "edge " + (w < 0 ? "negative" : "positive") + mark, x1, y1, x2, y2, width, sign,
                w < 0 && !dense, grid.edgeOpacity(l), weight));
    }
}
