package deltaflow.model.data;

/** What the network learns from a data set, which decides its output layer, its cost and its score. */
public enum Task {
    /** Two classes labelled +1 and −1: one tanh output, squared cost, right when the output's sign is the label's (as TensorFlow Playground). */
    BINARY,
    /** One of several classes, one-hot: softmax outputs, cross-entropy, right when the largest output is the class. */
    CLASSES,
    /** A number: one linear output, squared cost, no accuracy. */
    REGRESSION
}
