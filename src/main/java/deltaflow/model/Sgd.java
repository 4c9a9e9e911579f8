package deltaflow.model;

import java.util.Arrays;
import java.util.List;

/**
 * Mini-batch gradient descent on weights kept in place: the engine of training. Each update runs
 * {@link BatchPass#run}, {@link GradientSum#add(BatchPass)} and the update θ ← θ − η ∂C/∂θ — the very code the
 * step engine's {@link Trace} runs — so an update's gradients and new weights are those the step engine
 * shows for the same mini-batch and weights, bit for bit. Unlike {@link Trainer} it changes its own
 * arrays instead of building a new network per update (a 2-4-2-1 network updates over a million times a
 * second, where allocation would cost as much as the arithmetic).
 */
public final class Sgd {
    private final Network shape;
    private final double[][] weights; // by layer l = 1..L, row-major
    private final double[][] biases;
    /** Weights L1 stopped at zero for good, by layer like {@code weights} (TensorFlow Playground's dead links). */
    private final boolean[][] frozen;
    private final Network working;    // layers that read the arrays above; never leaves this class
    private final GradientSum gradients;
    private BatchPass passes; // for the largest mini-batch so far

    public Sgd(Network initial) {
        shape = initial;
        int depth = initial.depth();
        weights = new double[depth + 1][];
        biases = new double[depth + 1][];
        frozen = new boolean[depth + 1][];
        Layer[] layers = new Layer[depth];
        for (int l = 1; l <= depth; l++) {
            Layer layer = initial.layer(l);
            weights[l] = layer.weights();
            biases[l] = layer.biases();
            frozen[l] = new boolean[weights[l].length];
            layers[l - 1] = Layer.owning(layer.activation(), layer.inputs(), weights[l], biases[l]);
        }
        working = new Network(initial.inputs(), Arrays.asList(layers));
        gradients = new GradientSum(initial);
    }

    /** Sets every weight and bias to those of a network of the same shape; no weight is frozen. */
    public void load(Network network) {
        if (network.depth() != shape.depth()) throw new IllegalArgumentException("a network of another shape");
        for (int l = 1; l <= shape.depth(); l++) {
            Layer layer = network.layer(l);
            if (layer.size() != shape.size(l) || layer.inputs() != shape.size(l - 1) || layer.activation() != shape.layer(l).activation()) {
                throw new IllegalArgumentException("layer " + l + " has another shape");
            }
            System.arraycopy(layer.weightsView(), 0, weights[l], 0, weights[l].length);
            System.arraycopy(layer.biasesView(), 0, biases[l], 0, biases[l].length);
        }
        for (int l = 1; l < frozen.length; l++) java.util.Arrays.fill(frozen[l], false);
    }

    /** True when L1 stopped w_ij^l at zero: it stays there while this training runs (or until {@link #load}). */
    public boolean frozen(int l, int i, int j) { return frozen[l][i * shape.size(l - 1) + j]; }

    /** Which weights are frozen, in {@link #save} order of the weights alone. */
    public boolean[] frozenMask() {
        int count = 0;
        for (int l = 1; l < frozen.length; l++) count += frozen[l].length;
        boolean[] mask = new boolean[count];
        int k = 0;
        for (int l = 1; l < frozen.length; l++) {
            System.arraycopy(frozen[l], 0, mask, k, frozen[l].length);
            k += frozen[l].length;
        }
        return mask;
    }

    /** Freezes the weights {@code mask} marks that are still zero: an edit that moved one off zero brings it back to life. */
    public void freezeWhereZero(boolean[] mask) {
        int k = 0;
        for (int l = 1; l < frozen.length; l++) {
            for (int n = 0; n < frozen[l].length; n++, k++) frozen[l][n] = mask[k] && weights[l][n] == 0.0;
        }
    }

    /** The number of weights and biases, the length of a {@link #save}d copy. */
    public int parameterCount() { return (int) shape.parameterCount(); }

    /**
     * Every weight and bias and which weights are frozen, to {@link #restore} later: the parameters in
     * {@link #save} order, then, if any weight is frozen, their number and their places among the parameters.
     */
    public double[] snapshot() {
        int count = 0;
        for (int l = 1; l < frozen.length; l++) for (boolean f : frozen[l]) if (f) count++;
        double[] out = new double[parameterCount() + (count == 0 ? 0 : 1 + count)];
        save(out);
        if (count == 0) return out;
        int at = parameterCount();
        out[at++] = count;
        int k = 0;
        for (int l = 1; l < weights.length; l++) {
            for (int n = 0; n < frozen[l].length; n++) if (frozen[l][n]) out[at++] = k + n;
            k += weights[l].length + biases[l].length;
        }
        return out;
    }

    /** Copies every weight and bias, layer by layer, into {@code out}: a snapshot to {@link #restore} later. */
    public void save(double[] out) {
        int k = 0;
        for (int l = 1; l < weights.length; l++) {
            System.arraycopy(weights[l], 0, out, k, weights[l].length);
            k += weights[l].length;
            System.arraycopy(biases[l], 0, out, k, biases[l].length);
            k += biases[l].length;
        }
    }

    /** Sets every weight and bias, and which weights are frozen, from a {@link #save}d copy or a {@link #snapshot}. */
    public void restore(double[] in) {
        int k = 0;
        int[] starts = new int[weights.length];
        for (int l = 1; l < weights.length; l++) {
            starts[l] = k;
            System.arraycopy(in, k, weights[l], 0, weights[l].length);
            k += weights[l].length;
            System.arraycopy(in, k, biases[l], 0, biases[l].length);
            k += biases[l].length;
            java.util.Arrays.fill(frozen[l], false);
        }
        if (in.length == k) return;
        int count = (int) in[k];
        for (int f = 0; f < count; f++) {
            int place = (int) in[k + 1 + f];
            int l = weights.length - 1;
            while (starts[l] > place) l--;
            frozen[l][place - starts[l]] = true;
        }
    }

    /** The current weights as an immutable network (a copy). */
    public Network network() {
        Layer[] layers = new Layer[shape.depth()];
        for (int l = 1; l <= shape.depth(); l++) {
            layers[l - 1] = Layer.ofFlat(shape.layer(l).activation(), shape.size(l - 1), weights[l], biases[l]);
        }
        return new Network(shape.inputs(), List.of(layers));
    }

    /** The current weights without copying, for forward passes that must not allocate; never to be kept. */
    public Network view() { return working; }

    /**
     * One update over the mini-batch examples[order[from]] … examples[order[to − 1]], in that order; returns
     * C = 1/R Σ_r C^r before the update. The weights then take the gradient step and the penalty.
     */
    public double update(Cost cost, ExampleTable examples, int[] order, int from, int to, double learningRate,
                         boolean trainBiases, Regularization regularization, double rate) {
        int count = to - from;
        if (passes == null || passes.capacity() < count) passes = new BatchPass(shape, count);
        gradients.clear();
        gradients.add(passes.run(working, cost, examples, order, from, to));
        gradients.updateInPlace(weights, biases, learningRate, trainBiases, regularization, rate, frozen);
        return gradients.meanCost();
    }

    /** ∂C/∂w_ij^l of the last update's mini-batch, at the weights before it. */
    public double meanWeightGradient(int l, int i, int j) { return gradients.meanWeightGradient(l, i, j); }

    /** ∂C/∂b_i^l of the last update's mini-batch. */
    public double meanBiasGradient(int l, int i) { return gradients.meanBiasGradient(l, i); }
}
