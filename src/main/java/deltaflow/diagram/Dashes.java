package deltaflow.diagram;

/**
 * The dash patterns of dashed strokes, in diagram units, so every sink dashes alike: a line (a negative weight, a
 * polyline) in long dashes that stay visible when it is thin, a shape's outline (a neuron whose value is not
 * computed yet) in dashes proportional to its stroke.
 */
public final class Dashes {
    private Dashes() {}

    /** On and off lengths of a dashed {@link Primitive.Line} or {@link Primitive.Polyline} {@code width} wide. */
    public static double[] line(double width) { return new double[] {3 * width + 2, 2 * width + 2}; }

    /** On and off lengths of a dashed outline of a circle or polygon stroked {@code width} wide. */
    public static double[] outline(double width) { return new double[] {2.5 * width, 1.5 * width}; }
}
