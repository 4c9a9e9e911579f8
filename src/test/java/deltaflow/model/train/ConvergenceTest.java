package deltaflow.model.train;

import deltaflow.model.Activation;
import deltaflow.model.Network;
import deltaflow.model.data.DataSet;
import deltaflow.model.data.Digits;
import deltaflow.model.data.Feature;
import deltaflow.model.data.Generator;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** It learns: the three runs the issue pins, each with fixed seeds. */
class ConvergenceTest {
    /** TensorFlow Playground's defaults: circle, 500 points, no noise, half to train, 2-[4,2]-1 tanh, η 0.03, batches of 10. */
    @Test
    void circleWithPlaygroundDefaultsFallsUnder005Within300Epochs() {
        DataSet data = DataSet.planar(Generator.CIRCLE, 500, 0, 0.5, 1, Feature.defaults());
        Network network = Initializer.network(new int[] {2, 4, 2, 1}, Activation.TANH, Activation.TANH, 1);
        Training training = new Training(data, network, TrainingSettings.defaults(1));
        double best = Double.POSITIVE_INFINITY;
        int epochs = 0;
        while (epochs < 300 && best >= 0.05) {
            best = Math.min(best, training.runEpoch().testLoss());
            epochs++;
        }
        assertTrue(best < 0.05, "test loss " + best + " after 300 epochs");
        System.out.println("circle: test loss " + best + " at epoch " + epochs);
    }

    @Test
    void spiralWithAllSevenFeaturesFallsUnder01() {
        DataSet data = DataSet.planar(Generator.SPIRAL, 500, 0, 0.5, 1, EnumSet.allOf(Feature.class));
        Network network = Initializer.network(new int[] {7, 8, 8, 8, 1}, Activation.TANH, Activation.TANH, 1);
        Training training = new Training(data, network, TrainingSettings.defaults(1));
        double best = Double.POSITIVE_INFINITY;
        int epochs = 0;
        while (epochs < 2000 && best >= 0.1) {
            best = Math.min(best, training.runEpoch().testLoss());
            epochs++;
        }
        assertTrue(best < 0.1, "test loss " + best + " after " + epochs + " epochs");
        System.out.println("spiral: test loss " + best + " at epoch " + epochs);
    }

    @Test
    void digitsReachNinetyPercentOnTheTestSet() {
        DataSet data = Digits.dataSet(Digits.DEFAULT_TRAIN, 1);
        Network network = Initializer.network(new int[] {64, 32, 10}, Activation.TANH, Activation.SOFTMAX, 1);
        Training training = new Training(data, network, TrainingSettings.defaults(1).withLearningRate(0.1));
        double best = 0;
        int epochs = 0;
        while (epochs < 50 && best < 0.9) {
            best = Math.max(best, training.runEpoch().testAccuracy());
            epochs++;
        }
        assertTrue(best >= 0.9, "test accuracy " + best);
        System.out.println("digits: test accuracy " + best + " at epoch " + epochs);
    }
}
