package deltaflow.diagram.train;

import deltaflow.model.Example;
import deltaflow.model.Forward;
import deltaflow.model.Network;
import deltaflow.model.data.DataSet;
import deltaflow.model.data.Task;
import deltaflow.model.train.EpochRecord;
import deltaflow.model.train.Grid;
import deltaflow.model.train.GridOutputs;
import deltaflow.model.train.Training;

import java.util.ArrayList;
import java.util.List;

/**
 * One moment of training, everything the training picture draws, immutable: the weights, the data set (its
 * points or images), the losses per epoch so far, the batch costs, and over the input plane (2-D data) the
 * output's heatmap at the grid's full resolution and a thumbnail of every neuron's (TensorFlow Playground's
 * signature); for classes, the predictions over the test set (confusion matrix, sample images).
 *
 * <p>Made on the thread that trains, after {@link GridOutputs#compute}; it copies what it keeps, so training may
 * go on at once. It keeps only what is drawn: the full grid for the output (or the focused neuron) and a sample
 * of {@link Detail#thumbnail()} points a side for every other neuron.
 */
public final class TrainingSnapshot {
    /** TensorFlow Playground-sized thumbnails: 25 points a side, every fourth of the 100×100 grid. */
    public static final int DEFAULT_THUMBNAIL = 25;
    /** Images of the test set shown in the digits' strip. */
    public static final int SAMPLES = 10;

    /**
     * How much to keep: thumbnails of {@code thumbnail} points a side, and the neuron drawn large over the
     * plane, {@code focus} (null: the output).
     */
    public record Detail(int thumbnail, PictureTarget.Neuron focus) {
        public static final Detail DEFAULT = new Detail(DEFAULT_THUMBNAIL, null);

        public Detail {
            if (thumbnail < 2) throw new IllegalArgumentException("a thumbnail needs at least 2 points a side");
        }

        public Detail withFocus(PictureTarget.Neuron neuron) { return new Detail(thumbnail, neuron); }
    }

    /** A test image with the class the network gives it and its true class. */
    public record Sample(double[] pixels, int predicted, int actual) {
        public Sample {
            pixels = pixels.clone();
        }

        @Override public double[] pixels() { return pixels.clone(); }

        public double pixel(int k) { return pixels[k]; }

        public boolean right() { return predicted == actual; }
    }

    private final Network network;
    private final DataSet data;
    private final List<EpochRecord> history;
    private final BatchCosts batchCosts;
    private final Grid grid;
    private final PictureTarget.Neuron planeNeuron;
    private final Heatmap plane;
    private final Heatmap[][] thumbnails; // [l][i], l = 0..L; null entries where not computed
    private final int[][] confusion;      // [actual][predicted]; null unless classes
    private final List<Sample> samples;

    private TrainingSnapshot(Network network, DataSet data, List<EpochRecord> history, BatchCosts batchCosts, Grid grid,
                             PictureTarget.Neuron planeNeuron, Heatmap plane, Heatmap[][] thumbnails, int[][] confusion, List<Sample> samples) {
        if (history.isEmpty()) throw new IllegalArgumentException("the history needs at least epoch 0");
        this.network = network;
        this.data = data;
        this.history = List.copyOf(history);
        this.batchCosts = batchCosts;
        this.grid = grid;
        this.planeNeuron = planeNeuron;
        this.plane = plane;
        this.thumbnails = thumbnails;
        this.confusion = confusion;
        this.samples = List.copyOf(samples);
    }

    /**
     * The training as it is now, with {@code outputs} just computed by {@link GridOutputs#compute} for its
     * network over {@code grid} (null, or any grid, for data that is not 2-D).
     */
    public static TrainingSnapshot of(Training training, Grid grid, double[][][] outputs, BatchCosts costs, Detail detail) {
        return of(training.network(), training.data(), training.history().records(), costs, grid, outputs, detail);
    }

    /** As {@link #of(Training, Grid, double[][][], BatchCosts, Detail)} with default detail. */
    public static TrainingSnapshot of(Training training, Grid grid, double[][][] outputs, BatchCosts costs) {
        return of(training, grid, outputs, costs, Detail.DEFAULT);
    }

    /**
     * The training as it is now, computing the grid of outputs itself (a new {@link GridOutputs}: for an
     * export, not for every frame).
     */
    public static TrainingSnapshot compute(Training training, BatchCosts costs, Detail detail) {
        return compute(training.network(), training.data(), training.history().records(), costs, detail);
    }

    /** A network with its data and history (such as one rebuilt at an earlier epoch), computing its grid of outputs. */
    public static TrainingSnapshot compute(Network network, DataSet data, List<EpochRecord> history, BatchCosts costs, Detail detail) {
        if (!data.isPlanar()) return of(network, data, history, costs, null, null, detail);
        Grid grid = Grid.DEFAULT;
        double[][][] outputs = GridOutputs.newOutputs(network, grid);
        new GridOutputs(grid, data.features(), network).compute(network, outputs);
        return of(network, data, history, costs, grid, outputs, detail);
    }

    /** Everything given: {@code outputs[l][i][p]} as {@link GridOutputs#compute} writes it (a null layer has no thumbnails). */
    public static TrainingSnapshot of(Network network, DataSet data, List<EpochRecord> history, BatchCosts costs, Grid grid,
                                      double[][][] outputs, Detail detail) {
        int depth = network.depth();
        Heatmap plane = null;
        Heatmap[][] thumbnails = null;
        PictureTarget.Neuron planeNeuron = null;
        if (data.isPlanar()) {
            if (grid == null || outputs == null || outputs[depth] == null) throw new IllegalArgumentException("2-D data needs the grid of outputs");
            planeNeuron = detail.focus() != null && detail.focus().layer() <= depth && outputs[detail.focus().layer()] != null
                    && detail.focus().index() < network.size(detail.focus().layer()) ? detail.focus() : new PictureTarget.Neuron(depth, 0);
            plane = Heatmap.full(grid, outputs[planeNeuron.layer()][planeNeuron.index()]);
            thumbnails = new Heatmap[depth + 1][];
            for (int l = 0; l <= depth; l++) {
                thumbnails[l] = new Heatmap[network.size(l)];
                if (outputs[l] == null) continue;
                for (int i = 0; i < network.size(l); i++) thumbnails[l][i] = Heatmap.sampled(grid, outputs[l][i], detail.thumbnail());
            }
        }
        int[][] confusion = null;
        List<Sample> samples = List.of();
        if (data.task() == Task.CLASSES) {
            List<Example> judged = data.test().isEmpty() ? data.train() : data.test();
            int classes = data.outputs();
            confusion = new int[classes][classes];
            int[] predicted = predict(network, judged);
            List<Sample> strip = new ArrayList<>();
            for (int r = 0; r < judged.size(); r++) {
                int actual = argmax(judged.get(r).target());
                confusion[actual][predicted[r]]++;
                if (r < SAMPLES && isImage(data)) strip.add(new Sample(judged.get(r).x(), predicted[r], actual));
            }
            samples = strip;
        }
        return new TrainingSnapshot(network, data, history, costs == null ? BatchCosts.NONE : costs, data.isPlanar() ? grid : null,
                planeNeuron, plane, thumbnails, confusion, samples);
    }

    /** 8×8 images: the digits, or any data of 64 inputs in [0, 1] with classes. */
    static boolean isImage(DataSet data) { return data.inputs() == 64; }

    private static int[] predict(Network network, List<Example> examples) {
        double[][] inputs = new double[examples.size()][];
        for (int r = 0; r < inputs.length; r++) inputs[r] = examples.get(r).x();
        Forward forward = new Forward(network);
        double[] output = new double[network.outputs()];
        int[] predicted = new int[inputs.length];
        for (int start = 0; start < inputs.length; start += Forward.BLOCK) {
            int end = Math.min(inputs.length, start + Forward.BLOCK);
            forward.run(network, inputs, start, end);
            for (int r = start; r < end; r++) {
                forward.activations(network.depth(), r - start, output);
                predicted[r] = argmax(output);
            }
        }
        return predicted;
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int k = 1; k < v.length; k++) if (v[k] > v[best]) best = k;
        return best;
    }

    public Network network() { return network; }

    public DataSet data() { return data; }

    /** Per completed epoch, from epoch 0 (before training). */
    public List<EpochRecord> history() { return history; }

    /** Completed epochs. */
    public int epoch() { return history.get(history.size() - 1).epoch(); }

    public EpochRecord last() { return history.get(history.size() - 1); }

    public BatchCosts batchCosts() { return batchCosts; }

    /** True for 2-D data: a plane with a heatmap and thumbnails. */
    public boolean isPlanar() { return plane != null; }

    /** The grid the plane was computed on; null unless 2-D. */
    public Grid grid() { return grid; }

    /** The neuron whose output {@link #plane()} shows: the output, or the focused one. */
    public PictureTarget.Neuron planeNeuron() { return planeNeuron; }

    /** The output (or the focused neuron) over the whole grid; null unless 2-D. */
    public Heatmap plane() { return plane; }

    /** Neuron i of layer l (0: the features) over the plane, small; null unless 2-D or when not computed. */
    public Heatmap thumbnail(int l, int i) { return thumbnails == null ? null : thumbnails[l][i]; }

    /** Test examples (the training ones if there is no test set) of class a predicted as p; null unless classes. */
    public int confusion(int actual, int predicted) { return confusion[actual][predicted]; }

    public boolean hasConfusion() { return confusion != null; }

    /** Sample test images with their predicted and true classes (8×8 data with classes only). */
    public List<Sample> samples() { return samples; }
}
