package deltaflow.model;

/**
 * The forward pass alone, z^l = W^l a^{l−1} + b^l and a^l = σ(z^l), over many inputs at once: for the
 * loss over a data set and for the outputs of every neuron over a grid of the input plane. It runs the
 * step engine's own kernels ({@link BatchPass}) on blocks of inputs that stay in cache, so its outputs are
 * the step engine's numbers for the same network and input, to the last bit.
 */
public final class Forward {
    /** Inputs per block: each layer's weights meet this many inputs while they are in the L1 cache. */
    public static final int BLOCK = 64;

    private final BatchPass block;

    public Forward(Network shape) {
        block = new BatchPass(shape, BLOCK);
    }

    /**
     * Runs the block inputs[from] … inputs[to − 1] (at most {@link #BLOCK}) through the network; then
     * {@link #activation} holds a^l of each. The network must have the shape this was made for.
     */
    public void run(Network network, double[][] inputs, int from, int to) {
        block.forward(network, inputs, from, to);
    }

    /** a_i^l of input r of the last block. */
    public double activation(int l, int r, int i) { return block.a(r, l, i); }

    /** Copies a^l of input r of the last block into {@code into}. */
    public void activations(int l, int r, double[] into) { block.copyActivations(l, r, into); }

    /** Copies a_i^l of every input of the last block, in order, into {@code into} from {@code offset}. */
    public void activationsOfNeuron(int l, int i, double[] into, int offset) { block.copyActivations(l, i, into, offset); }
}
