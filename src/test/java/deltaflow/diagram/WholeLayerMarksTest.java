package deltaflow.diagram;

import deltaflow.model.Granularity;
import deltaflow.model.Phase;
import deltaflow.model.Scenarios;
import deltaflow.model.Timeline;
import deltaflow.model.ValueRef;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #11 item 2 on the diagram: a layer step rings every neuron it computes and marks every edge and value it reads;
 * a pass step marks the whole pass. The expected ids are written out from the slides' equations.
 */
class WholeLayerMarksTest {
    private final Timeline mazur = Timeline.of(Scenarios.builtIn("mazur"));

    /** The ids of the primitives carrying {@code mark} ("current" or "operand"), without the halos. */
    private static Set<String> marked(Diagram d, String mark) {
        Set<String> ids = new TreeSet<>();
        for (Primitive p : d.primitives()) {
            if (p.hasClass(mark) && !p.hasClass("halo") && !p.id().endsWith("-plate")) ids.add(p.id());
        }
        return ids;
    }

    private Diagram at(int position, Granularity g, View view) {
        return DiagramBuilder.build(mazur, position, DiagramOptions.defaults().withView(view).withGranularity(g));
    }

    @Test
    void theLayerStepZ1RingsBothZAndMarksAllOfW1XAndB1() {
        Diagram d = at(mazur.next(0, Granularity.LAYER), Granularity.LAYER, View.FORWARD);
        assertEquals(Set.of("z-1-1", "z-1-2"), marked(d, "current").stream().filter(id -> id.startsWith("z-")).collect(java.util.stream.Collectors.toSet()));
        for (String id : List.of("edge-1-1-1", "edge-1-1-2", "edge-1-2-1", "edge-1-2-2", "weight-1-1-1", "weight-1-1-2", "weight-1-2-1", "weight-1-2-2",
                "bias-1-1", "bias-1-2", "neuron-0-1", "neuron-0-2")) {
            assertTrue(marked(d, "operand").contains(id), id + " is an operand of z¹ = W¹x + b¹: " + marked(d, "operand"));
        }
        // by neuron, z_2^1 alone reads only row 2 of W^1 (the old behaviour, still right for a single step)
        Diagram one = at(2, Granularity.NEURON, View.FORWARD);
        assertTrue(marked(one, "operand").contains("edge-1-2-1"));
        assertTrue(!marked(one, "operand").contains("edge-1-1-1"));
    }

    @Test
    void theLayerStepDelta1MarksBothDeltasAndAllOfW2() {
        int p = mazur.indexOf(ValueRef.delta(0, 1, 1)) + 1;
        Diagram d = at(p, Granularity.LAYER, View.REVERSE);
        assertTrue(marked(d, "current").containsAll(Set.of("rdelta-1-1", "rdelta-1-2")), marked(d, "current").toString());
        assertTrue(marked(d, "operand").containsAll(Set.of("redge-2-1-1", "redge-2-1-2", "redge-2-2-1", "redge-2-2-2", "rdelta-2-1", "rdelta-2-2")),
                marked(d, "operand").toString());
    }

    @Test
    void theGradientLayerStepRingsEveryEdgesGradient() {
        int p = mazur.indexOf(ValueRef.biasGradient(0, 1, 1)) + 1;
        Diagram d = at(p, Granularity.LAYER, View.FORWARD);
        assertTrue(marked(d, "current").containsAll(Set.of("grad-1-1-1", "grad-1-1-2", "grad-1-2-1", "grad-1-2-2")), marked(d, "current").toString());
        assertTrue(marked(d, "operand").containsAll(Set.of("delta-1-1", "delta-1-2", "neuron-0-1", "neuron-0-2")), marked(d, "operand").toString());
    }

    @Test
    void theForwardPassRingsEveryZAndAAndDrawsItsEquations() {
        int p = mazur.phaseEnd(Phase.FORWARD, 0);
        Diagram d = DiagramBuilder.build(mazur, p, DiagramOptions.defaults().withGranularity(Granularity.PASS).withShowFormula(true));
        for (String id : List.of("z-1-1", "z-1-2", "z-2-1", "z-2-2", "neuron-1-1", "neuron-1-2", "neuron-2-1", "neuron-2-2")) {
            assertTrue(marked(d, "current").contains(id), id + ": " + marked(d, "current"));
        }
        for (String id : List.of("edge-1-1-1", "edge-2-2-2", "neuron-0-1", "bias-2-2")) assertTrue(marked(d, "operand").contains(id), id);
        assertTrue(((Primitive.Text) d.find("formula").orElseThrow()).text().plain().startsWith("z^1 = W^1 x + b^1"));
        assertTrue(((Primitive.Text) d.find("formula-4").orElseThrow()).text().plain().startsWith("a^2 = σ(z^2)"));
    }

    @Test
    void aDenseLayersWholeWeightMatrixIsOneBandNotAHundredThousandHalos() {
        Timeline t = Timeline.of(Scenarios.builtIn("mnist-shaped"));
        int p = t.next(0, Granularity.LAYER); // z^1 = W^1 x + b^1, 128 × 784
        Diagram d = DiagramBuilder.build(t, p, DiagramOptions.defaults().withViewport(1920, 1000).withGranularity(Granularity.LAYER));
        Primitive band = d.find("edges-1-halo").orElseThrow(() -> new AssertionError("no band over W^1"));
        assertTrue(band.hasClass("operand"));
        assertTrue(d.primitives().stream().filter(x -> x.hasClass("halo")).count() < 1000);
        // the box of layer 1 stands for its 128 rung z
        assertTrue(d.find("summary-forward-1").orElseThrow().hasClass("current") || d.find("summary-forward-1-halo").isPresent());
    }
}
