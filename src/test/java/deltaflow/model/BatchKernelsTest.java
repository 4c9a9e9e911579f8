package deltaflow.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The mini-batch kernels (two examples per weight row, four gradients per sweep) must round exactly as one
 * example at a time does: the trainer, the trace and a single pass give bit-identical numbers.
 */
class BatchKernelsTest {
    /** 784-128-64-10 with 7 examples: odd, so the one-example and three-example remainders run too. */
    private final Scenario scenario = RandomNetworks.mnistSized(7, 3);
    private final Trace trace = Trace.of(scenario);

    @Test
    void aBatchedPassEqualsASinglePassBitForBit() {
        Network network = scenario.network();
        for (int r = 0; r < scenario.batchSize(); r++) {
            Pass single = new Pass(network).run(network, scenario.cost(), scenario.example(r));
            for (int l = 1; l <= network.depth(); l++) {
                for (int i = 0; i < network.size(l); i++) {
                    assertEquals(single.z(l, i), trace.pass(r).z(l, i), 0.0);
                    assertEquals(single.delta(l, i), trace.pass(r).delta(l, i), 0.0);
                }
            }
            assertEquals(single.cost(), trace.pass(r).cost(), 0.0);
        }
    }

    @Test
    void gradientsAddedAllAtOnceEqualThoseAddedOneByOne() {
        Network network = scenario.network();
        GradientSum oneByOne = new GradientSum(network);
        for (int r = 0; r < scenario.batchSize(); r++) oneByOne.add(new Pass(network).run(network, scenario.cost(), scenario.example(r)));
        for (int l = 1; l <= network.depth(); l++) {
            for (int i = 0; i < network.size(l); i++) {
                assertEquals(oneByOne.meanBiasGradient(l, i), trace.meanBiasGradient(l, i), 0.0);
                for (int j = 0; j < network.size(l - 1); j++) {
                    assertEquals(oneByOne.meanWeightGradient(l, i, j), trace.meanWeightGradient(l, i, j), 0.0);
                }
            }
        }
        assertEquals(oneByOne.meanCost(), trace.totalCost(), 0.0);
        assertEquals(oneByOne.update(network, scenario.learningRate(), true), trace.updated());
    }

    @Test
    void theTrainerComputesWhatTheStepEngineShows() {
        Trainer trainer = new Trainer(scenario.network());
        Network updated = trainer.step(scenario.network(), scenario.cost(), scenario.examples(), scenario.learningRate(), true);
        assertEquals(trace.updated(), updated);
        assertEquals(trace.totalCost(), trainer.lastCost(), 0.0);
        // A smaller batch after a larger one reuses the buffers.
        Network again = trainer.step(scenario.network(), scenario.cost(), List.of(scenario.example(0)), scenario.learningRate(), true);
        assertEquals(Trace.of(new Scenario("", "", scenario.network(), scenario.cost(), List.of(scenario.example(0)), scenario.learningRate(), true)).updated(), again);
    }

    @Test
    void theUpdatedNetworkSharesNoArraysWithTheTrainer() {
        Trainer trainer = new Trainer(scenario.network());
        Network first = trainer.step(scenario.network(), scenario.cost(), scenario.examples(), scenario.learningRate(), true);
        double w = first.layer(1).weight(3, 5);
        trainer.step(first, scenario.cost(), scenario.examples(), scenario.learningRate(), true);
        assertEquals(w, first.layer(1).weight(3, 5), 0.0);
    }
}
