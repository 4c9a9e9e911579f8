package deltaflow.ui.network;

import deltaflow.diagram.ColorRole;
import deltaflow.diagram.Strokes;
import deltaflow.diagram.TextMetrics;
import deltaflow.diagram.Palette;
import deltaflow.diagram.Primitive;
import deltaflow.diagram.RasterPixels;
import deltaflow.diagram.UnicodeScripts;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;


/** Diagram primitives as JavaFX nodes, each with the primitive's id and its classes as style classes. */
final class FxPrimitives {
    static final String FONT_FAMILY = TextMetrics.FONT_FAMILY;
    private static final int MAX_IMAGE = 1024;

    private FxPrimitives() {}

    /** One primitive as a node with the primitive's id, style classes and accessible text. */
    static Node node(Primitive p, Palette palette) {
        Node node = p.accept(NEW_NODE);
        node.setId(p.id());
        if (!p.classes().isEmpty()) node.getStyleClass().addAll(p.classes().split(" "));
        node.setMouseTransparent(true); // the view hit-tests against the diagram, the same for nodes and canvas
        configure(node, p, palette);
        return node;
    }

    /**
     * Makes {@code node}, which shows {@code was}, show {@code now} instead, when it can without new style
     * classes (a value that changed, not a highlight that came or went): no new node, so no CSS pass.
     */
    static boolean reconfigure(Node node, Primitive was, Primitive now, Palette palette) {
        if (was.getClass() != now.getClass() || !was.classes().equals(now.classes())) return false;
        configure(node, now, palette);
        return true;
    }

    /** An empty node of the kind that shows a primitive. */
    private static final Primitive.Visitor<Node> NEW_NODE = new Primitive.Visitor<>() {
        @Override public Node line(Primitive.Line l) { return new Line(); }
        @Override public Node circle(Primitive.Circle c) { return new Circle(); }
        @Override public Node polygon(Primitive.Polygon g) { return new Polygon(); }
        @Override public Node rect(Primitive.Rect r) { return new Rectangle(); }
        @Override public Node text(Primitive.Text t) { return new Text(); }
        @Override public Node polyline(Primitive.Polyline q) { return new Polyline(); }
        @Override public Node raster(Primitive.Raster r) { return new ImageView(); }
    };

    /** Every property of {@code node} from {@code p}, so a node made for one primitive can show another of its kind. */
    private static void configure(Node node, Primitive p, Palette palette) {
        accessible(node, p);
        p.accept(new Configure(node, palette));
    }

    /** Sets every property of {@code node}, made by {@link #NEW_NODE} for a primitive of the same kind. */
    private record Configure(Node node, Palette palette) implements Primitive.Visitor<Node> {
        @Override public Node line(Primitive.Line l) {
            Line line = (Line) node;
            line.setStartX(l.x1());
            line.setStartY(l.y1());
            line.setEndX(l.x2());
            line.setEndY(l.y2());
            line.setStroke(color(palette, l.role()));
            line.setStrokeWidth(l.width());
            line.setOpacity(l.opacity());
            dashes(line, l.dashed(), Strokes.lineDashes(l.width()));
            return line;
        }

        @Override public Node circle(Primitive.Circle c) {
            Circle circle = (Circle) node;
            circle.setCenterX(c.cx());
            circle.setCenterY(c.cy());
            circle.setRadius(c.r());
            stroke(circle, palette, c.fill(), c.stroke(), c.strokeWidth(), c.dashed());
            return circle;
        }

        @Override public Node polygon(Primitive.Polygon g) {
            Polygon polygon = (Polygon) node;
            polygon.getPoints().setAll(boxed(g.points()));
            stroke(polygon, palette, g.fill(), g.stroke(), g.strokeWidth(), g.dashed());
            return polygon;
        }

        @Override public Node rect(Primitive.Rect r) {
            Rectangle rect = (Rectangle) node;
            rect.setX(r.x());
            rect.setY(r.y());
            rect.setWidth(r.width());
            rect.setHeight(r.height());
            rect.setArcWidth(2 * r.corner());
            rect.setArcHeight(2 * r.corner());
            stroke(rect, palette, r.fill(), r.stroke(), r.strokeWidth(), false);
            if (r.fill() != null && r.opacity() < 1) rect.setFill(color(palette, r.fill()).deriveColor(0, 1, 1, r.opacity()));
            return rect;
        }

        @Override public Node text(Primitive.Text t) {
            FxPrimitives.text((Text) node, t, palette);
            return node;
        }

        @Override public Node polyline(Primitive.Polyline q) {
            Polyline polyline = (Polyline) node;
            polyline.getPoints().setAll(boxed(q.points()));
            polyline.setFill(null);
            polyline.setStroke(color(palette, q.role()));
            polyline.setStrokeWidth(q.width());
            polyline.setStrokeLineJoin(StrokeLineJoin.ROUND);
            polyline.setStrokeLineCap(StrokeLineCap.BUTT); // ends where its points end, as in the exports
            dashes(polyline, q.dashed(), Strokes.lineDashes(q.width()));
            return polyline;
        }

        @Override public Node raster(Primitive.Raster r) {
            ImageView view = (ImageView) node;
            view.setImage(image(r, pixelsPerCell(r)));
            view.setX(r.x());
            view.setY(r.y());
            view.setFitWidth(r.width());
            view.setFitHeight(r.height());
            view.setPreserveRatio(false);
            view.setSmooth(true);
            return view;
        }
    }

    private static Double[] boxed(double[] points) {
        Double[] boxed = new Double[points.length];
        for (int k = 0; k < points.length; k++) boxed[k] = points[k];
        return boxed;
    }

    /**
     * A raster's cells as an image of {@code perCell} × {@code perCell} pixels a cell (blocks repeated, a smooth
     * raster blended), to be stretched over its rectangle.
     */
    static Image image(Primitive.Raster r, int perCell) {
        int w = r.columns() * perCell, h = r.rows() * perCell;
        WritableImage image = new WritableImage(w, h);
        int[] pixels = perCell == 1 ? r.argb() : RasterPixels.resize(r, w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return image;
    }

    /**
     * Enough pixels a cell for an image node to look right at a presenter's zoom without scaling a few cells itself:
     * JavaFX's software pipeline ignores an ImageView's {@code smooth = false}, and blurs and wraps a tiny image over
     * its whole rectangle. Four image pixels a diagram unit, at most 1024 a side.
     */
    private static int pixelsPerCell(Primitive.Raster r) {
        double unitsPerCell = Math.max(r.width() / r.columns(), r.height() / r.rows());
        int most = Math.max(1, MAX_IMAGE / Math.max(r.columns(), r.rows()));
        return (int) Math.max(1, Math.min(most, Math.ceil(4 * unitsPerCell)));
    }

    /**
     * What a screen reader says: a label as "δ₁² = 0.1385" (a bare value gets its symbol in front), a neuron,
     * amplifier or edge by the quantity it stands for.
     */
    private static void accessible(Node node, Primitive p) {
        if (p.target() == null) {
            node.setAccessibleText(null);
            return;
        }
        String symbol = UnicodeScripts.of(deltaflow.model.Notation.symbol(p.target()));
        if (p instanceof Primitive.Text t) {
            String text = UnicodeScripts.of(t.text());
            node.setAccessibleText(text.contains("=") ? text : symbol + " = " + text);
        } else {
            node.setAccessibleText(symbol);
        }
    }

    private static void stroke(Shape shape, Palette palette, ColorRole fill, ColorRole stroke, double width, boolean dashed) {
        shape.setFill(fill == null ? Color.TRANSPARENT : color(palette, fill));
        Paint paint = stroke == null ? null : color(palette, stroke);
        shape.setStroke(paint);
        shape.setStrokeWidth(width);
        dashes(shape, dashed, Strokes.outlineDashes(width));
    }

    private static void dashes(Shape shape, boolean dashed, double[] onOff) {
        if (dashed) shape.getStrokeDashArray().setAll(onOff[0], onOff[1]);
        else if (!shape.getStrokeDashArray().isEmpty()) shape.getStrokeDashArray().clear();
    }

    /** A Text node whose text is readable as is (δ₁² = 0.1385), for lookups by id in tests and tools. */
    private static void text(Text text, Primitive.Text t, Palette palette) {
        text.setText(UnicodeScripts.of(t.text()));
        text.setFont(font(t));
        text.setFill(color(palette, t.role()));
        text.setTextOrigin(VPos.CENTER);
        double width = text.getLayoutBounds().getWidth();
        double x = switch (t.anchor()) { case START -> t.x(); case MIDDLE -> t.x() - width / 2; case END -> t.x() - width; };
        text.setX(x);
        text.setY(t.y());
    }

    static Font font(Primitive.Text t) {
        return Font.font(FONT_FAMILY, t.bold() ? FontWeight.BOLD : FontWeight.NORMAL, t.fontSize());
    }

    static Color color(Palette palette, ColorRole role) {
        return Color.web(palette.color(role));
    }
}
