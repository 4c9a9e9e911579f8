package deltaflow.diagram;

import deltaflow.model.MathText;
import deltaflow.model.Network;
import deltaflow.model.Notation;
import deltaflow.model.Timeline;
import deltaflow.model.ValueRef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** A label drawn later at a fixed place (a bias above its neuron), centred at (cx, cy): weight labels keep clear of it. */
    void reserve(double cx, double cy, double w, double h) {
        edgeLabelBoxes.add(new double[] {cx - w / 2, cy - h / 2, w, h});
    }

    /** a_i^l as the diagram labels it: for an input, the scenario's name for it (x₁², sin(x₁), …), else x_i. */
    MathText a(int l, int i) { return deltaflow.model.InputNames.a(timeline.scenario(), l, i); }

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

    /** One line of a label placed later: see {@link #floating}. */
    record Line(String id, String classes, MathText text, ColorRole role, boolean bold, ValueRef target) {}

    /** A place for a label: its x (by anchor) and the middle of its block of lines. */
    record Place(double x, double y, Primitive.Anchor anchor) {}

    private record Floating(List<Line> lines, List<Place> places, String owner, boolean optional) {}

    /** A summary box's text, placed in the box where it covers no label. */
    private record Summary(String id, double x, double top, double bottom, List<MathText> lines) {}

    private final List<Floating> floating = new ArrayList<>();
    private final List<Summary> summaries = new ArrayList<>();

    /**
     * A label that must not sit on other texts or on neurons it does not belong to (the current step's value where the
     * rows have no room for labels): placed by {@link #finish} at the first of {@code places} that is clear, else
     * at the one that covers least. {@code owner} is the id of the neuron it labels ({@code neuron-2-5}), or null.
     */
    void floating(List<Line> lines, List<Place> places, String owner) {
        floating.add(new Floating(List.copyOf(lines), List.copyOf(places), owner, false));
    }

    /**
     * A label worth showing but not needed by the step (a target ŷ_n, the cost while no step reads it): placed after the
     * {@link #floating} ones, and only at a place that covers nothing; else left out.
     */
    void floatingIfClear(List<Line> lines, List<Place> places, String owner) {
        floating.add(new Floating(List.copyOf(lines), List.copyOf(places), owner, true));
    }

    /** A summary box's lines, centred at {@code x} between {@code top} and {@code bottom}; placed by {@link #finish}. */
    void summaryText(String id, double x, double top, double bottom, List<MathText> lines) {
        summaries.add(new Summary(id, x, top, bottom, List.copyOf(lines)));
    }

    /** Labels dropped for want of room (rows too tight, or nowhere clear): the screen then says so. */
    private int hidden;

    /** Counts {@code n} labels the layout leaves out for want of room. */
    void hide(int n) { hidden += n; }

    private boolean crowded;

    /** Whether a label that must be drawn (the step's, a floating one) found no clear place and covers something. */
    boolean crowded() { return crowded; }

    /** How many labels that would be drawn with room to spare are not. */
    int hidden() { return hidden; }

    /** Whether the step computes or reads {@code ref}: its label is always drawn, whatever the room. */
    boolean isStepValue(ValueRef ref) { return sketch.isStepValue(ref); }

    /** The lines of one label block as drawn: a plate and its text, or a weight's and its gradient's stacked on one edge. */
    private static boolean isCurrent(Floating l) {
        return l.lines().stream().anyMatch(k -> (" " + k.classes() + " ").contains(" current "));
    }

    private static boolean isWeight(Floating l) {
        return l.lines().stream().allMatch(k -> label(k.id()).flatMap(DiagramId.Label::edge).isPresent());
    }

    /** How many weights a step may read and still have every one of their labels drawn, clear or not. */
    private static final int MOST_FORCED_WEIGHT_LABELS = 48;

    private static final class Block {
        final List<Primitive> primitives = new ArrayList<>();
        final List<Primitive.Text> texts = new ArrayList<>();
        boolean must;

        /** Whether the block shows the step's own value (not only an operand it reads). */
        boolean current() {
            return texts.stream().anyMatch(t -> t.hasClass("current"));
        }

        /** The weight's own line of a weight's block (its plate and text), without the gradient's; null when it has none. */
        Block weightOnly() {
            for (int k = 0; k + 1 < primitives.size(); k += 2) {
                Primitive.Text text = (Primitive.Text) primitives.get(k + 1);
                boolean weight = label(text.id()).map(l -> l.value() == DiagramId.Value.WEIGHT || l.value() == DiagramId.Value.REVERSE_WEIGHT).orElse(false);
                if (!weight) continue;
                Block b = new Block();
                b.add((Primitive.Rect) primitives.get(k), text);
                return b;
            }
            return null;
        }

        void add(Primitive.Rect plate, Primitive.Text text) {
            primitives.add(plate);
            primitives.add(text);
            texts.add(text);
            must |= text.hasClass("current") || text.hasClass("operand");
        }

        double[] box() {
            double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (Primitive.Text t : texts) {
                double[] k = Frame.box(t);
                b[0] = Math.min(b[0], k[0]); b[1] = Math.min(b[1], k[1]); b[2] = Math.max(b[2], k[2]); b[3] = Math.max(b[3], k[3]);
            }
            return b;
        }

        /** The edge the block labels ({@code edge-2-1-3}, {@code redge-2-1-3}), or null for a neuron's label. */
        String edge() {
            return label(texts.get(0).id()).flatMap(DiagramId.Label::edge).map(DiagramId::text).orElse(null);
        }

        /** The shape the block labels ({@code neuron-2-1}, {@code amp-2-1}, {@code dcdy-1}), or null. */
        String owner() {
            DiagramId id = DiagramId.parse(texts.get(0).id()).orElse(null);
            if (id instanceof DiagramId.Neuron || id instanceof DiagramId.Amp || id instanceof DiagramId.Terminal) return id.text();
            return id instanceof DiagramId.Label label ? label.owner().map(DiagramId::text).orElse(null) : null;
        }
    }

    /** The value label {@code id} names, if it names one. */
    private static java.util.Optional<DiagramId.Label> label(String id) {
        return DiagramId.parse(id).filter(DiagramId.Label.class::isInstance).map(DiagramId.Label.class::cast);
    }

    /** The block a plated label belongs to: a weight's label and its gradient's move together. */
    private static String blockKey(String id) {
        return label(id).filter(k -> k.value() == DiagramId.Value.GRADIENT)
                .map(k -> DiagramId.Label.of(DiagramId.Value.WEIGHT, k.l(), k.i(), k.j()).text()).orElse(id);
    }

    /**
     * Places the labels that wait for everything else, inside {@code x0..x1 × y0..y1} (diagram units), so that no label
     * covers another or any neuron: first the step's own labels (its value and every operand it reads) that are clear
     * where the layout put them; then the floating ones and the step's labels that were not clear, each at the first
     * clear place around its neuron or along its edge; then every other label where it is clear, a weight's slid along
     * its edge if need be, else left out (and counted, for the note that labels are hidden); then the summaries' text.
     */
    void finish(double x0, double y0, double x1, double y1) {
        List<double[]> texts = new ArrayList<>();
        List<double[]> shapes = new ArrayList<>();
        Map<String, double[]> shapeById = new HashMap<>();
        for (Primitive p : sketch.shapes()) {
            if (isNeuron(p)) {
                shapes.add(box(p));
                shapeById.put(((DiagramId.Part) DiagramId.parse(p.id()).orElseThrow()).of().text(), box(p));
            }
        }
        List<Primitive> drawn = sketch.labels();
        List<Primitive> kept = new ArrayList<>();
        Map<String, Block> blocks = new LinkedHashMap<>();
        for (int k = 0; k < drawn.size(); k++) {
            Primitive p = drawn.get(k);
            if (p instanceof Primitive.Rect plate && k + 1 < drawn.size() && drawn.get(k + 1) instanceof Primitive.Text t
                    && plate.id().equals(DiagramId.plateOf(t.id()))) {
                blocks.computeIfAbsent(blockKey(t.id()), key -> new Block()).add(plate, t);
                k++;
            } else {
                kept.add(p); // headers, values inside their circles: fixed
                if (p instanceof Primitive.Text t) texts.add(box(t));
            }
        }
        sketch.setLabels(kept);
        double[] bounds = {x0, y0, x1, y1};
        List<Floating> moving = new ArrayList<>();
        // A whole matrix the step reads (W³ in a layer step of 784-128-64-10: 640 weights) is marked on its edges, but its
        // numbers are the formula's to show, elided as the slides elide a matrix: past MOST_FORCED_WEIGHT_LABELS, the
        // weights' labels in their rows are kept only where clear, like any other label, and those without room in their
        // rows are left out (and counted), instead of being forced over the whole drawing.
        List<Block> forcedWeights = blocks.values().stream().filter(b -> b.must && b.edge() != null && !b.current()).toList();
        List<Floating> forcedWeightLines = floating.stream().filter(l -> !l.optional() && !isCurrent(l) && isWeight(l)).toList();
        boolean tooManyWeights = forcedWeights.size() + forcedWeightLines.size() > MOST_FORCED_WEIGHT_LABELS;
        if (tooManyWeights) {
            forcedWeights.forEach(b -> b.must = false);
            for (Floating l : forcedWeightLines) hidden += l.lines().size();
        }
        List<Floating> dropped = tooManyWeights ? forcedWeightLines : List.of();
        for (Block b : blocks.values()) {
            if (!b.must) continue;
            if (inside(b.box(), bounds) && clear(b.box(), texts, shapes)) keep(b, texts);
            else moving.add(new Floating(lines(b), places(b, shapeById), null, false));
        }
        // The step's value first, then its operands, then the rest, so the value is never the one pushed aside.
        // Labels no step needs (optional) come last, and only where they cover nothing.
        List<Floating> all = new ArrayList<>();
        for (Floating l : floating) if (!l.optional() && !dropped.contains(l)) all.add(l);
        all.addAll(moving);
        all.sort(java.util.Comparator.comparingInt(l -> isCurrent(l) ? 0 : 1));
        for (Floating l : floating) if (l.optional()) all.add(l);
        double height = u(Grid.FONT) * 1.3;
        for (Floating l : all) {
            double width = 0;
            for (Line line : l.lines()) width = Math.max(width, TextMetrics.width(line.text(), u(Grid.FONT)) + u(6));
            Place best = l.places().get(0);
            double least = Double.MAX_VALUE;
            for (List<Place> candidates : List.of(l.places(), spiral(l.places().get(0), width, height))) {
                for (Place place : candidates) {
                    double[] b = block(place, width, height * l.lines().size());
                    double cost = inside(b, bounds) ? 0 : 1e9;
                    for (double[] t : texts) cost += 1000 * area(t, b);
                    for (double[] shape : shapes) cost += area(shape, b);
                    if (cost < least - 1e-9) { least = cost; best = place; }
                    if (cost == 0) break;
                }
                if (least == 0) break; // the nearby places first; the wider search only when none of them is clear
            }
            if (least > 0 && l.optional()) { hidden += l.lines().size(); continue; }
            if (least > 0) crowded = true;
            double y = best.y() - height * (l.lines().size() - 1) / 2;
            for (Line line : l.lines()) {
                sketch.label(line.id(), line.classes(), best.x(), y, line.text(), u(Grid.FONT), best.anchor(), line.role(), line.bold(), line.target());
                texts.add(box(new Primitive.Text(line.id(), "", best.x(), y, line.text(), u(Grid.FONT), best.anchor(), line.role(), false, null)));
                y += height;
            }
        }
        // A summary box's statistics before the labels no step needs: they are what a box is for.
        for (Summary s : summaries) {
            // The whole summary where it covers nothing; else only its first line (the layer's size); else nothing, since
            // the labels of the step's own neurons in the box matter more than the statistics around them.
            for (List<MathText> lines : List.of(s.lines(), s.lines().subList(0, 1))) {
                double y = clearPlace(s, lines, texts, shapes);
                if (Double.isNaN(y)) continue;
                for (int k = 0; k < lines.size(); k++) {
                    Primitive.Text text = new Primitive.Text(s.id() + "-" + (k + 1), "summary-label", s.x(), y, lines.get(k), u(Grid.FONT),
                            Primitive.Anchor.MIDDLE, ColorRole.TEXT, false, null);
                    sketch.text(text);
                    texts.add(box(text)); // the labels placed after it keep clear of it
                    if (k > 0) sketch.wiring().summaryLine(s.id(), s.id() + "-" + (k + 1)); // the statistics, not the size
                    y += height;
                }
                break;
            }
        }
        // The neurons' own labels first (they have one place each); then the weights', which can slide along their edge.
        List<Block> rest = new ArrayList<>();
        for (Block b : blocks.values()) if (!b.must && b.edge() == null) rest.add(b);
        for (Block b : blocks.values()) if (!b.must && b.edge() != null) rest.add(b);
        if (!options.hasViewport()) {
            for (Block b : rest) if (!place(b, texts, shapes, bounds)) hidden += b.texts.size();
            return;
        }
        // On screen a weight's block that finds no room (w → new over ∂C/∂w, at the update) keeps at least its own line,
        // the gradient beside it counted as hidden: the weights are what a small network's formulas read. Where that still
        // leaves weights out, every weight shows its own line only (the same rule on every edge), and then the other way
        // round along the layers (the last layer's weights first): whichever labels the most weights, the first on a tie.
        List<Primitive> labelsBefore = new ArrayList<>(sketch.labels());
        int textsBefore = texts.size(), hiddenBefore = hidden;
        List<Block> slim = new ArrayList<>();
        int gradients = 0;
        for (Block b : rest) {
            Block weight = b.texts.size() > 1 ? b.weightOnly() : null;
            slim.add(weight == null ? b : weight);
            if (weight != null) gradients += b.texts.size() - 1;
        }
        List<Block> backwards = new ArrayList<>(slim.stream().filter(b -> b.edge() == null).toList());
        List<Block> weights = new ArrayList<>(slim.stream().filter(b -> b.edge() != null).toList());
        java.util.Collections.reverse(weights);
        backwards.addAll(weights);
        List<List<Block>> orders = gradients > 0 ? List.of(rest, slim, backwards) : List.of(rest, backwards);
        int best = 0, least = Integer.MAX_VALUE;
        for (int k = 0; k < orders.size(); k++) {
            if (k > 0) restore(labelsBefore, texts, textsBefore, hiddenBefore);
            if (orders.get(k) != rest) hidden += gradients;
            int missing = placeRest(orders.get(k), texts, shapes, bounds);
            if (missing < least) { least = missing; best = k; }
            if (missing == 0) return;
        }
        if (best == orders.size() - 1) return;
        restore(labelsBefore, texts, textsBefore, hiddenBefore);
        if (orders.get(best) != rest) hidden += gradients;
        placeRest(orders.get(best), texts, shapes, bounds);
    }

    /** Takes back the labels placed since {@code labels} was the sketch's and {@code textsBefore} boxes were taken. */
    private void restore(List<Primitive> labels, List<double[]> texts, int textsBefore, int hiddenBefore) {
        sketch.setLabels(labels);
        texts.subList(textsBefore, texts.size()).clear();
        hidden = hiddenBefore;
    }

    /** The block where it is, else slid along its edge; false when neither is clear. */
    private boolean place(Block b, List<double[]> texts, List<double[]> shapes, double[] bounds) {
        if (inside(b.box(), bounds) && clear(b.box(), texts, shapes)) return keep(b, texts);
        return slide(b, texts, shapes, bounds);
    }

    /**
     * Places the blocks no step needs, a weight's block that finds no room by its own line alone; counts what is left
     * out as hidden, and returns how many weights have no label.
     */
    private int placeRest(List<Block> rest, List<double[]> texts, List<double[]> shapes, double[] bounds) {
        int missing = 0;
        for (Block b : rest) {
            if (place(b, texts, shapes, bounds)) continue;
            Block weight = b.texts.size() > 1 ? b.weightOnly() : null;
            if (weight != null && place(weight, texts, shapes, bounds)) {
                hidden += b.texts.size() - 1;
                continue;
            }
            hidden += b.texts.size();
            if (b.edge() != null) missing++;
        }
        return missing;
    }

    /**
     * Places ever further from {@code from}, nearest first, in steps of half a line down and a third of the label across:
     * where a label the step needs goes when none of the places beside its neuron or along its edge is clear.
     */
    private static List<Place> spiral(Place from, double width, double height) {
        List<double[]> offsets = new ArrayList<>();
        double sx = width / 3, sy = height / 2;
        for (int i = -18; i <= 18; i++) for (int j = -12; j <= 12; j++) offsets.add(new double[] {i * sx, j * sy});
        offsets.sort(java.util.Comparator.comparingDouble(o -> Math.hypot(o[0], o[1] * 1.5)));
        List<Place> places = new ArrayList<>(offsets.size());
        for (double[] o : offsets) places.add(new Place(from.x() + o[0], from.y() + o[1], from.anchor()));
        return places;
    }

    private static boolean clear(double[] box, List<double[]> texts, List<double[]> shapes) {
        for (double[] t : texts) if (area(t, box) > 0) return false;
        for (double[] s : shapes) if (area(s, box) > 0) return false;
        return true;
    }

    private boolean keep(Block b, List<double[]> texts) {
        for (Primitive p : b.primitives) sketch.restore(p);
        for (Primitive.Text t : b.texts) texts.add(box(t));
        return true;
    }

    private static List<Line> lines(Block b) {
        List<Line> lines = new ArrayList<>();
        for (Primitive.Text t : b.texts) lines.add(new Line(t.id(), t.classes(), t.text(), t.role(), t.bold(), t.target()));
        return lines;
    }

    /** Where a label of the step may go when its own place is taken: along its edge, else around its neuron, else nearby. */
    private List<Place> places(Block b, Map<String, double[]> shapeById) {
        List<Place> places = new ArrayList<>();
        int n = b.texts.size();
        double h = u(Grid.FONT * 1.3);
        Primitive.Line edge = b.edge() == null ? null : sketch.edge(b.edge());
        if (edge != null) {
            for (double t : new double[] {0.5, 0.38, 0.62, 0.27, 0.73, 0.17, 0.83}) {
                places.add(new Place(edge.x1() + t * (edge.x2() - edge.x1()), edge.y1() + t * (edge.y2() - edge.y1()), Primitive.Anchor.MIDDLE));
            }
        }
        double[] own = b.owner() == null ? null : shapeById.get(b.owner());
        if (own != null) {
            double cx = (own[0] + own[2]) / 2, cy = (own[1] + own[3]) / 2, extent = (own[3] - own[1]) / 2;
            boolean below = b.box()[1] >= cy;
            for (int ring = 0; ring < 3; ring++) {
                double out = extent + ring * h;
                places.addAll(around(cx, cy, out, n, below, false));
                places.addAll(around(cx, cy, out, n, below, true));
            }
        }
        double[] box = b.box();
        double x = (box[0] + box[2]) / 2, y = (box[1] + box[3]) / 2;
        for (int k = 1; k <= 4; k++) {
            for (int sign : new int[] {1, -1}) places.add(new Place(x, y + sign * k * h, Primitive.Anchor.MIDDLE));
        }
        return places;
    }

    /**
     * A weight's block moved along its edge to the nearest place clear of every label and neuron; false when none is.
     * Where no place on the edge is clear (the fan-ins of a 2-2 layer between close rows), the block may also sit a
     * little above or below it: less than half its height, so its plate still covers its own edge and reads as its.
     */
    private boolean slide(Block b, List<double[]> texts, List<double[]> shapes, double[] bounds) {
        Primitive.Line edge = b.edge() == null ? null : sketch.edge(b.edge());
        if (edge == null) return false;
        double[] box = b.box();
        double cx = (box[0] + box[2]) / 2, cy = (box[1] + box[3]) / 2;
        double dx = edge.x2() - edge.x1(), dy = edge.y2() - edge.y1();
        double length2 = dx * dx + dy * dy;
        if (length2 == 0) return false;
        double at = ((cx - edge.x1()) * dx + (cy - edge.y1()) * dy) / length2;
        // Exports keep their layout (ExportGoldenTest): the wider search is the screen's, whose room is short.
        if (!options.hasViewport()) return slideBy(b, edge, at, cx, cy, 0, 30, texts, shapes, bounds);
        double shift = (box[3] - box[1]) * 0.3;
        for (double off : new double[] {0, -shift, shift}) {
            if (slideBy(b, edge, at, cx, cy, off, 64, texts, shapes, bounds)) return true;
        }
        return false;
    }

    /** The block at the nearest of {@code steps} places along its edge, {@code off} below it, that is clear. */
    private boolean slideBy(Block b, Primitive.Line edge, double at, double cx, double cy, double off, int steps, List<double[]> texts,
                            List<double[]> shapes, double[] bounds) {
        double[] box = b.box();
        double dx = edge.x2() - edge.x1(), dy = edge.y2() - edge.y1();
        for (int k = off == 0 ? 1 : 0; k <= steps; k++) {
            double t = at + (k % 2 == 1 ? 1 : -1) * 0.025 * ((k + 1) / 2);
            // On screen up to the circles (the clear check keeps the block off them); exports as before.
            double end = steps > 30 ? 0.02 : 0.1;
            if (t < end || t > 1 - end) continue;
            double sx = edge.x1() + t * dx - cx, sy = edge.y1() + t * dy - cy + off;
            double[] moved = {box[0] + sx, box[1] + sy, box[2] + sx, box[3] + sy};
            if (!inside(moved, bounds) || !clear(moved, texts, shapes)) continue;
            for (Primitive.Text text : b.texts) {
                sketch.label(text.id(), text.classes(), text.x() + sx, text.y() + sy, text.text(),
                        text.fontSize(), text.anchor(), text.role(), text.bold(), text.target());
                texts.add(box(new Primitive.Text(text.id(), "", text.x() + sx, text.y() + sy, text.text(), text.fontSize(), text.anchor(), text.role(), false, null)));
            }
            return true;
        }
        return false;
    }

    /**
     * The y of the first of {@code lines} placed in summary {@code s} nearest its middle, half a line at a time, where
     * the block and half a line round it cover no text and no neuron; NaN when there is no such place.
     */
    private double clearPlace(Summary s, List<MathText> lines, List<double[]> texts, List<double[]> shapes) {
        double line = u(Grid.FONT) * 1.3;
        double width = 0;
        for (MathText text : lines) width = Math.max(width, TextMetrics.width(text, u(Grid.FONT)));
        double h = line * lines.size();
        double middle = (s.top() + s.bottom()) / 2, reach = (s.bottom() - s.top() - h) / 2 - u(Grid.SUMMARY_PAD);
        for (int k = 0; reach >= 0 && k * line / 2 <= reach; k++) {
            for (int sign : new int[] {1, -1}) {
                double y = middle + sign * k * line / 2;
                // Half a line clear of everything, so the summary does not read as part of a neighbouring label.
                double[] b = {s.x() - width / 2, y - h / 2 - line / 2, s.x() + width / 2, y + h / 2 + line / 2};
                if (texts.stream().noneMatch(t -> area(t, b) > 0) && shapes.stream().noneMatch(t -> area(t, b) > 0)) return y - h / 2 + line / 2;
            }
        }
        return Double.NaN;
    }

    /** A neuron's circle, an amplifier, a ∂C/∂y terminal: what a label must not hide. */
    private static boolean isNeuron(Primitive p) {
        if (!(DiagramId.parse(p.id()).orElse(null) instanceof DiagramId.Part part)) return false;
        if (part.piece() != DiagramId.Piece.CIRCLE && part.piece() != DiagramId.Piece.SHAPE) return false;
        return p instanceof Primitive.Circle || p instanceof Primitive.Polygon || p instanceof Primitive.Rect && part.of() instanceof DiagramId.Terminal;
    }

    private double[] block(Place p, double width, double height) {
        double left = switch (p.anchor()) { case START -> p.x() - u(3); case MIDDLE -> p.x() - width / 2; case END -> p.x() - width + u(3); };
        return new double[] {left, p.y() - height / 2, left + width, p.y() + height / 2};
    }

    /** x0, y0, x1, y1 of a text as a line as high as its plate, or of a shape. */
    static double[] box(Primitive p) {
        if (p instanceof Primitive.Text t) {
            double w = t.estimatedWidth(), h = t.fontSize() * Grid.PLATE;
            double left = switch (t.anchor()) { case START -> t.x(); case MIDDLE -> t.x() - w / 2; case END -> t.x() - w; };
            return new double[] {left, t.y() - h / 2, left + w, t.y() + h / 2};
        }
        if (p instanceof Primitive.Circle c) return new double[] {c.cx() - c.r(), c.cy() - c.r(), c.cx() + c.r(), c.cy() + c.r()};
        if (p instanceof Primitive.Rect r) return new double[] {r.x(), r.y(), r.x() + r.width(), r.y() + r.height()};
        Primitive.Polygon g = (Primitive.Polygon) p;
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int k = 0; k < g.size(); k++) {
            b[0] = Math.min(b[0], g.x(k)); b[1] = Math.min(b[1], g.y(k));
            b[2] = Math.max(b[2], g.x(k)); b[3] = Math.max(b[3], g.y(k));
        }
        return b;
    }

    private static double area(double[] a, double[] b) {
        double w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]), h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
        return w > 0.5 && h > 0.5 ? w * h : 0;
    }

    private static boolean inside(double[] inner, double[] outer) {
        return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
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

    /**
     * Places for a label of {@code lines} lines about a shape reaching {@code extent} from (x, y): below or above it
     * as preferred, then beside it, first on the side towards the network's inside, then the other way up.
     */
    List<Place> around(double x, double y, double extent, int lines, boolean preferBelow, boolean insideIsLeft) {
        double h = u(Grid.FONT * 1.3) * lines / 2 + u(4);
        Place below = new Place(x, y + extent + h, Primitive.Anchor.MIDDLE), above = new Place(x, y - extent - h, Primitive.Anchor.MIDDLE);
        Place right = new Place(x + extent + u(4), y, Primitive.Anchor.START), left = new Place(x - extent - u(4), y, Primitive.Anchor.END);
        Place inside = insideIsLeft ? left : right, outside = insideIsLeft ? right : left;
        return preferBelow ? List.of(below, inside, outside, above) : List.of(above, inside, outside, below);
    }
}
