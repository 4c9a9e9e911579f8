package deltaflow.model;

import java.util.List;

/**
 * Everything one gradient-descent step over a scenario's mini-batch computes: each example's pass, the
 * mean cost and gradients, and the updated network. Computed once and never changed; the step engine
 * reveals it one value at a time.
 */
public final class Trace {
    private final Scenario scenario;
    private final List<Pass> passes;
    private final GradientSum gradients;
    private final Network updated;

    private Trace(Scenario scenario, List<Pass> passes, GradientSum gradients, Network updated) {
        this.scenario = scenario;
        this.passes = passes;
        this.gradients = gradients;
        this.updated = updated;
    }

    public static Trace of(Scenario scenario) {
        Network network = scenario.network();
        BatchPass batch = new BatchPass(network, scenario.batchSize()).run(network, scenario.cost(), scenario.examples());
        Pass[] passes = new Pass[scenario.batchSize()];
        for (int r = 0; r < passes.length; r++) passes[r] = new Pass(batch, r);
        GradientSum gradients = new GradientSum(network);
        gradients.add(batch);
        Network updated = gradients.update(network, scenario.learningRate(), scenario.trainBiases());
        return new Trace(scenario, List.of(passes), gradients, updated);
    }

    public Scenario scenario() { return scenario; }

    public Network network() { return scenario.network(); }

    /** The pass of example r, counted from 0. */
    public Pass pass(int r) { return passes.get(r); }

    public int batchSize() { return passes.size(); }

    /** C = 1/R Σ_r C^r. */
    public double totalCost() { return gradients.meanCost(); }

    public double meanWeightGradient(int l, int i, int j) { return gradients.meanWeightGradient(l, i, j); }

    public double meanBiasGradient(int l, int i) { return gradients.meanBiasGradient(l, i); }

    /** The network after one update θ ← θ − η ∂C/∂θ. */
    public Network updated() { return updated; }

    /** C after the update, NaN until first asked for: the same mini-batch through the updated network. */
    private volatile double costAfterUpdate = Double.NaN;

    /**
     * C = 1/R Σ_r C^r of the same mini-batch through {@link #updated()}: what the update was for (0.291027774 for Mazur's
     * example, biases fixed). Computed once, when first asked for.
     */
    public double costAfterUpdate() {
        double c = costAfterUpdate;
        if (Double.isNaN(c)) {
            c = Trace.of(scenario.withNetwork(updated)).totalCost();
            costAfterUpdate = c;
        }
        return c;
    }
}
