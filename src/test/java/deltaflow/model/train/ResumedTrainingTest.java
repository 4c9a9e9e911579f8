package deltaflow.model.train;

import deltaflow.model.Activation;
import deltaflow.model.Network;
import deltaflow.model.Regularization;
import deltaflow.model.Scenario;
import deltaflow.model.Timeline;
import deltaflow.model.ValueRef;
import deltaflow.model.data.DataSet;
import deltaflow.model.data.Feature;
import deltaflow.model.data.Generator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A network saved after N epochs trains on at epoch N: N epochs and then M more are, bit for bit, N + M straight
 * (the same data, settings and seed), because epoch e's shuffle comes from the seed and e alone.
 */
class ResumedTrainingTest {
    private static final DataSet CIRCLE = DataSet.planar(Generator.CIRCLE, 500, 0.1, 0.5, 1, Feature.defaults());
    private static final Network INITIAL = Initializer.network(new int[] {2, 4, 2, 1}, Activation.TANH, Activation.TANH, 1);

    @Test
    void threeHundredThenOneHundredAreFourHundredStraight() {
        TrainingSettings settings = TrainingSettings.defaults(1);
        Training straight = new Training(CIRCLE, INITIAL, settings);
        straight.runEpochs(300);
        Network at300 = straight.network();
        straight.runEpochs(100);

        Training resumed = new Training(CIRCLE, at300, settings, 300);
        assertEquals(300, resumed.epoch());
        assertEquals(300, resumed.firstEpoch());
        resumed.runEpochs(100);
        assertEquals(400, resumed.epoch());
        assertBitForBit(straight.network(), resumed.network());
        // The records of epochs 300 … 400 are the straight run's too, updates counted from epoch 0.
        List<EpochRecord> records = resumed.history().records();
        assertEquals(101, records.size());
        assertEquals(300, records.get(0).epoch());
        assertEquals(straight.history().records().subList(300, 401), records);
    }

    @Test
    void withATrainFromZeroWhatWasNeverResumedStaysAsItWas() {
        Training zero = new Training(CIRCLE, INITIAL, TrainingSettings.defaults(1), 0);
        Training plain = new Training(CIRCLE, INITIAL, TrainingSettings.defaults(1));
        zero.runEpochs(3);
        plain.runEpochs(3);
        assertBitForBit(plain.network(), zero.network());
        assertEquals(plain.history().records(), zero.history().records());
    }

    /** L1 stops a weight at zero for good; a saved network's zeros are taken as stopped, so the runs agree. */
    @Test
    void underL1TheStoppedWeightsStayStopped() {
        TrainingSettings settings = TrainingSettings.defaults(2).withRegularization(Regularization.L1, 0.03);
        Training straight = new Training(CIRCLE, INITIAL, settings);
        straight.runEpochs(60);
        Network at60 = straight.network();
        int zeros = 0;
        for (int l = 1; l <= at60.depth(); l++) {
            for (int i = 0; i < at60.size(l); i++) for (int j = 0; j < at60.size(l - 1); j++) if (at60.layer(l).weight(i, j) == 0.0) zeros++;
        }
        assertTrue(zeros > 0, "L1 has stopped some weights by epoch 60");
        straight.runEpochs(40);
        Training resumed = new Training(CIRCLE, at60, settings, 60);
        resumed.runEpochs(40);
        assertBitForBit(straight.network(), resumed.network());
    }

    @Test
    void resetReturnsToTheSavedWeightsAtTheirEpochAndANewSeedToEpochZero() {
        Training straight = new Training(CIRCLE, INITIAL, TrainingSettings.defaults(1));
        straight.runEpochs(20);
        Network at20 = straight.network();
        Training resumed = new Training(CIRCLE, at20, TrainingSettings.defaults(1), 20);
        resumed.runEpochs(5);
        resumed.step();
        resumed.reset();
        assertEquals(20, resumed.epoch());
        assertEquals(0, resumed.batchInEpoch());
        assertBitForBit(at20, resumed.network());
        assertEquals(1, resumed.history().records().size());
        resumed.runEpochs(5);
        straight.runEpochs(5);
        assertBitForBit(straight.network(), resumed.network());

        resumed.reinitialize(7);
        assertEquals(0, resumed.epoch());
        assertEquals(0, resumed.firstEpoch());
        assertEquals(Initializer.like(INITIAL, 7), resumed.network());
    }

    /** The microscope on an update after the first epoch: replay and the step engine agree with training itself. */
    @Test
    void theMicroscopeAfterTheFirstEpochIsTheStepEngine() {
        Training straight = new Training(CIRCLE, INITIAL, TrainingSettings.defaults(1));
        straight.runEpochs(30);
        Training resumed = new Training(CIRCLE, straight.network(), TrainingSettings.defaults(1), 30);
        resumed.runEpochs(4);
        resumed.step();
        resumed.step();

        // networkAt: the weights after 32 epochs, replayed from the saved ones, are those training reached then.
        Training again = new Training(CIRCLE, straight.network(), TrainingSettings.defaults(1), 30);
        again.runEpochs(2);
        assertBitForBit(again.network(), resumed.networkAt(32));
        assertBitForBit(straight.network(), resumed.networkAt(30));

        // update(32, 3): the weights before the 4th update of epoch 33 and its mini-batch; the step engine's
        // gradients and updated weights are training's own, compared with ==.
        Scenario update = resumed.update(32, 3);
        for (int u = 0; u < 3; u++) again.step();
        assertBitForBit(again.network(), update.network());
        assertEquals(again.nextUpdate().examples(), update.examples());
        again.step();
        Timeline timeline = Timeline.of(update);
        Network after = again.network();
        for (int l = 1; l <= after.depth(); l++) {
            for (int i = 0; i < after.size(l); i++) {
                for (int j = 0; j < after.size(l - 1); j++) {
                    assertTrue(timeline.value(ValueRef.meanWeightGradient(l, i, j)) == again.lastWeightGradient(l, i, j));
                    assertTrue(timeline.value(ValueRef.updatedWeight(l, i, j)) == after.layer(l).weight(i, j));
                }
                assertTrue(timeline.value(ValueRef.updatedBias(l, i)) == after.layer(l).bias(i));
            }
        }
    }

    @Test
    void anEpochBeforeTheFirstIsRefusedByName() {
        Training resumed = new Training(CIRCLE, INITIAL, TrainingSettings.defaults(1), 300);
        resumed.runEpoch();
        for (Runnable call : List.<Runnable>of(() -> resumed.networkAt(299), () -> resumed.update(12, 0),
                () -> resumed.resumeFrom(0, 0, INITIAL))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
            assertTrue(e.getMessage().contains("before epoch 300"), e.getMessage());
            assertTrue(e.getMessage().contains("300..301"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> new Training(CIRCLE, INITIAL, TrainingSettings.defaults(1), -1));
    }

    /** An edit at the very start of a resumed training (the microscope's Apply there) replays from the edit. */
    @Test
    void anEditAtTheFirstEpochReplaysFromTheEdit() {
        Training resumed = new Training(CIRCLE, INITIAL, TrainingSettings.defaults(1), 7);
        resumed.runEpochs(2);
        Network edited = INITIAL.withWeight(1, 0, 0, 0.5);
        resumed.resumeFrom(7, 0, edited);
        assertEquals(7, resumed.epoch());
        resumed.runEpochs(2);
        Training fresh = new Training(CIRCLE, edited, TrainingSettings.defaults(1), 7);
        fresh.runEpochs(2);
        assertBitForBit(fresh.network(), resumed.network());
        assertBitForBit(edited, resumed.networkAt(7));
        fresh.runEpoch();
        assertBitForBit(resumed.update(8, 0).network(), fresh.networkAt(8));
    }

    /** Thinning keeps the first epoch's weights whatever the interval: replay has nothing before them. */
    @Test
    void theFirstEpochsSnapshotOutlivesThinning() {
        History history = new History(1_600_000); // 12.8 MB a snapshot (counted, not held): the sixth goes past the budget
        history.clear(7);
        for (int e = 7; e <= 12; e++) history.offerSnapshot(e, new double[] {e});
        assertEquals(2, history.snapshotInterval());
        assertEquals(7, history.snapshotAtOrBefore(7).getKey());
        assertEquals(7.0, history.snapshotAtOrBefore(7).getValue()[0]);
        assertEquals(8, history.snapshotAtOrBefore(9).getKey());
        assertTrue(history.wanted(7) && !history.wanted(9) && history.wanted(10));
    }

    /** Every weight and bias compared with ==, and the networks equal as values (which tells −0 from +0). */
    static void assertBitForBit(Network expected, Network actual) {
        for (int l = 1; l <= expected.depth(); l++) {
            for (int i = 0; i < expected.size(l); i++) {
                for (int j = 0; j < expected.size(l - 1); j++) {
                    double e = expected.layer(l).weight(i, j), a = actual.layer(l).weight(i, j);
                    assertTrue(e == a, "w_" + (i + 1) + (j + 1) + "^" + l + ": " + e + " ≠ " + a);
                }
                assertTrue(expected.layer(l).bias(i) == actual.layer(l).bias(i), "b_" + (i + 1) + "^" + l);
            }
        }
        assertEquals(expected, actual);
    }
}
