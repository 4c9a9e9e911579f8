package deltaflow.bench;

import deltaflow.model.Activation;
import deltaflow.model.Cost;
import deltaflow.model.Example;
import deltaflow.model.Layer;
import deltaflow.model.Network;
import deltaflow.model.Scenario;
import deltaflow.model.Scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The networks the benchmarks and the memory test run on: Mazur's 2-2-2 and an MNIST-sized 784-128-64-10. */
public final class BenchNetworks {
    private BenchNetworks() {}

    public static Scenario mazur() { return Scenarios.builtIn("mazur"); }

    /** 784-128-64-10 (sigmoid hidden layers, softmax output, cross-entropy), {@code batch} random one-hot examples. */
    public static Scenario mnistSized(int batch, long seed) {
        Random random = new Random(seed);
        int[] sizes = {784, 128, 64, 10};
        List<Layer> layers = new ArrayList<>();
        for (int l = 1; l < sizes.length; l++) {
            double limit = Math.sqrt(6.0 / (sizes[l] + sizes[l - 1]));
            double[][] w = new double[sizes[l]][sizes[l - 1]];
            for (double[] row : w) for (int j = 0; j < row.length; j++) row[j] = (2 * random.nextDouble() - 1) * limit;
            double[] b = new double[sizes[l]];
            for (int i = 0; i < b.length; i++) b[i] = 0.1 * random.nextGaussian();
            layers.add(Layer.of(l == sizes.length - 1 ? Activation.SOFTMAX : Activation.SIGMOID, w, b));
        }
        Network network = new Network(sizes[0], layers);
        List<Example> examples = new ArrayList<>();
        for (int r = 0; r < batch; r++) {
            double[] x = new double[sizes[0]];
            for (int j = 0; j < x.length; j++) x[j] = random.nextDouble();
            double[] y = new double[sizes[sizes.length - 1]];
            y[random.nextInt(y.length)] = 1;
            examples.add(new Example(x, y));
        }
        return new Scenario("784-128-64-10", "", network, Cost.CROSS_ENTROPY, examples, 0.1, true);
    }

    /** Multiply-adds of one example's forward, δ and gradient computation (see README, Benchmarks). */
    public static long multiplyAdds(Network network) {
        long forward = 0, backward = 0;
        for (int l = 1; l <= network.depth(); l++) {
            long product = (long) network.size(l) * network.size(l - 1);
            forward += product;
            if (l >= 2) backward += product;
        }
        return forward + backward + forward; // forward, δ, ∂C/∂w (the gradient has one per weight, like forward)
    }
}
