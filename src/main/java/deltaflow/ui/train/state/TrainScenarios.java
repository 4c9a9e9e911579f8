package deltaflow.ui.train.state;

import deltaflow.model.Activation;
import deltaflow.model.Network;
import deltaflow.model.Regularization;
import deltaflow.model.Scenario;
import deltaflow.model.train.TrainingFields;
import deltaflow.model.train.TrainingSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The train view's setup as a scenario and back: the network (its architecture and weights), η and whether
 * biases learn are the scenario's own; the data set, batch size, regularization and seed its training fields.
 * So the architecture and the data set are saved with the scenario and in sessions, and undo keeps them as the
 * app's {@link deltaflow.ui.stepper.state.EditHistory} keeps every edit: a whole scenario.
 */
public final class TrainScenarios {
    private TrainScenarios() {}

    /**
     * The training as a scenario: {@code update} (the next mini-batch at the weights reached, from
     * {@link deltaflow.model.train.Training#nextUpdate}) with the setup's data and settings and the epochs done.
     */
    public static Scenario of(TrainSetup setup, Scenario update, int epochs) {
        return update.withTraining(TrainingFields.of(setup.data(), setup.settings(), epochs).section());
    }

    /**
     * The setup a scenario trains with, its network as the initial weights at the epoch its training fields say it
     * reached (0 without them); empty when it names no data set or its layers differ in activation.
     */
    public static Optional<TrainSetup> setup(Scenario s) {
        TrainingFields t = TrainingFields.of(s);
        if (t.data() == null) return Optional.empty();
        Network n = s.network();
        List<Integer> hidden = new ArrayList<>();
        Activation activation = n.depth() > 1 ? n.layer(1).activation() : Activation.TANH;
        for (int l = 1; l < n.depth(); l++) {
            if (n.layer(l).activation() != activation) return Optional.empty();
            hidden.add(n.size(l));
        }
        long seed = t.seed() != null ? t.seed() : 1;
        TrainingSettings defaults = TrainingSettings.defaults(seed);
        TrainingSettings settings = new TrainingSettings(s.learningRate() > 0 ? s.learningRate() : defaults.learningRate(),
                t.batchSize() != null ? t.batchSize() : defaults.batchSize(),
                t.regularization() != null ? t.regularization() : Regularization.NONE,
                t.regularizationRate() != null ? t.regularizationRate() : 0, s.trainBiases(), seed);
        try {
            return Optional.of(new TrainSetup(t.data(), hidden, activation, settings, seed, n, t.epochs() != null ? t.epochs() : 0));
        } catch (IllegalArgumentException beyondTheLimits) {
            return Optional.empty();
        }
    }
}
