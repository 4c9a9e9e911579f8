package deltaflow.model.train;

import deltaflow.model.Regularization;

/**
 * How a network is trained: learning rate η, mini-batch size (1 … the whole training set), the weight
 * penalty and its rate λ, whether biases learn, and the seed of the per-epoch shuffle.
 */
public record TrainingSettings(double learningRate, int batchSize, Regularization regularization, double regularizationRate,
                               boolean trainBiases, long shuffleSeed) {
    public TrainingSettings {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) throw new IllegalArgumentException("the learning rate must be a positive number");
        if (batchSize < 1) throw new IllegalArgumentException("the batch size must be at least 1");
        if (!(regularizationRate >= 0) || !Double.isFinite(regularizationRate)) throw new IllegalArgumentException("the regularization rate must be 0 or more");
    }

    /** TensorFlow Playground's defaults: η = 0.03, batches of 10, no regularization, biases trained. */
    public static TrainingSettings defaults(long seed) {
        return new TrainingSettings(0.03, 10, Regularization.NONE, 0, true, seed);
    }

    public TrainingSettings withLearningRate(double eta) {
        return new TrainingSettings(eta, batchSize, regularization, regularizationRate, trainBiases, shuffleSeed);
    }

    public TrainingSettings withBatchSize(int size) {
        return new TrainingSettings(learningRate, size, regularization, regularizationRate, trainBiases, shuffleSeed);
    }

    public TrainingSettings withRegularization(Regularization penalty, double rate) {
        return new TrainingSettings(learningRate, batchSize, penalty, rate, trainBiases, shuffleSeed);
    }
}
