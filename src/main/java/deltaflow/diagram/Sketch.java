package deltaflow.diagram;

import deltaflow.model.MathText;
import deltaflow.model.ValueRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The primitives of a diagram as they are laid out, in four layers drawn in order: highlights under
 * everything, then edges, shapes, labels. Knows the scale and which values to highlight, so layouts say
 * what to draw and not how to mark it.
 */
final class Sketch {
    final double scale;
    private final Set<ValueRef> current;
    private final Set<ValueRef> operands;
    private final ValueRef selected;
    private final List<Primitive> halos = new ArrayList<>();
    private final List<Primitive> edges;
    private final java.util.BitSet markedKinds = new java.util.BitSet();
    private final List<Primitive> shapes = new ArrayList<>();
    private final List<Primitive> labels = new ArrayList<>();
    private final ReverseWiring wiring = new ReverseWiring();

    /** @param expectedEdges how many edges will be drawn: growing a list of 100,000 costs more than drawing them */
    Sketch(double scale, Set<ValueRef> current, Set<ValueRef> operands, ValueRef selected, int expectedEdges) {
        this.scale = scale;
        this.edges = new ArrayList<>(expectedEdges);
        for (Set<ValueRef> refs : List.of(current, operands, selected == null ? Set.<ValueRef>of() : Set.of(selected))) {
            for (ValueRef ref : refs) markedKinds.set(kind(ref));
        }
        this.current = current;
        this.operands = operands;
        this.selected = selected;
    }

    /** Diagram units for a length given at scale 1. */
    double u(double length) { return length * scale; }

    /** The classes for each combination of current (4), operand (2) and selected (1). */
    private static final String[] MARKS = new String[8];
    static {
        for (int k = 0; k < 8; k++) {
            MARKS[k] = ((k & 4) != 0 ? " current" : "") + ((k & 2) != 0 ? " operand" : "") + ((k & 1) != 0 ? " selected" : "");
        }
    }

    /**
     * " current", " operand", " selected" (in that order, each at most once) or "", for the classes of whatever
     * shows {@code refs}. Called for every edge, 100,000 times for a 784-wide layer: no strings are built.
     */
    String mark(ValueRef... refs) {
        int k = 0;
        for (ValueRef ref : refs) {
            if (ref == null || !markedKinds.get(kind(ref))) continue;
            if (current.contains(ref)) k |= 4;
            if (operands.contains(ref)) k |= 2;
            if (selected != null && selected.equals(ref)) k |= 1;
        }
        return MARKS[k];
    }

    /** Everything marked: the current step's value, its operands and the selection. */
    List<ValueRef> marked() {
        List<ValueRef> all = new ArrayList<>(current);
        all.addAll(operands);
        if (selected != null) all.add(selected);
        return all;
    }

    /**
     * Whether the current step computes {@code ref} or reads it: whatever the step's operand list holds (a neuron's
     * inputs, a whole W, a vector), its label is drawn however little room there is, so the board and the formula agree.
     */
    boolean isStepValue(ValueRef ref) {
        return ref != null && markedKinds.get(kind(ref)) && (current.contains(ref) || operands.contains(ref));
    }

    /** Whether the current step computes {@code ref}. */
    boolean isCurrent(ValueRef ref) { return ref != null && markedKinds.get(kind(ref)) && current.contains(ref); }

    /** Quantity and layer as one number: almost every edge is of a kind nothing is marked in, and is passed over at once. */
    private static int kind(ValueRef ref) { return ref.quantity().ordinal() * 1024 + Math.min(ref.layer(), 1023); }

    /** The highlight colour for a mark, or null when unmarked. Current wins over operand. */
    static ColorRole highlight(String mark) {
        if (mark.contains("current")) return ColorRole.CURRENT;
        if (mark.contains("operand")) return ColorRole.OPERAND;
        if (mark.contains("selected")) return ColorRole.OPERAND;
        return null;
    }

    void edge(Primitive.Line line) { edges.add(line); }

    void shape(Primitive shape) { shapes.add(shape); }

    void halo(Primitive halo) { halos.add(halo); }

    /**
     * A label, with a background plate behind it so edges crossing it do not hurt legibility; marked labels
     * get a plate in their highlight colour instead, and text in the plain text colour.
     */
    void label(String id, String classes, double x, double y, MathText text, double fontSize, Primitive.Anchor anchor,
               ColorRole role, boolean bold, ValueRef target) {
        ColorRole plate = highlight(classes);
        double w = TextMetrics.width(text, fontSize) + u(6);
        double h = fontSize * Grid.PLATE;
        double left = switch (anchor) { case START -> x - u(3); case MIDDLE -> x - w / 2; case END -> x - w + u(3); };
        // Opaque: an edge showing through would lower the text's contrast below the palette's guarantee.
        labels.add(new Primitive.Rect(DiagramId.plateOf(id), plateClasses(classes), left, y - h / 2, w, h, u(3),
                plate == null ? ColorRole.BACKGROUND : plate, null, 0, 1, null));
        // On a highlight plate the label's own colour (purple δ, green gradient, grey not-yet) may clash: the text colour reads best.
        ColorRole ink = plate == null ? role : ColorRole.TEXT;
        labels.add(new Primitive.Text(id, classes.strip(), x, y, text, fontSize, anchor, ink, bold, target));
        // A label that shows a δ's value (the Jacobian's name, also about δ^L, is not one).
        boolean showsDelta = target != null && target.quantity() == deltaflow.model.Quantity.DELTA && classes.startsWith("delta");
        if (showsDelta) wiring.deltaLabel(target, id, left, y - h / 2, w, h, fontSize);
    }

    /** A plate's classes: {@code plate} and then its label's, as separate words ({@code "plate z current"}). */
    static String plateClasses(String labelClasses) {
        return labelClasses.isBlank() ? "plate" : "plate " + labelClasses.strip();
    }

    /** Where the reverse network's signals run, as drawn so far. */
    ReverseWiring wiring() { return wiring; }

    /** A label with no plate: headers, titles. */
    void text(Primitive.Text text) { labels.add(text); }

    /** Replaces the labels drawn so far: the placement pass (Frame) keeps, moves and drops them. */
    void setLabels(List<Primitive> kept) {
        labels.clear();
        labels.addAll(kept);
    }

    /** Puts back a label primitive taken out by {@link #setLabels}, unchanged. */
    void restore(Primitive p) { labels.add(p); }

    private java.util.Map<String, Primitive.Line> edgeIndex;

    /** The edge line with this id, or null; indexed once, when a label first moves along its edge. */
    Primitive.Line edge(String id) {
        if (edgeIndex == null) {
            edgeIndex = new java.util.HashMap<>();
            for (Primitive p : edges) if (p instanceof Primitive.Line l && !l.id().startsWith("dense")) edgeIndex.put(l.id(), l);
        }
        return edgeIndex.get(id);
    }

    /** The shapes drawn so far (circles, amplifiers, boxes), in order. */
    List<Primitive> shapes() { return java.util.Collections.unmodifiableList(shapes); }

    /** The labels drawn so far (texts and their plates), in order. */
    List<Primitive> labels() { return java.util.Collections.unmodifiableList(labels); }

    List<Primitive> primitives() {
        List<Primitive> all = new ArrayList<>(halos.size() + edges.size() + shapes.size() + labels.size());
        all.addAll(halos);
        all.addAll(edges);
        all.addAll(shapes);
        all.addAll(labels);
        return all;
    }
}
