package deltaflow.diagram;

import deltaflow.model.MathText;
import deltaflow.model.ValueRef;

/**
 * One thing a sink draws. Every primitive has an {@code id} unique in its diagram ({@code neuron-2-1},
 * {@code edge-2-1-3}, {@code amp-1-2}, ...; layers as the lecture numbers them, neurons from 1), CSS-like
 * space-separated {@code classes} ({@code "edge negative operand"}) so exports can be restyled, a colour
 * role, and the value it stands for ({@code target}, null for decoration), used for hit testing.
 * Coordinates are in diagram units, y downwards.
 */
public sealed interface Primitive permits Primitive.Line, Primitive.Circle, Primitive.Polygon, Primitive.Rect, Primitive.Text {
    String id();
    String classes();
    /** The colour that says what it is: the stroke of a line, the fill of a shape (its stroke if unfilled), the colour of text. */
    ColorRole role();
    ValueRef target();

    /** True when {@code classes} contains {@code name} as a whole word. */
    default boolean hasClass(String name) {
        String all = classes();
        for (int at = all.indexOf(name); at >= 0; at = all.indexOf(name, at + 1)) {
            int end = at + name.length();
            if ((at == 0 || all.charAt(at - 1) == ' ') && (end == all.length() || all.charAt(end) == ' ')) return true;
        }
        return false;
    }

    /** A straight line; dashed lines mark negative weights. {@code opacity} < 1 lets dense layers show density. */
    record Line(String id, String classes, double x1, double y1, double x2, double y2, double width, ColorRole role,
                boolean dashed, double opacity, ValueRef target) implements Primitive {}

    /** A circle; {@code fill} null means unfilled. */
    record Circle(String id, String classes, double cx, double cy, double r, ColorRole fill, ColorRole stroke,
                  double strokeWidth, boolean dashed, ValueRef target) implements Primitive {
        @Override public ColorRole role() { return fill != null ? fill : stroke; }
    }

    /** A closed polygon: x0, y0, x1, y1, ... (the amplifier triangles). */
    record Polygon(String id, String classes, double[] points, ColorRole fill, ColorRole stroke, double strokeWidth,
                   boolean dashed, ValueRef target) implements Primitive {
        @Override public ColorRole role() { return fill != null ? fill : stroke; }

        @Override public double[] points() { return points.clone(); }

        /** By the points' values, not the array's identity, as for every other primitive. */
        @Override public boolean equals(Object o) {
            return o instanceof Polygon g && id.equals(g.id) && classes.equals(g.classes) && java.util.Arrays.equals(points, g.points)
                    && fill == g.fill && stroke == g.stroke && Double.compare(strokeWidth, g.strokeWidth) == 0 && dashed == g.dashed
                    && java.util.Objects.equals(target, g.target);
        }

        @Override public int hashCode() { return id.hashCode() * 31 + java.util.Arrays.hashCode(points); }

        @Override public String toString() { return "Polygon[" + id + ", " + java.util.Arrays.toString(points) + "]"; }

        public int size() { return points.length / 2; }

        public double x(int k) { return points[2 * k]; }

        public double y(int k) { return points[2 * k + 1]; }
    }

    /** A rectangle with rounded corners of radius {@code corner}; {@code fill} or {@code stroke} may be null; {@code opacity} applies to the fill. */
    record Rect(String id, String classes, double x, double y, double width, double height, double corner, ColorRole fill,
                ColorRole stroke, double strokeWidth, double opacity, ValueRef target) implements Primitive {
        @Override public ColorRole role() { return fill != null ? fill : stroke; }
    }

    /** Where a text's x lies: its start, middle or end. Its y is always the middle of the line (like SVG's {@code central}). */
    enum Anchor { START, MIDDLE, END }

    /** A line of text with sub- and superscripts (from {@link MathText#runs()}); {@code fontSize} in diagram units. */
    record Text(String id, String classes, double x, double y, MathText text, double fontSize, Anchor anchor, ColorRole role,
                boolean bold, ValueRef target) implements Primitive {
        /** A width estimate for layout and hit testing: sinks measure with their own fonts. */
        public double estimatedWidth() { return TextMetrics.width(text, fontSize); }
    }
}
