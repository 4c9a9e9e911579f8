package deltaflow.ui.network;

import deltaflow.diagram.Primitive;
import javafx.geometry.Rectangle2D;

/**
 * Where a primitive's ink can fall, in diagram units: its geometry, its stroke and, for text, a generous
 * allowance over the layout's width estimate (a canvas measures with the real font). Only used to decide
 * what to repaint, so erring large costs a little time and erring small would leave stale pixels.
 */
final class PrimitiveBounds {
    private PrimitiveBounds() {}

    static Rectangle2D of(Primitive p, double minimumLineWidth) {
        if (p instanceof Primitive.Line l) {
            double half = Math.max(l.width(), minimumLineWidth) / 2;
            return box(Math.min(l.x1(), l.x2()) - half, Math.min(l.y1(), l.y2()) - half,
                    Math.max(l.x1(), l.x2()) + half, Math.max(l.y1(), l.y2()) + half);
        }
        if (p instanceof Primitive.Circle c) {
            double r = c.r() + c.strokeWidth() / 2;
            return box(c.cx() - r, c.cy() - r, c.cx() + r, c.cy() + r);
        }
        if (p instanceof Primitive.Polygon g) {
            double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (int k = 0; k < g.size(); k++) {
                minX = Math.min(minX, g.x(k));
                maxX = Math.max(maxX, g.x(k));
                minY = Math.min(minY, g.y(k));
                maxY = Math.max(maxY, g.y(k));
            }
            double pad = g.strokeWidth() * 2; // a mitred corner reaches past the stroke's half width
            return box(minX - pad, minY - pad, maxX + pad, maxY + pad);
        }
        if (p instanceof Primitive.Rect r) {
            double half = r.strokeWidth() / 2;
            return box(r.x() - half, r.y() - half, r.x() + r.width() + half, r.y() + r.height() + half);
        }
        if (p instanceof Primitive.Polyline q) {
            double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (int k = 0; k < q.size(); k++) {
                minX = Math.min(minX, q.x(k));
                maxX = Math.max(maxX, q.x(k));
                minY = Math.min(minY, q.y(k));
                maxY = Math.max(maxY, q.y(k));
            }
            double half = Math.max(q.width(), minimumLineWidth) / 2; // round joins reach no further than half the width
            return box(minX - half, minY - half, maxX + half, maxY + half);
        }
        if (p instanceof Primitive.Raster r) return box(r.x(), r.y(), r.x() + r.width(), r.y() + r.height());
        Primitive.Text t = (Primitive.Text) p;
        double width = t.estimatedWidth() * 1.3 + t.fontSize();
        double left = switch (t.anchor()) { case START -> t.x() - t.fontSize() / 2; case MIDDLE -> t.x() - width / 2; case END -> t.x() - width + t.fontSize() / 2; };
        return box(left, t.y() - t.fontSize(), left + width, t.y() + t.fontSize());
    }

    private static Rectangle2D box(double minX, double minY, double maxX, double maxY) {
        return new Rectangle2D(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
    }
}
