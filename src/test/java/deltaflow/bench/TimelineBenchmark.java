package deltaflow.bench;

import deltaflow.model.RandomNetworks;
import deltaflow.model.Scenario;
import deltaflow.model.Step;
import deltaflow.model.Timeline;
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

/** Path (b), the step engine: build the timeline (its trace included), then step(k) to the end and back. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TimelineBenchmark {
    @Param({"mazur", "784-128-64-10"})
    public String network;

    private Scenario scenario;

    @Setup(Level.Trial)
    public void setUp() {
        scenario = network.equals("mazur") ? BenchNetworks.mazur() : RandomNetworks.mnistSized(32, 42);
    }

    @Benchmark
    public double walkToTheEndAndBack() {
        Timeline timeline = Timeline.of(scenario);
        double sum = 0;
        for (int k = 0; k < timeline.size(); k++) sum += timeline.step(k).value();
        for (int k = timeline.size() - 1; k >= 0; k--) {
            Step step = timeline.step(k);
            sum += step.value();
        }
        return sum;
    }
}
