package deltaflow.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The lecture's first slide on a mini-batch of R = 4: C = 1/R Σ_r C^r and ∂C/∂θ = 1/R Σ_r ∂C^r/∂θ, on the
 * built-in xor scenario (2-2-1 sigmoid, squared cost, η = 1, biases trained).
 *
 * <p>Every number below was computed outside deltaflow by {@code src/test/resources/deltaflow/model/xor_reference.py}
 * (run with {@code /usr/bin/python3}): each example's gradients written out by the chain rule by hand for this one
 * 2-2-1 network, averaged over the four examples, and checked there against central differences of C taken with
 * Python's decimal module at 50 digits (agreeing to 1e-15). The printed reprs are pasted here unchanged.
 */
class XorMiniBatchTest {
    private static final double TOLERANCE = 1e-15;
    private final Timeline xor = Timeline.of(Scenarios.builtIn("xor"));

    /** C^r of the four examples (0,0)→0, (0,1)→1, (1,0)→1, (1,1)→0, and C, their mean. */
    private static final double[] EXAMPLE_COSTS = {0.20885932209179797, 0.05778553195207689, 0.05876367623899133, 0.22573944119453623};
    private static final double COST = 0.1377869928693506;

    /** Per parameter: ∂C^r/∂θ for r = 1..4, then the mean ∂C/∂θ, then θ − η ∂C/∂θ. */
    private record Parameter(ValueRef ref, double[] perExample, double mean, double updated) {}

    private static final List<Parameter> PARAMETERS = List.of(
            new Parameter(ValueRef.weight(1, 0, 0), new double[] {0.0, -0.0, -0.02150329903930747, 0.0444083550276422}, 0.005726263997083682, 0.7942737360029164),
            new Parameter(ValueRef.weight(1, 0, 1), new double[] {0.0, -0.019202223217884316, -0.0, 0.0444083550276422}, 0.0063015329524394705, -0.6063015329524395),
            new Parameter(ValueRef.weight(1, 1, 0), new double[] {0.0, -0.0, -0.01943749731911953, 0.039830185645665823}, 0.005098172081636573, -0.7050981720816365),
            new Parameter(ValueRef.weight(1, 1, 1), new double[] {0.0, -0.016497707795756458, -0.0, 0.039830185645665823}, 0.0058331194624773415, 0.8941668805375227),
            new Parameter(ValueRef.bias(1, 0), new double[] {0.043637284375781654, -0.019202223217884316, -0.02150329903930747, 0.0444083550276422}, 0.011835029286558017, -0.261835029286558),
            new Parameter(ValueRef.bias(1, 1), new double[] {0.04052771551554886, -0.016497707795756458, -0.01943749731911953, 0.039830185645665823}, 0.011105674011584674, 0.08889432598841533),
            new Parameter(ValueRef.weight(2, 0, 0), new double[] {0.06468502968229166, -0.022841283456517168, -0.04897829749441018, 0.0722090741863414}, 0.016268630729426428, 1.1837313692705735),
            new Parameter(ValueRef.weight(2, 0, 1), new double[] {0.07756160734488786, -0.05576647918926215, -0.02736820184036252, 0.0850866477698683}, 0.019878393521282872, 1.0801216064787171),
            new Parameter(ValueRef.bias(2, 0), new double[] {0.1477422518735551, -0.07628182038950677, -0.0772363169465692, 0.14812038677451417}, 0.035586125327998326, -0.5355861253279983));

    @Test
    void eachExamplesCostAndTheirMean() {
        assertEquals(4, xor.scenario().batchSize());
        for (int r = 0; r < 4; r++) assertEquals(EXAMPLE_COSTS[r], xor.value(ValueRef.cost(r)), TOLERANCE, "C^" + (r + 1));
        assertEquals(COST, xor.value(ValueRef.totalCost()), TOLERANCE, "C = 1/R Σ C^r");
    }

    @Test
    void eachExamplesGradientsTheirMeanAndTheUpdate() {
        for (Parameter p : PARAMETERS) {
            boolean weight = p.ref().quantity() == Quantity.WEIGHT;
            int l = p.ref().layer(), i = p.ref().neuron(), j = p.ref().source();
            for (int r = 0; r < 4; r++) {
                ValueRef perExample = weight ? ValueRef.weightGradient(r, l, i, j) : ValueRef.biasGradient(r, l, i);
                assertEquals(p.perExample()[r], xor.value(perExample), TOLERANCE, perExample::toString);
            }
            ValueRef mean = weight ? ValueRef.meanWeightGradient(l, i, j) : ValueRef.meanBiasGradient(l, i);
            assertEquals(p.mean(), xor.value(mean), TOLERANCE, mean::toString);
            ValueRef updated = weight ? ValueRef.updatedWeight(l, i, j) : ValueRef.updatedBias(l, i);
            assertEquals(p.updated(), xor.value(updated), TOLERANCE, updated::toString);
        }
    }

    /** The fast path used for training gives the same update and cost as the step engine. */
    @Test
    void theTrainerTakesTheSameStep() {
        Scenario scenario = xor.scenario();
        Trainer trainer = new Trainer(scenario.network());
        Network next = trainer.step(scenario.network(), scenario.cost(), scenario.examples(), scenario.learningRate(), scenario.trainBiases());
        assertEquals(COST, trainer.lastCost(), TOLERANCE);
        for (Parameter p : PARAMETERS) {
            Layer layer = next.layer(p.ref().layer());
            double actual = p.ref().quantity() == Quantity.WEIGHT ? layer.weight(p.ref().neuron(), p.ref().source()) : layer.bias(p.ref().neuron());
            assertEquals(p.updated(), actual, TOLERANCE, p.ref()::toString);
        }
    }
}
