package deltaflow.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MisconceptionTest {
    private final Scenario mazur = Scenarios.builtIn("mazur");

    private double errorAfter(Network updated) {
        return Trace.of(mazur.withNetwork(updated)).totalCost();
    }

    @Test
    void updatingTheOutputWeightsFirstReproducesMazursPublishedErratum() {
        // Mazur's post prints 0.291027924 after one update; the right value is 0.291027774.
        assertEquals(0.291027924, errorAfter(Misconception.UPDATE_BEFORE_BACKPROPAGATING.update(mazur)), 5e-10);
        assertEquals(0.291027774, errorAfter(Trace.of(mazur).updated()), 5e-10);
    }

    @Test
    void theOutputLayerIsTheSameEitherWayOnlyEarlierLayersDiffer() {
        Network wrong = Misconception.UPDATE_BEFORE_BACKPROPAGATING.update(mazur);
        Network right = Trace.of(mazur).updated();
        assertEquals(right.layer(2), wrong.layer(2));
        assertNotEquals(right.layer(1).weight(0, 0), wrong.layer(1).weight(0, 0));
    }

    @Test
    void forgettingTheGainChangesTheOutputDeltaByExactlyThatFactor() {
        Network wrong = Misconception.FORGET_GAIN.update(mazur);
        Trace trace = Trace.of(mazur);
        // Without σ'(z^L), ∂C/∂w_11^2 = a_1^1 ∂C/∂y_1 instead of a_1^1 σ'(z_1^2) ∂C/∂y_1.
        double expected = 0.40 - 0.5 * trace.pass(0).a(1, 0) * trace.pass(0).costGradient(0);
        assertEquals(expected, wrong.layer(2).weight(0, 0), 1e-15);
    }

    @Test
    void untransposedWeightsNeedSquareMatrices() {
        assertTrue(Misconception.WEIGHTS_NOT_TRANSPOSED.appliesTo(mazur.network()));
        assertFalse(Misconception.WEIGHTS_NOT_TRANSPOSED.appliesTo(Scenarios.builtIn("default").network()));
        Network wrong = Misconception.WEIGHTS_NOT_TRANSPOSED.update(mazur);
        assertNotEquals(Trace.of(mazur).updated().layer(1), wrong.layer(1));
    }
}
