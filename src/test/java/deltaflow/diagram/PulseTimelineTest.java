package deltaflow.diagram;

import deltaflow.model.Scenarios;
import deltaflow.model.Timeline;
import deltaflow.model.ValueRef;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one definition of the backward pass's pulses, played by the window and by the GIF: on Mazur's δ¹, the
 * pulses w_ki² δ_k² leave δ² along the Wᵀ edges the layout drew, their sums meet at the amplifiers' bases and
 * leave the tips, and δ¹'s labels are concealed exactly until the pulses land.
 */
class PulseTimelineTest {
    private final Timeline mazur = Timeline.of(Scenarios.builtIn("mazur"));
    private final int from = mazur.indexOf(ValueRef.delta(0, 1, 0)), to = from + 2;
    private final Diagram diagram = DiagramBuilder.build(mazur, to, DiagramOptions.defaults().withView(View.REVERSE));
    private final BackwardFlow flow = BackwardFlow.between(diagram, mazur, from, to);
    private final PulseTimeline pulses = new PulseTimeline(flow);

    @Test
    void pulsesRunAlongTheEdgesTheLayoutDrew() {
        assertEquals(1, pulses.stages());
        assertEquals(4, pulses.pulses().size(), "w_ki² δ_k² for k = 1, 2 into each of δ₁¹, δ₂¹");
        PulseTimeline.Pulse first = pulses.pulses().get(0); // w₁₁² δ₁² into δ₁¹, along redge-2-1-1
        Primitive.Line edge = (Primitive.Line) diagram.find("redge-2-1-1").orElseThrow();
        BackwardFlow.Signal s = first.signal();
        assertEquals(edge.x1(), s.x1(), 1e-9);
        assertEquals(edge.y1(), s.y1(), 1e-9);
        assertEquals(edge.x2(), s.x2(), 1e-9);
        assertEquals(edge.y2(), s.y2(), 1e-9);
        assertEquals(0.4 * 0.138498562, s.value(), 1e-9); // Mazur's w₁₁² δ₁²
        PulseTimeline.Mark start = pulses.at(0).pulses().get(0);
        assertTrue(start.visible());
        assertEquals(edge.x1(), start.x(), 1e-9);
        assertEquals(edge.y1(), start.y(), 1e-9);
        assertFalse(pulses.at(0.55).pulses().get(0).visible(), "the pulses have met at the base");
    }

    @Test
    void theSumLeavesTheTipAsTheEnginesDeltaAndItsLabelsWaitForIt() {
        BackwardFlow.Arrival a = flow.arrivals().get(0);
        assertEquals(ValueRef.delta(0, 1, 0), a.delta());
        assertEquals(0.00877135468, a.result(), 1e-11); // Mazur's δ_h1
        Primitive.Polygon amp = (Primitive.Polygon) diagram.find("amp-1-1-shape").orElseThrow();
        assertEquals(amp.x(2), a.tipX(), 1e-9);
        assertEquals(amp.x(0), a.baseX(), 1e-9);
        PulseTimeline.Mark atBase = pulses.at(0.54).sums().get(0);
        assertTrue(atBase.visible());
        assertEquals(a.baseX(), atBase.x(), 1e-9);
        double justBefore = PulseTimeline.LAND - 1e-6, justAfter = PulseTimeline.LAND + 1e-6;
        PulseTimeline.Mark nearTip = pulses.at(justBefore).sums().get(0);
        assertEquals(a.tipX(), nearTip.x(), 1e-3);
        assertTrue(pulses.at(justBefore).concealed().containsAll(java.util.List.of("rdelta-1-1", "rdelta-1-1-plate", "rdelta-1-2")));
        assertFalse(pulses.at(justBefore).concealed().contains("rdelta-2-1"), "δ² was known before");
        assertTrue(pulses.at(justAfter).concealed().isEmpty());
        assertFalse(pulses.at(justAfter).sums().get(0).visible(), "landed: the label has it now");
        assertEquals("Σ 0.03635 × σ' 0.2413 = δ 0.008771", pulses.at(justAfter).captions().get(0).text());
    }

    @Test
    void twoBuildsOfTheSameStepAreEqualWiringIncluded() {
        Diagram again = DiagramBuilder.build(mazur, to, DiagramOptions.defaults().withView(View.REVERSE));
        assertEquals(diagram.wiring(), again.wiring());
        assertFalse(diagram.wiring().isEmpty());
        assertTrue(DiagramBuilder.build(mazur, to, DiagramOptions.defaults().withView(View.FORWARD)).wiring().isEmpty(), "no reverse network, nothing to animate");
    }
}
