package deltaflow.ui.lesson.state;


import deltaflow.model.Numbers;
import deltaflow.model.Scenarios;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The numbers each lesson shows. */
class LessonTableTest {
    private static LessonTable table(Lesson lesson) {
        return LessonTable.of(lesson, Scenarios.builtIn(lesson.scenario()));
    }

    private static LessonTable.Row last(LessonTable t) { return t.rows().get(t.rows().size() - 1); }

    @Test
    void updateOrderShowsMazursPublishedCostBesideTheRightOne() {
        LessonTable.Row cost = last(table(Lesson.UPDATE_ORDER));
        assertEquals("lesson.costAfter", cost.label());
        assertEquals("0.291027774", Numbers.format(cost.values().get(0), LessonTable.DIGITS));
        assertEquals("0.291027924", Numbers.format(cost.values().get(1), LessonTable.DIGITS));
        assertTrue(cost.marked().get(1));
    }

    @Test
    void updateOrderMarksOnlyTheFirstLayer() {
        for (LessonTable.Row row : table(Lesson.UPDATE_ORDER).rows()) {
            if (row.label().endsWith("²")) assertFalse(row.marked().get(1), row.label() + " is the same either way");
            if (row.label().startsWith("w") && row.label().endsWith("¹")) assertTrue(row.marked().get(1), row.label());
        }
    }

    @Test
    void forgettingTheGainAndNotTransposingBothChangeTheCost() {
        for (Lesson lesson : List.of(Lesson.FORGET_GAIN, Lesson.NOT_TRANSPOSED)) {
            LessonTable.Row cost = last(table(lesson));
            assertNotEquals(cost.values().get(0), cost.values().get(1), lesson.id());
            assertEquals(0.291027774, cost.values().get(0), 5e-10);
        }
        // Without the gain the output weight moves by a_1^1 ∂C/∂y_1 = 0.593269992 × 0.74136507 × 0.5.
        LessonTable.Row w11 = table(Lesson.FORGET_GAIN).rows().stream().filter(r -> r.label().equals("w₁₁²")).findFirst().orElseThrow();
        assertEquals(0.40 - 0.5 * 0.593269992 * 0.74136507, w11.values().get(1), 1e-8);
    }

    @Test
    void theVanishingLessonShowsDeltaShrinkingTowardsTheInput() {
        List<LessonTable.Row> rows = table(Lesson.VANISHING).rows();
        assertEquals("δ⁴", rows.get(0).label());
        for (int k = 1; k < rows.size(); k++) {
            assertTrue(rows.get(k).values().get(0) < rows.get(k - 1).values().get(0), rows.get(k).label());
        }
        assertTrue(rows.get(rows.size() - 1).marked().get(0), "δ^1 has all but vanished");
    }

    @Test
    void theDeadReluKeepsItsWeightsThroughEveryUpdate() {
        LessonTable t = table(Lesson.DEAD_RELU);
        assertEquals(LessonTable.UPDATES + 1, t.rows().size());
        LessonTable.Row first = t.rows().get(0), end = last(t);
        assertEquals("w₂₁¹", t.headers().get(1));
        assertEquals(0.5, first.values().get(0));
        assertEquals(first.values().get(0), end.values().get(0)); // w_21^1 never moves
        assertEquals(-3.0, end.values().get(1));                   // nor b_2^1
        for (LessonTable.Row row : t.rows()) {
            assertEquals(0.0, row.values().get(2));
            assertTrue(row.marked().get(2));
        }
        assertNotEquals(first.values().get(3), end.values().get(3), "the live neuron learns");
    }
}
