package deltaflow.model;

/**
 * One step of the engine: what it computes, where, and the value it found. Made on demand by the
 * {@link Timeline} from its index, so a million steps cost nothing until they are looked at. Indices as in
 * {@link ValueRef}; {@code example} is 0 for the steps done once per mini-batch.
 */
public record Step(int index, StepKind kind, int example, int layer, int neuron, int source, double value) {

    public Phase phase() { return kind.phase(); }

    /** The number this step produces. */
    public ValueRef result() {
        return new ValueRef(kind.result(), kind.isBatchLevel() ? 0 : example, layer, neuron, source);
    }
}
