package deltaflow.bench;

import deltaflow.model.RandomNetworks;
import deltaflow.model.Network;
import deltaflow.model.Scenario;
import deltaflow.model.Trainer;
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
 * Path (a), plain math: one {@link Trainer#step} over the mini-batch (forward, backward, update). JMH
 * reports mini-batch steps per second; examples/s = that × batch, multiply-adds/s = examples/s ×
 * {@link BenchNetworks#multiplyAdds}. Printed by {@code bench/run}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TrainerBenchmark {
    @Param({"mazur", "784-128-64-10"})
    public String network;

    private Scenario scenario;
    private Trainer trainer;

    @Setup(Level.Trial)
    public void setUp() {
        scenario = network.equals("mazur") ? BenchNetworks.mazur() : RandomNetworks.mnistSized(32, 42);
        trainer = new Trainer(scenario.network());
    }

    /** Always from the same network, so every call does the same work. */
    @Benchmark
    public Network step() {
        return trainer.step(scenario.network(), scenario.cost(), scenario.examples(), scenario.learningRate(), scenario.trainBiases());
    }
}
