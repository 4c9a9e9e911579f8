package deltaflow.model;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Backpropagation against central differences of C, on random networks, for every activation × cost. */
class GradientCheckProperties {

    @Property(tries = 1000)
    void backpropMatchesCentralDifferences(@ForAll Activation activation, @ForAll Cost cost, @ForAll long seed) {
        Scenario scenario = RandomScenarios.of(activation, cost, seed);
        // A perturbation of 1e-5 moves z by far less than 1e-3, so no difference straddles a ReLU kink.
        Assume.that(RandomScenarios.closestKink(scenario) > 1e-3);
        // ln(1 − y) of a saturated output has lost most of its digits (1 − y is rounded near y = 1), which
        // the difference quotient divides by 2h: keep the log costs' outputs away from 0 and 1.
        Assume.that(cost == Cost.SQUARED || cost == Cost.NORM || RandomScenarios.closestSaturation(scenario) > 1e-3);
        List<GradientCheck.Entry> entries = GradientCheck.check(scenario);
        assertEquals(scenario.network().parameterCount(), entries.size());
        for (GradientCheck.Entry e : entries) {
            double allowed = 1e-7 + 1e-5 * Math.abs(e.numerical());
            assertTrue(Math.abs(e.backprop() - e.numerical()) <= allowed,
                    () -> activation + " × " + cost + ", " + e + " in " + scenario.network() + " outputs " + outputs(scenario));
        }
        Statistics.collect(activation, cost);
        Statistics.coverage(coverage -> {
            for (Activation a : Activation.values()) for (Cost c : Cost.values()) coverage.check(a, c).count(n -> n > 0);
        });
    }

    private static String outputs(Scenario scenario) {
        Trace trace = Trace.of(scenario);
        StringBuilder sb = new StringBuilder();
        int depth = scenario.network().depth();
        for (int r = 0; r < trace.batchSize(); r++) {
            for (int n = 0; n < scenario.network().outputs(); n++) sb.append(trace.pass(r).a(depth, n)).append(" (z ").append(trace.pass(r).z(depth, n)).append(") ");
        }
        return sb.toString();
    }
}
