package deltaflow.bench;

import deltaflow.diagram.Diagram;
import deltaflow.diagram.train.BatchCosts;
import deltaflow.diagram.train.PictureOptions;
import deltaflow.diagram.train.TrainingPicture;
import deltaflow.diagram.train.TrainingSnapshot;
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
 * The training picture of one frame (issue #15), average time per operation, one thread — the window redraws it
 * up to 60 times a second, so building it must take well under a frame (budget 5 ms on 2-[8×6]-1):
 * <ul>
 * <li>{@code takeSnapshot}: {@link TrainingSnapshot#of} from the grid of outputs just computed — the 100×100 output
 *     copied and a 24×24 thumbnail sampled for every neuron (48 hidden on 2-[8×6]-1);</li>
 * <li>{@code layOut}: {@link TrainingPicture#build} of that snapshot into primitives, with the +/− buttons, the
 *     test points and 300 epochs of curves and batch costs;</li>
 * <li>{@code pictureFrame}: both, as the window does per frame (the grid itself is {@code FrameBenchmark}'s).</li>
 * </ul>
 * Circle, 500 points, trained 300 epochs in setup. Run: {@code bench/run 'TrainingPictureBenchmark'}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TrainingPictureBenchmark {
    @Param({"2-[4,2]-1", "2-[8x6]-1"})
    public String network;

    private Training training;
    private double[][][] outputs;
    private BatchCosts costs;
    private TrainingSnapshot snapshot;
    private final TrainingSnapshot.Detail detail = new TrainingSnapshot.Detail(24, null);
    private final PictureOptions options = PictureOptions.defaults().withEditable(true);

    @Setup(Level.Trial)
    public void setUp() {
        int[] sizes = network.equals("2-[4,2]-1") ? new int[] {2, 4, 2, 1} : new int[] {2, 8, 8, 8, 8, 8, 8, 1};
        DataSet data = DataSet.planar(Generator.CIRCLE, 500, 0, 0.5, 1, Feature.defaults());
        Network initial = Initializer.network(sizes, Activation.TANH, Activation.TANH, 1);
        training = new Training(data, initial, TrainingSettings.defaults(1));
        BatchCosts.Log log = new BatchCosts.Log();
        while (training.epoch() < 300) {
            training.step();
            log.recordLastUpdate(training);
        }
        costs = log.snapshot();
        outputs = GridOutputs.newOutputs(initial, Grid.DEFAULT);
        new GridOutputs(Grid.DEFAULT, data.features(), initial).compute(training.network(), outputs);
        snapshot = takeSnapshot();
    }

    @Benchmark
    public TrainingSnapshot takeSnapshot() {
        return TrainingSnapshot.of(training, Grid.DEFAULT, outputs, costs, detail);
    }

    @Benchmark
    public Diagram layOut() {
        return TrainingPicture.build(snapshot, options);
    }

    @Benchmark
    public Diagram pictureFrame() {
        return TrainingPicture.build(takeSnapshot(), options);
    }
}
