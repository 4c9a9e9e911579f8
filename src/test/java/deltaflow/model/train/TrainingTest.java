package deltaflow.model.train;

import deltaflow.model.Activation;
import deltaflow.model.Cost;
import deltaflow.model.Example;
import deltaflow.model.Network;
import deltaflow.model.Pass;
import deltaflow.model.Scenario;
import deltaflow.model.Trace;
import deltaflow.model.data.DataSet;
import deltaflow.model.data.Feature;
import deltaflow.model.data.Generator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingTest {
    private final DataSet circle = DataSet.planar(Generator.CIRCLE, 200, 0.1, 0.5, 2, Feature.defaults());

    private Training training() {
        return new Training(circle, Initializer.network(new int[] {2, 4, 2, 1}, Activation.TANH, Activation.TANH, 7), TrainingSettings.defaults(3));
    }

    @Test
    void anEpochIsItsMiniBatchesAndRecordsBothLosses() {
        Training t = training();
        assertEquals(10, t.batchesPerEpoch());
        assertEquals(0, t.history().last().epoch());
        EpochRecord r = t.runEpoch();
        assertEquals(1, r.epoch());
        assertEquals(10, r.updates());
        assertEquals(2, t.history().records().size());
        // The recorded test loss is the mean squared cost of the test set, computed here by single passes.
        Network n = t.network();
        double sum = 0;
        for (Example e : circle.test()) sum += new Pass(n).run(n, Cost.SQUARED, e).cost();
        assertEquals(sum / circle.test().size(), r.testLoss(), 1e-15);
        assertTrue(r.testAccuracy() >= 0 && r.testAccuracy() <= 1);
    }

    @Test
    void resetReturnsToTheInitialWeightsAndReinitializeDrawsNewOnes() {
        Training t = training();
        Network initial = t.network();
        t.runEpochs(3);
        assertNotEquals(initial, t.network());
        t.reset();
        assertEquals(initial, t.network());
        assertEquals(1, t.history().records().size());
        t.reinitialize(99);
        Network drawn = t.network();
        assertNotEquals(initial, drawn);
        assertEquals(Initializer.like(initial, 99), drawn);
    }

    @Test
    void anyRecordedEpochIsRebuiltExactly() {
        Training t = training();
        List<Network> seen = new ArrayList<>();
        seen.add(t.network());
        for (int e = 0; e < 12; e++) {
            if (e == 5) t.setSettings(t.settings().withBatchSize(7).withLearningRate(0.1));
            t.runEpoch();
            seen.add(t.network());
        }
        for (int e = 0; e <= 12; e++) assertEquals(seen.get(e), t.networkAt(e), "epoch " + e);
        t.step();
        t.step();
        assertEquals(seen.get(12), t.networkAt(12));
    }

    @Test
    void aSettingChangedMidEpochAppliesFromTheNextEpoch() {
        Training t = training();
        t.step();
        t.setSettings(t.settings().withBatchSize(25));
        assertEquals(10, t.batchesPerEpoch());
        t.runEpoch();
        assertEquals(4, t.batchesPerEpoch());
        assertEquals(4, t.runEpoch().updates() - t.history().records().get(1).updates());
    }

    @Test
    void theSameSeedsTrainTheSameNetwork() {
        Training a = training(), b = training();
        a.runEpochs(4);
        b.runEpochs(4);
        assertEquals(a.network(), b.network());
        assertEquals(a.history().records(), b.history().records());
    }

    /** TensorFlow Playground's largest 2-D network with all seven features: 433 parameters. */
    @Test
    void tenThousandEpochsOfTheLargestPlanarNetworkKeepEverySnapshotWellUnder256MB() {
        Network largest = Initializer.network(new int[] {7, 8, 8, 8, 8, 8, 8, 1}, Activation.TANH, Activation.TANH, 1);
        assertEquals(433, largest.parameterCount());
        History history = new History((int) largest.parameterCount());
        double[] weights = new double[433];
        for (int e = 0; e <= 10_000; e++) history.offerSnapshot(e, weights);
        assertEquals(1, history.snapshotInterval());
        assertEquals(10_001, history.snapshotCount());
        assertTrue(history.snapshotBytes() < 36L << 20, history.snapshotBytes() + " bytes");
    }

    @Test
    void largerNetworksThinTheirSnapshotsToStayWithinTheBudget() {
        History history = new History(50_000); // 400 kB a snapshot
        for (int e = 0; e <= 10_000; e++) history.offerSnapshot(e, new double[50_000]);
        assertTrue(history.snapshotBytes() <= History.SNAPSHOT_BUDGET);
        assertTrue(history.snapshotInterval() > 1);
        assertEquals(0, history.snapshotAtOrBefore(history.snapshotInterval() - 1).getKey());
    }

    @Test
    void gridOutputsAreTheStepEnginesForwardPass() {
        DataSet data = DataSet.planar(Generator.SPIRAL, 100, 0, 0.5, 1, EnumSet.allOf(Feature.class));
        Network network = Initializer.network(new int[] {7, 5, 3, 1}, Activation.TANH, Activation.TANH, 4);
        Grid grid = new Grid(37, 6); // 1,369 points: blocks of 64 and a remainder, on two threads
        GridOutputs outputs = new GridOutputs(grid, data.features(), network);
        double[][][] out = GridOutputs.newOutputs(network, grid);
        outputs.compute(network, out);
        for (int p : new int[] {0, 36, 63, 64, 700, 1368}) {
            double x1 = grid.x1(p % 37), x2 = grid.x2(p / 37);
            Pass pass = new Pass(network).run(network, Cost.SQUARED, new Example(DataSet.inputs(data.features(), x1, x2), new double[] {0}));
            for (int l = 0; l <= network.depth(); l++) {
                for (int i = 0; i < network.size(l); i++) assertEquals(pass.a(l, i), out[l][i][p], 0.0, "a" + i + "^" + l + " at " + p);
            }
        }
        assertEquals(-6, grid.x1(0), 0.0);
        assertEquals(6, grid.x2(0), 0.0);
        assertEquals(6, grid.x1(36), 0.0);
    }

    /**
     * A student opens update 3 of epoch 1 (the 14th) under the microscope, edits a weight and applies it:
     * training goes on from the edited weights at that update, and everything recorded later is of them.
     */
    @Test
    void trainingResumesFromAnEditedNetworkAtTheSameUpdate() {
        Training t = training();
        t.runEpochs(3);
        t.step();
        Network earlier = t.update(1, 2).network();
        Scenario opened = t.update(1, 3);
        Network edited = opened.network().withWeight(1, 2, 0, 0.75);

        t.resumeFrom(1, 3, edited);

        assertEquals(1, t.epoch());
        assertEquals(3, t.batchInEpoch());
        assertEquals(13, t.updates());
        assertEquals(edited, t.network());
        assertEquals(2, t.history().records().size(), "epochs 0 and 1 are kept, the later ones were of other weights");
        Scenario again = t.update(1, 3);
        assertEquals(edited, again.network());
        assertEquals(opened.examples(), again.examples(), "the same mini-batch: the same update");

        // The next update is the step engine's update of the edited weights (one arithmetic).
        t.step();
        assertEquals(Trace.of(again).updated(), t.network());

        // Later epochs are replayed from the edit, never through the weights it replaced.
        List<Network> seen = new ArrayList<>();
        for (int e = 2; e <= 4; e++) {
            t.runEpoch();
            seen.add(t.network());
        }
        for (int e = 2; e <= 4; e++) assertEquals(seen.get(e - 2), t.networkAt(e), "epoch " + e);
        assertEquals(Trace.of(again).updated(), t.update(1, 4).network());
        assertEquals(earlier, t.update(1, 2).network(), "updates before the edit are as they were");
        assertEquals(5, t.history().records().size());
        assertEquals(4 * 10, t.history().last().updates());
    }

    @Test
    void anEditAtAnEpochsStartRemakesThatEpochsRecordAndKeepsNewerSettings() {
        Training t = training();
        t.runEpochs(2);
        t.setSettings(t.settings().withLearningRate(0.1));
        t.runEpoch();
        Network edited = t.networkAt(2).withBias(2, 1, -0.5);

        t.resumeFrom(2, 0, edited);

        assertEquals(3, t.history().records().size());
        EpochRecord record = t.history().last();
        assertEquals(2, record.epoch());
        assertEquals(20, record.updates());
        double sum = 0;
        for (Example e : circle.test()) sum += new Pass(edited).run(edited, Cost.SQUARED, e).cost();
        assertEquals(sum / circle.test().size(), record.testLoss(), 1e-15, "the record is of the edited weights");
        assertEquals(edited, t.networkAt(2));
        assertEquals(0.1, t.settings().learningRate(), "the settings last chosen stay");
        t.runEpoch();
        assertEquals(t.network(), t.networkAt(3));
        t.reset();
        assertEquals(Initializer.network(new int[] {2, 4, 2, 1}, Activation.TANH, Activation.TANH, 7), t.network(), "reset: the initial weights");
    }

    @Test
    void anEditOfAnotherShapeOrAnUnreachedUpdateIsRefusedAndChangesNothing() {
        Training t = training();
        t.runEpoch();
        Network before = t.network();
        Network other = Initializer.network(new int[] {2, 3, 2, 1}, Activation.TANH, Activation.TANH, 7);
        assertThrows(IllegalArgumentException.class, () -> t.resumeFrom(other));
        assertThrows(IllegalArgumentException.class, () -> t.resumeFrom(1, 1, before));
        assertThrows(IllegalArgumentException.class, () -> t.resumeFrom(0, 10, before));
        assertEquals(before, t.network());
        assertEquals(2, t.history().records().size());
        t.resumeFrom(before.withWeight(3, 0, 1, 0)); // at the current position: the next update uses it
        assertEquals(0.0, t.network().layer(3).weight(0, 1));
        assertEquals(1, t.epoch());
    }
}
