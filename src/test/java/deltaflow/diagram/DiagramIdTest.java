package deltaflow.diagram;

import deltaflow.model.Phase;
import deltaflow.model.Scenarios;
import deltaflow.model.Timeline;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static deltaflow.diagram.DiagramId.Piece.CIRCLE;
import static deltaflow.diagram.DiagramId.Piece.SHAPE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiagramIdTest {
    /** The ids as exports have always written them (README, ExportWritersTest), neurons counted from 1 in the text. */
    private static final Map<DiagramId, String> WRITTEN = Map.ofEntries(
            Map.entry(new DiagramId.Neuron(2, 0), "neuron-2-1"),
            Map.entry(new DiagramId.Neuron(1, 1).piece(CIRCLE), "neuron-1-2-circle"),
            Map.entry(new DiagramId.Edge(DiagramId.Side.FORWARD, 2, 0, 2), "edge-2-1-3"),
            Map.entry(new DiagramId.Edge(DiagramId.Side.REVERSE, 2, 0, 2), "redge-2-1-3"),
            Map.entry(new DiagramId.Amp(1, 1).piece(SHAPE), "amp-1-2-shape"),
            Map.entry(new DiagramId.Amp(1, 1).piece(DiagramId.Piece.HALO), "amp-1-2-halo"),
            Map.entry(new DiagramId.Header(DiagramId.Side.FORWARD, 0), "header-forward-0"),
            Map.entry(new DiagramId.Header(DiagramId.Side.REVERSE, DiagramId.Header.INPUT), "header-reverse-input"),
            Map.entry(new DiagramId.Summary(DiagramId.Side.REVERSE, 12), "summary-reverse-12"),
            Map.entry(new DiagramId.Terminal(0).piece(SHAPE), "dcdy-1-shape"),
            Map.entry(new DiagramId.Jacobian(3), "jacobian-3"),
            Map.entry(DiagramId.Label.of(DiagramId.Value.WEIGHT, 2, 0, 1), "weight-2-1-2"),
            Map.entry(DiagramId.Label.of(DiagramId.Value.BIAS_GRADIENT, 1, 9), "bgrad-1-10"),
            Map.entry(DiagramId.Label.of(DiagramId.Value.DELTA, 2, 0).piece(DiagramId.Piece.PLATE), "delta-2-1-plate"),
            Map.entry(DiagramId.Label.of(DiagramId.Value.INPUT, 1), "x-2"),
            Map.entry(DiagramId.Label.of(DiagramId.Value.COST_GRADIENT, 0), "fdcdy-1"));

    @Test
    void writesTheIdsExportsHaveAlwaysHadAndReadsThemBack() {
        WRITTEN.forEach((id, text) -> {
            assertEquals(text, id.text());
            assertEquals(Optional.of(id), DiagramId.parse(text), text);
        });
    }

    @Test
    void idsThatAreNotPartsOfTheNetworkDoNotParse() {
        for (String text : new String[] {"title", "formula-2", "pulse-3", "neuron-2", "neuron-2-0", "neuron-x-1", "edge-2-1", "edges-2-halo",
                "dcdy-edge-1", "header-sideways-1", "summary-forward-2-3", "neuron-2-1-glow", ""}) {
            assertEquals(Optional.empty(), DiagramId.parse(text), text);
        }
    }

    @Test
    void aLabelKnowsTheEdgeOrShapeItBelongsTo() {
        assertEquals(Optional.of(new DiagramId.Edge(DiagramId.Side.FORWARD, 2, 0, 2)), DiagramId.Label.of(DiagramId.Value.GRADIENT, 2, 0, 2).edge());
        assertEquals(Optional.of(new DiagramId.Edge(DiagramId.Side.REVERSE, 2, 0, 2)), DiagramId.Label.of(DiagramId.Value.REVERSE_WEIGHT, 2, 0, 2).edge());
        assertEquals(Optional.of(new DiagramId.Neuron(1, 0)), DiagramId.Label.of(DiagramId.Value.Z, 1, 0).owner());
        assertEquals(Optional.of(new DiagramId.Amp(1, 0)), DiagramId.Label.of(DiagramId.Value.REVERSE_DELTA, 1, 0).owner());
        assertEquals(Optional.empty(), DiagramId.Label.of(DiagramId.Value.WEIGHT, 2, 0, 2).owner());
        assertEquals(new DiagramId.Summary(DiagramId.Side.FORWARD, 1), new DiagramId.Header(DiagramId.Side.FORWARD, 1).summary());
    }

    /** Every id of the layout's network parts reads back to itself: no part is spelt outside DiagramId. */
    @Test
    void everyIdMazurAndTheSoftmaxScenarioDrawReadsBackToItself() {
        for (String scenario : new String[] {"mazur", "softmax", "default"}) {
            Timeline t = Timeline.of(Scenarios.builtIn(scenario));
            for (View view : View.values()) {
                Diagram d = DiagramBuilder.build(t, t.phaseEnd(Phase.BACKWARD, 0), DiagramOptions.defaults().withView(view));
                int parsed = 0;
                for (Primitive p : d.primitives()) {
                    Optional<DiagramId> id = DiagramId.parse(p.id());
                    if (id.isPresent()) {
                        assertEquals(p.id(), id.get().text());
                        parsed++;
                    }
                }
                assertTrue(parsed > d.primitives().size() / 2, scenario + " " + view + ": " + parsed + " of " + d.primitives().size());
            }
        }
    }
}
