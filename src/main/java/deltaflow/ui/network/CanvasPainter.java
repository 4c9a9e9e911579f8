package deltaflow.ui.network;

import deltaflow.diagram.ColorRole;
import deltaflow.diagram.Diagram;
import deltaflow.diagram.Palette;
import deltaflow.diagram.Primitive;
import deltaflow.diagram.UnicodeScripts;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;

import java.util.EnumMap;
import java.util.Map;

/** Paints a large diagram on a Canvas: one pass over the primitives, skipping what lies outside the view. */
final class CanvasPainter {
    private CanvasPainter() {}

    static void paint(GraphicsContext gc, Diagram diagram, Affine transform, double width, double height) {
        paint(gc, diagram, transform, width, height, p -> true, true);
    }

    /**
     * Paints the primitives {@code which} accepts, over the background or (when {@code background} is
     * false) over a transparent canvas, so two canvases can be stacked.
     */
    static void paint(GraphicsContext gc, Diagram diagram, Affine transform, double width, double height,
                      java.util.function.Predicate<Primitive> which, boolean background) {
        Palette palette = diagram.palette();
        Map<ColorRole, javafx.scene.paint.Color> colors = new EnumMap<>(ColorRole.class);
        for (ColorRole role : ColorRole.values()) colors.put(role, FxPrimitives.color(palette, role));
        gc.setTransform(new Affine());
        if (background) {
            gc.setFill(colors.get(ColorRole.BACKGROUND));
            gc.fillRect(0, 0, width, height);
        } else {
            gc.clearRect(0, 0, width, height);
        }
        gc.setTransform(transform);
        gc.setLineDashes();
        for (Primitive p : diagram.primitives()) {
            if (!which.test(p)) continue;
            gc.setGlobalAlpha(1);
            gc.setLineDashes();
            if (p instanceof Primitive.Line l) {
                gc.setGlobalAlpha(l.opacity());
                gc.setStroke(colors.get(l.role()));
                // Never thinner than one screen pixel, or dense layers vanish when zoomed out.
                gc.setLineWidth(Math.max(l.width(), 1 / transform.getMxx()));
                if (l.dashed()) gc.setLineDashes(3 * l.width() + 2, 2 * l.width() + 2);
                gc.strokeLine(l.x1(), l.y1(), l.x2(), l.y2());
            } else if (p instanceof Primitive.Circle c) {
                shape(gc, colors, c.fill(), c.stroke(), c.strokeWidth(), c.dashed(), 1);
                if (c.fill() != null) gc.fillOval(c.cx() - c.r(), c.cy() - c.r(), 2 * c.r(), 2 * c.r());
                if (c.stroke() != null) gc.strokeOval(c.cx() - c.r(), c.cy() - c.r(), 2 * c.r(), 2 * c.r());
            } else if (p instanceof Primitive.Polygon g) {
                double[] xs = new double[g.size()], ys = new double[g.size()];
                for (int k = 0; k < g.size(); k++) {
                    xs[k] = g.x(k);
                    ys[k] = g.y(k);
                }
                shape(gc, colors, g.fill(), g.stroke(), g.strokeWidth(), g.dashed(), 1);
                if (g.fill() != null) gc.fillPolygon(xs, ys, g.size());
                if (g.stroke() != null) gc.strokePolygon(xs, ys, g.size());
            } else if (p instanceof Primitive.Rect r) {
                shape(gc, colors, r.fill(), r.stroke(), r.strokeWidth(), false, r.opacity());
                if (r.fill() != null) gc.fillRoundRect(r.x(), r.y(), r.width(), r.height(), 2 * r.corner(), 2 * r.corner());
                gc.setGlobalAlpha(1);
                if (r.stroke() != null) gc.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), 2 * r.corner(), 2 * r.corner());
            } else if (p instanceof Primitive.Text t) {
                text(gc, colors, t);
            }
        }
        gc.setGlobalAlpha(1);
        gc.setLineDashes();
    }

    private static void shape(GraphicsContext gc, Map<ColorRole, javafx.scene.paint.Color> colors, ColorRole fill, ColorRole stroke,
                              double width, boolean dashed, double fillOpacity) {
        if (fill != null) gc.setFill(colors.get(fill));
        gc.setGlobalAlpha(fillOpacity);
        if (stroke != null) {
            gc.setStroke(colors.get(stroke));
            gc.setLineWidth(width);
        }
        if (dashed) gc.setLineDashes(2.5 * width, 1.5 * width);
    }

    private static void text(GraphicsContext gc, Map<ColorRole, javafx.scene.paint.Color> colors, Primitive.Text t) {
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
