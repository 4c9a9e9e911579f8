package deltaflow.ui.network;

import deltaflow.diagram.ColorRole;
import deltaflow.diagram.Diagram;
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

import java.util.ArrayList;
import java.util.List;

/** Diagram primitives as JavaFX nodes, each with the primitive's id and its classes as style classes. */
final class FxPrimitives {
    static final String FONT_FAMILY = "DejaVu Sans";

    private FxPrimitives() {}

    static List<Node> nodes(Diagram diagram) {
        List<Node> nodes = new ArrayList<>(diagram.primitives().size());
        for (Primitive p : diagram.primitives()) nodes.add(node(p, diagram.palette()));
        return nodes;
    }

    /** One primitive as a node with the primitive's id, style classes and accessible text. */
    static Node node(Primitive p, Palette palette) {
        Node node = shape(p, palette);
        node.setId(p.id());
        if (!p.classes().isEmpty()) node.getStyleClass().addAll(p.classes().split(" "));
        node.setMouseTransparent(true); // the view hit-tests against the diagram, the same for nodes and canvas
        accessible(node, p);
        return node;
    }

    /**
     * What a screen reader says: a label as "δ₁² = 0.1385" (a bare value gets its symbol in front), a neuron,
     * amplifier or edge by the quantity it stands for.
     */
    private static void accessible(Node node, Primitive p) {
        if (p.target() == null) return;
        String symbol = UnicodeScripts.of(deltaflow.model.Notation.symbol(p.target()));
        if (p instanceof Primitive.Text t) {
            String text = UnicodeScripts.of(t.text());
            node.setAccessibleText(text.contains("=") ? text : symbol + " = " + text);
        } else {
            node.setAccessibleText(symbol);
        }
    }

    private static Node shape(Primitive p, Palette palette) {
        if (p instanceof Primitive.Line l) {
            Line line = new Line(l.x1(), l.y1(), l.x2(), l.y2());
            line.setStroke(color(palette, l.role()));
            line.setStrokeWidth(l.width());
            line.setOpacity(l.opacity());
            if (l.dashed()) line.getStrokeDashArray().setAll(3 * l.width() + 2, 2 * l.width() + 2);
            return line;
        }
        if (p instanceof Primitive.Circle c) {
            return stroke(new Circle(c.cx(), c.cy(), c.r()), palette, c.fill(), c.stroke(), c.strokeWidth(), c.dashed());
        }
        if (p instanceof Primitive.Polygon g) {
            return stroke(new Polygon(g.points()), palette, g.fill(), g.stroke(), g.strokeWidth(), g.dashed());
        }
        if (p instanceof Primitive.Rect r) {
            Rectangle rect = new Rectangle(r.x(), r.y(), r.width(), r.height());
            rect.setArcWidth(2 * r.corner());
            rect.setArcHeight(2 * r.corner());
            stroke(rect, palette, r.fill(), r.stroke(), r.strokeWidth(), false);
            if (r.fill() != null && r.opacity() < 1) rect.setFill(color(palette, r.fill()).deriveColor(0, 1, 1, r.opacity()));
            return rect;
        }
        return text((Primitive.Text) p, palette);
    }

    private static Shape stroke(Shape shape, Palette palette, ColorRole fill, ColorRole stroke, double width, boolean dashed) {
        shape.setFill(fill == null ? Color.TRANSPARENT : color(palette, fill));
        Paint paint = stroke == null ? null : color(palette, stroke);
        shape.setStroke(paint);
        shape.setStrokeWidth(width);
        if (dashed) shape.getStrokeDashArray().setAll(2.5 * width, 1.5 * width);
        return shape;
    }

    /** One Text node whose text is readable as is (δ₁² = 0.1385), for lookups by id in tests and tools. */
    static Text text(Primitive.Text t, Palette palette) {
        Text text = new Text(UnicodeScripts.of(t.text()));
        text.setFont(font(t));
        text.setFill(color(palette, t.role()));
        text.setTextOrigin(VPos.CENTER);
        double width = text.getLayoutBounds().getWidth();
        double x = switch (t.anchor()) { case START -> t.x(); case MIDDLE -> t.x() - width / 2; case END -> t.x() - width; };
        text.setX(x);
        text.setY(t.y());
        return text;
    }

    static Font font(Primitive.Text t) {
        return Font.font(FONT_FAMILY, t.bold() ? FontWeight.BOLD : FontWeight.NORMAL, t.fontSize());
    }

    static Color color(Palette palette, ColorRole role) {
        return Color.web(palette.color(role));
    }
}
