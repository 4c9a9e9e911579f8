package deltaflow.ui.reverse;

import deltaflow.diagram.ColorRole;
import deltaflow.diagram.Diagram;
import deltaflow.diagram.Primitive;
import deltaflow.model.Network;
import deltaflow.model.Numbers;
import deltaflow.model.Timeline;
import deltaflow.model.ValueRef;
import deltaflow.ui.StepperViewModel;
import deltaflow.ui.i18n.Messages;
import deltaflow.ui.network.DiagramView;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A layer collapsed to a summary: click a layer's header (forward "layer l", reverse "δ^l") and its column
 * is covered by one box giving its size and the range and mean of its values (a^l forward, δ^l reverse) for
 * the example on show; click the header again to open it. For 128 neurons the summary says more than the dots.
 */
public final class LayerSummaries {
    private final StepperViewModel stepper;
    private final DiagramView view;
    private final Group layer = new Group();
    private final Set<String> collapsed = new HashSet<>();

    public LayerSummaries(StepperViewModel stepper, DiagramView view) {
        this.stepper = stepper;
        this.view = view;
        layer.setId("layer-summaries");
        view.overlay().getChildren().add(layer);
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        stepper.diagramProperty().addListener((o, was, is) -> draw(is));
        stepper.timelineProperty().addListener((o, was, is) -> collapsed.clear());
    }

    /** Collapses or opens a layer by its header's id ({@code header-forward-2}, {@code header-reverse-1}). */
    public void toggle(String headerId) {
        if (!collapsed.remove(headerId)) collapsed.add(headerId);
        draw(stepper.getDiagram());
    }

    public Group layer() { return layer; }

    private void clicked(MouseEvent e) {
        Diagram d = view.getDiagram();
        if (d == null || e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 1) return;
        Point2D p = view.toDiagram(e.getX(), e.getY());
        for (Primitive q : d.primitives()) {
            if (!(q instanceof Primitive.Text t) || !(t.id().startsWith("header-forward-") || t.id().startsWith("header-reverse-"))) continue;
            if (t.id().equals("header-forward-0") || t.id().equals("header-reverse-input")) continue;
            double w = t.estimatedWidth();
            if (Math.abs(p.getX() - t.x()) <= w / 2 && Math.abs(p.getY() - t.y()) <= t.fontSize() * 0.7) {
                toggle(t.id());
                e.consume();
                return;
            }
        }
    }

    private void draw(Diagram d) {
        layer.getChildren().clear();
        if (d == null || collapsed.isEmpty()) return;
        Network network = stepper.getTimeline().trace().network();
        Map<String, Primitive> byId = new HashMap<>();
        for (Primitive p : d.primitives()) if (p.id().startsWith("header-") || p.id().startsWith("neuron-") || p.id().startsWith("amp-")) byId.put(p.id(), p);
        for (String header : collapsed) {
            boolean forward = header.startsWith("header-forward-");
            int l = Integer.parseInt(header.substring(header.lastIndexOf('-') + 1));
            if (l < 1 || l > network.depth() || !byId.containsKey(header)) continue;
            int n = network.size(l);
            double[] first = centre(byId.get((forward ? "neuron-" : "amp-") + l + "-1" + (forward ? "-circle" : "-shape")));
            double[] last = centre(byId.get((forward ? "neuron-" : "amp-") + l + "-" + n + (forward ? "-circle" : "-shape")));
            if (first == null || last == null) continue; // a softmax output is drawn as one box already
            Primitive.Text title = (Primitive.Text) byId.get(header);
            box(d, title, first, last, summary(forward, l, n));
        }
    }

    private String summary(boolean forward, int l, int n) {
        Timeline t = stepper.getTimeline();
        int r = stepper.example(), position = stepper.getPosition();
        double min = Double.MAX_VALUE, max = -Double.MAX_VALUE, sum = 0;
        for (int i = 0; i < n; i++) {
            ValueRef ref = forward ? ValueRef.a(r, l, i) : ValueRef.delta(r, l, i);
            if (!t.isKnown(ref, position)) return Messages.get("reverse.layer.size", n);
            double v = t.value(ref);
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += v;
        }
        return Messages.get("reverse.layer.summary", n, forward ? "a" : "δ", Numbers.format(min, 3), Numbers.format(max, 3), Numbers.format(sum / n, 3));
    }

    private void box(Diagram d, Primitive.Text title, double[] first, double[] last, String text) {
        double font = title.fontSize();
        // Wide enough for the numbers in a font half again the header's; from under the header to the last neuron.
        double half = Math.max(first[2], font * 5);
        double top = title.y() + font, bottom = last[1] + last[2] + font;
        Rectangle rect = new Rectangle(first[0] - half, top, 2 * half, bottom - top);
        rect.setArcWidth(font);
        rect.setArcHeight(font);
        rect.setFill(Color.web(d.palette().color(ColorRole.NEURON_FILL)));
        rect.setStroke(Color.web(d.palette().color(ColorRole.NEURON_STROKE)));
        rect.setStrokeWidth(font * 0.12);
        Text label = new Text(text.replace(" · ", "\n").replace(", ", "\n"));
        label.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, font * 1.5));
        label.setFill(Color.web(d.palette().color(ColorRole.TEXT)));
        label.setTextAlignment(TextAlignment.CENTER);
        label.setTextOrigin(VPos.CENTER);
        label.setWrappingWidth(2 * half - font * 0.4);
        label.setX(first[0] - half + font * 0.2);
        label.setY((top + bottom) / 2);
        layer.getChildren().addAll(rect, label);
    }

    private static double[] centre(Primitive p) {
        if (p instanceof Primitive.Circle c) return new double[] {c.cx(), c.cy(), c.r()};
        if (p instanceof Primitive.Polygon g) return new double[] {(g.x(0) + g.x(2)) / 2, g.y(2), Math.abs(g.x(0) - g.x(2)) / 2};
        return null;
    }
}
