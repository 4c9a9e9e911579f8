package deltaflow.model;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExerciseTest {
    private final Timeline mazur = Timeline.of(Scenarios.builtIn("mazur"));

    private Step firstDelta() {
        return mazur.step(mazur.phaseStart(Phase.BACKWARD, 0)); // δ_1^2 = 0.138498562
    }

    @Test
    void judgesARightAndAWrongPredictionAndKeepsScore() {
        Exercise exercise = Exercise.of(EnumSet.of(Exercise.Topic.DELTA));
        Step delta1 = firstDelta();
        Step delta2 = mazur.step(delta1.index() + 1);   // δ_2^2 = −0.038098236

        exercise = exercise.answer(delta1, 0.1385).answer(delta2, 0.038); // sign forgotten
        assertTrue(exercise.verdict(delta1.index()).correct());
        assertFalse(exercise.verdict(delta2.index()).correct());
        assertEquals(2, exercise.answered());
        assertEquals(1, exercise.correct());
    }

    @Test
    void onlyTheFirstAnswerCounts() {
        Step delta = firstDelta();
        Exercise once = Exercise.of(EnumSet.of(Exercise.Topic.DELTA)).answer(delta, 1.0);
        assertSame(once, once.answer(delta, 0.138498562));
        assertEquals(0, once.correct());
    }

    @Test
    void asksOnlyTheChosenTopicsAndCountsThem() {
        Exercise exercise = Exercise.of(EnumSet.of(Exercise.Topic.DELTA, Exercise.Topic.UPDATE));
        assertFalse(exercise.asks(mazur.step(0)));
        assertEquals(4 + 8, exercise.questions(mazur)); // four δ, eight weight updates (biases held fixed)
        assertThrows(IllegalArgumentException.class, () -> exercise.answer(mazur.step(0), 0.3775));
    }

    @Test
    void toleranceIsOnePercentOrHalfAThousandthNearZero() {
        assertTrue(Exercise.withinTolerance(0.1397, 0.1385));
        assertFalse(Exercise.withinTolerance(0.1400, 0.1385));
        assertTrue(Exercise.withinTolerance(0.0, 0.0004));
        assertFalse(Exercise.withinTolerance(0.0, 0.0006));
    }

    @Test
    void theHintNamesTheOperandsWithTheirValues() {
        // z, not σ'(z): the gain is revealed by the δ step itself, so working it out is part of the exercise.
        Step delta11 = mazur.step(mazur.phaseStart(Phase.BACKWARD, 0) + 2); // δ_1^1
        assertEquals(java.util.List.of("z_1^1 = 0.3775", "w_11^2 = 0.4", "δ_1^2 = 0.1385", "w_21^2 = 0.5", "δ_2^2 = −0.0381"),
                Exercise.hint(mazur, delta11, 4).stream().map(MathText::plain).toList());
    }
}
