package deltaflow.model;

import static deltaflow.model.EquationText.average;
import static deltaflow.model.EquationText.meanOverExamples;
import static deltaflow.model.MatrixText.tex;

/** ∂C/∂θ = 1/R Σ_r ∂C^r/∂θ, for a weight or a bias; for the layer, ∂C/∂W^l and ∂C/∂b^l. */
final class MeanGradientEquation implements Equation {
    private final boolean weight;

    /** {@code weight}: of w_ij^l, else of b_i^l. */
    MeanGradientEquation(boolean weight) { this.weight = weight; }

    /** ∂C^r/∂θ of example r. */
    private ValueRef perExample(Step step, int r) {
        return weight ? ValueRef.weightGradient(r, step.layer(), step.neuron(), step.source()) : ValueRef.biasGradient(r, step.layer(), step.neuron());
    }

    @Override public void operands(Step step, Timeline timeline, Operands refs) {
        refs.ofEveryExample(perExample(step, 0));
    }

    @Override public StepFormula scalar(Step step, EquationValues values) {
        int l = step.layer(), i = step.neuron();
        MathText parameter = weight ? Notation.weight(l, i, step.source()) : Notation.bias(l, i);
        MathText symbols = meanOverExamples(MathText.builder()).append(Notation.partial(Notation.costR(), parameter)).build();
        MathText.Builder numbers = MathText.builder();
        average(numbers, values.batchSize(), s -> values.of(perExample(step, s), s > 0));
        return new StepFormula(Notation.partial(Notation.cost(), parameter), symbols, numbers.build(), values.result(step));
    }

    @Override public StepFormula vector(Step step, Timeline timeline, MatrixText m) {
        Trace trace = timeline.trace();
        Network network = trace.network();
        int l = step.layer();
        if (!weight) {
            return new StepFormula(
                    tex("∂C/∂b^" + l, "\\frac{\\partial C}{\\partial b^{" + l + "}}"),
                    tex("1/R Σ_r ∂C^r/∂b^" + l, "\\frac{1}{R}\\sum_{r} \\frac{\\partial C^{r}}{\\partial b^{" + l + "}}"), tex("", ""),
                    tex("", m.column(network.size(l), i -> trace.meanBiasGradient(l, i))));
        }
        return new StepFormula(
                tex("∂C/∂W^" + l, "\\frac{\\partial C}{\\partial W^{" + l + "}}"),
                tex("1/R Σ_r ∂C^r/∂W^" + l, "\\frac{1}{R}\\sum_{r} \\frac{\\partial C^{r}}{\\partial W^{" + l + "}}"),
                tex("", ""),
                tex("", m.matrix(network.size(l), network.size(l - 1), (i, j) -> trace.meanWeightGradient(l, i, j))));
    }
}
