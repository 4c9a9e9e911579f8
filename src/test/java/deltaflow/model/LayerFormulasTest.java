package deltaflow.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The layer granularity's vector equations, checked against Mazur's published numbers. */
class LayerFormulasTest {
    private final Timeline mazur = Timeline.of(Scenarios.builtIn("mazur"));

    private Step first(StepKind kind, int layer) {
        for (int k = 0; k < mazur.size(); k++) {
            Step s = mazur.step(k);
            if (s.kind() == kind && s.layer() == layer) return s;
        }
        throw new AssertionError("no " + kind + " step in layer " + layer);
    }

    @Test
    void forwardLayerShowsTheMatrixTheInputAndTheResult() {
        StepFormula f = mazur.layerFormula(first(StepKind.Z, 1), 4);
        assertEquals("z^1", f.quantity().plain());
        assertEquals("W^{1} x + b^{1}", f.symbols().latex());
        assertEquals("W^1 x + b^1", f.symbols().plain());
        // W^1 = [[0.15, 0.2], [0.25, 0.3]], x = (0.05, 0.1), b^1 = (0.35, 0.35): net_h1 = 0.3775, net_h2 = 0.3925.
        assertEquals("[0.15 0.2 ; 0.25 0.3] [0.05 ; 0.1] + [0.35 ; 0.35]", f.numbers().plain());
        assertEquals("[0.3775 ; 0.3925]", f.result().plain());
        assertTrue(f.numbers().latex().startsWith("\\begin{bmatrix}0.15 & 0.2 \\\\ 0.25 & 0.3\\end{bmatrix}"), f.numbers().latex());
    }

    @Test
    void hiddenDeltaIsGainTimesTransposedWeightsTimesNextDelta() {
        StepFormula f = mazur.layerFormula(first(StepKind.DELTA, 1), 4);
        assertEquals("\\sigma'(z^{1}) \\odot (W^{2})^{T} \\delta^{2}", f.symbols().latex());
        // (W^2)^T = [[0.4, 0.5], [0.45, 0.55]]; Mazur: δ_h1 = 0.036350306 × 0.241300709 = 0.008771, δ_h2 = 0.009954.
        assertEquals("[0.2413 ; 0.2406] ⊙ [0.4 0.5 ; 0.45 0.55] [0.1385 ; −0.0381]", f.numbers().plain());
        assertEquals("[0.008771 ; 0.009954]", f.result().plain());
    }

    @Test
    void outputDeltaIsGainTimesCostGradient() {
        StepFormula f = mazur.layerFormula(first(StepKind.DELTA, 2), 4);
        assertEquals("\\sigma'(z^{2}) \\odot \\nabla C^{r}(y^{r})", f.symbols().latex());
        // Mazur: ∂E/∂out_o1 = 0.74136507, ∂out/∂net = 0.186815602.
        assertEquals("[0.1868 ; 0.1755] ⊙ [0.7414 ; −0.2171]", f.numbers().plain());
    }

    @Test
    void softmaxOutputDeltaSaysJacobianTransposed() {
        Timeline softmax = Timeline.of(Scenarios.builtIn("softmax"));
        Network network = softmax.trace().network();
        Step delta = null;
        for (int k = 0; k < softmax.size() && delta == null; k++) {
            Step s = softmax.step(k);
            if (s.kind() == StepKind.DELTA && s.layer() == network.depth()) delta = s;
        }
        StepFormula f = softmax.layerFormula(delta, 4);
        assertEquals("J^{T} \\nabla C^{r}(y^{r})", f.symbols().latex());
    }

    @Test
    void longVectorsAreElidedAroundTheMiddle() {
        assertEquals(5, MatrixText.shown(16).length);
        assertEquals(-1, MatrixText.shown(16)[3]);
        assertEquals(15, MatrixText.shown(16)[4]);
        assertEquals(6, MatrixText.shown(6).length);
    }

    @Test
    void weightUpdateShowsOldMinusRateTimesGradient() {
        StepFormula f = mazur.layerFormula(first(StepKind.WEIGHT_UPDATE, 2), 4);
        // Mazur: w5+ = 0.35891648, w6+ = 0.408666186, w7+ = 0.511301270, w8+ = 0.561370121.
        assertEquals("[0.3589 0.4087 ; 0.5113 0.5614]", f.result().plain());
        assertTrue(f.numbers().plain().contains(" − 0.5 ["), f.numbers().plain());
    }

    /** The status line and the exports read the runs: "∂Cʳ/∂W³", not "∂C^r/∂W^3". */
    @Test
    void quantitiesCarryTheirScriptsAsRuns() {
        MathText q = mazur.layerFormula(first(StepKind.WEIGHT_GRADIENT, 2), 4).quantity();
        assertEquals("∂C^r/∂W^2", q.plain());
        assertEquals(java.util.List.of(new MathText.Run("∂C", MathText.Script.NORMAL), new MathText.Run("r", MathText.Script.SUP),
                new MathText.Run("/∂W", MathText.Script.NORMAL), new MathText.Run("2", MathText.Script.SUP)), q.runs());
        MathText delta = mazur.layerFormula(first(StepKind.DELTA, 1), 4).symbols();
        assertTrue(delta.runs().contains(new MathText.Run("T", MathText.Script.SUP)), delta.runs().toString());
    }
}
