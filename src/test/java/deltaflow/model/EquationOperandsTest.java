package deltaflow.model;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The formula a student reads and the operands the board highlights come from one {@link Equation}: every number the
 * text shows is an operand, and every operand is in the text (its number, or its symbol where the text does not repeat
 * a number), for every step of every built-in scenario under every cost.
 */
class EquationOperandsTest {
    private static final int DIGITS = 4;

    @Test
    void everyNumberAFormulaShowsIsAHighlightedOperand() {
        forEveryStep((timeline, step) -> {
            Set<ValueRef> operands = new HashSet<>(timeline.operands(step));
            for (ValueRef read : numbersShown(timeline, step)) {
                if (!operands.contains(read)) fail(where(timeline, step) + " shows " + read + ", not among its operands " + operands);
            }
        });
    }

    @Test
    void everyHighlightedOperandIsInTheFormula() {
        forEveryStep((timeline, step) -> {
            Network network = timeline.trace().network();
            boolean elided = timeline.trace().batchSize() > EquationText.MAX_TERMS;
            for (int l = 0; l <= network.depth(); l++) elided |= network.size(l) > EquationText.MAX_TERMS;
            if (elided) return; // a long sum shows its first and last terms only
            Set<ValueRef> shown = numbersShown(timeline, step);
            String symbols = timeline.formula(step, DIGITS).symbols().plain();
            for (ValueRef operand : timeline.operands(step)) {
                assertTrue(shown.contains(operand) || symbols.contains(Notation.symbol(operand).plain()),
                        () -> where(timeline, step) + ": operand " + operand + " is neither a number nor a symbol of " + symbols);
            }
        });
    }

    /** The check bites: an operand list that lost one of the text's operands is caught. */
    @Test
    void aFormulaReadingAValueOutsideItsOperandsIsCaught() {
        Timeline mazur = Timeline.of(Scenarios.builtIn("mazur"));
        Step z = mazur.step(0);
        List<ValueRef> operands = mazur.operands(z);
        Set<ValueRef> shown = numbersShown(mazur, z);
        assertTrue(shown.containsAll(operands));
        assertFalse(new HashSet<>(operands.subList(1, operands.size())).containsAll(shown));
    }

    /** What the formula's numbers read, as the formula panel writes it. */
    private static Set<ValueRef> numbersShown(Timeline timeline, Step step) {
        Set<ValueRef> reads = new HashSet<>();
        Equations.of(step, timeline.trace().network()).scalar(step, new EquationValues(timeline, DIGITS, reads::add));
        return reads;
    }

    private interface StepCheck { void check(Timeline timeline, Step step); }

    private static void forEveryStep(StepCheck check) {
        int steps = 0;
        for (String name : Scenarios.BUILT_IN) {
            for (Cost cost : Cost.values()) {
                Timeline timeline = Timeline.of(Scenarios.builtIn(name).withCost(cost));
                for (int k = 0; k < timeline.size(); k++, steps++) check.check(timeline, timeline.step(k));
            }
        }
        assertTrue(steps > 1000, "checked " + steps + " steps");
    }

    private static String where(Timeline timeline, Step step) {
        return timeline.scenario().title() + " (" + timeline.scenario().cost().id() + ") step " + step.index() + " " + step.kind();
    }
}
