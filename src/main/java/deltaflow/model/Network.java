package deltaflow.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A feed-forward network of L ≥ 1 layers, numbered as the lecture numbers them: layer 0 is the input x,
 * layers 1..L compute, layer L is the output y. Immutable.
 */
public final class Network {
    private final int inputs;
    private final List<Layer> layers;

    public Network(int inputs, List<Layer> layers) {
        if (inputs < 1) throw new IllegalArgumentException("a network needs at least one input");
        if (layers.isEmpty()) throw new IllegalArgumentException("a network needs at least one layer");
        int previous = inputs;
        for (int l = 1; l <= layers.size(); l++) {
            Layer layer = layers.get(l - 1);
            if (layer.inputs() != previous) {
                throw new IllegalArgumentException("layer " + l + " takes " + layer.inputs() + " inputs, expected " + previous);
            }
            if (layer.activation() == Activation.SOFTMAX && l != layers.size()) {
                throw new IllegalArgumentException("layer " + l + ": softmax is allowed in the output layer only");
            }
            previous = layer.size();
        }
        this.inputs = inputs;
        this.layers = List.copyOf(layers);
    }

    /** L, the number of computing layers. */
    public int depth() { return layers.size(); }

    public int inputs() { return inputs; }

    public int outputs() { return layers.get(layers.size() - 1).size(); }

    /** Layer l, for l in 1..L. */
    public Layer layer(int l) { return layers.get(l - 1); }

    public List<Layer> layers() { return layers; }

    /** The number of neurons in layer l; layer 0 is the input. */
    public int size(int l) { return l == 0 ? inputs : layers.get(l - 1).size(); }

    /** The number of weights and biases. */
    public long parameterCount() {
        long count = 0;
        for (Layer layer : layers) count += (long) layer.size() * (layer.inputs() + 1);
        return count;
    }

    public Network withLayer(int l, Layer layer) {
        List<Layer> copy = new ArrayList<>(layers);
        copy.set(l - 1, layer);
        return new Network(inputs, copy);
    }

    public Network withWeight(int l, int i, int j, double value) {
        return withLayer(l, layer(l).withWeight(i, j, value));
    }

    public Network withBias(int l, int i, double value) {
        return withLayer(l, layer(l).withBias(i, value));
    }

    @Override public boolean equals(Object o) {
        return o instanceof Network other && inputs == other.inputs && layers.equals(other.layers);
    }

    @Override public int hashCode() { return 31 * inputs + layers.hashCode(); }

    @Override public String toString() {
        StringBuilder shape = new StringBuilder().append(inputs);
        for (Layer layer : layers) shape.append('-').append(layer.size());
        return "Network[" + shape + "]";
    }
}
