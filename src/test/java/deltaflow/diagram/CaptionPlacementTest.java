package deltaflow.diagram;

import deltaflow.model.Phase;
import deltaflow.model.Scenarios;
import deltaflow.model.Step;
import deltaflow.model.StepKind;
import deltaflow.model.Timeline;
import deltaflow.model.ValueRef;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The backward pass's captions ("Σ 0.1326 × σ' 0.235 = δ 0.03116") never sit on what the step's formula is about:
 * not on the δ a stage computes, its σ'(z), the w and δ^{l+1} it reads (or anything the diagram marks as the
 * step's), not on a neuron or an amplifier, not on each other, and not past the drawing's edge, where an exported
 * frame ends. Checked on the boxes the layout gives (its own text estimate, a plate high), for every built-in
 * scenario: the GIF's stages (the roomy export layout) and the window's δ steps by neuron and by layer, in the
 * reverse and both views, in the network areas the window has at 1024×768, 1280×720 and 1920×1080, English and
 * Chinese, at the type scales tried there.
 */
class CaptionPlacementTest {
    /** One animated range of δ steps [from, to) and the diagram it plays over. */
    private record Moment(String where, Timeline timeline, int from, int to, Diagram diagram) {}

    @Test
    void captionsCoverNoLabelTheFormulaUsesNoNeuronAndNoOtherCaption() {
        List<String> problems = new ArrayList<>();
        int captions = 0;
        for (Moment m : moments()) {
            PulseTimeline pulses = new PulseTimeline(BackwardFlow.between(m.diagram(), m.timeline(), m.from(), m.to()));
            List<ClearSpot.Obstacle> kept = kept(m);
            List<PulseTimeline.Caption> all = pulses.captions();
            captions += all.size();
            ClearSpot.Box drawing = new ClearSpot.Box(0, 0, m.diagram().width(), m.diagram().height());
            for (int k = 0; k < all.size(); k++) {
                PulseTimeline.Caption c = all.get(k);
                ClearSpot.Box plate = c.plate();
                if (!plate.inside(drawing)) problems.add(m.where() + ": caption " + c.result() + " leaves the drawing");
                for (ClearSpot.Obstacle b : kept) if (plate.overlaps(b.box())) problems.add(m.where() + ": caption " + c.result() + " over " + b.id());
                for (int j = k + 1; j < all.size(); j++) {
                    if (all.get(j).stage() == c.stage() && plate.overlaps(all.get(j).plate())) problems.add(m.where() + ": two captions overlap");
                }
            }
        }
        assertTrue(captions > 100, "captions were placed: " + captions);
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems.subList(0, Math.min(40, problems.size()))));
    }

    /** In the default scenario's GIF, the captions of δ₁¹ and δ₂¹ sat on σ'(z₂¹) and σ'(z₃¹), the gains of the rows below. */
    @Test
    void inTheDefaultGifNoCaptionSitsOnTheGainOfTheRowBelow() {
        Timeline t = Timeline.of(Scenarios.builtIn("default"));
        int from = t.indexOf(ValueRef.delta(0, 1, 0)), to = from + 3;
        Diagram d = DiagramBuilder.build(t, to, DiagramOptions.defaults().withView(View.REVERSE));
        PulseTimeline pulses = new PulseTimeline(BackwardFlow.between(d, t, from, to));
        assertTrue(pulses.captions().size() == 3, "a caption for each of δ₁¹, δ₂¹, δ₃¹");
        for (PulseTimeline.Caption c : pulses.captions()) {
            for (Primitive.Text label : TextLayout.texts(d)) {
                if (label.hasClass("gain") || label.hasClass("delta")) {
                    assertTrue(!c.plate().overlaps(ClearSpot.box(label)), c.result() + " over " + label.text().plain());
                }
            }
        }
    }

    /** The boxes no caption may cover: the formula's labels and their plates, the diagram's marked labels, the neurons. */
    private static List<ClearSpot.Obstacle> kept(Moment m) {
        Set<ValueRef> formula = new HashSet<>();
        for (int p = m.from(); p < m.to(); p++) {
            Step s = m.timeline().step(p);
            formula.add(s.result());
            formula.add(ValueRef.gain(s.example(), s.layer(), s.neuron()));
            formula.addAll(m.timeline().operands(s));
        }
        Set<String> keptTexts = new HashSet<>();
        List<ClearSpot.Obstacle> boxes = new ArrayList<>();
        for (Primitive p : m.diagram().primitives()) {
            if (p instanceof Primitive.Text t && (formula.contains(t.target()) || t.hasClass("current") || t.hasClass("operand"))) {
                keptTexts.add(t.id());
                boxes.add(new ClearSpot.Obstacle(t.id(), ClearSpot.box(t), true));
            }
        }
        for (Primitive p : m.diagram().primitives()) {
            double[] b = TextLayout.box(p);
            if (p instanceof Primitive.Rect r && r.id().endsWith("-plate") && keptTexts.contains(r.id().replaceAll("-plate$", ""))) {
                boxes.add(new ClearSpot.Obstacle(p.id(), new ClearSpot.Box(b[0], b[1], b[2], b[3]), true));
            } else if ((p instanceof Primitive.Circle || p instanceof Primitive.Polygon) && (p.id().endsWith("-circle") || p.id().endsWith("-shape"))) {
                boxes.add(new ClearSpot.Obstacle(p.id(), new ClearSpot.Box(b[0], b[1], b[2], b[3]), true));
            }
        }
        return boxes;
    }

    private static List<Moment> moments() {
        List<Moment> all = new ArrayList<>();
        for (String name : Scenarios.BUILT_IN) {
            Timeline t = Timeline.of(Scenarios.builtIn(name));
            List<int[]> layers = layers(t);
            // The GIF: each layer of δ over the roomy export layout of its last step.
            for (int[] layer : layers) {
                all.add(new Moment(name + " GIF stage " + layer[0], t, layer[0], layer[1],
                        DiagramBuilder.build(t, layer[1], DiagramOptions.defaults().withView(View.REVERSE))));
            }
            // The window: a step by neuron animates its δ, a step by layer the whole layer.
            for (StepLabelsTest.Area area : StepLabelsTest.AREAS) {
                for (View view : List.of(View.REVERSE, View.BOTH)) {
                    for (DiagramTexts texts : List.of(DiagramTexts.ENGLISH, StepLabelsTest.CHINESE)) {
                        double height = texts == StepLabelsTest.CHINESE ? area.zhHeight() : area.height();
                        for (double scale : area.scales()) {
                            DiagramOptions o = DiagramOptions.defaults().withView(view).withTexts(texts).withTextScale(scale)
                                    .withViewport(area.width(), height).withSignificantDigits(4);
                            String where = String.format("%s %s %s %s %.0f%%", name, area.name(), view.id(), texts == StepLabelsTest.CHINESE ? "zh" : "en", scale * 100);
                            for (int[] layer : layers) {
                                all.add(new Moment(where + " layer step " + layer[0], t, layer[0], layer[1],
                                        DiagramBuilder.build(t, layer[1], o.withGranularity(deltaflow.model.Granularity.LAYER))));
                                int p = layer[1] - 1;
                                all.add(new Moment(where + " neuron step " + p, t, p, p + 1, DiagramBuilder.build(t, p + 1, o)));
                            }
                        }
                    }
                }
            }
        }
        return all;
    }

    /** The first example's layers of δ, from the output back, as ranges of positions [from, to). */
    private static List<int[]> layers(Timeline t) {
        int start = t.phaseStart(Phase.BACKWARD, 0), end = t.phaseEnd(Phase.BACKWARD, 0);
        List<int[]> layers = new ArrayList<>();
        int from = start;
        for (int p = start; p < end; p++) {
            Step s = t.step(p);
            if (s.kind() != StepKind.DELTA) { from = p + 1; continue; }
            if (p + 1 == end || t.step(p + 1).kind() != StepKind.DELTA || t.step(p + 1).layer() != s.layer()) {
                layers.add(new int[] {from, p + 1});
                from = p + 1;
            }
        }
        return layers;
    }
}
