package deltaflow.model;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The step engine's invariants on random networks of every activation × cost, biases trained or not, and every
 * step's value against {@link Reference.Update}, a second implementation of the lecture's equations.
 */
class TimelineProperties {

    @Property(tries = 300)
    void everyStepUsesOnlyKnownValuesAndRevealsItsOwn(@ForAll Activation activation, @ForAll Cost cost, @ForAll long seed,
                                                      @ForAll boolean trainBiases) {
        Scenario scenario = RandomNetworks.of(activation, cost, seed).withTrainBiases(trainBiases);
        Timeline t = Timeline.of(scenario);
        Reference.Update reference = new Reference.Update(scenario);
        assertEquals(Timeline.countSteps(scenario.network(), scenario.batchSize(), trainBiases), t.size());
        Set<ValueRef> seen = new HashSet<>();
        for (int k = 0; k < t.size(); k++) {
            Step step = t.step(k);
            assertTrue(seen.add(step.result()), () -> "computed twice: " + step);
            assertEquals(k, t.indexOf(step.result()));
            double expected = reference.value(step.result());
            assertEquals(expected, step.value(), 1e-9 * Math.max(1, Math.abs(expected)), () -> "against the reference: " + step);
            assertFalse(t.isKnown(step.result(), k));
            for (ValueRef op : t.operands(step)) assertTrue(t.isKnown(op, k), () -> step + " uses " + op);
            assertFalse(t.formula(step, 4).full().plain().isBlank());
        }
        for (Granularity g : Granularity.values()) {
            for (int p = 0; p <= t.size(); p++) {
                int q = t.next(p, g);
                assertTrue(p == t.size() ? q == p : q > p);
                assertEquals(q, t.next(t.previous(q, g), g), g + " from " + q);
            }
        }
    }
}
