package deltaflow.diagram.train;

import deltaflow.model.Network;
import deltaflow.model.data.DataSet;
import deltaflow.model.train.EpochRecord;
import deltaflow.model.train.Training;

import java.util.ArrayList;
import java.util.List;

/**
 * Training as a film: the weights at every {@code every}-th epoch from 0 to the current one (the current one
 * always last), with the data and history, from which each frame's {@link TrainingSnapshot} is made when it
 * is drawn — so a GIF of a thousand frames holds a thousand small networks, not a thousand pictures. The
 * weights are rebuilt by {@link Training#networkAt}, the same numbers training computed.
 */
public final class TrainingFilm {
    /** Frames a film may have: at 10 a second, fifty seconds of slides. */
    public static final int MAX_FRAMES = 500;

    private final DataSet data;
    private final List<EpochRecord> history;
    private final BatchCosts costs;
    private final List<Network> networks;
    private final int[] epochs;

    private TrainingFilm(DataSet data, List<EpochRecord> history, BatchCosts costs, List<Network> networks, int[] epochs) {
        this.data = data;
        this.history = List.copyOf(history);
        this.costs = costs;
        this.networks = List.copyOf(networks);
        this.epochs = epochs;
    }

    /** Frames a film of epochs 0 … {@code epochs} every {@code every} epochs has (the last epoch always included). */
    public static int frames(int epochs, int every) {
        if (every < 1) throw new IllegalArgumentException("every must be at least 1");
        return epochs / every + 1 + (epochs % every == 0 ? 0 : 1);
    }

    /** The film of {@code training} so far; call it on the thread that owns the training. */
    public static TrainingFilm of(Training training, int every, BatchCosts costs) {
        // From the epoch training started at: 0, or where a trained scenario was saved (nothing before it is known).
        int first = training.firstEpoch(), last = training.epoch();
        int count = frames(last - first, every);
        if (count > MAX_FRAMES) throw new IllegalArgumentException(count + " frames, more than " + MAX_FRAMES);
        List<Network> networks = new ArrayList<>(count);
        int[] epochs = new int[count];
        for (int k = 0; k < count; k++) {
            epochs[k] = Math.min(last, first + k * every);
            networks.add(training.networkAt(epochs[k]));
        }
        return new TrainingFilm(training.data(), training.history().records(), costs, networks, epochs);
    }

    public int size() { return epochs.length; }

    /** The epoch frame k shows. */
    public int epoch(int k) { return epochs[k]; }

    /** The last epoch, where every frame's axis ends so the curves grow along one axis. */
    public int lastEpoch() { return epochs[epochs.length - 1]; }

    /** The largest loss of the whole film, so every frame's loss axis is the same. */
    public double largestLoss() {
        double most = 0;
        for (EpochRecord r : history) {
            if (r.epoch() > lastEpoch()) break;
            if (Double.isFinite(r.trainLoss())) most = Math.max(most, r.trainLoss());
            if (Double.isFinite(r.testLoss())) most = Math.max(most, r.testLoss());
        }
        return most;
    }

    /** What frame k draws: the weights at its epoch, the history and batch costs up to it, its grid of outputs. */
    public TrainingSnapshot snapshot(int k, TrainingSnapshot.Detail detail) {
        int epoch = epochs[k];
        List<EpochRecord> upTo = new ArrayList<>();
        for (EpochRecord r : history) {
            if (r.epoch() > epoch) break;
            upTo.add(r);
        }
        return TrainingSnapshot.compute(networks.get(k), data, upTo, costs.upTo(epoch), detail);
    }
}
