package deltaflow.model;

/**
 * The forward pass alone, z^l = W^l a^{l−1} + b^l and a^l = σ(z^l), over many inputs at once: for the
 * loss over a data set and for the outputs of every neuron over a grid of the input plane. It runs the
 * same {@link Backprop} kernels as a pass of the step engine, on blocks of inputs that stay in cache, so
 * its outputs are the step engine's numbers for the same network and input.
 */
public final class Forward {
    /** Inputs per block: each layer's weights meet this many inputs while they are in the L1 cache. */
    public static final int BLOCK = 64;

    private final Network shape;
    private final double[][][] a; // [l][r][i], l = 0..L
    private final double[][][] z; // [l][r][i], l = 1..L
    /** By block length: the row arrays the kernels take, whose length is the number of inputs. */
    private final double[][][][] aRows = new double[BLOCK + 1][][][];
    private final double[][][][] zRows = new double[BLOCK + 1][][][];

    public Forward(Network shape) {
        this.shape = shape;
        int depth = shape.depth();
        a = new double[depth + 1][BLOCK][];
        z = new double[depth + 1][BLOCK][];
        for (int l = 0; l <= depth; l++) {
            for (int r = 0; r < BLOCK; r++) {
                a[l][r] = new double[shape.size(l)];
                if (l >= 1) z[l][r] = new double[shape.size(l)];
            }
        }
    }

    /**
     * Runs the block inputs[from] … inputs[to − 1] (at most {@link #BLOCK}) through the network; then
     * {@link #activations} holds a^l of each. The network must have the shape this was made for.
     */
    public void run(Network network, double[][] inputs, int from, int to) {
        int count = to - from;
        if (count < 1 || count > BLOCK) throw new IllegalArgumentException("1 to " + BLOCK + " inputs at a time");
        for (int r = 0; r < count; r++) System.arraycopy(inputs[from + r], 0, a[0][r], 0, shape.inputs());
        double[][][] as = rows(aRows, a, count), zs = rows(zRows, z, count);
        for (int l = 1; l <= network.depth(); l++) {
            Layer layer = network.layer(l);
            Backprop.weightedInputs(layer, as[l - 1], zs[l]);
            for (int r = 0; r < count; r++) Backprop.activations(layer.activation(), zs[l][r], as[l][r]);
        }
    }

    /** a_i^l of input r of the last block. */
    public double activation(int l, int r, int i) { return a[l][r][i]; }

    /** a^l of input r of the last block, shared: read it, never keep it. */
    public double[] activations(int l, int r) { return a[l][r]; }

    private static double[][][] rows(double[][][][] cache, double[][][] arrays, int count) {
        if (cache[count] == null) {
            double[][][] rows = new double[arrays.length][][];
            for (int l = 0; l < arrays.length; l++) rows[l] = java.util.Arrays.copyOf(arrays[l], count);
            cache[count] = rows;
        }
        return cache[count];
    }
}
