package deltaflow.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader at the back of the hall would trip over in a laid-out diagram: texts printed over each other,
 * texts over a neuron they do not belong to, texts outside the drawing, a summary's text outside its box. Boxes
 * come from the layout's own width estimate and a line as high as the plates (Grid.PLATE em).
 */
final class TextLayout {
    /** Overlaps smaller than this (diagram units) are touching, not overprinting. */
    private static final double SLACK = 0.5;

    private TextLayout() {}

    /** x0, y0, x1, y1 of a text. */
    static double[] box(Primitive.Text t) {
        double w = t.estimatedWidth();
        double left = switch (t.anchor()) { case START -> t.x(); case MIDDLE -> t.x() - w / 2; case END -> t.x() - w; };
        double h = t.fontSize() * Grid.PLATE;
        return new double[] {left, t.y() - h / 2, left + w, t.y() + h / 2};
    }

    static double[] box(Primitive p) {
        if (p instanceof Primitive.Text t) return box(t);
        if (p instanceof Primitive.Circle c) return new double[] {c.cx() - c.r(), c.cy() - c.r(), c.cx() + c.r(), c.cy() + c.r()};
        if (p instanceof Primitive.Rect r) return new double[] {r.x(), r.y(), r.x() + r.width(), r.y() + r.height()};
        if (p instanceof Primitive.Polygon g) {
            double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (int k = 0; k < g.size(); k++) {
                b[0] = Math.min(b[0], g.x(k)); b[1] = Math.min(b[1], g.y(k));
                b[2] = Math.max(b[2], g.x(k)); b[3] = Math.max(b[3], g.y(k));
            }
            return b;
        }
        Primitive.Line l = (Primitive.Line) p;
        return new double[] {Math.min(l.x1(), l.x2()), Math.min(l.y1(), l.y2()), Math.max(l.x1(), l.x2()), Math.max(l.y1(), l.y2())};
    }

    static boolean overlap(double[] a, double[] b) {
        return Math.min(a[2], b[2]) - Math.max(a[0], b[0]) > SLACK && Math.min(a[3], b[3]) - Math.max(a[1], b[1]) > SLACK;
    }

    static boolean inside(double[] inner, double[] outer) {
        return inner[0] >= outer[0] - SLACK && inner[1] >= outer[1] - SLACK && inner[2] <= outer[2] + SLACK && inner[3] <= outer[3] + SLACK;
    }

    static List<Primitive.Text> texts(Diagram d) {
        List<Primitive.Text> texts = new ArrayList<>();
        for (Primitive p : d.primitives()) if (p instanceof Primitive.Text t) texts.add(t);
        return texts;
    }

    /** A weight's label and its gradient's are stacked as one block on the same edge and touch by design. */
    private static boolean sameEdge(String a, String b) {
        return a.replaceAll("^[a-z]+-", "").equals(b.replaceAll("^[a-z]+-", "")) && a.matches("(weight|grad)-.*") && b.matches("(weight|grad)-.*");
    }

    /** Every pair of texts printed over each other, as "id × id". */
    static List<String> overprinted(Diagram d) {
        List<Primitive.Text> texts = texts(d);
        List<double[]> boxes = texts.stream().map(TextLayout::box).toList();
        List<String> found = new ArrayList<>();
        for (int a = 0; a < texts.size(); a++) {
            for (int b = a + 1; b < texts.size(); b++) {
                if (overlap(boxes.get(a), boxes.get(b)) && !sameEdge(texts.get(a).id(), texts.get(b).id())) {
                    found.add(texts.get(a).id() + " × " + texts.get(b).id());
                }
            }
        }
        return found;
    }

    /** Texts over the circle or amplifier of a neuron they do not name (a label hiding a neighbour). */
    static List<String> overNeurons(Diagram d) {
        List<Primitive> shapes = new ArrayList<>();
        for (Primitive p : d.primitives()) {
            if ((p instanceof Primitive.Circle || p instanceof Primitive.Polygon) && (p.id().endsWith("-circle") || p.id().endsWith("-shape"))) shapes.add(p);
        }
        List<String> found = new ArrayList<>();
        for (Primitive.Text t : texts(d)) {
            double[] b = box(t);
            for (Primitive s : shapes) {
                String owner = s.id().replaceAll("-(circle|shape)$", "");
                if (t.id().equals(owner)) continue; // the value inside its own circle
                if (overlap(b, box(s))) found.add(t.id() + " over " + s.id());
            }
        }
        return found;
    }

    /** Texts reaching outside the drawing. */
    static List<String> outside(Diagram d) {
        double[] all = {0, 0, d.width(), d.height()};
        return texts(d).stream().filter(t -> !inside(box(t), all)).map(Primitive.Text::id).toList();
    }

    /** How large the view draws a diagram unit: it fits the diagram into its area. */
    static double fit(Diagram d, double w, double h) { return Math.min(w / d.width(), h / d.height()); }

    /** The smallest text on screen, in px, when the view fits the diagram into w × h. */
    static double smallestPx(Diagram d, double w, double h) {
        return texts(d).stream().mapToDouble(Primitive.Text::fontSize).min().orElse(Double.NaN) * fit(d, w, h);
    }
}
