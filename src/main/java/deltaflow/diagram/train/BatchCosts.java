package deltaflow.diagram.train;

import deltaflow.model.train.Training;

import java.util.Arrays;

/**
 * The cost C of mini-batches as training went, for the faint line under the loss curves: at position
 * {@code epochs[k]} (the epoch and the fraction of it done, 3.4 = the fifth of ten updates of epoch 4) the
 * batch's C before its update. Immutable; {@link Log} collects them while training, keeping at most a bounded
 * number (every other one dropped when full), so memory stays the same however long training runs.
 */
public final class BatchCosts {
    public static final BatchCosts NONE = new BatchCosts(new double[0], new double[0]);

    private final double[] epochs;
    private final double[] costs;

    public BatchCosts(double[] epochs, double[] costs) {
        if (epochs.length != costs.length) throw new IllegalArgumentException(epochs.length + " positions but " + costs.length + " costs");
        this.epochs = epochs.clone();
        this.costs = costs.clone();
    }

    public int size() { return epochs.length; }

    /** Where batch k lies on the epoch axis. */
    public double epoch(int k) { return epochs[k]; }

    /** C of batch k, before its update. */
    public double cost(int k) { return costs[k]; }

    /** The costs of batches at or before {@code epoch} (positions grow with training). */
    public BatchCosts upTo(double epoch) {
        int n = 0;
        while (n < epochs.length && epochs[n] <= epoch) n++;
        return n == epochs.length ? this : new BatchCosts(Arrays.copyOf(epochs, n), Arrays.copyOf(costs, n));
    }

    /** Collects batch costs as training steps; not thread-safe (its owner is the training's owner). */
    public static final class Log {
        /** Costs kept at most: 100,000 epochs of a data set in 25 batches still fit. */
        public static final int DEFAULT_CAPACITY = 8192;

        private final int capacity;
        private double[] epochs;
        private double[] costs;
        private int size;
        /** Only every stride-th batch is kept; doubles when the log is full. */
        private long stride = 1;
        private long seen;

        public Log() { this(DEFAULT_CAPACITY); }

        public Log(int capacity) {
            if (capacity < 2) throw new IllegalArgumentException("a log keeps at least 2 costs");
            this.capacity = capacity;
            epochs = new double[Math.min(capacity, 1024)];
            costs = new double[epochs.length];
        }

        /** Records the update {@code training} has just done: its batch's cost at the position it had in its epoch. */
        public void recordLastUpdate(Training training) {
            int done = training.batchInEpoch();
            // The update just done ended an epoch when the count in the epoch is back to 0.
            double position = done == 0 ? training.epoch() : training.epoch() + (double) done / training.batchesPerEpoch();
            add(position, training.lastBatchCost());
        }

        public void add(double epoch, double cost) {
            if (seen++ % stride != 0) return;
            if (size == epochs.length) {
                if (size < capacity) {
                    epochs = Arrays.copyOf(epochs, Math.min(capacity, size * 2));
                    costs = Arrays.copyOf(costs, epochs.length);
                } else {
                    // Full: keep every other one, and from now on every other one of those to come.
                    int kept = 0;
                    for (int k = 0; k < size; k += 2, kept++) {
                        epochs[kept] = epochs[k];
                        costs[kept] = costs[k];
                    }
                    size = kept;
                    stride *= 2;
                    if ((seen - 1) % stride != 0) return;
                }
            }
            epochs[size] = epoch;
            costs[size] = cost;
            size++;
        }

        /** Forgets everything (training reset). */
        public void clear() {
            size = 0;
            stride = 1;
            seen = 0;
        }

        public int size() { return size; }

        public BatchCosts snapshot() {
            return new BatchCosts(Arrays.copyOf(epochs, size), Arrays.copyOf(costs, size));
        }
    }
}
