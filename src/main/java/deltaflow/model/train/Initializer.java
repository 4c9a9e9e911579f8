package deltaflow.model.train;

import deltaflow.model.Activation;
import deltaflow.model.Layer;
import deltaflow.model.Network;
import deltaflow.model.data.SeededRandom;

import java.util.ArrayList;
import java.util.List;

/**
 * Initial weights as TensorFlow Playground draws them — every weight uniform in [−0.5, 0.5), every bias
 * 0.1 — from a {@link SeededRandom}, so a seed gives the same network everywhere.
 */
public final class Initializer {
    private Initializer() {}

    /** A network of the given sizes (inputs, hidden…, outputs): hidden layers {@code hidden}, the last {@code output}. */
    public static Network network(int[] sizes, Activation hidden, Activation output, long seed) {
        if (sizes.length < 2) throw new IllegalArgumentException("a network needs inputs and outputs");
        SeededRandom random = new SeededRandom(seed);
        List<Layer> layers = new ArrayList<>();
        for (int l = 1; l < sizes.length; l++) {
            double[] w = new double[sizes[l] * sizes[l - 1]];
            for (int k = 0; k < w.length; k++) w[k] = random.nextDouble() - 0.5;
            double[] b = new double[sizes[l]];
            java.util.Arrays.fill(b, 0.1);
            layers.add(Layer.ofFlat(l == sizes.length - 1 ? output : hidden, sizes[l - 1], w, b));
        }
        return new Network(sizes[0], layers);
    }

    /** The same shape and activations as {@code shape}, with weights drawn afresh from the seed. */
    public static Network like(Network shape, long seed) {
        int[] sizes = new int[shape.depth() + 1];
        for (int l = 0; l <= shape.depth(); l++) sizes[l] = shape.size(l);
        Network drawn = network(sizes, Activation.LINEAR, Activation.LINEAR, seed);
        for (int l = 1; l <= shape.depth(); l++) drawn = drawn.withLayer(l, drawn.layer(l).withActivation(shape.layer(l).activation()));
        return drawn;
    }
}
