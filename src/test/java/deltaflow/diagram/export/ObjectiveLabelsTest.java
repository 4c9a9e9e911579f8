package deltaflow.diagram.export;

import deltaflow.diagram.Diagram;
import deltaflow.diagram.DiagramBuilder;
import deltaflow.diagram.DiagramOptions;
import deltaflow.diagram.Primitive;
import deltaflow.model.Numbers;
import deltaflow.model.Scenarios;
import deltaflow.model.Timeline;
import deltaflow.model.ValueRef;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #11 item 7: the forward view shows what is minimised — ŷ beside each output, C^r and C, ∂C^r/∂y_n at its
 * steps, the cost after the update at the end — and biases read old → new at the update. Numbers are Mazur's
 * published ones (E_total = 0.298371109 before, 0.291027774 after one update with the biases fixed) or recomputed here.
 */
class ObjectiveLabelsTest {
    private static final Timeline MAZUR = Timeline.of(Scenarios.builtIn("mazur"));
    private static final Timeline XOR = Timeline.of(Scenarios.builtIn("xor"));

    private static String text(Diagram d, String id) {
        Primitive p = d.find(id).orElseThrow(() -> new AssertionError("no primitive " + id));
        return ((Primitive.Text) p).text().plain();
    }

    @Test
    void targetsStandBesideTheOutputsFromTheStart() {
        Diagram d = DiagramBuilder.build(MAZUR, 0, DiagramOptions.defaults());
        assertEquals("ŷ_1 = 0.01", text(d, "target-1"));
        assertEquals("ŷ_2 = 0.99", text(d, "target-2"));
        assertTrue(d.find("cost").isEmpty(), "no cost before it is computed");
    }

    @Test
    void theExamplesCostAppearsAtTheCostStepAndItsDerivativeAtItsStep() {
        int cost = MAZUR.indexOf(ValueRef.cost(0)) + 1;
        Diagram d = DiagramBuilder.build(MAZUR, cost, DiagramOptions.defaults().withSignificantDigits(9));
        assertEquals("C^r = 0.298371109", text(d, "cost"));
        assertTrue(d.find("cost").orElseThrow().hasClass("current"));
        int gradient = MAZUR.indexOf(ValueRef.costGradient(0, 1)) + 1;
        Diagram g = DiagramBuilder.build(MAZUR, gradient, DiagramOptions.defaults().withSignificantDigits(6));
        // y_2 − ŷ_2 for the squared cost, from Mazur's out_o2 = 0.772928465
        // on one line where the margin allows, else the symbol over its value
        String shown = g.find("fdcdy-2-symbol").isPresent() ? text(g, "fdcdy-2-symbol").strip() + " " + text(g, "fdcdy-2") : text(g, "fdcdy-2");
        assertEquals("∂C^r/∂y_2 = " + Numbers.format(0.772928465 - 0.99, 6), shown);
        assertTrue(g.find("fdcdy-1").isEmpty(), "only at its steps");
    }

    @Test
    void atTheEndTheCostReadsBeforeToAfterWithMazursPublishedNumbers() {
        Diagram d = DiagramBuilder.build(MAZUR, MAZUR.size(), DiagramOptions.defaults().withSignificantDigits(9));
        assertEquals("C = 0.298371109 → 0.291027774", text(d, "cost"));
        // Mazur holds the biases fixed: no update to show
        assertFalse(text(d, "bias-1-1").contains("→"));
    }

    @Test
    void trainedBiasesReadOldToNewAtTheUpdate() {
        Diagram d = DiagramBuilder.build(XOR, XOR.size(), DiagramOptions.defaults().withSignificantDigits(6));
        double mean = 0;
        for (int r = 0; r < 4; r++) mean += XOR.trace().pass(r).biasGradient(1, 0);
        mean /= 4;
        double expected = -0.25 - 1.0 * mean; // b_1^1 = −0.25, η = 1
        String bias = text(d, "bias-1-1");
        assertTrue(bias.startsWith("b_1^1 = −0.25 → "), bias);
        assertEquals(expected, Numbers.parse(bias.substring(bias.indexOf('→') + 1)), 1e-5);
    }

    @Test
    void everyExportShowsThemAlike() {
        Diagram d = DiagramBuilder.build(MAZUR, MAZUR.size(), DiagramOptions.defaults().withSignificantDigits(9));
        String svg = new SvgWriter(false).write(d);
        assertTrue(svg.contains("id=\"cost\""), "svg has the cost label");
        assertTrue(svg.contains("0.291027774"), "svg has the cost after the update");
        assertTrue(svg.contains("id=\"target-1\""));
        String tikz = new TikzWriter(false, false, 0).write(d);
        assertTrue(tikz.contains("0.291027774"), "tikz has the cost after the update");
        assertTrue(tikz.contains("\\hat{y}"), "tikz has ŷ");
        // the PNG is drawn from the same primitives (Java2DRenderer), so the label is in the diagram it renders
        assertTrue(d.find("cost").isPresent());
    }
}
