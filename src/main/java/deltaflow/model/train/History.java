package deltaflow.model.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What training has been through: per epoch the losses (and accuracy), and the weights at the start of
 * epochs, from which any recorded epoch is rebuilt by replaying the epochs since the nearest snapshot.
 * Snapshots are kept every epoch while they fit in {@link #SNAPSHOT_BUDGET} bytes; past that every other
 * one is dropped and the interval doubles, so memory stays bounded however long training runs. A 2-D
 * network of TensorFlow Playground's largest shape (433 parameters, 3.5 kB) keeps every one of 10,000
 * epochs in 35 MB.
 */
public final class History {
    /** Bytes of weight snapshots kept at most. */
    public static final long SNAPSHOT_BUDGET = 64L << 20;

    private final List<EpochRecord> records = new ArrayList<>();
    private final TreeMap<Integer, double[]> snapshots = new TreeMap<>();
    /** Weights a person set by hand (Training.resumeFrom), by position: replay starts from them, never through them. */
    private final TreeMap<Long, double[]> edits = new TreeMap<>();
    private final int parameters;
    private int interval = 1;
    /** The epoch training started at: 0, or the epochs a trained scenario had been through (Training's first epoch). */
    private int first;

    History(int parameters) { this.parameters = parameters; }

    /**
     * One record per completed epoch, from the epoch training started at ({@link #firstEpoch}: 0, the initial
     * weights, or the epoch a trained scenario was saved at — the records before it are not in the file).
     */
    public List<EpochRecord> records() { return Collections.unmodifiableList(records); }

    /** The epoch of the first record. */
    public int firstEpoch() { return first; }

    /** The record of {@code epoch} ({@link #firstEpoch} … the last). */
    public EpochRecord record(int epoch) { return records.get(epoch - first); }

    public EpochRecord last() { return records.get(records.size() - 1); }

    /** Epochs between kept snapshots: 1 until the budget is reached. */
    public int snapshotInterval() { return interval; }

    public int snapshotCount() { return snapshots.size(); }

    /** Bytes held by snapshots. */
    public long snapshotBytes() { return (long) snapshots.size() * parameters * Double.BYTES; }

    void add(EpochRecord record) { records.add(record); }

    /** Keeps the weights at the start of {@code epoch} if it falls on the interval. */
    void offerSnapshot(int epoch, double[] parameters) {
        if (!wanted(epoch)) return;
        snapshots.put(epoch, parameters.clone());
        while (snapshotBytes() > SNAPSHOT_BUDGET && interval < Integer.MAX_VALUE / 2) {
            interval *= 2;
            // The first epoch's weights stay whatever the interval: replay has nothing before them.
            snapshots.keySet().removeIf(e -> e % interval != 0 && e != first);
        }
    }

    /** Whether the weights at the start of {@code epoch} are kept: on the interval, or the first epoch's. */
    boolean wanted(int epoch) { return epoch % interval == 0 || epoch == first; }

    /** The latest snapshot at or before {@code epoch}. */
    Map.Entry<Integer, double[]> snapshotAtOrBefore(int epoch) { return snapshots.floorEntry(epoch); }

    /** The weights of the latest edit at or before update {@code batch} of {@code epoch}, or null. */
    Map.Entry<Long, double[]> editAtOrBefore(int epoch, int batch) { return edits.floorEntry(position(epoch, batch)); }

    /** Edits in all, for tests and memory accounting. */
    int editCount() { return edits.size(); }

    /**
     * Forgets what came after update {@code batch} of {@code epoch}, and the weights there, which
     * {@link #edit} replaces: the records of later epochs (and of {@code epoch} itself when
     * {@code batch} is 0, as its record is of the weights being replaced), their snapshots and edits.
     */
    void truncate(int epoch, int batch) {
        int keep = (batch == 0 ? epoch : epoch + 1) - first;
        while (records.size() > keep) records.remove(records.size() - 1);
        snapshots.keySet().removeIf(e -> e > epoch || (batch == 0 && e == epoch));
        edits.keySet().removeIf(p -> p >= position(epoch, batch));
    }

    /** Keeps weights set by hand before update {@code batch} of {@code epoch}; replay starts there. */
    void edit(int epoch, int batch, double[] parameters) {
        edits.put(position(epoch, batch), parameters.clone()); // not a snapshot: thinning must never drop it
    }

    static long position(int epoch, int batch) { return ((long) epoch << 32) | batch; }

    static int epochOf(long position) { return (int) (position >>> 32); }

    static int batchOf(long position) { return (int) position; }

    /** Forgets everything; the records start again at {@code firstEpoch}. */
    void clear(int firstEpoch) {
        first = firstEpoch;
        records.clear();
        snapshots.clear();
        edits.clear();
        interval = 1;
    }
}
