package deltaflow.ui.stepper.state;

import deltaflow.ui.stepper.FormulaPanel;

import deltaflow.diagram.Primitive;
import deltaflow.diagram.View;
import deltaflow.model.Activation;
import deltaflow.model.Granularity;
import deltaflow.model.Scenarios;
import deltaflow.model.StepKind;
import deltaflow.model.ValueRef;
import org.junit.jupiter.api.Test;

import static deltaflow.ui.Shown.assertShows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window's state without a window: Mazur's worked example, stepped by the view model. */
class StepperViewModelTest {
    private final StepperViewModel stepper = new StepperViewModel(Scenarios.builtIn("mazur"));

    private String label(String id) {
        return ((Primitive.Text) stepper.getDiagram().find(id).orElseThrow()).text().plain();
    }

    /** Steps forward one at a time until the current step is of this kind in this layer and neuron. */
    private void stepTo(StepKind kind, int layer, int neuron) {
        while (!(stepper.getCurrentStep() != null && stepper.getCurrentStep().kind() == kind
                && stepper.getCurrentStep().layer() == layer && stepper.getCurrentStep().neuron() == neuron)) {
            int before = stepper.getPosition();
            stepper.next();
            if (stepper.getPosition() == before) throw new AssertionError("no " + kind + " step " + layer + "," + neuron);
        }
    }

    @Test
    void startsBeforeTheFirstStepWithNothingComputed() {
        assertEquals(0, stepper.getPosition());
        assertNull(stepper.getCurrentStep());
        assertNull(stepper.getFormula());
        assertEquals("a_1^1", label("neuron-1-1")); // the symbol, not a number, until it is computed
        assertTrue(stepper.getStatus().startsWith("step 0 of 36"), stepper.getStatus());
    }

    @Test
    void nextRevealsMazursNumbersOneAtATime() {
        stepTo(StepKind.A, 1, 0);
        assertShows(0.593269992, label("neuron-1-1")); // out_h1
        assertEquals("a_1^2", label("neuron-2-1"));
        assertEquals("step 3 of 36 · forward · a₁¹ · example 1 of 1", stepper.getStatus());
        stepTo(StepKind.DELTA, 1, 0);
        assertEquals("δ_1^1", stepper.getFormula().quantity().plain());
        assertShows(0.008771354, stepper.getFormula().result().plain());
    }

    @Test
    void backIsExactlyTheInverseOfNext() {
        for (int k = 0; k < 30; k++) stepper.next();
        String status = stepper.getStatus();
        String formula = stepper.getFormula().full().plain();
        stepper.next();
        stepper.back();
        assertEquals(status, stepper.getStatus());
        assertEquals(formula, stepper.getFormula().full().plain());
        stepper.first();
        assertEquals("a_1^1", label("neuron-1-1"));
    }

    @Test
    void lastAndJumpToAreClamped() {
        stepper.last();
        assertEquals(36, stepper.getPosition());
        assertEquals(StepKind.WEIGHT_UPDATE, stepper.getCurrentStep().kind());
        stepper.jumpTo(1000);
        assertEquals(36, stepper.getPosition());
        stepper.jumpTo(-3);
        assertEquals(0, stepper.getPosition());
    }

    @Test
    void layerGranularityStepsAWholeLayerAndShowsItsVectorForm() {
        stepper.setGranularity(Granularity.LAYER);
        stepper.next();
        assertEquals(2, stepper.getPosition()); // z_1^1 and z_2^1
        assertEquals("W^{1} x + b^{1}", stepper.getFormula().symbols().latex());
        assertTrue(stepper.getFormula().numbers().latex().contains("\\begin{bmatrix}"));
        assertEquals("step 2 of 36 · forward · z¹ · example 1 of 1", stepper.getStatus());
    }

    @Test
    void passGranularityShowsThePassAsTheListOfItsLayerEquationsAndMarksAllItsValues() {
        stepper.setGranularity(Granularity.PASS);
        stepper.next();
        java.util.List<String> equations = stepper.getFormulas().stream().map(f -> f.quantity().plain() + " = " + f.symbols().plain()).toList();
        assertEquals(java.util.List.of("z^1 = W^1 x + b^1", "a^1 = σ(z^1)", "z^2 = W^2 a^1 + b^2", "a^2 = σ(z^2)"), equations);
        // the window's diagram rings every z and a of the pass, not only the last step's
        for (String id : java.util.List.of("z-1-1", "z-2-2", "neuron-1-2", "neuron-2-1")) {
            assertTrue(stepper.getDiagram().find(id).orElseThrow().hasClass("current"), id);
        }
        // the panel typesets the list (numbers, and symbols only) without a TeX error
        new org.scilab.forge.jlatexmath.TeXFormula(FormulaPanel.texList(stepper.getFormulas(), true));
        new org.scilab.forge.jlatexmath.TeXFormula(FormulaPanel.texList(stepper.getFormulas(), false));
        stepper.setGranularity(Granularity.NEURON);
        assertEquals(1, stepper.getFormulas().size());
    }

    @Test
    void playingAdvancesOnEachBeatAndStopsAtTheEnd() {
        stepper.play();
        stepper.tick();
        stepper.tick();
        assertEquals(2, stepper.getPosition());
        while (stepper.isPlaying()) stepper.tick();
        assertEquals(36, stepper.getPosition());
        stepper.play(); // from the end, playing starts again
        assertEquals(0, stepper.getPosition());
        assertTrue(stepper.isPlaying());
    }

    @Test
    void aBadNumberIsRefusedAndChangesNothing() {
        var before = stepper.getScenario();
        assertEquals("not a number: \"0.4x\"", stepper.editWeight(2, 0, 0, "0.4x").orElseThrow());
        assertSame(before, stepper.getScenario());
        assertTrue(stepper.editLearningRate("−1").isPresent());
        assertTrue(stepper.setActivation(1, Activation.SOFTMAX).orElseThrow().contains("softmax"));
        assertSame(before, stepper.getScenario());
    }

    @Test
    void anEditRecomputesAndKeepsThePosition() {
        stepTo(StepKind.A, 2, 0);
        int position = stepper.getPosition();
        assertShows(0.75136507, label("neuron-2-1")); // out_o1
        assertTrue(stepper.editWeight(2, 0, 0, "−0.4").isEmpty()); // a true minus sign is accepted
        assertEquals(position, stepper.getPosition());
        assertEquals(-0.4, stepper.getScenario().network().layer(2).weight(0, 0));
        // out_o1 = σ(−0.4 × 0.593269992 + 0.45 × 0.596884378 + 0.6), computed here independently.
        double z = -0.4 * 0.593269992 + 0.45 * 0.596884378 + 0.6;
        assertShows(1 / (1 + Math.exp(-z)), label("neuron-2-1"));
    }

    @Test
    void inputsTargetsAndTheLearningRateAreEditable() {
        stepper.last();
        assertTrue(stepper.editInput(0, 0, "1").isEmpty());
        assertTrue(stepper.editTarget(0, 1, "0,5").isEmpty()); // a decimal comma is accepted
        assertTrue(stepper.editLearningRate("0.1").isEmpty());
        assertEquals(1.0, stepper.getScenario().example(0).x(0));
        assertEquals(0.5, stepper.getScenario().example(0).target(1));
        assertEquals(0.1, stepper.getScenario().learningRate());
        // w5+ = w5 − η ∂C/∂w5 with the new η, from the engine's own gradient.
        double gradient = stepper.getTimeline().value(ValueRef.meanWeightGradient(2, 0, 0));
        assertEquals(0.4 - 0.1 * gradient, stepper.getTimeline().value(ValueRef.updatedWeight(2, 0, 0)), 1e-15);
        assertEquals(36, stepper.getPosition());
    }

    @Test
    void aScenarioWithMoreStepsThanAPositionCountsIsRefused() {
        // 2 → 1000 → 1000: about a million gradient steps per example; 3000 examples make 3·10⁹.
        var hidden = deltaflow.model.Layer.ofFlat(Activation.SIGMOID, 2, new double[2000], new double[1000]);
        var output = deltaflow.model.Layer.ofFlat(Activation.SIGMOID, 1000, new double[1_000_000], new double[1000]);
        var example = new deltaflow.model.Example(new double[2], new double[1000]);
        var huge = new deltaflow.model.Scenario("huge", "", new deltaflow.model.Network(2, java.util.List.of(hidden, output)),
                deltaflow.model.Cost.SQUARED, java.util.Collections.nCopies(3000, example), 0.5, true);
        assertTrue(StepperViewModel.tooLarge(huge).orElseThrow().contains("too many to step through"));
        assertTrue(StepperViewModel.tooLarge(stepper.getScenario()).isEmpty());
    }

    @Test
    void anEditThatShortensTheTimelineClampsThePosition() {
        assertTrue(stepper.setTrainBiases(true).isEmpty());
        stepper.last();
        assertEquals(36 + 4, stepper.getPosition()); // four bias updates more
        assertTrue(stepper.setTrainBiases(false).isEmpty());
        assertEquals(36, stepper.getPosition());
    }

    @Test
    void loadingAScenarioStartsAgainWithNothingSelected() {
        stepper.select(ValueRef.weight(2, 0, 0));
        stepper.last();
        stepper.load(Scenarios.builtIn("xor"));
        assertEquals(0, stepper.getPosition());
        assertNull(stepper.getSelection());
        assertFalse(stepper.getStatus().contains("36"));
    }

    @Test
    void aSelectedNeuronStaysSelectedInTheNextExample() {
        stepper.load(Scenarios.builtIn("xor"));
        stepper.select(ValueRef.a(0, 1, 0));
        assertEquals(ValueRef.a(0, 1, 0), stepper.diagramOptions().selected());
        while (stepper.example() == 0) stepper.next();
        assertEquals(ValueRef.a(1, 1, 0), stepper.diagramOptions().selected());
    }

    @Test
    void theViewChoosesTheNetworkDrawn() {
        assertTrue(stepper.getDiagram().find("amp-1-1").isEmpty());
        stepper.setView(View.BOTH);
        assertTrue(stepper.getDiagram().find("amp-1-1").isPresent());
        assertTrue(stepper.getDiagram().find("neuron-1-1").isPresent());
    }

    @Test
    void theInspectorShowsAWeightOldAndNew() {
        stepper.last();
        InspectorViewModel w5 = InspectorViewModel.of(stepper.getTimeline(), stepper.getPosition(), ValueRef.weight(2, 0, 0), 0);
        assertEquals(InspectorViewModel.Kind.WEIGHT, w5.target().kind());
        assertEquals("w₁₁²", w5.rows().get(0).symbol());
        assertEquals("0.4 → 0.3589", w5.rows().get(3).value()); // Mazur: w5+ = 0.35891648
        stepper.first();
        InspectorViewModel early = InspectorViewModel.of(stepper.getTimeline(), stepper.getPosition(), ValueRef.weight(2, 0, 0), 0);
        assertEquals("0.4 → ?", early.rows().get(3).value());
    }

    @Test
    void theInspectorShowsANeuronsValuesAsTheyAreComputed() {
        stepTo(StepKind.DELTA, 1, 0);
        InspectorViewModel h1 = InspectorViewModel.of(stepper.getTimeline(), stepper.getPosition(), ValueRef.a(0, 1, 0), 0);
        assertShows(0.3775, h1.rows().get(0).value());        // net_h1
        assertShows(0.593269992, h1.rows().get(1).value());   // out_h1
        assertShows(0.241300709, h1.rows().get(2).value());   // σ'(net_h1)
        assertShows(0.008771354, h1.rows().get(3).value());   // δ_h1
        InspectorViewModel h2 = InspectorViewModel.of(stepper.getTimeline(), stepper.getPosition(), ValueRef.a(0, 1, 1), 0);
        assertEquals("?", h2.rows().get(3).value());          // δ_2^1 comes next
    }

    @Test
    void aColumnOpensAndClosesByItsHeaderAndANewScenarioForgetsIt() {
        StepperViewModel big = new StepperViewModel(Scenarios.builtIn("mnist-shaped"));
        big.setViewport(1480, 660);
        assertTrue(big.getDiagram().find("summary-forward-1").isPresent(), "128 neurons in a 660 px column: a summary");
        big.toggleSummary("header-forward-1");
        assertTrue(big.getDiagram().find("summary-forward-1").isEmpty());
        assertTrue(big.getDiagram().find("neuron-1-128-circle").isPresent());
        assertEquals(java.util.Map.of("header-forward-1", false), big.summaries());
        big.setView(View.REVERSE);
        big.toggleSummary("header-reverse-2");
        assertTrue(big.getDiagram().find("amp-2-64-shape").isPresent());
        big.toggleSummary("header-reverse-2");
        assertTrue(big.getDiagram().find("summary-reverse-2").isPresent());
        // Mazur's narrow layers close into a summary too, when asked.
        big.load(Scenarios.builtIn("mazur"));
        assertTrue(big.summaries().isEmpty());
        big.setView(View.FORWARD);
        big.toggleSummary("header-forward-1");
        assertTrue(big.getDiagram().find("summary-forward-1").isPresent());
        assertTrue(big.getDiagram().find("neuron-1-1-circle").isEmpty());
    }
}
