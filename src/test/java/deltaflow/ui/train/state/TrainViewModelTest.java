package deltaflow.ui.train.state;

import deltaflow.model.Cost;
import deltaflow.model.Network;
import deltaflow.model.Regularization;
import deltaflow.model.Scenario;
import deltaflow.model.Sgd;
import deltaflow.model.Trace;
import deltaflow.model.data.Feature;
import deltaflow.model.train.Training;
import deltaflow.model.train.TrainingSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainViewModelTest {
    private final TrainViewModel model = new TrainViewModel(TrainSetup.defaults());

    @AfterEach void close() { model.close(); }

    @Test void startsAtEpochZeroWithTheDefaultNetworkAndItsHeatmaps() {
        model.settle();
        TrainFrame f = model.getFrame();
        assertEquals(0, f.epoch());
        assertEquals(List.of(2, 4, 2, 1), sizes(f.network()));
        assertEquals(4, f.outputs().length); // layers 0..3
        assertEquals(100 * 100, f.outputs()[3][0].length);
        assertEquals(1, f.history().size());
    }

    @Test void playingRunsOneEpochPerFrameAndPausingStopsWithinOne() {
        model.play();
        model.playFrames(30);
        int epoch = model.getFrame().epoch();
        assertTrue(epoch >= 30, "one epoch per frame at least: " + epoch);
        model.pause();
        model.settle();
        int stopped = model.getFrame().epoch();
        assertTrue(stopped <= epoch + 1, "pause stops within one frame: " + epoch + " → " + stopped);
        model.playFrames(5);
        assertEquals(stopped, model.getFrame().epoch());
    }

    @Test void aFrameIsNeverChangedAfterItIsPublished() {
        model.settle();
        TrainFrame first = model.getFrame();
        Network network = first.network();
        double corner = first.outputs()[3][0][0];
        model.oneEpoch();
        model.settle();
        assertNotEquals(first.sequence(), model.getFrame().sequence());
        assertEquals(network, first.network());
        assertEquals(corner, first.outputs()[3][0][0]);
        assertNotEquals(corner, model.getFrame().outputs()[3][0][0]);
    }

    @Test void oneBatchIsOneUpdateAndResetGoesBack() {
        model.oneBatch();
        model.settle();
        assertEquals(1, model.getFrame().updates());
        assertEquals(0, model.getFrame().epoch());
        model.oneEpoch();
        model.settle();
        assertEquals(1, model.getFrame().epoch());
        assertEquals(25, model.getFrame().updates()); // 250 training points in batches of 10
        model.reset();
        model.settle();
        assertEquals(0, model.getFrame().updates());
    }

    @Test void plusAndMinusChangeTheArchitectureAndUndoRestoresIt() {
        model.settle();
        Network initial = model.getFrame().network();
        model.addLayer();
        model.addNeuron(2);
        model.removeNeuron(0);
        model.settle();
        assertEquals(List.of(2, 3, 2, 3, 1), sizes(model.getFrame().network()));
        assertTrue(model.press("add-neuron-1"));
        model.settle();
        assertEquals(List.of(2, 4, 2, 3, 1), sizes(model.getFrame().network()));
        model.undo();
        model.undo();
        model.undo();
        model.undo();
        model.settle();
        assertEquals(initial, model.getFrame().network(), "the same initial weights, not new ones");
        assertFalse(model.canUndoProperty().get());
        model.redo();
        model.settle();
        assertEquals(List.of(2, 4, 2, 2, 1), sizes(model.getFrame().network()));
    }

    @Test void limitsAreAtLeastSixLayersOfEight() {
        for (int k = 0; k < 10; k++) model.addLayer();
        assertEquals(TrainSetup.MAX_LAYERS, model.getSetup().hidden().size());
        for (int k = 0; k < 12; k++) model.addNeuron(5);
        assertEquals(TrainSetup.MAX_NEURONS, (int) model.getSetup().hidden().get(5));
        assertTrue(TrainSetup.MAX_LAYERS >= 6 && TrainSetup.MAX_NEURONS >= 8);
        for (int k = 0; k < 10; k++) model.removeLayer();
        model.settle();
        assertEquals(List.of(2, 1), sizes(model.getFrame().network()));
    }

    @Test void featuresAreInputsAndTheLastOneStays() {
        model.toggleFeature(Feature.X1_SQUARED);
        model.settle();
        assertEquals(3, model.getFrame().network().inputs());
        model.toggleFeature(Feature.X1);
        model.toggleFeature(Feature.X2);
        model.toggleFeature(Feature.X1_SQUARED);
        assertFalse(model.problemProperty().get().isEmpty(), "the last feature cannot go");
        model.settle();
        assertEquals(1, model.getFrame().network().inputs());
    }

    @Test void settingsChangeWithoutStartingAgainAndAreUndoable() {
        model.oneEpoch();
        model.setLearningRate(0.1);
        model.setBatchSize(5);
        model.setRegularization(Regularization.L2);
        model.setRegularizationRate(0.001);
        model.settle();
        assertEquals(1, model.getFrame().epoch());
        TrainingSettings s = model.getSetup().settings();
        assertEquals(0.1, s.learningRate());
        assertEquals(5, s.batchSize());
        assertEquals(0.001, s.regularizationRate());
        model.undo();
        assertEquals(0, model.getSetup().settings().regularizationRate());
    }

    @Test void dataSetsProblemNoiseAndSplit() {
        model.setProblem(TrainViewModel.Problem.REGRESSION);
        model.settle();
        assertEquals("plane", model.data().name());
        model.setNoise(20);
        model.setTrainPercent(70);
        model.settle();
        assertEquals(840, model.data().train().size());
        model.setDataSet("digits");
        model.settle();
        assertEquals(64, model.getFrame().network().inputs());
        assertNull(model.getFrame().outputs(), "no plane for digits");
    }

    @Test void theNextUpdateInTheStepperIsTheTrainingsOwnBitForBit() {
        model.oneEpoch();
        model.oneBatch();
        Scenario update = model.nextUpdate();
        Trace trace = Trace.of(update);
        // An independent training of the same setup, one update further.
        Training reference = new Training(model.data(), model.getSetup().initialNetwork(model.data()), model.getSetup().settings());
        reference.runEpoch();
        reference.step();
        reference.step();
        Network after = reference.network();
        for (int l = 1; l <= after.depth(); l++) {
            for (int i = 0; i < after.size(l); i++) {
                assertEquals(Double.doubleToRawLongBits(reference.lastBiasGradient(l, i)), Double.doubleToRawLongBits(trace.meanBiasGradient(l, i)));
                for (int j = 0; j < after.size(l - 1); j++) {
                    assertEquals(Double.doubleToRawLongBits(reference.lastWeightGradient(l, i, j)), Double.doubleToRawLongBits(trace.meanWeightGradient(l, i, j)));
                }
            }
        }
        assertEquals(after, trace.updated());
    }

    @Test void aClickedPointsUpdateHasTheEnginesDeltas() {
        model.oneEpoch();
        model.settle();
        int k = model.pointAt(model.data().trainPoints().get(7).x1(), model.data().trainPoints().get(7).x2(), 0.01);
        assertEquals(7, k);
        Scenario update = model.pointUpdate(k);
        assertEquals(1, update.batchSize());
        Trace trace = Trace.of(update);
        // The engine's own update on that one example: with R = 1, ∂C/∂b_i^l = δ_i^l.
        Sgd sgd = new Sgd(model.getFrame().network());
        deltaflow.model.ExampleTable examples = deltaflow.model.ExampleTable.of(model.data().train().get(7));
        sgd.update(Cost.SQUARED, examples, new int[] {0}, 0, 1, 0.03, true, Regularization.NONE, 0);
        Network n = update.network();
        for (int l = 1; l <= n.depth(); l++) {
            for (int i = 0; i < n.size(l); i++) {
                assertEquals(Double.doubleToRawLongBits(sgd.meanBiasGradient(l, i)), Double.doubleToRawLongBits(trace.pass(0).delta(l, i)));
            }
        }
    }

    @Test void newSeedDrawsNewWeightsAndIsUndoable() {
        model.settle();
        Network before = model.getFrame().network();
        model.newSeed();
        model.settle();
        assertNotEquals(before, model.getFrame().network());
        model.undo();
        model.settle();
        assertEquals(before, model.getFrame().network());
        assertNotNull(model.getFrame().history());
    }

    @Test void aNeuronHoveredOrClickedIsDrawnLargeOverThePlane() {
        model.settle();
        assertEquals(new deltaflow.diagram.train.PictureTarget.Neuron(3, 0), model.getFrame().snapshot().planeNeuron(), "the output by default");
        model.focus("neuron-1-2");
        model.settle();
        assertEquals(new deltaflow.diagram.train.PictureTarget.Neuron(1, 1), model.getFrame().snapshot().planeNeuron());
        model.hover("neuron-2-1");
        model.settle();
        assertEquals(new deltaflow.diagram.train.PictureTarget.Neuron(2, 0), model.getFrame().snapshot().planeNeuron(), "hovering wins while it lasts");
        model.hover(null);
        model.focus("neuron-1-2"); // clicked again: back to the output
        model.settle();
        assertEquals(new deltaflow.diagram.train.PictureTarget.Neuron(3, 0), model.getFrame().snapshot().planeNeuron());
    }

    @Test void thePicturesTextGrowsWithTheHallsTypeScaleAndOnASmallWindow() {
        assertEquals(1, model.textScale());
        model.setViewWidth(1500);
        model.setTypeScale(2);
        assertEquals(2, model.textScale());
        model.setTypeScale(1);
        model.setViewWidth(1000); // a 1280×720 window's picture
        assertEquals(1.5, model.textScale());
        model.setTypeScale(3);
        assertEquals(3, model.textScale(), "never above 3");
        model.settle();
        assertEquals(3, model.pictureOptions().textScale());
    }

    private static List<Integer> sizes(Network n) {
        List<Integer> sizes = new java.util.ArrayList<>();
        for (int l = 0; l <= n.depth(); l++) sizes.add(n.size(l));
        return sizes;
    }
}
