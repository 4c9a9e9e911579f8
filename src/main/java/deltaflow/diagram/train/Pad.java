package deltaflow.diagram.train;

import deltaflow.diagram.ColorRole;
import deltaflow.diagram.Primitive;
import deltaflow.model.MathText;

import java.util.ArrayList;
import java.util.List;

/** The primitives of the training picture in drawing order, with shorthands for the kinds it draws. */
final class Pad {
    final List<Primitive> primitives = new ArrayList<>(1024);
    /** Text (and what holds text: buttons, the room for axis numbers) grows by this over the sizes at scale 1. */
    final double scale;

    Pad(double textScale) { this.scale = textScale; }

    double font() { return TrainingPicture.FONT * scale; }

    double small() { return TrainingPicture.SMALL * scale; }

    double header() { return TrainingPicture.HEADER * scale; }

    double title() { return TrainingPicture.TITLE * scale; }

    void add(Primitive p) { primitives.add(p); }

    void line(String id, String classes, double x1, double y1, double x2, double y2, double width, ColorRole role, boolean dashed, double opacity) {
        add(new Primitive.Line(id, classes, x1, y1, x2, y2, width, role, dashed, opacity, null));
    }

    void rect(String id, String classes, double x, double y, double w, double h, double corner, ColorRole fill, ColorRole stroke, double strokeWidth, double opacity) {
        add(new Primitive.Rect(id, classes, x, y, w, h, corner, fill, stroke, strokeWidth, opacity, null));
    }

    void circle(String id, String classes, double cx, double cy, double r, ColorRole fill, ColorRole stroke, double strokeWidth) {
        add(new Primitive.Circle(id, classes, cx, cy, r, fill, stroke, strokeWidth, false, null));
    }

    void text(String id, String classes, double x, double y, MathText text, double size, Primitive.Anchor anchor, ColorRole role, boolean bold) {
        add(new Primitive.Text(id, classes, x, y, text, size, anchor, role, bold, null));
    }

    void text(String id, String classes, double x, double y, String text, double size, Primitive.Anchor anchor, ColorRole role, boolean bold) {
        text(id, classes, x, y, MathText.builder().text(text).build(), size, anchor, role, bold);
    }

    /** A panel's heading at (x, y), bold, at the heading size or smaller so that it is no wider than {@code width}. */
    void heading(String id, String classes, double x, double y, MathText text, double width) {
        double size = header(), w = deltaflow.diagram.TextMetrics.width(text, size);
        if (w > width) size *= width / w;
        text(id, classes, x, y, text, size, Primitive.Anchor.START, ColorRole.TEXT, true);
    }

    void heading(String id, String classes, double x, double y, String text, double width) {
        heading(id, classes, x, y, MathText.builder().text(text).build(), width);
    }

    /**
     * An image of {@code columns} × {@code rows} colours (0xRRGGBB, row 0 at the top) filling the box: {@code smooth}
     * for a field (a heatmap), blocks for pixels (a digit, a weight each).
     */
    void raster(String id, String classes, double x, double y, double w, double h, int columns, int rows, int[] rgb, boolean smooth) {
        for (int k = 0; k < rgb.length; k++) rgb[k] |= 0xff000000;
        add(new Primitive.Raster(id, classes, x, y, w, h, columns, rows, rgb, smooth, null));
    }

    /** A line through the points x0, y0, x1, y1, ... (at least two; a single point draws nothing). */
    void polyline(String id, String classes, double[] points, double width, ColorRole role, boolean dashed) {
        if (points.length >= 4) add(new Primitive.Polyline(id, classes, points, width, role, dashed, null));
    }
}
