package deltaflow.model;

import java.util.List;

/**
 * Gradient descent without step records: the fast path for training and benchmarks. Reuses its buffers,
 * so a step allocates only the updated network.
 */
public final class Trainer {
    private final Network shape;
    private final GradientSum gradients;
    private BatchPass passes; // for the largest mini-batch so far

    public Trainer(Network shape) {
        this.shape = shape;
        gradients = new GradientSum(shape);
    }

    /** One update over a mini-batch; returns the new network. {@link #lastCost()} is the cost before it. */
    public Network step(Network network, Cost cost, List<Example> batch, double learningRate, boolean trainBiases) {
        if (passes == null || passes.capacity() < batch.size()) passes = new BatchPass(shape, batch.size());
        gradients.clear();
        gradients.add(passes.run(network, cost, batch));
        return gradients.update(network, learningRate, trainBiases);
    }

    /** C = 1/R Σ_r C^r of the last step's mini-batch, before its update. */
    public double lastCost() { return gradients.meanCost(); }
}
