package deltaflow.model;

import java.util.List;

/**
 * What one lesson steps through: a network, its cost, a mini-batch of R examples and the learning rate η
 * of one gradient-descent update. {@code trainBiases = false} holds the biases fixed, as Mazur's worked
 * example does. {@code training} is the file's data set and training settings for {@code deltaflow train}
 * and the Train view, as the file wrote them ({@link TrainingSection#NONE} when it has none; what they mean is
 * {@code model.train.TrainingFields.of(scenario)}): the stepper does not use them, but every edit and save
 * carries them along, so no one loses them by opening and saving a file.
 * {@code inputNames} name the inputs in diagrams and formulas ({@link InputNames}): empty, they are x₁, x₂, ….
 */
public record Scenario(String title, String description, Network network, Cost cost, List<Example> examples,
                       double learningRate, boolean trainBiases, TrainingSection training, List<String> inputNames) {

    /** A scenario without data set or training settings. */
    public Scenario(String title, String description, Network network, Cost cost, List<Example> examples,
                    double learningRate, boolean trainBiases) {
        this(title, description, network, cost, examples, learningRate, trainBiases, TrainingSection.NONE, List.of());
    }

    /** A scenario whose inputs have no names. */
    public Scenario(String title, String description, Network network, Cost cost, List<Example> examples,
                    double learningRate, boolean trainBiases, TrainingSection training) {
        this(title, description, network, cost, examples, learningRate, trainBiases, training, List.of());
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
        training = training == null ? TrainingSection.NONE : training;
        inputNames = inputNames == null ? List.of() : List.copyOf(inputNames);
        if (!inputNames.isEmpty() && inputNames.size() != network.inputs()) {
            throw new IllegalArgumentException(inputNames.size() + " input names for " + network.inputs() + " inputs");
        }
    }

    /** R, the number of examples in the mini-batch. */
    public int batchSize() { return examples.size(); }

    public Example example(int r) { return examples.get(r); }

    public Scenario withNetwork(Network newNetwork) {
        // Names of inputs a network no longer has would name the wrong ones: they go with a change of inputs.
        List<String> names = newNetwork.inputs() == network.inputs() ? inputNames : List.of();
        return new Scenario(title, description, newNetwork, cost, examples, learningRate, trainBiases, training, names);
    }

    public Scenario withExample(int r, Example example) {
        var copy = new java.util.ArrayList<>(examples);
        copy.set(r, example);
        return new Scenario(title, description, network, cost, copy, learningRate, trainBiases, training, inputNames);
    }

    public Scenario withCost(Cost newCost) {
        return new Scenario(title, description, network, newCost, examples, learningRate, trainBiases, training, inputNames);
    }

    public Scenario withLearningRate(double eta) {
        return new Scenario(title, description, network, cost, examples, eta, trainBiases, training, inputNames);
    }

    public Scenario withTrainBiases(boolean train) {
        return new Scenario(title, description, network, cost, examples, learningRate, train, training, inputNames);
    }

    /** The same scenario with another data set and training settings ({@link TrainingSection#NONE}: none). */
    public Scenario withTraining(TrainingSection fields) {
        return new Scenario(title, description, network, cost, examples, learningRate, trainBiases, fields, inputNames);
    }

    /** The same scenario with its inputs named (empty: x₁, x₂, …), one name an input. */
    public Scenario withInputNames(List<String> names) {
        return new Scenario(title, description, network, cost, examples, learningRate, trainBiases, training, names);
    }
}
