package deltaflow.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Which {@link Equation} each step is, and the step engine's ways in: a step's operands, its formula, and the vector
 * forms of the layer it belongs to. Neurons print counted from 1 (δ_1^2), as on the slides.
 */
final class Equations {
    private static final Equation WEIGHTED_INPUT = new WeightedInputEquation();
    private static final Equation ACTIVATION = new ActivationEquation();
    private static final Equation COST = new CostEquation();
    private static final Equation COST_GRADIENT = new CostGradientEquation();
    private static final Equation OUTPUT_DELTA = new OutputDeltaEquation();
    private static final Equation HIDDEN_DELTA = new HiddenDeltaEquation();
    private static final Equation WEIGHT_GRADIENT = new WeightGradientEquation();
    private static final Equation BIAS_GRADIENT = new BiasGradientEquation();
    private static final Equation TOTAL_COST = new TotalCostEquation();
    private static final Equation MEAN_WEIGHT_GRADIENT = new MeanGradientEquation(true);
    private static final Equation MEAN_BIAS_GRADIENT = new MeanGradientEquation(false);
    private static final Equation WEIGHT_UPDATE = new UpdateEquation(true);
    private static final Equation BIAS_UPDATE = new UpdateEquation(false);

    private Equations() {}

    /** The equation a step computes. */
    static Equation of(Step step, Network network) {
        return switch (step.kind()) {
            case Z -> WEIGHTED_INPUT;
            case A -> ACTIVATION;
            case COST -> COST;
            case COST_GRADIENT -> COST_GRADIENT;
            case DELTA -> step.layer() == network.depth() ? OUTPUT_DELTA : HIDDEN_DELTA;
            case WEIGHT_GRADIENT -> WEIGHT_GRADIENT;
            case BIAS_GRADIENT -> BIAS_GRADIENT;
            case TOTAL_COST -> TOTAL_COST;
            case MEAN_WEIGHT_GRADIENT -> MEAN_WEIGHT_GRADIENT;
            case MEAN_BIAS_GRADIENT -> MEAN_BIAS_GRADIENT;
            case WEIGHT_UPDATE -> WEIGHT_UPDATE;
            case BIAS_UPDATE -> BIAS_UPDATE;
        };
    }

    /**
     * The equations a layer step computes together: a layer's gradients, means and updates are its weights' and its
     * biases' (∂C^r/∂W^l and ∂C^r/∂b^l = δ^l, …); every other layer step is one equation.
     */
    private static List<Equation> ofLayer(Step step, Network network) {
        return switch (step.kind()) {
            case WEIGHT_GRADIENT, BIAS_GRADIENT -> List.of(WEIGHT_GRADIENT, BIAS_GRADIENT);
            case MEAN_WEIGHT_GRADIENT, MEAN_BIAS_GRADIENT -> List.of(MEAN_WEIGHT_GRADIENT, MEAN_BIAS_GRADIENT);
            case WEIGHT_UPDATE, BIAS_UPDATE -> List.of(WEIGHT_UPDATE, BIAS_UPDATE);
            default -> List.of(of(step, network));
        };
    }

    static void operands(Timeline timeline, Step step, Operands refs) {
        of(step, timeline.trace().network()).operands(step, timeline, refs);
    }

    /** A step's operands, those of every example listed for each example r. */
    static List<ValueRef> operands(Timeline timeline, Step step) {
        List<ValueRef> refs = new ArrayList<>();
        int batch = timeline.trace().batchSize();
        operands(timeline, step, new Operands() {
            @Override public void add(ValueRef ref) { refs.add(ref); }
            @Override public void ofEveryExample(ValueRef ref) {
                for (int s = 0; s < batch; s++) refs.add(ValueSet.atExample(ref, s));
            }
        });
        return refs;
    }

    static StepFormula formula(Timeline timeline, Step step, int digits) {
        return of(step, timeline.trace().network()).scalar(step, new EquationValues(timeline, digits));
    }

    /**
     * Every equation of the layer step {@code step} belongs to, in vectors and matrices: its own and, for the
     * gradients, the means and the update, the biases' as well. A step with no vector form (C^r, C) gives its own.
     */
    static List<StepFormula> layerFormulas(Timeline timeline, Step step, int digits) {
        MatrixText m = new MatrixText(digits);
        List<StepFormula> formulas = new ArrayList<>();
        for (Equation equation : ofLayer(step, timeline.trace().network())) {
            StepFormula vector = equation.vector(step, timeline, m);
            if (vector != null) formulas.add(vector);
            else if (formulas.isEmpty()) formulas.add(formula(timeline, step, digits));
        }
        return List.copyOf(formulas);
    }
}
