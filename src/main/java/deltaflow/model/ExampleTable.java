package deltaflow.model;

import java.util.List;

/**
 * A training set's examples packed into two flat arrays, x^r and ŷ^r one after the other: a training update
 * reads its mini-batch from here without following two references per example (that cost a tenth of an
 * update on 2-[4,2]-1). Immutable, like the examples.
 */
public final class ExampleTable {
    private final double[] inputs, targets;
    private final int inputSize, targetSize, size;

    private ExampleTable(List<Example> examples) {
        if (examples.isEmpty()) throw new IllegalArgumentException("no examples");
        size = examples.size();
        inputSize = examples.get(0).inputSize();
        targetSize = examples.get(0).targetSize();
        inputs = new double[size * inputSize];
        targets = new double[size * targetSize];
        for (int k = 0; k < size; k++) {
            Example example = examples.get(k);
            if (example.inputSize() != inputSize || example.targetSize() != targetSize) {
                throw new IllegalArgumentException("example " + (k + 1) + " has " + example.inputSize() + " inputs and "
                        + example.targetSize() + " targets, the first " + inputSize + " and " + targetSize);
            }
            System.arraycopy(example.xView(), 0, inputs, k * inputSize, inputSize);
            System.arraycopy(example.targetView(), 0, targets, k * targetSize, targetSize);
        }
    }

    public static ExampleTable of(List<Example> examples) { return new ExampleTable(examples); }

    public static ExampleTable of(Example... examples) { return new ExampleTable(List.of(examples)); }

    /** The number of examples. */
    public int size() { return size; }

    /** Every example's x, one after the other: x_j of example k at [k · inputSize + j]; never to be changed. */
    double[] inputs() { return inputs; }

    /** ŷ_n of example k. */
    double target(int k, int n) { return targets[k * targetSize + n]; }

    int inputSize() { return inputSize; }

    int targetSize() { return targetSize; }
}
