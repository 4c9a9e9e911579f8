package deltaflow.model.train;

import deltaflow.model.Activation;
import deltaflow.model.Network;
import deltaflow.model.Regularization;
import deltaflow.model.Scenario;
import deltaflow.model.Timeline;
import deltaflow.model.ValueRef;
import deltaflow.model.data.DataSet;
import deltaflow.model.data.Digits;
import deltaflow.model.data.Feature;
import deltaflow.model.data.Generator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One arithmetic: after k updates of training, the step engine's timeline for update k+1 — built from the
 * same weights and mini-batch — shows exactly the gradients and new weights training computes. Compared
 * with ==, every ∂C/∂w, ∂C/∂b and every updated weight and bias.
 */
class OneArithmeticTest {
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 25, 26, 260, 513})
    void anUpdateOfTrainingIsTheStepEnginesUpdate(int k) {
        DataSet data = DataSet.planar(Generator.SPIRAL, 500, 0.2, 0.5, 3, EnumSet.allOf(Feature.class));
        Network network = Initializer.network(new int[] {7, 8, 5, 1}, Activation.TANH, Activation.TANH, 5);
        Training training = new Training(data, network, TrainingSettings.defaults(9).withBatchSize(10));
        for (int u = 0; u < k; u++) training.step();
        assertUpdateMatches(training);
    }

    @Test
    void digitsWithSoftmaxAndAnOddBatch() {
        DataSet data = Digits.dataSet(Digits.DEFAULT_TRAIN, 2);
        Network network = Initializer.network(new int[] {64, 32, 10}, Activation.TANH, Activation.SOFTMAX, 2);
        Training training = new Training(data, network, TrainingSettings.defaults(4).withBatchSize(7).withLearningRate(0.1));
        for (int u = 0; u < 250; u++) training.step(); // past the end of the first epoch (200 updates)
        assertUpdateMatches(training);
    }

    @Test
    void theLastShortBatchOfAnEpochToo() {
        DataSet data = DataSet.planar(Generator.XOR, 500, 0.1, 0.5, 3, Feature.defaults());
        Training training = new Training(data, Initializer.network(new int[] {2, 4, 1}, Activation.RELU, Activation.TANH, 3),
                TrainingSettings.defaults(1).withBatchSize(12)); // 250 = 20 × 12 + 10
        for (int u = 0; u < 20; u++) training.step();
        assertEquals(10, training.nextUpdate().batchSize());
        assertUpdateMatches(training);
    }

    /** With a penalty the gradient step is still the engine's; the penalty's move is applied to the engine's w⁺. */
    @ParameterizedTest
    @ValueSource(strings = {"l1", "l2"})
    void aPenaltyMovesTheEnginesUpdatedWeights(String penalty) {
        Regularization regularization = Regularization.byId(penalty).orElseThrow();
        DataSet data = DataSet.planar(Generator.CIRCLE, 500, 0, 0.5, 1, Feature.defaults());
        Training training = new Training(data, Initializer.network(new int[] {2, 4, 2, 1}, Activation.TANH, Activation.TANH, 1),
                TrainingSettings.defaults(1).withRegularization(regularization, 0.3));
        for (int u = 0; u < 40; u++) training.step();
        Scenario next = training.nextUpdate();
        Network before = training.network();
        boolean[][][] frozen = new boolean[before.depth() + 1][][];
        for (int l = 1; l <= before.depth(); l++) {
            frozen[l] = new boolean[before.size(l)][before.size(l - 1)];
            for (int i = 0; i < before.size(l); i++) for (int j = 0; j < before.size(l - 1); j++) frozen[l][i][j] = training.frozenWeight(l, i, j);
        }
        training.step();
        Timeline timeline = Timeline.of(next);
        Network after = training.network();
        double eta = next.learningRate(), lambda = 0.3;
        for (int l = 1; l <= before.depth(); l++) {
            for (int i = 0; i < before.size(l); i++) {
                for (int j = 0; j < before.size(l - 1); j++) {
                    double w = before.layer(l).weight(i, j);
                    double stepped = timeline.value(ValueRef.updatedWeight(l, i, j));
                    // Written out here rather than calling Regularization: TensorFlow Playground's rule.
                    // (nn.ts: L1's R'(w) is −1 below zero and +1 otherwise; a weight it pushed across zero is dead.)
                    double penalized = penalty.equals("l2") ? stepped - eta * lambda * w : stepped - eta * lambda * (w < 0 ? -1 : 1);
                    if (penalty.equals("l1") && stepped * penalized < 0) penalized = 0;
                    if (frozen[l][i][j]) penalized = 0; // dead: no update at all
                    assertEquals(penalized, after.layer(l).weight(i, j), 0.0);
                }
                assertEquals(timeline.value(ValueRef.updatedBias(l, i)), after.layer(l).bias(i), 0.0);
            }
        }
    }

    @Test
    void l1StopsAWeightThatCrossesZeroAtZero() {
        assertEquals(0.0, Regularization.L1.apply(0.001, 0.0005, 0.1, 0.1), 0.0);
        assertEquals(0.0, Regularization.L1.apply(-0.001, -0.0005, 0.1, 0.1), 0.0);
        assertEquals(-0.4 + 0.1 * 0.1, Regularization.L1.apply(-0.5, -0.4, 0.1, 0.1), 0.0);
        assertEquals(0.5 - 0.1 * 0.1 * 0.4, Regularization.L2.apply(0.4, 0.5, 0.1, 0.1), 0.0);
    }

    private static void assertUpdateMatches(Training training) {
        Scenario next = training.nextUpdate();
        Network before = training.network();
        assertEquals(before, next.network(), "the engine starts from training's current weights");
        training.step();
        Timeline timeline = Timeline.of(next);
        Network after = training.network();
        int compared = 0;
        for (int l = 1; l <= before.depth(); l++) {
            for (int i = 0; i < before.size(l); i++) {
                for (int j = 0; j < before.size(l - 1); j++) {
                    assertTrue(timeline.value(ValueRef.meanWeightGradient(l, i, j)) == training.lastWeightGradient(l, i, j));
                    assertTrue(timeline.value(ValueRef.updatedWeight(l, i, j)) == after.layer(l).weight(i, j));
                    compared += 2;
                }
                assertTrue(timeline.value(ValueRef.meanBiasGradient(l, i)) == training.lastBiasGradient(l, i));
                assertTrue(timeline.value(ValueRef.updatedBias(l, i)) == after.layer(l).bias(i));
            }
        }
        assertTrue(timeline.value(ValueRef.totalCost()) == training.lastBatchCost());
        assertEquals(timeline.trace().updated(), after);
        assertTrue(compared > 0);
    }
}
