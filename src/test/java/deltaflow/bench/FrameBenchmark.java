package deltaflow.bench;

import deltaflow.model.Activation;
import deltaflow.model.Network;
import deltaflow.model.data.DataSet;
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
 * One frame of TensorFlow Playground's Play loop (issue #14), average time per operation:
 * <ul>
 * <li>{@code frame}: one frame of the loop — an epoch over 250 training points of the circle in batches of
 *     10, the loss over the 250 training and 250 test points, and the 100×100 grid of every neuron's
 *     output (features included), on the default 2-[4,2]-1 and the largest 2-[8,8,8,8,8,8]-1 tanh network
 *     with inputs x₁, x₂. Targets ≤ 0.6 ms and ≤ 4.5 ms.</li>
 * </ul>
 * The network keeps learning from call to call, as it would on screen. The grid uses both cores.
 * {@link TrainingBenchmark} measures training alone.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FrameBenchmark {
    @Param({"2-[4,2]-1", "2-[8x6]-1"})
    public String network;

    private Training training;
    private GridOutputs grid;
    private double[][][] outputs;

    @Setup(Level.Trial)
    public void setUp() {
        int[] sizes = network.equals("2-[4,2]-1") ? new int[] {2, 4, 2, 1} : new int[] {2, 8, 8, 8, 8, 8, 8, 1};
        DataSet data = DataSet.planar(Generator.CIRCLE, 500, 0, 0.5, 1, Feature.defaults());
        Network initial = Initializer.network(sizes, Activation.TANH, Activation.TANH, 1);
        training = new Training(data, initial, TrainingSettings.defaults(1));
        grid = new GridOutputs(Grid.DEFAULT, data.features(), initial);
        outputs = GridOutputs.newOutputs(initial, Grid.DEFAULT);
    }

    /** One frame of the Play loop: an epoch, both losses, every neuron over the grid. */
    @Benchmark
    public double[][][] frame() {
        training.runEpoch();
        grid.compute(training.network(), outputs);
        return outputs;
    }
}
