package deltaflow.ui.network;

import deltaflow.diagram.ColorRole;
import deltaflow.diagram.Palette;
import deltaflow.diagram.Primitive;
import deltaflow.diagram.UnicodeScripts;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;


/** Diagram primitives as JavaFX nodes, each with the primitive's id and its classes as style classes. */
final class FxPrimitives {
    static final String FONT_FAMILY = "DejaVu Sans";

    private FxPrimitives() {}

    /** One primitive as a node with the primitive's id, style classes and accessible text. */
    static Node node(Primitive p, Palette palette) {
        Node node = p instanceof Primitive.Line ? new Line() : p instanceof Primitive.Circle ? new Circle()
                : p instanceof Primitive.Polygon ? new Polygon() : p instanceof Primitive.Rect ? new Rectangle() : new Text();
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

    /** Every property of {@code node} from {@code p}, so a node made for one primitive can show another of its kind. */
    private static void configure(Node node, Primitive p, Palette palette) {
        accessible(node, p);
        if (p instanceof Primitive.Line l) {
            Line line = (Line) node;
            line.setStartX(l.x1());
            line.setStartY(l.y1());
            line.setEndX(l.x2());
            line.setEndY(l.y2());
            line.setStroke(color(palette, l.role()));
            line.setStrokeWidth(l.width());
            line.setOpacity(l.opacity());
            dashes(line, l.dashed(), 3 * l.width() + 2, 2 * l.width() + 2);
        } else if (p instanceof Primitive.Circle c) {
            Circle circle = (Circle) node;
            circle.setCenterX(c.cx());
            circle.setCenterY(c.cy());
            circle.setRadius(c.r());
            stroke(circle, palette, c.fill(), c.stroke(), c.strokeWidth(), c.dashed());
        } else if (p instanceof Primitive.Polygon g) {
            Polygon polygon = (Polygon) node;
            double[] points = g.points();
            Double[] boxed = new Double[points.length];
            for (int k = 0; k < points.length; k++) boxed[k] = points[k];
            polygon.getPoints().setAll(boxed);
            stroke(polygon, palette, g.fill(), g.stroke(), g.strokeWidth(), g.dashed());
        } else if (p instanceof Primitive.Rect r) {
            Rectangle rect = (Rectangle) node;
            rect.setX(r.x());
            rect.setY(r.y());
            rect.setWidth(r.width());
            rect.setHeight(r.height());
            rect.setArcWidth(2 * r.corner());
            rect.setArcHeight(2 * r.corner());
            stroke(rect, palette, r.fill(), r.stroke(), r.strokeWidth(), false);
            if (r.fill() != null && r.opacity() < 1) rect.setFill(color(palette, r.fill()).deriveColor(0, 1, 1, r.opacity()));
        } else {
            text((Text) node, (Primitive.Text) p, palette);
        }
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
        dashes(shape, dashed, 2.5 * width, 1.5 * width);
    }

    private static void dashes(Shape shape, boolean dashed, double on, double off) {
        if (dashed) shape.getStrokeDashArray().setAll(on, off);
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
