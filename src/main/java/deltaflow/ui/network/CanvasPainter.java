package deltaflow.ui.network;

import deltaflow.diagram.ColorRole;
import deltaflow.diagram.Strokes;
import deltaflow.diagram.Palette;
import deltaflow.diagram.Primitive;
import deltaflow.diagram.UnicodeScripts;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;

import java.util.EnumMap;
import java.util.Map;

/** Paints diagram primitives on a Canvas in the diagram's palette, the whole diagram or one region of it. */
final class CanvasPainter {
    private final GraphicsContext gc;
    private final Affine transform;
    private final Map<ColorRole, Color> colors = new EnumMap<>(ColorRole.class);
    private final Draw draw = new Draw();

    CanvasPainter(GraphicsContext gc, Palette palette, Affine transform) {
        this.gc = gc;
        this.transform = transform;
        for (ColorRole role : ColorRole.values()) colors.put(role, FxPrimitives.color(palette, role));
    }

    /**
     * Clears a rectangle in canvas pixels, to the background or (when {@code background} is false) to
     * transparent, so two canvases can be stacked.
     */
    void clear(double x, double y, double width, double height, boolean background) {
        gc.setTransform(new Affine());
        gc.setGlobalAlpha(1);
        if (background) {
            gc.setFill(colors.get(ColorRole.BACKGROUND));
            gc.fillRect(x, y, width, height);
        } else {
            gc.clearRect(x, y, width, height);
        }
    }

    /** The primitives, in order. */
    void paint(Iterable<Primitive> primitives) {
        gc.setTransform(transform);
        for (Primitive p : primitives) paint(p);
        gc.setGlobalAlpha(1);
        gc.setLineDashes();
    }

    /**
     * Repaints one rectangle of canvas pixels: cleared, then {@code primitives} (those that reach into it, in
     * drawing order) clipped to it, so everything outside stays as it was.
     */
    void repaint(Iterable<Primitive> primitives, double x, double y, double width, double height, boolean background) {
        gc.save();
        gc.setTransform(new Affine());
        gc.beginPath();
        gc.rect(x, y, width, height);
        gc.clip();
        clear(x, y, width, height, background);
        gc.setTransform(transform);
        for (Primitive p : primitives) paint(p);
        gc.restore();
    }

    private void paint(Primitive p) {
        gc.setGlobalAlpha(1);
        gc.setLineDashes();
        p.accept(draw);
    }

    /** One primitive onto the canvas, each kind in its own method. */
    private final class Draw implements Primitive.Visitor<Void> {
        @Override public Void line(Primitive.Line l) {
            gc.setGlobalAlpha(l.opacity());
            gc.setStroke(colors.get(l.role()));
            // Never thinner than one screen pixel, or dense layers vanish when zoomed out.
            gc.setLineWidth(Strokes.visibleWidth(l.width(), 1 / transform.getMxx()));
            if (l.dashed()) gc.setLineDashes(Strokes.lineDashes(l.width()));
            gc.strokeLine(l.x1(), l.y1(), l.x2(), l.y2());
            return null;
        }

        @Override public Void circle(Primitive.Circle c) {
            shape(c.fill(), c.stroke(), c.strokeWidth(), c.dashed(), 1);
            if (c.fill() != null) gc.fillOval(c.cx() - c.r(), c.cy() - c.r(), 2 * c.r(), 2 * c.r());
            if (c.stroke() != null) gc.strokeOval(c.cx() - c.r(), c.cy() - c.r(), 2 * c.r(), 2 * c.r());
            return null;
        }

        @Override public Void polygon(Primitive.Polygon g) {
            double[] xs = new double[g.size()], ys = new double[g.size()];
            for (int k = 0; k < g.size(); k++) {
                xs[k] = g.x(k);
                ys[k] = g.y(k);
            }
            shape(g.fill(), g.stroke(), g.strokeWidth(), g.dashed(), 1);
            if (g.fill() != null) gc.fillPolygon(xs, ys, g.size());
            if (g.stroke() != null) gc.strokePolygon(xs, ys, g.size());
            return null;
        }

        @Override public Void rect(Primitive.Rect r) {
            shape(r.fill(), r.stroke(), r.strokeWidth(), false, r.opacity());
            // Square corners as a rectangle: the software pipeline sends any round rectangle, even of radius 0, through
            // its general path rasterizer, which was a third of a training frame (the heatmap cells and frames).
            boolean square = r.corner() <= 0;
            if (r.fill() != null) {
                if (square) gc.fillRect(r.x(), r.y(), r.width(), r.height());
                else gc.fillRoundRect(r.x(), r.y(), r.width(), r.height(), 2 * r.corner(), 2 * r.corner());
            }
            gc.setGlobalAlpha(1);
            if (r.stroke() != null) {
                if (square) gc.strokeRect(r.x(), r.y(), r.width(), r.height());
                else gc.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), 2 * r.corner(), 2 * r.corner());
            }
            return null;
        }

        @Override public Void text(Primitive.Text t) {
            CanvasPainter.this.text(t);
            return null;
        }

        @Override public Void polyline(Primitive.Polyline q) {
            double[] xs = new double[q.size()], ys = new double[q.size()];
            for (int k = 0; k < q.size(); k++) {
                xs[k] = q.x(k);
                ys[k] = q.y(k);
            }
            gc.setStroke(colors.get(q.role()));
            gc.setLineWidth(Strokes.visibleWidth(q.width(), 1 / transform.getMxx()));
            if (q.dashed()) gc.setLineDashes(Strokes.lineDashes(q.width()));
            gc.setLineJoin(StrokeLineJoin.ROUND);
            gc.setLineCap(StrokeLineCap.BUTT); // ends where its points end, as in the exports
            gc.strokePolyline(xs, ys, q.size());
            gc.setLineJoin(StrokeLineJoin.MITER);
            gc.setLineCap(StrokeLineCap.SQUARE);
            return null;
        }

        @Override public Void raster(Primitive.Raster r) {
            gc.setImageSmoothing(r.smooth());
            gc.drawImage(FxPrimitives.image(r, 1), r.x(), r.y(), r.width(), r.height());
            gc.setImageSmoothing(true);
            return null;
        }
    }

    private void shape(ColorRole fill, ColorRole stroke, double width, boolean dashed, double fillOpacity) {
        if (fill != null) gc.setFill(colors.get(fill));
        gc.setGlobalAlpha(fillOpacity);
        if (stroke != null) {
            gc.setStroke(colors.get(stroke));
            gc.setLineWidth(width);
        }
        if (dashed) gc.setLineDashes(Strokes.outlineDashes(width));
    }

    private void text(Primitive.Text t) {
        gc.setFont(FxPrimitives.font(t));
        gc.setFill(colors.get(t.role()));
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(switch (t.anchor()) {
            case START -> TextAlignment.LEFT;
            case MIDDLE -> TextAlignment.CENTER;
            case END -> TextAlignment.RIGHT;
        });
        gc.fillText(UnicodeScripts.of(t.text()), t.x(), t.y());
    }
}
