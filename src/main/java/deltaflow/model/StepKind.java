package deltaflow.model;

/** What a step computes. The id is the name used in the trace output and on the command line. */
public enum StepKind {
    Z("z", Phase.FORWARD, Quantity.Z),
    A("a", Phase.FORWARD, Quantity.A),
    COST("cost", Phase.COST, Quantity.COST),
    COST_GRADIENT("costGradient", Phase.COST, Quantity.COST_GRADIENT),
    DELTA("delta", Phase.BACKWARD, Quantity.DELTA),
    WEIGHT_GRADIENT("weightGradient", Phase.GRADIENTS, Quantity.WEIGHT_GRADIENT),
    BIAS_GRADIENT("biasGradient", Phase.GRADIENTS, Quantity.BIAS_GRADIENT),
    TOTAL_COST("totalCost", Phase.AVERAGE, Quantity.TOTAL_COST),
    MEAN_WEIGHT_GRADIENT("meanWeightGradient", Phase.AVERAGE, Quantity.MEAN_WEIGHT_GRADIENT),
    MEAN_BIAS_GRADIENT("meanBiasGradient", Phase.AVERAGE, Quantity.MEAN_BIAS_GRADIENT),
    WEIGHT_UPDATE("weightUpdate", Phase.UPDATE, Quantity.UPDATED_WEIGHT),
    BIAS_UPDATE("biasUpdate", Phase.UPDATE, Quantity.UPDATED_BIAS);

    private final String id;
    private final Phase phase;
    private final Quantity result;

    StepKind(String id, Phase phase, Quantity result) {
        this.id = id;
        this.phase = phase;
        this.result = result;
    }

    public String id() { return id; }

    public Phase phase() { return phase; }

    /** The quantity this step produces. */
    public Quantity result() { return result; }

    /** True for the steps done once per mini-batch rather than once per example. */
    public boolean isBatchLevel() { return phase == Phase.AVERAGE || phase == Phase.UPDATE; }
}
