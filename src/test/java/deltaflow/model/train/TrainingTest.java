package deltaflow.model.train;

import deltaflow.model.Activation;
import deltaflow.model.Cost;
import deltaflow.model.Example;
import deltaflow.model.Network;
import deltaflow.model.Pass;
import deltaflow.model.data.DataSet;
import deltaflow.model.data.Feature;
import deltaflow.model.data.Generator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
}
