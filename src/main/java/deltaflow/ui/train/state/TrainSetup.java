package deltaflow.ui.train.state;

import deltaflow.model.Activation;
import deltaflow.model.Network;
import deltaflow.model.ScenarioException;
import deltaflow.model.data.DataSet;
import deltaflow.model.data.Feature;
import deltaflow.model.train.DataSpec;
import deltaflow.model.train.Initializer;
import deltaflow.model.train.Training;
import deltaflow.model.train.TrainingSettings;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the train view's controls choose, as one immutable value: the data set, the hidden layers and
 * their activation, how training runs, and the initial weights — drawn from {@code weightSeed}, or, when
 * {@code network} is given (a network opened from a scenario, or an update the student applied), that one,
 * trained on from {@code firstEpoch} (a trained scenario's epochs: its shuffles go on from there, and Reset returns
 * there). An edit is a new value, so undo keeps the old one whole.
 */
public record TrainSetup(DataSpec data, List<Integer> hidden, Activation activation, TrainingSettings settings, long weightSeed,
                         Network network, int firstEpoch) {
    /** TensorFlow Playground's limits are 6 hidden layers of 8 neurons; these go further while the picture stays legible. */
    public static final int MAX_LAYERS = 8, MAX_NEURONS = 10;

    public TrainSetup {
        hidden = List.copyOf(hidden);
        if (firstEpoch < 0 || (firstEpoch > 0 && network == null)) throw new IllegalArgumentException("a first epoch after 0 needs the network trained that far");
        if (hidden.size() > MAX_LAYERS) throw new IllegalArgumentException("at most " + MAX_LAYERS + " hidden layers");
        for (int size : hidden) {
            if (size < 1 || size > MAX_NEURONS) throw new IllegalArgumentException("a hidden layer has 1 to " + MAX_NEURONS + " neurons");
        }
    }

    /** A setup that starts at epoch 0. */
    public TrainSetup(DataSpec data, List<Integer> hidden, Activation activation, TrainingSettings settings, long weightSeed, Network network) {
        this(data, hidden, activation, settings, weightSeed, network, 0);
    }

    /** TensorFlow Playground's opening: the circle, x₁ and x₂, 2-[4,2]-1 of tanh, η = 0.03, batches of 10. */
    public static TrainSetup defaults() {
        return new TrainSetup(DataSpec.of("circle", 1), List.of(4, 2), Activation.TANH, TrainingSettings.defaults(1), 1, null);
    }

    /** Makes the data set (a CSV path is read relative to the working directory). */
    public DataSet loadData() throws ScenarioException { return data.load(null); }

    /** The network training starts from: the given one when it fits the data and the layers, else one drawn from the seed. */
    public Network initialNetwork(DataSet set) {
        if (network != null && fits(network, set)) return network;
        int[] sizes = new int[hidden.size() + 2];
        sizes[0] = set.inputs();
        for (int k = 0; k < hidden.size(); k++) sizes[k + 1] = hidden.get(k);
        sizes[sizes.length - 1] = set.outputs();
        return Initializer.network(sizes, activation, Training.outputFor(set.task()), weightSeed);
    }

    /** The epoch training starts at: the given network's {@code firstEpoch} when it is the one trained, else 0. */
    public int startEpoch(DataSet set) { return network != null && fits(network, set) ? firstEpoch : 0; }

    private boolean fits(Network n, DataSet set) {
        if (n.inputs() != set.inputs() || n.outputs() != set.outputs() || n.depth() != hidden.size() + 1) return false;
        for (int k = 0; k < hidden.size(); k++) {
            if (n.size(k + 1) != hidden.get(k) || n.layer(k + 1).activation() != activation) return false;
        }
        return n.layer(n.depth()).activation() == Training.outputFor(set.task());
    }

    // ----- edits: each a new setup; those that change the network's shape draw its weights afresh ---------------

    public TrainSetup withData(DataSpec d) { return new TrainSetup(d, hidden, activation, settings, weightSeed, null); }

    public TrainSetup withHidden(List<Integer> sizes) { return new TrainSetup(data, sizes, activation, settings, weightSeed, null); }

    public TrainSetup withActivation(Activation a) { return new TrainSetup(data, hidden, a, settings, weightSeed, null); }

    /** How training runs from the next epoch; the network and the epoch it is at stay. */
    public TrainSetup withSettings(TrainingSettings s) { return new TrainSetup(data, hidden, activation, s, weightSeed, network, firstEpoch); }

    /** New initial weights (and a new shuffle) from another seed. */
    public TrainSetup withSeed(long seed) {
        TrainingSettings s = settings;
        s = new TrainingSettings(s.learningRate(), s.batchSize(), s.regularization(), s.regularizationRate(), s.trainBiases(), seed);
        return new TrainSetup(data, hidden, activation, s, seed, null);
    }

    /** Training starts from this network at epoch 0 (its shape must be this setup's). */
    public TrainSetup withNetwork(Network n) { return new TrainSetup(data, hidden, activation, settings, weightSeed, n); }

    /** One more hidden layer, as wide as the last (2 when there is none), after the others. */
    public TrainSetup withLayerAdded() {
        List<Integer> sizes = new ArrayList<>(hidden);
        sizes.add(sizes.isEmpty() ? 2 : sizes.get(sizes.size() - 1));
        return withHidden(sizes);
    }

    public TrainSetup withLayerRemoved() {
        List<Integer> sizes = new ArrayList<>(hidden);
        sizes.remove(sizes.size() - 1);
        return withHidden(sizes);
    }

    /** Hidden layer k (from 0) with {@code change} more neurons. */
    public TrainSetup withNeurons(int k, int change) {
        List<Integer> sizes = new ArrayList<>(hidden);
        sizes.set(k, sizes.get(k) + change);
        return withHidden(sizes);
    }

    /** The 2-D data's features with {@code f} switched on or off (at least one stays on). */
    public TrainSetup withFeatureToggled(Feature f) {
        Set<Feature> features = EnumSet.copyOf(data.features());
        if (!features.remove(f)) features.add(f);
        if (features.isEmpty()) throw new IllegalArgumentException("at least one feature must stay an input");
        return withData(new DataSpec(data.source(), data.points(), data.noisePercent(), data.trainPercent(), data.seed(), features,
                data.inputColumns(), data.targetColumn()));
    }

    public boolean canAddLayer() { return hidden.size() < MAX_LAYERS; }

    public boolean canRemoveLayer() { return !hidden.isEmpty(); }

    public boolean canAddNeuron(int k) { return k < hidden.size() && hidden.get(k) < MAX_NEURONS; }

    public boolean canRemoveNeuron(int k) { return k < hidden.size() && hidden.get(k) > 1; }
}
