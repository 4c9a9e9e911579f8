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
    private final List<Primitive> edges = new ArrayList<>();
    private final List<Primitive> shapes = new ArrayList<>();
    private final List<Primitive> labels = new ArrayList<>();

    Sketch(double scale, Set<ValueRef> current, Set<ValueRef> operands, ValueRef selected) {
        this.scale = scale;
        this.current = current;
        this.operands = operands;
        this.selected = selected;
    }

    /** Diagram units for a length given at scale 1. */
    double u(double length) { return length * scale; }

    /** " current", " operand", " selected" or "", for the classes of whatever shows {@code ref}. */
    String mark(ValueRef... refs) {
        StringBuilder classes = new StringBuilder();
        for (ValueRef ref : refs) {
            if (ref == null) continue;
            if (current.contains(ref) && classes.indexOf(" current") < 0) classes.append(" current");
            if (operands.contains(ref) && classes.indexOf(" operand") < 0) classes.append(" operand");
            if (ref.equals(selected) && classes.indexOf(" selected") < 0) classes.append(" selected");
        }
        return classes.toString();
    }

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
        double h = fontSize * 1.3;
        double left = switch (anchor) { case START -> x - u(3); case MIDDLE -> x - w / 2; case END -> x - w + u(3); };
        labels.add(new Primitive.Rect(id + "-plate", "plate" + classes, left, y - h / 2, w, h, u(3),
                plate == null ? ColorRole.BACKGROUND : plate, null, 0, plate == null ? 0.85 : 1, null));
        // On a highlight plate the label's own colour (purple δ, green gradient) may clash: plain text colour reads best.
        ColorRole ink = plate == null || role == ColorRole.HIDDEN_TEXT ? role : ColorRole.TEXT;
        labels.add(new Primitive.Text(id, classes.strip(), x, y, text, fontSize, anchor, ink, bold, target));
    }

    /** A label with no plate: headers, titles. */
    void text(Primitive.Text text) { labels.add(text); }

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
