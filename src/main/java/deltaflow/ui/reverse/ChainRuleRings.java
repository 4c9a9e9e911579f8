package deltaflow.ui.reverse;

import deltaflow.diagram.ClearSpot;
import deltaflow.diagram.ColorRole;
import deltaflow.diagram.Diagram;
import deltaflow.diagram.DiagramId;
import deltaflow.diagram.Primitive;
import deltaflow.model.Step;
import deltaflow.model.StepKind;
import deltaflow.model.ValueRef;
import deltaflow.ui.stepper.state.StepperViewModel;
import deltaflow.ui.i18n.Messages;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where the two factors of ∂C/∂w_ij^l = a_j^{l−1} δ_i^l come from, drawn over the diagram when a weight is
 * selected: a ring round neuron j of layer l−1 ("forward pass") and round amplifier i of layer l in the
 * reverse network ("backward pass"); in the forward view alone, round δ_i^l under neuron i. Each ring's tag goes
 * where it hides none of the labels the step and the chain rule are about (it hid b₁¹ and σ'(z₁²)).
 */
public final class ChainRuleRings {
    private final StepperViewModel stepper;
    private final Group layer = new Group();

    public ChainRuleRings(StepperViewModel stepper, Group overlay) {
        this.stepper = stepper;
        layer.setId("chain-rings");
        overlay.getChildren().add(0, layer); // under the pulses
        stepper.diagramProperty().addListener((o, was, is) -> draw(is));
        Messages.localeProperty().addListener((o, was, is) -> draw(stepper.getDiagram()));
        draw(stepper.getDiagram());
    }

    public Group layer() { return layer; }

    private void draw(Diagram diagram) {
        layer.getChildren().clear();
        Optional<ValueRef> weight = ChainRuleCard.weightOf(stepper.getSelection());
        if (diagram == null || weight.isEmpty()) return;
        int l = weight.get().layer(), i = weight.get().neuron(), j = weight.get().source();
        String a = new DiagramId.Neuron(l - 1, j).piece(DiagramId.Piece.CIRCLE).text();
        String amp = new DiagramId.Amp(l, i).piece(DiagramId.Piece.SHAPE).text();
        String box = new DiagramId.Jacobian(l).piece(DiagramId.Piece.SHAPE).text();
        String delta = DiagramId.Label.of(DiagramId.Value.DELTA, l, i).text();
        String header = new DiagramId.Header(DiagramId.Side.FORWARD, 0).text();
        String reverseHeader = new DiagramId.Header(DiagramId.Side.REVERSE, 1).text();
        Map<String, Primitive> found = find(diagram, Set.of(a, amp, box, delta, header, reverseHeader));
        double font = Optional.ofNullable(found.get(header)).or(() -> Optional.ofNullable(found.get(reverseHeader)))
                .map(p -> ((Primitive.Text) p).fontSize()).orElse(20.0);
        Color ink = Color.web(diagram.palette().color(ColorRole.GRADIENT));
        Color plate = Color.web(diagram.palette().color(ColorRole.BACKGROUND));
        ClearSpot room = ClearSpot.over(diagram, kept(diagram, l, i, j));
        List<ClearSpot.Box> placed = new ArrayList<>();
        if (found.containsKey(a)) {
            Primitive.Circle c = (Primitive.Circle) found.get(a);
            ring(room, placed, c.cx(), c.cy(), c.r() + font * 0.5, font, ink, plate, "a · " + Messages.get("chain.forward"));
        }
        Primitive backward = found.containsKey(amp) ? found.get(amp) : found.containsKey(box) ? found.get(box) : found.get(delta);
        if (backward != null) {
            double[] centre = centre(backward);
            ring(room, placed, centre[0], centre[1], centre[2] + font * 0.5, font, ink, plate, "δ · " + Messages.get("chain.backward"));
        }
    }

    /**
     * What a tag may never cover: the labels the step marks (its value and operands), σ'(z) of a δ it computes, and
     * the chain rule's own numbers — the weight, its gradients, a_j^{l−1} and δ_i^l.
     */
    private Predicate<Primitive.Text> kept(Diagram diagram, int l, int i, int j) {
        int r = stepper.example();
        Set<ValueRef> chain = Set.of(ValueRef.a(r, l - 1, j), ValueRef.delta(r, l, i));
        Step step = stepper.getCurrentStep();
        ValueRef computedGain = step != null && step.kind() == StepKind.DELTA ? ValueRef.gain(step.example(), step.layer(), step.neuron()) : null;
        return t -> {
            ValueRef ref = t.target();
            if (t.hasClass("current") || t.hasClass("operand")) return true;
            if (ref == null) return false;
            boolean ofTheWeight = ref.quantity().isOfWeight() && ref.layer() == l && ref.neuron() == i && ref.source() == j;
            return ofTheWeight || chain.contains(ref) || ref.equals(computedGain);
        };
    }

    /**
     * A dashed ring round a factor and its tag on a plate: above the ring if that covers nothing, else below, beside,
     * or the nearest place that covers nothing; never over a label the step or the chain rule uses. No place at all:
     * the ring alone (the card beside the diagram names the factors).
     */
    private void ring(ClearSpot room, List<ClearSpot.Box> placed, double x, double y, double r, double font, Color ink, Color plate, String caption) {
        Circle circle = new Circle(x, y, r);
        circle.setFill(Color.TRANSPARENT);
        circle.setStroke(ink);
        circle.setStrokeWidth(font * 0.22);
        circle.getStrokeDashArray().setAll(font * 0.6, font * 0.3);
        layer.getChildren().add(circle);
        Text text = new Text(caption);
        text.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, font * 0.9));
        text.setFill(ink);
        text.setTextOrigin(VPos.TOP);
        var bounds = text.getLayoutBounds();
        double pad = font * 0.2, w = bounds.getWidth() + 2 * pad, h = bounds.getHeight(), gap = font * 0.25;
        List<ClearSpot.Box> candidates = new ArrayList<>();
        candidates.add(ClearSpot.Box.of(x - w / 2, y - r - gap - h, w, h)); // above, as it always was
        candidates.add(ClearSpot.Box.of(x - w / 2, y + r + gap, w, h)); // below
        candidates.add(ClearSpot.Box.of(x + r + gap, y - h / 2, w, h)); // right
        candidates.add(ClearSpot.Box.of(x - r - gap - w, y - h / 2, w, h)); // left
        List<ClearSpot.Box> near = new ArrayList<>(candidates);
        near.addAll(room.around(candidates.get(0), font * 0.5));
        Optional<ClearSpot.Box> spot = room.first(near, placed);
        if (spot.isEmpty()) return;
        ClearSpot.Box b = spot.get();
        placed.add(b);
        // A plate of the background behind the tag, so it reads over edges.
        Rectangle plateRect = new Rectangle(b.x0(), b.y0(), b.width(), b.height());
        plateRect.getStyleClass().add("chain-tag");
        plateRect.setArcWidth(font * 0.4);
        plateRect.setArcHeight(font * 0.4);
        plateRect.setFill(plate.deriveColor(0, 1, 1, 0.9));
        plateRect.setStroke(ink);
        plateRect.setStrokeWidth(font * 0.06);
        text.setX(b.x0() + pad);
        text.setY(b.y0());
        layer.getChildren().addAll(plateRect, text);
    }

    /** Centre x, y and half the larger side. */
    private static double[] centre(Primitive p) {
        if (p instanceof Primitive.Polygon g) {
            double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (int k = 0; k < g.size(); k++) {
                minX = Math.min(minX, g.x(k)); maxX = Math.max(maxX, g.x(k));
                minY = Math.min(minY, g.y(k)); maxY = Math.max(maxY, g.y(k));
            }
            return new double[] {(minX + maxX) / 2, (minY + maxY) / 2, Math.max(maxX - minX, maxY - minY) / 2};
        }
        if (p instanceof Primitive.Rect r) return new double[] {r.x() + r.width() / 2, r.y() + r.height() / 2, Math.max(r.width(), r.height()) / 2};
        Primitive.Text t = (Primitive.Text) p;
        return new double[] {t.x(), t.y(), Math.min(t.estimatedWidth() / 2, t.fontSize() * 1.2)};
    }

    private static Map<String, Primitive> find(Diagram diagram, Set<String> ids) {
        Map<String, Primitive> found = new HashMap<>();
        for (Primitive p : diagram.primitives()) if (ids.contains(p.id())) found.put(p.id(), p);
        return found;
    }
}
