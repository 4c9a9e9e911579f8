package deltaflow.diagram;

import deltaflow.model.Activation;
import deltaflow.model.Cost;
import deltaflow.model.Example;
import deltaflow.model.Layer;
import deltaflow.model.Network;
import deltaflow.model.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random networks of any shape, for tests and benchmarks at scale. */
public final class BigNetworks {
    private BigNetworks() {}

    public static Scenario scenario(int[] sizes, int examples) {
        Random random = new Random(42);
        List<Layer> layers = new ArrayList<>();
        for (int l = 1; l < sizes.length; l++) {
            double[] w = new double[sizes[l] * sizes[l - 1]];
            double spread = 1 / Math.sqrt(sizes[l - 1]);
            for (int k = 0; k < w.length; k++) w[k] = random.nextGaussian() * spread;
            double[] b = new double[sizes[l]];
            for (int k = 0; k < b.length; k++) b[k] = random.nextGaussian() * 0.1;
            layers.add(Layer.ofFlat(Activation.SIGMOID, sizes[l - 1], w, b));
        }
        List<Example> data = new ArrayList<>();
        for (int r = 0; r < examples; r++) {
            double[] x = new double[sizes[0]];
            for (int k = 0; k < x.length; k++) x[k] = random.nextDouble();
            double[] y = new double[sizes[sizes.length - 1]];
            y[random.nextInt(y.length)] = 1;
            data.add(new Example(x, y));
        }
        return new Scenario("random " + java.util.Arrays.toString(sizes), "seeded random network", new Network(sizes[0], layers),
                Cost.SQUARED, data, 0.5, true);
    }
}
