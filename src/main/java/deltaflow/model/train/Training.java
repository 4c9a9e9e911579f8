package deltaflow.model.train;

import deltaflow.model.Activation;
import deltaflow.model.Cost;
import deltaflow.model.Example;
import deltaflow.model.ExampleTable;
import deltaflow.model.Forward;
import deltaflow.model.Network;
import deltaflow.model.Scenario;
import deltaflow.model.Sgd;
import deltaflow.model.TrainingSection;
import deltaflow.model.data.DataSet;
import deltaflow.model.data.SeededRandom;
import deltaflow.model.data.Task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A network learning from a data set by mini-batch gradient descent: one update, one epoch or many at a
 * time; the losses after every epoch; back to the initial weights or to new ones from a seed; any recorded
 * epoch rebuilt; and for any update the step engine's own {@link Scenario} (its weights and mini-batch),
 * whose timeline shows exactly the numbers this training computed.
 *
 * <p>Epoch e visits the training set in an order shuffled from the settings' seed and e alone, so an epoch
 * can be replayed without the ones before it — and so a network saved after N epochs (a trained scenario,
 * {@link TrainingFields#epochs}) trains on at epoch N, with the shuffles of epochs N, N + 1, …: N epochs and
 * then M more give, bit for bit, the weights of N + M epochs straight. Such a training knows nothing before
 * epoch N (its {@link #firstEpoch}): its history, replay and {@link #update} start there.
 * Settings changed during an epoch apply from the next one. Not thread-safe: one owner calls it.
 */
public final class Training {
    private final DataSet data;
    private final Cost cost;
    private final Example[] train;
    private final ExampleTable trainTable;
    private final double[][] trainInputs, testInputs;
    private final Sgd sgd;
    private final Sgd replay;
    private final Forward forward;
    private final History history;
    private final int[] order;
    /** Settings by the epoch they start at, for replay. */
    private final java.util.TreeMap<Integer, TrainingSettings> settingsFrom = new java.util.TreeMap<>();
    private TrainingSettings settings;
    private TrainingSettings pending;
    private Network initial;
    /** The epoch {@code initial} is at: 0, or the epochs a trained network had been through. */
    private int firstEpoch;
    private int epoch;
    private int batchInEpoch; // updates done in the current epoch
    private long updates;
    private double lastBatchCost = Double.NaN;

    /** Training of {@code initial} on {@code data} from epoch 0; its inputs and outputs must match the data's. */
    public Training(DataSet data, Network initial, TrainingSettings settings) {
        this(data, initial, settings, 0);
    }

    /**
     * Training of {@code initial}, the weights after {@code firstEpoch} epochs on {@code data} with these
     * settings (a trained scenario's network and its {@link TrainingFields#epochs}), going on at epoch
     * {@code firstEpoch}. Under L1 a weight at exactly zero is taken as one L1 stopped there, frozen as the
     * training that reached it had it.
     */
    public Training(DataSet data, Network initial, TrainingSettings settings, int firstEpoch) {
        if (firstEpoch < 0) throw new IllegalArgumentException("the first epoch is " + firstEpoch + ", not 0 or more");
        if (initial.inputs() != data.inputs()) {
            throw new IllegalArgumentException("the network takes " + initial.inputs() + " inputs, the data has " + data.inputs());
        }
        if (initial.outputs() != data.outputs()) {
            throw new IllegalArgumentException("the network has " + initial.outputs() + " outputs, the data " + data.outputs());
        }
        this.data = data;
        this.cost = costFor(data.task());
        this.train = data.train().toArray(Example[]::new);
        this.trainTable = ExampleTable.of(data.train());
        this.trainInputs = inputs(data.train());
        this.testInputs = inputs(data.test());
        this.initial = initial;
        this.settings = settings;
        this.sgd = new Sgd(initial);
        this.replay = new Sgd(initial);
        this.forward = new Forward(initial);
        this.history = new History(sgd.parameterCount());
        this.order = new int[train.length];
        this.firstEpoch = firstEpoch;
        reset();
    }

    /** The cost a task is trained with: squared for ±1 labels and numbers, cross-entropy for classes. */
    public static Cost costFor(Task task) {
        return task == Task.CLASSES ? Cost.CROSS_ENTROPY : Cost.SQUARED;
    }

    /** The output layer's activation a task needs: tanh for ±1, softmax for classes, linear for numbers. */
    public static Activation outputFor(Task task) {
        return switch (task) {
            case BINARY -> Activation.TANH;
            case CLASSES -> Activation.SOFTMAX;
            case REGRESSION -> Activation.LINEAR;
        };
    }

    public DataSet data() { return data; }

    public Cost cost() { return cost; }

    public TrainingSettings settings() { return pending != null ? pending : settings; }

    /** Settings for the following epochs; if an epoch is under way, from the next one on. */
    public void setSettings(TrainingSettings next) {
        if (batchInEpoch == 0) {
            settings = next;
            pending = null;
            settingsFrom.put(epoch, next);
        } else {
            pending = next;
        }
    }

    /** Completed epochs, those before {@link #firstEpoch} included. */
    public int epoch() { return epoch; }

    /** The epoch training started at and {@link #reset} returns to: 0, or the epochs the initial network had been trained. */
    public int firstEpoch() { return firstEpoch; }

    /** Updates done in all. */
    public long updates() { return updates; }

    /** Updates done in the current epoch. */
    public int batchInEpoch() { return batchInEpoch; }

    /** Updates in one epoch: ⌈training examples / batch size⌉. */
    public int batchesPerEpoch() { return batches(settings); }

    /** C of the last update's mini-batch, before it; NaN before the first. */
    public double lastBatchCost() { return lastBatchCost; }

    /** ∂C/∂w_ij^l of the last update's mini-batch, at the weights before it. */
    public double lastWeightGradient(int l, int i, int j) { return sgd.meanWeightGradient(l, i, j); }

    /** ∂C/∂b_i^l of the last update's mini-batch. */
    public double lastBiasGradient(int l, int i) { return sgd.meanBiasGradient(l, i); }

    /**
     * True when L1 stopped w_ij^l at zero for good, as TensorFlow Playground does: it takes no update again
     * until {@link #reset}, {@link #reinitialize} or an edit that moves it off zero ({@link #resumeFrom}).
     */
    public boolean frozenWeight(int l, int i, int j) { return sgd.frozen(l, i, j); }

    /** The current weights (a copy). */
    public Network network() { return sgd.network(); }

    public Network initialNetwork() { return initial; }

    public History history() { return history; }

    /** One update over the next mini-batch; at the end of an epoch its losses are recorded. */
    public void step() {
        if (batchInEpoch == 0) startEpoch();
        int batch = settings.batchSize();
        int from = batchInEpoch * batch, to = Math.min(train.length, from + batch);
        lastBatchCost = sgd.update(cost, trainTable, order, from, to, settings.learningRate(), settings.trainBiases(),
                settings.regularization(), settings.regularizationRate());
        batchInEpoch++;
        updates++;
        if (to == train.length) {
            epoch++;
            batchInEpoch = 0;
            history.add(evaluate());
            if (pending != null) setSettings(pending);
        }
    }

    /** Finishes the current epoch (a whole one at its start); returns its record. */
    public EpochRecord runEpoch() {
        int target = epoch + 1;
        while (epoch < target) step();
        return history.last();
    }

    /** Runs n epochs. */
    public EpochRecord runEpochs(int n) {
        for (int k = 0; k < n; k++) runEpoch();
        return history.last();
    }

    /** Back to the initial weights at the first epoch (0, or a trained network's), a history of that epoch alone. */
    public void reset() {
        if (pending != null) settings = pending;
        pending = null;
        settingsFrom.clear();
        settingsFrom.put(firstEpoch, settings);
        sgd.load(initial);
        if (firstEpoch > 0 && settings.regularization() == deltaflow.model.Regularization.L1) freezeZeros();
        epoch = firstEpoch;
        batchInEpoch = 0;
        updates = (long) firstEpoch * batches(settings); // as many as a run from epoch 0 made, batch size unchanged
        lastBatchCost = Double.NaN;
        history.clear(firstEpoch);
        history.add(evaluate());
    }

    /** Freezes every weight at exactly zero: what L1 had stopped in the training a saved network came from. */
    private void freezeZeros() {
        boolean[] all = new boolean[sgd.frozenMask().length];
        java.util.Arrays.fill(all, true);
        sgd.freezeWhereZero(all);
    }

    /** New initial weights drawn from {@code seed} (TensorFlow Playground's way), then {@link #reset} to epoch 0. */
    public void reinitialize(long seed) {
        initial = Initializer.like(initial, seed);
        firstEpoch = 0;
        reset();
    }

    /**
     * Training goes on from {@code edited} in place of the current weights, at the same epoch and update
     * (the next {@link #step} updates {@code edited}). See {@link #resumeFrom(int, int, Network)}.
     */
    public void resumeFrom(Network edited) {
        resumeFrom(epoch, batchInEpoch, edited);
    }

    /**
     * Training goes back to update {@code batch} (from 0) of epoch {@code atEpoch} (from 0), a position
     * already reached, and goes on from there with {@code edited} as the weights before that update: what a
     * student does who opens that update in the stepper, changes a weight and applies it. The history up to
     * there stays (records, snapshots, settings); what came after is dropped, and with {@code batch} 0 the
     * record of epoch {@code atEpoch} is made again from {@code edited}. From then on {@link #update},
     * {@link #networkAt} and replay start from the edited weights, never through the old ones. The settings
     * in force stay those last set. {@link #reset} still returns to the initial weights.
     *
     * @throws IllegalArgumentException if {@code edited} has another shape, or the position is not reached
     */
    public void resumeFrom(int atEpoch, int batch, Network edited) {
        requireSameShape(edited);
        requireAfterFirst(atEpoch);
        if (atEpoch > epoch) throw new IllegalArgumentException("epoch " + atEpoch + " is not reached (" + firstEpoch + ".." + epoch + ")");
        TrainingSettings from = settingsAt(atEpoch);
        if (batch < 0 || batch >= batches(from)) throw new IllegalArgumentException("epoch " + atEpoch + " has updates 0.." + (batches(from) - 1));
        if (atEpoch == epoch && batch > batchInEpoch) {
            throw new IllegalArgumentException("update " + batch + " of epoch " + atEpoch + " has not been reached");
        }
        TrainingSettings latest = settings();
        // The weights L1 had frozen at that point stay frozen where the edit left them at zero.
        boolean[] frozen = atEpoch == epoch && batch == batchInEpoch ? sgd.frozenMask() : replayed(atEpoch, batch).frozenMask();
        long updatesBefore = history.record(atEpoch).updates();
        history.truncate(atEpoch, batch);
        settingsFrom.tailMap(atEpoch, false).clear();
        settings = from;
        pending = null;
        sgd.load(edited);
        sgd.freezeWhereZero(frozen);
        history.edit(atEpoch, batch, sgd.snapshot());
        epoch = atEpoch;
        batchInEpoch = batch;
        updates = updatesBefore + batch;
        lastBatchCost = Double.NaN;
        if (batch == 0) history.add(evaluate());
        else fillOrder(order, epoch, settings);
        if (!latest.equals(from)) setSettings(latest);
    }

    /** Refuses an epoch before the first: a trained network's earlier epochs are not in its file. */
    private void requireAfterFirst(int atEpoch) {
        if (atEpoch < firstEpoch) {
            throw new IllegalArgumentException(atEpoch < 0 ? "epoch " + atEpoch + " does not exist"
                    : "epoch " + atEpoch + " is before epoch " + firstEpoch + ", where this training started from saved weights; "
                    + "the epochs before it are not known (" + firstEpoch + ".." + epoch + " are)");
        }
    }

    private void requireSameShape(Network network) {
        Network shape = initial;
        boolean same = network.inputs() == shape.inputs() && network.depth() == shape.depth();
        for (int l = 1; same && l <= shape.depth(); l++) {
            same = network.size(l) == shape.size(l) && network.layer(l).activation() == shape.layer(l).activation();
        }
        if (!same) throw new IllegalArgumentException("the edited network has another shape than the one in training");
    }

    /**
     * The weights after {@code atEpoch} completed epochs ({@link #firstEpoch} … {@link #epoch()}), rebuilt from the nearest
     * snapshot by replaying the epochs since: the same updates in the same order, so the same numbers.
     */
    public Network networkAt(int atEpoch) {
        return replayTo(atEpoch, 0);
    }

    /**
     * What the step engine needs to show update number {@code batch} (from 0) of epoch {@code atEpoch}
     * (from 0): the weights before it and its mini-batch, with η and whether biases learn. Its timeline's
     * gradients and updated weights equal this training's for that update, bit for bit (with a
     * regularization, the weights before the penalty's separate move; a weight L1 has frozen stays at zero
     * in training whatever the engine's w⁺, see {@link #frozenWeight}).
     */
    public Scenario update(int atEpoch, int batch) {
        requireAfterFirst(atEpoch);
        TrainingSettings s = settingsAt(atEpoch);
        if (batch < 0 || batch >= batches(s)) throw new IllegalArgumentException("epoch " + atEpoch + " has updates 0.." + (batches(s) - 1));
        if (atEpoch > epoch || (atEpoch == epoch && batch > batchInEpoch)) {
            throw new IllegalArgumentException("update " + batch + " of epoch " + atEpoch + " has not been reached");
        }
        Network before = replayTo(atEpoch, batch);
        int[] epochOrder = orderOf(atEpoch, s);
        int from = batch * s.batchSize(), to = Math.min(train.length, from + s.batchSize());
        List<Example> examples = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) examples.add(train[epochOrder[k]]);
        return new Scenario(data.name() + ", epoch " + (atEpoch + 1) + ", update " + (batch + 1), "", before, cost, examples,
                s.learningRate(), s.trainBiases(), TrainingSection.NONE, inputNames());
    }

    /**
     * How diagrams and formulas name the inputs: the features (x₁², sin(x₁), …) or the CSV file's columns. The
     * 64 pixels of the digits stay x₁ … x₆₄, the lecture's x: their names would crowd every formula.
     */
    public List<String> inputNames() {
        return data.name().equals(DataSpec.DIGITS) ? List.of() : data.inputNames();
    }

    /** The mini-batch the next {@link #step} will use, with the current weights, for the step engine. */
    public Scenario nextUpdate() {
        if (batchInEpoch == 0) return update(epoch, 0);
        return update(epoch, batchInEpoch);
    }

    private Network replayTo(int atEpoch, int batch) {
        requireAfterFirst(atEpoch);
        if (atEpoch > epoch) throw new IllegalArgumentException("epoch " + atEpoch + " is not recorded (" + firstEpoch + ".." + epoch + ")");
        if (atEpoch == epoch && batch == batchInEpoch) return sgd.network();
        return replayed(atEpoch, batch).network();
    }

    /** The replay engine set to the weights (and frozen weights) before update {@code batch} of {@code atEpoch}. */
    private Sgd replayed(int atEpoch, int batch) {
        // From the latest known weights before the position: an epoch's snapshot or, if later, an edit.
        Map.Entry<Integer, double[]> snapshot = history.snapshotAtOrBefore(atEpoch);
        Map.Entry<Long, double[]> edit = history.editAtOrBefore(atEpoch, batch);
        // No snapshot only when the first epoch's was replaced by an edit there (resumeFrom at its start).
        int startEpoch = snapshot == null ? firstEpoch : snapshot.getKey(), startBatch = 0;
        double[] start = snapshot == null ? null : snapshot.getValue();
        if (edit != null && (snapshot == null || edit.getKey() >= History.position(startEpoch, 0))) {
            startEpoch = History.epochOf(edit.getKey());
            startBatch = History.batchOf(edit.getKey());
            start = edit.getValue();
        }
        replay.restore(start);
        int[] replayOrder = new int[train.length];
        for (int e = startEpoch; e <= atEpoch; e++) {
            TrainingSettings s = settingsAt(e);
            int first = e == startEpoch ? startBatch : 0;
            int last = e < atEpoch ? batches(s) : batch;
            if (last <= first) {
                if (e == atEpoch) break;
                continue;
            }
            fillOrder(replayOrder, e, s);
            for (int b = first; b < last; b++) {
                int from = b * s.batchSize(), to = Math.min(train.length, from + s.batchSize());
                replay.update(cost, trainTable, replayOrder, from, to, s.learningRate(), s.trainBiases(), s.regularization(), s.regularizationRate());
            }
        }
        return replay;
    }

    private TrainingSettings settingsAt(int atEpoch) { return settingsFrom.floorEntry(atEpoch).getValue(); }

    private int batches(TrainingSettings s) { return (train.length + s.batchSize() - 1) / s.batchSize(); }

    private void startEpoch() {
        fillOrder(order, epoch, settings);
        if (history.wanted(epoch)) history.offerSnapshot(epoch, sgd.snapshot());
    }

    private int[] orderOf(int atEpoch, TrainingSettings s) {
        int[] o = new int[train.length];
        fillOrder(o, atEpoch, s);
        return o;
    }

    /** The visiting order of epoch e: the examples shuffled by a generator seeded from the seed and e alone. */
    private static void fillOrder(int[] order, int e, TrainingSettings s) {
        for (int k = 0; k < order.length; k++) order[k] = k;
        new SeededRandom(s.shuffleSeed() * 0x9E3779B97F4A7C15L + e).shuffle(order);
    }

    /** The losses (and accuracy) of the current weights over both sets. */
    private EpochRecord evaluate() {
        Network network = sgd.view();
        double[] trainScore = score(network, trainInputs, data.train());
        double[] testScore = testInputs.length == 0 ? new double[] {Double.NaN, Double.NaN} : score(network, testInputs, data.test());
        return new EpochRecord(epoch, updates, trainScore[0], testScore[0], trainScore[1], testScore[1]);
    }

    /** {mean cost, fraction right (NaN for regression)} over a set. */
    private double[] score(Network network, double[][] inputs, List<Example> examples) {
        double[] output = new double[network.outputs()];
        double total = 0;
        int right = 0;
        int depth = network.depth();
        for (int start = 0; start < inputs.length; start += Forward.BLOCK) {
            int end = Math.min(inputs.length, start + Forward.BLOCK);
            forward.run(network, inputs, start, end);
            for (int r = 0; r < end - start; r++) {
                double[] y = output;
                forward.activations(depth, r, y);
                Example example = examples.get(start + r);
                double[] target = targetOf(example);
                total += cost.value(y, target);
                if (isRight(y, target)) right++;
            }
        }
        return new double[] {total / inputs.length, data.task() == Task.REGRESSION ? Double.NaN : (double) right / inputs.length};
    }

    private final java.util.IdentityHashMap<Example, double[]> targets = new java.util.IdentityHashMap<>();

    private double[] targetOf(Example example) { return targets.computeIfAbsent(example, Example::target); }

    private boolean isRight(double[] y, double[] target) {
        return switch (data.task()) {
            case BINARY -> (y[0] >= 0) == (target[0] >= 0);
            case CLASSES -> argmax(y) == argmax(target);
            case REGRESSION -> false;
        };
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int k = 1; k < v.length; k++) if (v[k] > v[best]) best = k;
        return best;
    }

    private static double[][] inputs(List<Example> examples) {
        double[][] x = new double[examples.size()][];
        for (int r = 0; r < x.length; r++) x[r] = examples.get(r).x();
        return x;
    }
}
