package deltaflow.model.train;

/**
 * The losses after an epoch (epoch 0: before any training): the mean cost C over the training and the test
 * set, and for classification the fraction right; NaN where there is none (no test set, regression).
 */
public record EpochRecord(int epoch, long updates, double trainLoss, double testLoss, double trainAccuracy, double testAccuracy) {}
