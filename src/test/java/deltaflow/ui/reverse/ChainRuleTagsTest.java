package deltaflow.ui.reverse;

import deltaflow.diagram.ClearSpot;
import deltaflow.diagram.Diagram;
import deltaflow.diagram.Primitive;
import deltaflow.diagram.View;
import deltaflow.model.Phase;
import deltaflow.model.Scenarios;
import deltaflow.model.Step;
import deltaflow.model.StepKind;
import deltaflow.model.Timeline;
import deltaflow.model.ValueRef;
import deltaflow.ui.stepper.state.StepperViewModel;
import javafx.scene.Group;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chain rule's tags ("a · forward pass", "δ · backward pass") hide nothing the step or the chain rule is about:
 * with any weight selected, at every phase end of every built-in scenario, in the reverse and both views at the
 * network areas of a 1920×1080 and a 1024×768 screen, no tag's plate covers a label the diagram marks as the step's
 * value or operand, σ'(z) of a δ being computed, the weight's own labels, a_j^{l−1} or δ_i^l, nor a neuron, an
 * amplifier or the other tag, nor leaves the drawing. The tags hid b₁¹ and σ'(z₁²) at the end of the update.
 */
@ExtendWith(ApplicationExtension.class)
class ChainRuleTagsTest {
    @Start
    void start(Stage stage) {}

    @Test
    void noTagCoversALabelTheStepOrTheChainRuleUses(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        int[] tags = {0};
        for (String name : Scenarios.BUILT_IN) {
            robot.interact(() -> {
                StepperViewModel stepper = new StepperViewModel(Scenarios.builtIn(name));
                Group overlay = new Group();
                ChainRuleRings rings = new ChainRuleRings(stepper, overlay);
                Timeline t = stepper.getTimeline();
                for (double[] area : new double[][] {{1900, 723}, {1004, 450}}) {
                    stepper.setViewport(area[0], area[1]);
                    for (View view : List.of(View.REVERSE, View.BOTH)) {
                        stepper.setView(view);
                        for (int position : moments(t)) {
                            stepper.jumpTo(position);
                            for (ValueRef weight : weights(t)) {
                                stepper.select(weight);
                                String where = String.format("%s %.0f×%.0f %s at %d, %s selected", name, area[0], area[1], view.id(), position, weight);
                                List<ClearSpot.Box> plates = rings.layer().getChildren().stream()
                                        .filter(n -> n instanceof Rectangle && n.getStyleClass().contains("chain-tag"))
                                        .map(n -> (Rectangle) n)
                                        .map(r -> ClearSpot.Box.of(r.getX(), r.getY(), r.getWidth(), r.getHeight())).toList();
                                tags[0] += plates.size();
                                check(where, stepper, weight, plates, problems);
                            }
                        }
                    }
                }
            });
        }
        assertTrue(tags[0] > 500, "tags were drawn: " + tags[0]);
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems.subList(0, Math.min(40, problems.size()))));
    }

    private static void check(String where, StepperViewModel stepper, ValueRef weight, List<ClearSpot.Box> plates, List<String> problems) {
        Diagram d = stepper.getDiagram();
        int r = stepper.example(), l = weight.layer(), i = weight.neuron(), j = weight.source();
        Step step = stepper.getCurrentStep();
        Set<ValueRef> kept = new java.util.HashSet<>(List.of(ValueRef.a(r, l - 1, j), ValueRef.delta(r, l, i), weight));
        if (step != null && step.kind() == StepKind.DELTA) kept.add(ValueRef.gain(r, step.layer(), step.neuron()));
        List<String> keptIds = new ArrayList<>();
        List<ClearSpot.Box> keptBoxes = new ArrayList<>();
        for (Primitive p : d.primitives()) {
            if (p instanceof Primitive.Text t) {
                ValueRef ref = t.target();
                boolean ofWeight = ref != null && ref.quantity().isOfWeight() && ref.layer() == l && ref.neuron() == i && ref.source() == j;
                if (t.hasClass("current") || t.hasClass("operand") || ofWeight || kept.contains(ref)) {
                    keptIds.add(t.id());
                    keptBoxes.add(ClearSpot.box(t));
                }
            }
        }
        for (Primitive p : d.primitives()) {
            boolean plateOfKept = p instanceof Primitive.Rect && p.id().endsWith("-plate") && keptIds.contains(p.id().replaceAll("-plate$", ""));
            boolean shape = !(p instanceof Primitive.Text || p instanceof Primitive.Line) && (p.id().endsWith("-circle") || p.id().endsWith("-shape"));
            if (plateOfKept || shape) keptIds.add(p.id());
            if (plateOfKept || shape) keptBoxes.add(box(p));
        }
        ClearSpot.Box drawing = new ClearSpot.Box(0, 0, d.width(), d.height());
        for (int k = 0; k < plates.size(); k++) {
            ClearSpot.Box plate = plates.get(k);
            if (!plate.inside(drawing)) problems.add(where + ": a tag leaves the drawing");
            for (int m = 0; m < keptBoxes.size(); m++) {
                if (plate.overlaps(keptBoxes.get(m))) problems.add(where + ": a tag over " + keptIds.get(m));
            }
            for (int m = k + 1; m < plates.size(); m++) if (plate.overlaps(plates.get(m))) problems.add(where + ": the two tags overlap");
        }
    }

    private static ClearSpot.Box box(Primitive p) {
        if (p instanceof Primitive.Circle c) return new ClearSpot.Box(c.cx() - c.r(), c.cy() - c.r(), c.cx() + c.r(), c.cy() + c.r());
        if (p instanceof Primitive.Rect r) return ClearSpot.Box.of(r.x(), r.y(), r.width(), r.height());
        Primitive.Polygon g = (Primitive.Polygon) p;
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (int k = 0; k < g.size(); k++) {
            x0 = Math.min(x0, g.x(k)); y0 = Math.min(y0, g.y(k));
            x1 = Math.max(x1, g.x(k)); y1 = Math.max(y1, g.y(k));
        }
        return new ClearSpot.Box(x0, y0, x1, y1);
    }

    /** Every weight of the network. */
    private static List<ValueRef> weights(Timeline t) {
        List<ValueRef> all = new ArrayList<>();
        var network = t.trace().network();
        for (int l = 1; l <= network.depth(); l++) {
            for (int i = 0; i < network.size(l); i++) for (int j = 0; j < network.size(l - 1); j++) all.add(ValueRef.weight(l, i, j));
        }
        return all;
    }

    /** The end of every phase of the first example, the first δ step, and the end of the update. */
    private static List<Integer> moments(Timeline t) {
        Set<Integer> m = new LinkedHashSet<>();
        for (Phase phase : Phase.values()) m.add(t.phaseEnd(phase, 0));
        m.add(t.phaseStart(Phase.BACKWARD, 0) + 1);
        m.add(t.size());
        m.removeIf(p -> p < 1 || p > t.size());
        return new ArrayList<>(m);
    }
}
