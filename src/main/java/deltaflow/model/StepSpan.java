package deltaflow.model;

/**
 * The steps one press of "next" covered to reach a position: steps {@code from}..{@code to}−1 at a granularity. By
 * neuron it is the one step before the position; by layer the steps of the layer done so far (the whole layer after a
 * press); by pass those of the phase of one example. Empty at position 0.
 */
public record StepSpan(int from, int to, Granularity granularity) {
    public StepSpan {
        if (from < 0 || to < from) throw new IllegalArgumentException("steps " + from + ".." + to);
    }

    public boolean isEmpty() { return from == to; }

    public int size() { return to - from; }
}
