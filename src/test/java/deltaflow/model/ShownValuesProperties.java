package deltaflow.model;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the window, the trace and the exports show as a value, against {@link Reference}'s independent
 * definitions: z, a, the amplifier gains σ'(z) of every activation (for softmax the diagonal y(1 − y), shown
 * for reference), each C^r and ∂C^r/∂y_n of every cost. Read through the step engine, as the window reads them.
 */
class ShownValuesProperties {

    @Property(tries = 300)
    void gainsCostsAndCostGradientsMatchTheirDefinitions(@ForAll Activation activation, @ForAll Cost cost, @ForAll long seed,
                                                         @ForAll @IntRange(min = 1, max = 5) int batch) {
        Scenario scenario = RandomNetworks.of(activation, cost, seed, batch);
        Network network = scenario.network();
        Timeline timeline = Timeline.of(scenario);
        int depth = network.depth();
        for (int r = 0; r < batch; r++) {
            Example example = scenario.example(r);
            double[][] z = Reference.weightedInputs(network, example.x());
            for (int l = 1; l <= depth; l++) {
                Activation sigma = network.layer(l).activation();
                for (int i = 0; i < network.size(l); i++) {
                    String where = sigma + " layer " + l + " neuron " + (i + 1) + " example " + (r + 1) + " of " + network;
                    assertNear(z[l][i], timeline.value(ValueRef.z(r, l, i)), "z " + where);
                    assertNear(Reference.sigma(sigma, z[l], i), timeline.value(ValueRef.a(r, l, i)), "a " + where);
                    assertNear(Reference.gain(sigma, z[l], i), timeline.value(ValueRef.gain(r, l, i)), "σ'(z) " + where);
                }
            }
            double[] y = Reference.output(network, example.x());
            double[] target = example.target();
            assertNear(Reference.cost(cost, y, target), timeline.value(ValueRef.cost(r)), cost + " Cʳ of example " + (r + 1));
            for (int n = 0; n < y.length; n++) {
                assertNear(Reference.costGradient(cost, y, target, n), timeline.value(ValueRef.costGradient(r, n)),
                        cost + " ∂C/∂y_" + (n + 1) + " of example " + (r + 1));
            }
        }
    }

    /** The four costs' derivatives at one hand-picked point, worked on paper: y = (0.8, 0.3), ŷ = (1, 0). */
    @org.junit.jupiter.api.Test
    void costGradientsAtAPointWorkedByHand() {
        double[] y = {0.8, 0.3}, target = {1, 0}, out = new double[2];
        Cost.SQUARED.gradient(y, target, out); // y − ŷ
        assertEquals(-0.2, out[0], 1e-15);
        assertEquals(0.3, out[1], 1e-15);
        Cost.NORM.gradient(y, target, out); // (y − ŷ)/‖y − ŷ‖, ‖(−0.2, 0.3)‖ = √0.13
        assertEquals(-0.2 / Math.sqrt(0.13), out[0], 1e-15);
        assertEquals(0.3 / Math.sqrt(0.13), out[1], 1e-15);
        Cost.CROSS_ENTROPY.gradient(y, target, out); // −ŷ/y
        assertEquals(-1.25, out[0], 1e-15);
        assertEquals(0.0, out[1], 0.0);
        Cost.BINARY_CROSS_ENTROPY.gradient(y, target, out); // (y − ŷ)/(y(1 − y)): −0.2/0.16, 0.3/0.21
        assertEquals(-1.25, out[0], 1e-14);
        assertEquals(0.3 / 0.21, out[1], 1e-14);
    }

    private static void assertNear(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-12 + 1e-10 * Math.abs(expected), what);
    }
}
