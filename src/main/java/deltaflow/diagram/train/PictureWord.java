package deltaflow.diagram.train;

import deltaflow.diagram.DiagramTexts;

/**
 * Every word the training picture draws, with its key in {@link DiagramTexts#pattern} and its English pattern
 * ({@code {0}} for an argument). The window passes its language's patterns under these keys.
 */
public enum PictureWord {
    TRAIN_LOSS("train.trainLoss", "train loss"),
    TEST_LOSS("train.testLoss", "test loss"),
    TRAIN_ACCURACY("train.trainAccuracy", "train accuracy"),
    TEST_ACCURACY("train.testAccuracy", "test accuracy"),
    BATCH_COST("train.batchCost", "batch cost"),
    EPOCH("train.epoch", "epoch {0}"),
    EPOCHS("train.epochs", "epochs"),
    EPOCHS_FROM("train.epochsFrom", "epochs (before {0}: not in the file)"),
    LOSS("train.loss", "loss"),
    LOG_LOSS("train.logLoss", "loss (log scale)"),
    ACCURACY("train.accuracy", "accuracy"),
    NEURONS("train.neurons", "{0} neurons"),
    ONE_NEURON("train.oneNeuron", "1 neuron"),
    HIDDEN_LAYERS("train.hiddenLayers", "{0} hidden layers"),
    ONE_HIDDEN_LAYER("train.oneHiddenLayer", "1 hidden layer"),
    OUTPUT_OVER_PLANE("train.outputOverPlane", "output over the plane"),
    NEURON_OVER_PLANE("train.neuronOverPlane", "neuron {0} over the plane"),
    TRAINING_POINTS("train.trainingPoints", "training points"),
    TEST_POINTS("train.testPoints", "test points"),
    SAMPLES("train.samples", "test images: predicted (true)"),
    CONFUSION("train.confusion", "confusion matrix, test set"),
    PREDICTED("train.predicted", "predicted"),
    TRUE_CLASS("train.trueClass", "true"),
    FIRST_LAYER_WEIGHTS("train.firstLayerWeights", "weights into layer 1"),
    NO_TEST_SET("train.noTestSet", "no test set");

    private final String key;
    private final String english;

    PictureWord(String key, String english) {
        this.key = key;
        this.english = english;
    }

    /** The key in {@link DiagramTexts#pattern}. */
    public String key() { return key; }

    /** The English pattern, used where the texts have none. */
    public String english() { return english; }

    /** The words in the texts' language, {@code {0}} replaced by {@code argument} if given. */
    public String in(DiagramTexts texts, Object... argument) {
        String pattern = texts.pattern(key, english);
        return argument.length == 0 ? pattern : pattern.replace("{0}", String.valueOf(argument[0]));
    }
}
