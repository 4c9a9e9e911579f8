package deltaflow.cli;

import deltaflow.model.MemoryBudget;
import deltaflow.model.Network;
import deltaflow.model.Scenario;
import deltaflow.model.Timeline;

import java.util.Locale;

/**
 * How much a {@code trace} will write and how long it will take, from the scenario's sizes alone, before it
 * starts: a valid file can ask for billions of steps (hours, hundreds of gigabytes). Measured on 784-128-64-10
 * (3.7 million steps, 780 MB, about 15 s): a step's JSON is about 210 bytes, a number in the arrays about 21,
 * and a step takes about 4 µs to write.
 */
record TraceEstimate(long steps, long bytes, double seconds) {
    static final long BYTES_PER_STEP = 230;
    static final long BYTES_PER_NUMBER = 22;
    static final double STEPS_PER_SECOND = 200_000;
    /** Beyond either, {@code trace} asks for {@code --force}: 4 GB of JSON or five minutes of writing. */
    static final long FORCE_BYTES = 4L << 30;
    static final double FORCE_SECONDS = 300;

    static TraceEstimate of(Scenario scenario) {
        Network network = scenario.network();
        long neurons = 0, weights = 0;
        for (int l = 1; l <= network.depth(); l++) {
            neurons += network.size(l);
            weights += (long) network.size(l) * network.size(l - 1);
        }
        long steps = Timeline.countSteps(network, scenario.batchSize(), scenario.trainBiases());
        // Per example z, a, σ', δ, the bias gradients and the weight gradients; then the mean gradients and the update.
        long numbers = scenario.batchSize() * (5 * neurons + weights + network.outputs()) + 2 * (weights + neurons);
        long bytes = steps * BYTES_PER_STEP + numbers * BYTES_PER_NUMBER;
        double seconds = steps / STEPS_PER_SECOND + numbers / (STEPS_PER_SECOND * 10);
        return new TraceEstimate(steps, bytes, seconds);
    }

    boolean needsForce() { return bytes > FORCE_BYTES || seconds > FORCE_SECONDS; }

    /** "about 2,000,000,000 steps, 440 GB of JSON and 3 h". */
    String describe() {
        return String.format(Locale.ROOT, "about %,d steps, %s of JSON and %s", steps, MemoryBudget.megabytes(bytes), duration(seconds));
    }

    static String duration(double seconds) {
        if (seconds < 90) return Math.max(1, Math.round(seconds)) + " s";
        if (seconds < 90 * 60) return Math.round(seconds / 60) + " min";
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
    }
}
