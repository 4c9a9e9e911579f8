package deltaflow.ui.network;

import deltaflow.diagram.Primitive;
import deltaflow.diagram.Strokes;
import javafx.geometry.Rectangle2D;

/**
 * Where a primitive's ink can fall, in diagram units: its geometry, its stroke and, for text, a generous
 * allowance over the layout's width estimate (a canvas measures with the real font). Only used to decide
 * what to repaint, so erring large costs a little time and erring small would leave stale pixels.
 */
final class PrimitiveBounds implements Primitive.Visitor<Rectangle2D> {
    /** The width of one screen pixel in diagram units: no line is drawn thinner. */
    private final double minimumLineWidth;

    private PrimitiveBounds(double minimumLineWidth) { this.minimumLineWidth = minimumLineWidth; }

    static Rectangle2D of(Primitive p, double minimumLineWidth) {
        return p.accept(new PrimitiveBounds(minimumLineWidth));
    }

    @Override public Rectangle2D line(Primitive.Line l) {
        double half = Strokes.visibleWidth(l.width(), minimumLineWidth) / 2;
        return box(Math.min(l.x1(), l.x2()) - half, Math.min(l.y1(), l.y2()) - half,
                Math.max(l.x1(), l.x2()) + half, Math.max(l.y1(), l.y2()) + half);
    }

    @Override public Rectangle2D circle(Primitive.Circle c) {
        double r = c.r() + c.strokeWidth() / 2;
        return box(c.cx() - r, c.cy() - r, c.cx() + r, c.cy() + r);
    }

    @Override public Rectangle2D polygon(Primitive.Polygon g) {
        return extent(g.points(), g.strokeWidth() * 2); // a mitred corner reaches past the stroke's half width
    }

    @Override public Rectangle2D rect(Primitive.Rect r) {
        double half = r.strokeWidth() / 2;
        return box(r.x() - half, r.y() - half, r.x() + r.width() + half, r.y() + r.height() + half);
    }

    @Override public Rectangle2D text(Primitive.Text t) {
        double width = t.estimatedWidth() * 1.3 + t.fontSize();
        double left = switch (t.anchor()) { case START -> t.x() - t.fontSize() / 2; case MIDDLE -> t.x() - width / 2; case END -> t.x() - width + t.fontSize() / 2; };
        return box(left, t.y() - t.fontSize(), left + width, t.y() + t.fontSize());
    }

    @Override public Rectangle2D polyline(Primitive.Polyline q) {
        // Round joins and butt ends reach no further than half the width.
        return extent(q.points(), Strokes.visibleWidth(q.width(), minimumLineWidth) / 2);
    }

    @Override public Rectangle2D raster(Primitive.Raster r) {
        return box(r.x(), r.y(), r.x() + r.width(), r.y() + r.height());
    }

    /** The box round points x0, y0, x1, y1, ..., grown by {@code pad} on every side. */
    private static Rectangle2D extent(double[] points, double pad) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int k = 0; k < points.length; k += 2) {
            minX = Math.min(minX, points[k]);
            maxX = Math.max(maxX, points[k]);
            minY = Math.min(minY, points[k + 1]);
            maxY = Math.max(maxY, points[k + 1]);
        }
        return box(minX - pad, minY - pad, maxX + pad, maxY + pad);
    }

    private static Rectangle2D box(double minX, double minY, double maxX, double maxY) {
        return new Rectangle2D(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
    }
}
