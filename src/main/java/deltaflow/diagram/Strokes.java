package deltaflow.diagram;

/**
 * How every sink strokes, in diagram units, so they dash and thin alike: a line (a negative weight, a polyline) in
 * long dashes that stay visible when it is thin, a shape's outline (a neuron whose value is not computed yet) in
 * dashes proportional to its stroke, and no line thinner than one pixel of the picture it is drawn into.
 */
public final class Strokes {
    private Strokes() {}

    /** On and off lengths of a dashed {@link Primitive.Line} or {@link Primitive.Polyline} {@code width} wide. */
    public static double[] lineDashes(double width) { return new double[] {3 * width + 2, 2 * width + 2}; }

    /** On and off lengths of a dashed outline of a circle or polygon stroked {@code width} wide. */
    public static double[] outlineDashes(double width) { return new double[] {2.5 * width, 1.5 * width}; }

    /**
     * The width a line is drawn with where one pixel is {@code unitsPerPixel} diagram units: at least one pixel, or
     * the edges of a dense layer vanish when the picture is small.
     */
    public static double visibleWidth(double width, double unitsPerPixel) { return Math.max(width, unitsPerPixel); }
}
