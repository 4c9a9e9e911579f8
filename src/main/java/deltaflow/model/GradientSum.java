package deltaflow.model;

/**
 * Σ_r ∂C^r/∂θ over a mini-batch, and the gradient-descent update with its mean ∂C/∂θ = 1/R Σ_r ∂C^r/∂θ.
 */
public final class GradientSum {
    private final double[][] weights; // by layer l = 1..L, row-major like Layer
    private final double[][] biases;
    private double cost;
    private int examples;

    public GradientSum(Network network) {
        int depth = network.depth();
        weights = new double[depth + 1][];
        biases = new double[depth + 1][];
        for (int l = 1; l <= depth; l++) {
            weights[l] = new double[network.size(l) * network.size(l - 1)];
            biases[l] = new double[network.size(l)];
        }
    }

    public void clear() {
        for (int l = 1; l < weights.length; l++) {
            java.util.Arrays.fill(weights[l], 0.0);
            java.util.Arrays.fill(biases[l], 0.0);
        }
        cost = 0;
        examples = 0;
    }

    /** Adds one example's ∂C^r/∂w_ij^l = a_j^{l−1} δ_i^l and ∂C^r/∂b_i^l = δ_i^l. */
    public void add(Pass pass) {
        for (int l = 1; l < weights.length; l++) {
            double[] w = weights[l], b = biases[l];
            int inputs = w.length / b.length;
            for (int i = 0; i < b.length; i++) {
                for (int j = 0; j < inputs; j++) w[i * inputs + j] += pass.weightGradient(l, i, j);
                b[i] += pass.biasGradient(l, i);
            }
        }
        cost += pass.cost();
        examples++;
    }

    /** Adds the gradients of every example of a mini-batch, in order, a layer of all of them at a time. */
    void add(BatchPass batch) {
        batch.addGradients(weights, biases);
        for (int r = 0; r < batch.count(); r++) cost += batch.cost(r);
        examples += batch.count();
    }

    /** C = 1/R Σ_r C^r. */
    public double meanCost() { return cost / examples; }

    /** ∂C/∂w_ij^l = 1/R Σ_r ∂C^r/∂w_ij^l. */
    public double meanWeightGradient(int l, int i, int j) {
        return weights[l][i * (weights[l].length / biases[l].length) + j] / examples;
    }

    /** ∂C/∂b_i^l = 1/R Σ_r ∂C^r/∂b_i^l. */
    public double meanBiasGradient(int l, int i) { return biases[l][i] / examples; }

    /**
     * The same step as {@link #update} on arrays changed in place (by layer l = 1..L, row-major like Layer),
     * each weight then penalized by {@code regularization}; with {@link Regularization#NONE} every number
     * is the one update computes, to the last bit.
     */
    void updateInPlace(double[][] w, double[][] b, double learningRate, boolean trainBiases,
                       Regularization regularization, double rate, boolean[][] frozen) {
        for (int l = 1; l < weights.length; l++) {
            double[] wl = w[l], sum = weights[l];
            if (regularization == Regularization.NONE) {
                for (int k = 0; k < wl.length; k++) wl[k] = Backprop.update(wl[k], learningRate, sum[k] / examples);
            } else if (regularization == Regularization.L1) {
                boolean[] fl = frozen[l];
                for (int k = 0; k < wl.length; k++) {
                    if (fl[k]) continue; // stopped at zero by L1: never updated again
                    double stepped = Backprop.update(wl[k], learningRate, sum[k] / examples);
                    double penalized = regularization.penalized(wl[k], stepped, learningRate, rate);
                    fl[k] = Regularization.crossesZero(stepped, penalized);
                    wl[k] = fl[k] ? 0.0 : penalized;
                }
            } else {
                for (int k = 0; k < wl.length; k++) {
                    double before = wl[k];
                    wl[k] = regularization.apply(before, Backprop.update(before, learningRate, sum[k] / examples), learningRate, rate);
                }
            }
            if (trainBiases) {
                double[] bl = b[l];
                for (int i = 0; i < bl.length; i++) bl[i] = Backprop.update(bl[i], learningRate, biases[l][i] / examples);
            }
        }
    }

    /** One step of gradient descent, θ ← θ − η ∂C/∂θ; biases stay as they are unless trained. */
    public Network update(Network network, double learningRate, boolean trainBiases) {
        var layers = new java.util.ArrayList<Layer>(network.depth());
        for (int l = 1; l <= network.depth(); l++) {
            Layer layer = network.layer(l);
            double[] w = layer.weights();
            for (int k = 0; k < w.length; k++) w[k] = Backprop.update(w[k], learningRate, weights[l][k] / examples);
            double[] b = layer.biases();
            if (trainBiases) {
                for (int i = 0; i < b.length; i++) b[i] = Backprop.update(b[i], learningRate, biases[l][i] / examples);
            }
            layers.add(Layer.owning(layer.activation(), layer.inputs(), w, b)); // w and b are fresh copies
        }
        return new Network(network.inputs(), layers);
    }
}
