package deltaflow.model;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole mini-batch update against central differences of the total cost C = 1/R Σ_r C^r (not of one
 * C^r), on random networks of every activation × cost with R = 1…5 examples. C and its differences come from
 * {@link Reference}, the definitions written out again in the test; the program's numbers checked are those it
 * shows: the mean gradient ∂C/∂θ, the update θ ← θ − η ∂C/∂θ (θ − θ' must be η times the difference), and C.
 */
class GradientCheckProperties {
    private static final double H = 1e-5;

    @Property(tries = 1000)
    void theMeanGradientAndTheUpdateFollowTheCentralDifferenceOfC(@ForAll Activation activation, @ForAll Cost cost, @ForAll long seed,
                                                                  @ForAll @IntRange(min = 1, max = 5) int batch, @ForAll boolean trainBiases) {
        Scenario scenario = RandomNetworks.of(activation, cost, seed, batch).withTrainBiases(trainBiases);
        // A perturbation of 1e-5 moves z by far less than 1e-3, so no difference straddles a ReLU kink.
        Assume.that(RandomNetworks.closestKink(scenario) > 1e-3);
        // ln(1 − y) of a saturated output has lost most of its digits (1 − y is rounded near y = 1), which
        // the difference quotient divides by 2h: keep the log costs' outputs away from 0 and 1.
        Assume.that(cost == Cost.SQUARED || cost == Cost.NORM || RandomNetworks.closestSaturation(scenario) > 1e-3);
        Network network = scenario.network();
        Timeline timeline = Timeline.of(scenario);
        Network updated = timeline.trace().updated();
        double eta = scenario.learningRate();
        String where = activation + " × " + cost + ", R = " + batch + " in " + network;

        double c = Reference.totalCost(scenario, network);
        assertEquals(c, timeline.value(ValueRef.totalCost()), 1e-12 * Math.max(1, Math.abs(c)), () -> "C = 1/R Σ Cʳ, " + where);

        for (int l = 1; l <= network.depth(); l++) {
            Layer layer = network.layer(l);
            for (int i = 0; i < layer.size(); i++) {
                for (int j = 0; j < layer.inputs(); j++) {
                    double w = layer.weight(i, j);
                    double central = (Reference.totalCost(scenario, network.withWeight(l, i, j, w + H))
                            - Reference.totalCost(scenario, network.withWeight(l, i, j, w - H))) / (2 * H);
                    String name = "w_" + (i + 1) + (j + 1) + "^" + l + ", " + where;
                    assertClose(central, timeline.value(ValueRef.meanWeightGradient(l, i, j)), "∂C/∂" + name);
                    assertClose(central, (w - updated.layer(l).weight(i, j)) / eta, "(w − w')/η of " + name);
                }
                double b = layer.bias(i);
                double central = (Reference.totalCost(scenario, network.withBias(l, i, b + H))
                        - Reference.totalCost(scenario, network.withBias(l, i, b - H))) / (2 * H);
                String name = "b_" + (i + 1) + "^" + l + ", " + where;
                assertClose(central, timeline.value(ValueRef.meanBiasGradient(l, i)), "∂C/∂" + name);
                if (trainBiases) assertClose(central, (b - updated.layer(l).bias(i)) / eta, "(b − b')/η of " + name);
                else assertEquals(b, updated.layer(l).bias(i), 0.0, "an untrained bias stays: " + name);
            }
        }
        Statistics.label("activation × cost").collect(activation, cost);
        Statistics.label("R").collect(batch);
        Statistics.label("activation × cost").coverage(coverage -> {
            for (Activation a : Activation.values()) for (Cost k : Cost.values()) coverage.check(a, k).count(n -> n > 0);
        });
        Statistics.label("R").coverage(coverage -> {
            for (int r = 1; r <= 5; r++) coverage.check(r).count(n -> n > 0);
        });
    }

    /** The program's gradient check (View ▸ Gradient check…) agrees with backpropagation on the same networks. */
    @Property(tries = 300)
    void theGradientCheckAgreesWithBackprop(@ForAll Activation activation, @ForAll Cost cost, @ForAll long seed,
                                            @ForAll @IntRange(min = 1, max = 5) int batch) {
        Scenario scenario = RandomNetworks.of(activation, cost, seed, batch);
        Assume.that(RandomNetworks.closestKink(scenario) > 1e-3);
        Assume.that(cost == Cost.SQUARED || cost == Cost.NORM || RandomNetworks.closestSaturation(scenario) > 1e-3);
        List<GradientCheck.Entry> entries = GradientCheck.check(scenario);
        assertEquals(scenario.network().parameterCount(), entries.size());
        for (GradientCheck.Entry e : entries) {
            assertClose(e.numerical(), e.backprop(), activation + " × " + cost + ", " + e + " in " + scenario.network());
        }
    }

    private static void assertClose(double central, double actual, String what) {
        double allowed = 1e-7 + 1e-5 * Math.abs(central);
        assertTrue(Math.abs(actual - central) <= allowed, () -> what + ": " + actual + ", central difference " + central);
    }
}
