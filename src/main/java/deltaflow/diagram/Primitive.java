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
public sealed interface Primitive permits Primitive.Line, Primitive.Circle, Primitive.Polygon, Primitive.Rect, Primitive.Text,
        Primitive.Polyline, Primitive.Raster {
    String id();
    String classes();
    /** The colour that says what it is: the stroke of a line, the fill of a shape (its stroke if unfilled), the colour of text. */
    ColorRole role();
    ValueRef target();

    /** Hands this primitive to the method of {@code visitor} for its kind. */
    <R> R accept(Visitor<R> visitor);

    /**
     * What every sink implements, one method per kind of primitive, so no sink can leave a kind out: a new kind of
     * primitive stops every sink from compiling until it draws it.
     */
    interface Visitor<R> {
        R line(Line l);
        R circle(Circle c);
        R polygon(Polygon g);
        R rect(Rect r);
        R text(Text t);
        R polyline(Polyline q);
        R raster(Raster r);
    }

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
                boolean dashed, double opacity, ValueRef target) implements Primitive {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.line(this); }
    }

    /** A circle; {@code fill} null means unfilled. */
    record Circle(String id, String classes, double cx, double cy, double r, ColorRole fill, ColorRole stroke,
                  double strokeWidth, boolean dashed, ValueRef target) implements Primitive {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.circle(this); }
        @Override public ColorRole role() { return fill != null ? fill : stroke; }
    }

    /** A closed polygon: x0, y0, x1, y1, ... (the amplifier triangles). */
    record Polygon(String id, String classes, double[] points, ColorRole fill, ColorRole stroke, double strokeWidth,
                   boolean dashed, ValueRef target) implements Primitive {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.polygon(this); }
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
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.rect(this); }
        @Override public ColorRole role() { return fill != null ? fill : stroke; }
    }

    /** Where a text's x lies: its start, middle or end. Its y is always the middle of the line (like SVG's {@code central}). */
    enum Anchor { START, MIDDLE, END }

    /** A line of text with sub- and superscripts (from {@link MathText#runs()}); {@code fontSize} in diagram units. */
    record Text(String id, String classes, double x, double y, MathText text, double fontSize, Anchor anchor, ColorRole role,
                boolean bold, ValueRef target) implements Primitive {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.text(this); }
        /** A width estimate for layout and hit testing: sinks measure with their own fonts. */
        public double estimatedWidth() { return TextMetrics.width(text, fontSize); }
    }
    /**
     * An open path through {@code points} (x0, y0, x1, y1, ...; at least two points), stroked {@code width} wide in
     * {@code role} with round joins, dashed like a {@link Line}: a loss curve, an axis drawn over a raster.
     */
    record Polyline(String id, String classes, double[] points, double width, ColorRole role, boolean dashed, ValueRef target)
            implements Primitive {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.polyline(this); }

        public Polyline {
            if (points.length < 4 || points.length % 2 != 0) {
                throw new IllegalArgumentException("a polyline needs x, y pairs of at least two points, not " + points.length + " numbers");
            }
            points = points.clone();
        }

        @Override public double[] points() { return points.clone(); }

        /** By the points' values, not the array's identity, as for every other primitive. */
        @Override public boolean equals(Object o) {
            return o instanceof Polyline q && id.equals(q.id) && classes.equals(q.classes) && java.util.Arrays.equals(points, q.points)
                    && Double.compare(width, q.width) == 0 && role == q.role && dashed == q.dashed && java.util.Objects.equals(target, q.target);
        }

        @Override public int hashCode() { return id.hashCode() * 31 + java.util.Arrays.hashCode(points); }

        @Override public String toString() { return "Polyline[" + id + ", " + java.util.Arrays.toString(points) + "]"; }

        public int size() { return points.length / 2; }

        public double x(int k) { return points[2 * k]; }

        public double y(int k) { return points[2 * k + 1]; }
    }

    /**
     * A {@code columns} × {@code rows} grid of colours filling the rectangle ({@code x}, {@code y}, {@code width},
     * {@code height}): a decision boundary, a neuron's thumbnail. {@code argb} holds one non-premultiplied
     * 0xAARRGGBB per cell, row by row from the top left. {@code smooth} asks for the cells to be blended into each
     * other (a field); otherwise each cell is a sharp block (pixels of a digit). Its cells carry their own colours,
     * so its {@link #role()} is {@link ColorRole#TEXT}, the ink, only for code that asks every primitive.
     */
    record Raster(String id, String classes, double x, double y, double width, double height, int columns, int rows, int[] argb,
                  boolean smooth, ValueRef target) implements Primitive {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.raster(this); }

        public Raster {
            if (columns < 1 || rows < 1 || argb.length != (long) columns * rows) {
                throw new IllegalArgumentException("a raster of " + columns + " × " + rows + " cells needs as many colours, not " + argb.length);
            }
            argb = argb.clone();
        }

        @Override public ColorRole role() { return ColorRole.TEXT; }

        @Override public int[] argb() { return argb.clone(); }

        /** The colour of the cell in {@code column}, {@code row} (0, 0 at the top left), as 0xAARRGGBB. */
        public int argb(int column, int row) { return argb[row * columns + column]; }

        /** By the cells' values, not the array's identity, as for every other primitive. */
        @Override public boolean equals(Object o) {
            return o instanceof Raster r && id.equals(r.id) && classes.equals(r.classes) && Double.compare(x, r.x) == 0
                    && Double.compare(y, r.y) == 0 && Double.compare(width, r.width) == 0 && Double.compare(height, r.height) == 0
                    && columns == r.columns && rows == r.rows && java.util.Arrays.equals(argb, r.argb) && smooth == r.smooth
                    && java.util.Objects.equals(target, r.target);
        }

        @Override public int hashCode() { return id.hashCode() * 31 + java.util.Arrays.hashCode(argb); }

        @Override public String toString() { return "Raster[" + id + ", " + columns + " × " + rows + " at " + x + ", " + y + "]"; }
    }
}
