package deltaflow.bench;

import deltaflow.model.Activation;
import deltaflow.model.Cost;
import deltaflow.model.Example;
import deltaflow.model.Network;
import deltaflow.model.Regularization;
import deltaflow.model.Sgd;
import deltaflow.model.data.DataSet;
import deltaflow.model.data.Digits;
import deltaflow.model.data.Feature;
import deltaflow.model.data.Generator;
import deltaflow.model.train.Grid;
import deltaflow.model.train.GridOutputs;
import deltaflow.model.train.Initializer;
import deltaflow.model.train.Training;
import deltaflow.model.train.TrainingSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Training measured as TensorFlow Playground's Play loop works (issue #14), average time per operation:
 * <ul>
 * <li>{@code frame}: one frame of the loop — an epoch over 250 training points of the circle in batches of
 *     10, the loss over the 250 training and 250 test points, and the 100×100 grid of every neuron's
 *     output (features included), on the default 2-[4,2]-1 and the largest 2-[8,8,8,8,8,8]-1 tanh network
 *     with inputs x₁, x₂. Targets ≤ 0.6 ms and ≤ 4.5 ms.</li>
 * <li>{@code trainEpoch}: the update loop alone — 25 mini-batches of 10 over those 250 points on 2-[4,2]-1;
 *     examples/s = 250 / time. Target ≥ 14 M examples/s.</li>
 * <li>{@code digitsEpoch}: an epoch over 1,400 digits in batches of 10 on 64-[32]-10 (tanh, softmax,
 *     cross-entropy). Target ≤ 5 ms.</li>
 * </ul>
 * Each network keeps learning from call to call, as it would on screen.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TrainingBenchmark {
    @Param({"2-[4,2]-1", "2-[8x6]-1"})
    public String network;

    private Training training;
    private GridOutputs grid;
    private double[][][] outputs;
    private Sgd sgd;
    private Example[] circle;
    private int[] order;
    private Sgd digitsSgd;
    private Example[] digits;
    private int[] digitsOrder;

    @Setup(Level.Trial)
    public void setUp() {
        int[] sizes = network.equals("2-[4,2]-1") ? new int[] {2, 4, 2, 1} : new int[] {2, 8, 8, 8, 8, 8, 8, 1};
        DataSet data = DataSet.planar(Generator.CIRCLE, 500, 0, 0.5, 1, Feature.defaults());
        Network initial = Initializer.network(sizes, Activation.TANH, Activation.TANH, 1);
        training = new Training(data, initial, TrainingSettings.defaults(1));
        grid = new GridOutputs(Grid.DEFAULT, data.features(), initial);
        outputs = GridOutputs.newOutputs(initial, Grid.DEFAULT);
        sgd = new Sgd(Initializer.network(new int[] {2, 4, 2, 1}, Activation.TANH, Activation.TANH, 1));
        circle = data.train().toArray(Example[]::new);
        order = identity(circle.length);
        DataSet digitSet = Digits.dataSet(Digits.DEFAULT_TRAIN, 1);
        digitsSgd = new Sgd(Initializer.network(new int[] {64, 32, 10}, Activation.TANH, Activation.SOFTMAX, 1));
        digits = digitSet.train().toArray(Example[]::new);
        digitsOrder = identity(digits.length);
    }

    /** One frame of the Play loop: an epoch, both losses, every neuron over the grid. */
    @Benchmark
    public double[][][] frame() {
        training.runEpoch();
        grid.compute(training.network(), outputs);
        return outputs;
    }

    /** 250 examples in 25 updates of 10 on 2-[4,2]-1 (the same for both values of the parameter). */
    @Benchmark
    public double trainEpoch() {
        return epoch(sgd, Cost.SQUARED, circle, order, 0.03);
    }

    /** 1,400 digits in 140 updates of 10 on 64-[32]-10 (the same for both values of the parameter). */
    @Benchmark
    public double digitsEpoch() {
        return epoch(digitsSgd, Cost.CROSS_ENTROPY, digits, digitsOrder, 0.03);
    }

    private static double epoch(Sgd sgd, Cost cost, Example[] examples, int[] order, double eta) {
        double sum = 0;
        for (int from = 0; from < examples.length; from += 10) {
            sum += sgd.update(cost, examples, order, from, Math.min(examples.length, from + 10), eta, true, Regularization.NONE, 0);
        }
        return sum;
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int k = 0; k < n; k++) order[k] = k;
        return order;
    }
}
