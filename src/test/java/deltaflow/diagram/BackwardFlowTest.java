package deltaflow.diagram;

import deltaflow.model.Scenarios;
import deltaflow.model.Timeline;
import deltaflow.model.ValueRef;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The backward pass's flow read off a diagram whose wide layers are summary boxes. */
class BackwardFlowTest {
    @Test
    void signalsIntoASummaryBoxMeetOnItsSideAndLandOnTheEnginesDelta() {
        Timeline t = Timeline.of(Scenarios.builtIn("mnist-shaped"));
        int from = t.indexOf(ValueRef.delta(0, 2, 0)), to = t.indexOf(ValueRef.delta(0, 2, 63)) + 1; // δ² by layer
        Diagram d = DiagramBuilder.build(t, to, DiagramOptions.defaults().withView(View.REVERSE).withViewport(1480, 660));
        Primitive.Rect box = (Primitive.Rect) d.find("summary-reverse-2").orElseThrow();
        BackwardFlow flow = BackwardFlow.between(d, t, from, to);
        assertEquals(64, flow.arrivals().size(), "every amplifier of δ², drawn or not");
        for (BackwardFlow.Arrival a : flow.arrivals()) {
            assertEquals(t.value(a.delta()), a.result(), 1e-12 * Math.max(1, Math.abs(a.result())));
            assertEquals(10, a.signals().size(), "w_ki³ δ_k³ from each of the 10 outputs");
            assertEquals(box.x() + box.width(), a.baseX(), 1e-9);
            assertTrue(a.tipX() < a.baseX() && a.tipX() > box.x(), "into the box");
            for (BackwardFlow.Signal s : a.signals()) assertEquals(a.baseY(), s.y2(), 1e-9);
        }
    }
}
