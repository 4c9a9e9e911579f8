package deltaflow.model;

import deltaflow.model.train.TrainingFields;

import java.util.List;

/**
 * What one lesson steps through: a network, its cost, a mini-batch of R examples and the learning rate η
 * of one gradient-descent update. {@code trainBiases = false} holds the biases fixed, as Mazur's worked
 * example does. {@code training} is the file's data set and training settings for {@code deltaflow train}
 * and the Train view ({@link TrainingFields#NONE} when it has none): the stepper does not use them, but
 * every edit and save carries them along, so no one loses them by opening and saving a file.
 */
public record Scenario(String title, String description, Network network, Cost cost, List<Example> examples,
                       double learningRate, boolean trainBiases, TrainingFields training) {

    /** A scenario without data set or training settings. */
    public Scenario(String title, String description, Network network, Cost cost, List<Example> examples,
                    double learningRate, boolean trainBiases) {
        this(title, description, network, cost, examples, learningRate, trainBiases, TrainingFields.NONE);
    }

    public Scenario {
        if (examples.isEmpty()) throw new IllegalArgumentException("a scenario needs at least one example");
        for (int r = 0; r < examples.size(); r++) {
            Example example = examples.get(r);
            if (example.inputSize() != network.inputs()) {
                throw new IllegalArgumentException("example " + (r + 1) + " has " + example.inputSize()
                        + " inputs, expected " + network.inputs());
            }
            if (example.targetSize() != network.outputs()) {
                throw new IllegalArgumentException("example " + (r + 1) + " has " + example.targetSize()
                        + " targets, expected " + network.outputs());
            }
        }
        if (!Double.isFinite(learningRate)) throw new IllegalArgumentException("the learning rate must be finite");
        examples = List.copyOf(examples);
        description = description == null ? "" : description;
        training = training == null ? TrainingFields.NONE : training;
    }

    /** R, the number of examples in the mini-batch. */
    public int batchSize() { return examples.size(); }

    public Example example(int r) { return examples.get(r); }

    public Scenario withNetwork(Network newNetwork) {
        return new Scenario(title, description, newNetwork, cost, examples, learningRate, trainBiases, training);
    }

    public Scenario withExample(int r, Example example) {
        var copy = new java.util.ArrayList<>(examples);
        copy.set(r, example);
        return new Scenario(title, description, network, cost, copy, learningRate, trainBiases, training);
    }

    public Scenario withCost(Cost newCost) {
        return new Scenario(title, description, network, newCost, examples, learningRate, trainBiases, training);
    }

    public Scenario withLearningRate(double eta) {
        return new Scenario(title, description, network, cost, examples, eta, trainBiases, training);
    }

    public Scenario withTrainBiases(boolean train) {
        return new Scenario(title, description, network, cost, examples, learningRate, train, training);
    }

    /** The same scenario with another data set and training settings ({@link TrainingFields#NONE}: none). */
    public Scenario withTraining(TrainingFields fields) {
        return new Scenario(title, description, network, cost, examples, learningRate, trainBiases, fields);
    }
}
