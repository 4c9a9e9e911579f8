package deltaflow.bench;

import deltaflow.model.Activation;
import deltaflow.model.Cost;
import deltaflow.model.ExampleTable;
import deltaflow.model.Regularization;
import deltaflow.model.Sgd;
import deltaflow.model.data.DataSet;
import deltaflow.model.data.Digits;
import deltaflow.model.data.Feature;
import deltaflow.model.data.Generator;
import deltaflow.model.train.Initializer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Training alone, measured against TensorFlow Playground (issue #14), average time per operation;
 * {@link FrameBenchmark} measures its whole Play-loop frame:
 * <ul>
 * <li>{@code trainEpoch}: the update loop alone — 25 mini-batches of 10 over the 250 training points of the circle on 2-[4,2]-1;
 *     examples/s = 250 / time. Target ≥ 14 M examples/s.</li>
 * <li>{@code digitsEpoch}: an epoch over 1,400 digits in batches of 10 on 64-[32]-10 (tanh, softmax,
 *     cross-entropy). Target ≤ 5 ms.</li>
 * </ul>
 * Each network keeps learning from call to call. One thread: an update follows the one before it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TrainingBenchmark {
    private Sgd sgd;
    private ExampleTable circle;
    private int[] order;
    private Sgd digitsSgd;
    private ExampleTable digits;
    private int[] digitsOrder;

    @Setup(Level.Trial)
    public void setUp() {
        DataSet data = DataSet.planar(Generator.CIRCLE, 500, 0, 0.5, 1, Feature.defaults());
        sgd = new Sgd(Initializer.network(new int[] {2, 4, 2, 1}, Activation.TANH, Activation.TANH, 1));
        circle = ExampleTable.of(data.train());
        order = identity(circle.size());
        DataSet digitSet = Digits.dataSet(Digits.DEFAULT_TRAIN, 1);
        digitsSgd = new Sgd(Initializer.network(new int[] {64, 32, 10}, Activation.TANH, Activation.SOFTMAX, 1));
        digits = ExampleTable.of(digitSet.train());
        digitsOrder = identity(digits.size());
    }

    /** 250 examples in 25 updates of 10 on 2-[4,2]-1. */
    @Benchmark
    public double trainEpoch() {
        return epoch(sgd, Cost.SQUARED, circle, order, 0.03);
    }

    /** 1,400 digits in 140 updates of 10 on 64-[32]-10. */
    @Benchmark
    public double digitsEpoch() {
        return epoch(digitsSgd, Cost.CROSS_ENTROPY, digits, digitsOrder, 0.03);
    }

    private static double epoch(Sgd sgd, Cost cost, ExampleTable examples, int[] order, double eta) {
        double sum = 0;
        for (int from = 0; from < examples.size(); from += 10) {
            sum += sgd.update(cost, examples, order, from, Math.min(examples.size(), from + 10), eta, true, Regularization.NONE, 0);
        }
        return sum;
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int k = 0; k < n; k++) order[k] = k;
        return order;
    }
}
