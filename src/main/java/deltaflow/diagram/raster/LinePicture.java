package deltaflow.diagram.raster;

import deltaflow.diagram.Diagram;
import deltaflow.diagram.Primitive;

import java.util.ArrayList;
import java.util.List;

/**
 * A diagram's lines drawn ahead into pixels, for a screen that shows the diagram at {@code scale} pixels a unit:
 * the training picture's network changes every epoch, and the window's software pipeline took most of a frame
 * to stroke (and dash) its hundreds of edges one by one. Made on the training thread with the frame; the window
 * pastes it at whole pixels when its scale is the same, and strokes the lines itself when it is not (resizing,
 * zoomed). Lines are capped and dashed as a JavaFX canvas strokes them ({@link HazeRaster}).
 *
 * @param source the diagram whose lines these are
 * @param scale  pixels per diagram unit
 * @param left   where the picture's left column lies, in pixels from the diagram's origin at this scale
 * @param top    likewise its top row
 * @param argb   premultiplied ARGB pixels, row by row, {@code width} × {@code height}
 * @param lines  how many lines it holds
 */
public record LinePicture(Diagram source, double scale, int left, int top, int width, int height, int[] argb, int lines) {
    /** Below this many lines a canvas strokes them quickly enough. */
    public static final int MIN_LINES = 40;

    /** The lines among {@code primitives}, in their order, at {@code scale}; null when they are too few to be worth it. */
    public static LinePicture of(Diagram source, List<Primitive.Line> lines, double scale) {
        if (lines.size() < MIN_LINES || !(scale > 0)) return null;
        double[] box = bounds(lines, scale);
        int left = (int) Math.floor(box[0] * scale) - 1, top = (int) Math.floor(box[1] * scale) - 1;
        int width = (int) Math.ceil(box[2] * scale) + 1 - left, height = (int) Math.ceil(box[3] * scale) + 1 - top;
        if (width <= 0 || height <= 0 || (long) width * height > 16_000_000L) return null;
        int[] argb = HazeRaster.argb(lines, source.palette(), scale, -left, -top, width, height, true);
        return new LinePicture(source, scale, left, top, width, height, argb, lines.size());
    }

    /**
     * The network's edges of {@code diagram} (lines of class {@code edge}), in drawing order: the axes, ticks and grid
     * lines elsewhere stay the canvas's, or the picture would span the whole diagram for a few short lines.
     */
    public static List<Primitive.Line> lines(Diagram diagram) { return edges(diagram.primitives()); }

    /** The lines of class {@code edge} among {@code primitives}, in their order. */
    public static List<Primitive.Line> edges(List<Primitive> primitives) {
        List<Primitive.Line> lines = new ArrayList<>();
        for (Primitive p : primitives) if (p instanceof Primitive.Line l && l.hasClass("edge")) lines.add(l);
        return lines;
    }

    /** The lines' bounds in diagram units, reaching past their ends by their (visible) width: min x, min y, max x, max y. */
    static double[] bounds(List<Primitive.Line> lines, double scale) {
        double x0 = Double.POSITIVE_INFINITY, y0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
        for (Primitive.Line l : lines) {
            double reach = Math.max(l.width(), 1 / scale); // the square caps, and the pixel a thin line keeps
            x0 = Math.min(x0, Math.min(l.x1(), l.x2()) - reach);
            y0 = Math.min(y0, Math.min(l.y1(), l.y2()) - reach);
            x1 = Math.max(x1, Math.max(l.x1(), l.x2()) + reach);
            y1 = Math.max(y1, Math.max(l.y1(), l.y2()) + reach);
        }
        return new double[] {x0, y0, x1, y1};
    }
}
