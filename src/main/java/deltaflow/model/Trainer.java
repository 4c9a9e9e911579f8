package deltaflow.model;

import java.util.List;

/**
 * Gradient descent without step records: the fast path for training and benchmarks. Reuses its buffers,
 * so a step allocates only the updated network.
 */
public final class Trainer {
    private final Pass pass;
    private final GradientSum gradients;

    public Trainer(Network shape) {
        pass = new Pass(shape);
        gradients = new GradientSum(shape);
    }

    /** One update over a mini-batch; returns the new network. {@link #lastCost()} is the cost before it. */
    public Network step(Network network, Cost cost, List<Example> batch, double learningRate, boolean trainBiases) {
        gradients.clear();
        for (Example example : batch) gradients.add(pass.run(network, cost, example));
        return gradients.update(network, learningRate, trainBiases);
    }

    /** C = 1/R Σ_r C^r of the last step's mini-batch, before its update. */
    public double lastCost() { return gradients.meanCost(); }
}
