package deltaflow.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Classic mistakes in backpropagation, each computed as faithfully as the right way so a lesson can show
 * both side by side and where the numbers part. Only the backward pass differs; the forward pass, the cost
 * and θ ← θ − η ∂C/∂θ are the lecture's.
 */
public enum Misconception {
    /**
     * Updating W^{l+1} before δ^l is computed, so δ^l uses the new weights. An early version of Matt Mazur's
     * script did this; his published error after one update, 0.291027924, comes from it.
     */
    UPDATE_BEFORE_BACKPROPAGATING("update-early"),
    /** Dropping the factor σ'(z^l): δ^l = (W^{l+1})^T δ^{l+1}, δ^L = ∇C^r(y^r). */
    FORGET_GAIN("forget-gain"),
    /** Using W^{l+1} instead of its transpose: δ^l = σ'(z^l) ⊙ W^{l+1} δ^{l+1}. Needs square weight matrices. */
    WEIGHTS_NOT_TRANSPOSED("no-transpose");

    private final String id;

    Misconception(String id) { this.id = id; }

    public String id() { return id; }

    /** True when the mistake can be made on this network at all (the untransposed W must fit). */
    public boolean appliesTo(Network network) {
        if (this != WEIGHTS_NOT_TRANSPOSED) return true;
        for (int l = 2; l <= network.depth(); l++) {
            if (network.size(l) != network.size(l - 1)) return false;
        }
        return true;
    }

    /** The network after one update made with this mistake. */
    public Network update(Scenario scenario) {
        if (!appliesTo(scenario.network())) throw new IllegalArgumentException(id + " needs square weight matrices");
        Network network = scenario.network();
        int depth = network.depth();
        int batch = scenario.batchSize();
        List<Pass> passes = new ArrayList<>(batch);
        for (Example example : scenario.examples()) passes.add(new Pass(network).run(network, scenario.cost(), example));

        // δ for each example, layer by layer from L down, each layer's update made as soon as its δ is known.
        double[][][] deltas = new double[batch][depth + 1][];
        List<Layer> layers = new ArrayList<>(network.layers());
        for (int l = depth; l >= 1; l--) {
            for (int r = 0; r < batch; r++) deltas[r][l] = delta(scenario, passes.get(r), layers, deltas[r], l);
            layers.set(l - 1, updated(scenario, network.layer(l), passes, deltas, l));
        }
        return new Network(network.inputs(), layers);
    }

    private double[] delta(Scenario scenario, Pass pass, List<Layer> current, double[][] deltas, int l) {
        Network network = scenario.network();
        int size = network.size(l);
        double[] gains = new double[size];
        for (int i = 0; i < size; i++) gains[i] = this == FORGET_GAIN ? 1.0 : pass.gain(l, i);
        double[] delta = new double[size];
        if (l == network.depth()) {
            double[] y = new double[size];
            double[] costGradient = new double[size];
            for (int n = 0; n < size; n++) {
                y[n] = pass.a(l, n);
                costGradient[n] = pass.costGradient(n);
            }
            Activation sigma = network.layer(l).activation();
            Backprop.outputDelta(this == FORGET_GAIN && !sigma.isElementwise() ? Activation.LINEAR : sigma, gains, y, costGradient, delta);
            return delta;
        }
        Layer next = switch (this) {
            case UPDATE_BEFORE_BACKPROPAGATING -> current.get(l); // layer l+1, already updated
            case FORGET_GAIN -> network.layer(l + 1);
            case WEIGHTS_NOT_TRANSPOSED -> transposed(network.layer(l + 1));
        };
        Backprop.hiddenDelta(gains, next, deltas[l + 1], delta);
        return delta;
    }

    private static Layer updated(Scenario scenario, Layer layer, List<Pass> passes, double[][][] deltas, int l) {
        int batch = passes.size();
        double[] w = layer.weights();
        double[] b = layer.biases();
        int inputs = layer.inputs();
        for (int i = 0; i < layer.size(); i++) {
            for (int j = 0; j < inputs; j++) {
                double sum = 0;
                for (int r = 0; r < batch; r++) sum += Backprop.weightGradient(passes.get(r).a(l - 1, j), deltas[r][l][i]);
                w[i * inputs + j] = Backprop.update(w[i * inputs + j], scenario.learningRate(), sum / batch);
            }
            if (scenario.trainBiases()) {
                double sum = 0;
                for (int r = 0; r < batch; r++) sum += Backprop.biasGradient(deltas[r][l][i]);
                b[i] = Backprop.update(b[i], scenario.learningRate(), sum / batch);
            }
        }
        return Layer.ofFlat(layer.activation(), inputs, w, b);
    }

    private static Layer transposed(Layer layer) {
        int n = layer.size();
        double[] t = new double[n * n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) t[j * n + i] = layer.weight(i, j);
        return Layer.ofFlat(layer.activation(), n, t, layer.biases());
    }
}
