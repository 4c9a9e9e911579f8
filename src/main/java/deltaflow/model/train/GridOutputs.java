package deltaflow.model.train;

import deltaflow.model.Forward;
import deltaflow.model.Network;
import deltaflow.model.data.DataSet;
import deltaflow.model.data.Feature;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;

/**
 * The output of every neuron of a network at every point of a {@link Grid}: the decision boundary (the
 * output layer) and TensorFlow Playground's neuron thumbnails (the hidden layers). The inputs — the
 * features at each point — are computed once; each call runs the {@link Forward} kernels over the grid,
 * the two halves of it on two threads.
 */
public final class GridOutputs {
    private static final int THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());

    private final Grid grid;
    private final double[][] inputs; // [p][j]: the features at point p
    private final Forward[] forwards;

    public GridOutputs(Grid grid, List<Feature> features, Network shape) {
        if (features.size() != shape.inputs()) {
            throw new IllegalArgumentException(features.size() + " features, but the network takes " + shape.inputs() + " inputs");
        }
        this.grid = grid;
        inputs = new double[grid.points()][];
        for (int row = 0; row < grid.resolution(); row++) {
            for (int column = 0; column < grid.resolution(); column++) {
                inputs[row * grid.resolution() + column] = DataSet.inputs(features, grid.x1(column), grid.x2(row));
            }
        }
        forwards = new Forward[THREADS];
        for (int t = 0; t < THREADS; t++) forwards[t] = new Forward(shape);
    }

    public Grid grid() { return grid; }

    /** Array shaped for {@link #compute}: [l][i][p] for l = 0..L (layer 0 holds the features). */
    public static double[][][] newOutputs(Network shape, Grid grid) {
        double[][][] out = new double[shape.depth() + 1][][];
        for (int l = 0; l <= shape.depth(); l++) out[l] = new double[shape.size(l)][grid.points()];
        return out;
    }

    /**
     * Writes a_i^l at grid point p into out[l][i][p] for every layer l = 0..L (layer 0: the features) —
     * or only the output layer's when {@code out[l]} is null for the other layers. Nothing is allocated.
     */
    public void compute(Network network, double[][][] out) {
        int points = grid.points();
        if (THREADS == 1) {
            range(forwards[0], network, out, 0, points);
            return;
        }
        int middle = (points / 2 + Forward.BLOCK - 1) / Forward.BLOCK * Forward.BLOCK;
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> range(forwards[1], network, out, middle, points), ForkJoinPool.commonPool());
        range(forwards[0], network, out, 0, middle);
        other.join();
    }

    private void range(Forward forward, Network network, double[][][] out, int from, int to) {
        int depth = network.depth();
        for (int start = from; start < to; start += Forward.BLOCK) {
            int end = Math.min(to, start + Forward.BLOCK);
            forward.run(network, inputs, start, end);
            for (int l = 0; l <= depth; l++) {
                double[][] layer = out[l];
                if (layer == null) continue;
                for (int i = 0; i < layer.length; i++) forward.activationsOfNeuron(l, i, layer[i], start);
            }
        }
    }
}
