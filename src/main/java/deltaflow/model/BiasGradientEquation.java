package deltaflow.model;

import static deltaflow.model.MatrixText.tex;

/** ∂C^r/∂b_i^l = δ_i^l; for the layer, ∂C^r/∂b^l = δ^l. */
final class BiasGradientEquation implements Equation {
    @Override public void operands(Step step, Timeline timeline, Operands refs) {
        refs.add(ValueRef.delta(step.example(), step.layer(), step.neuron()));
    }

    /** No numbers: the one operand's number is the result itself, and the text does not say it twice. */
    @Override public StepFormula scalar(Step step, EquationValues values) {
        int l = step.layer(), i = step.neuron();
        return new StepFormula(Notation.partial(Notation.costR(), Notation.bias(l, i)), Notation.delta(l, i),
                MathText.builder().build(), values.result(step));
    }

    @Override public StepFormula vector(Step step, Timeline timeline, MatrixText m) {
        Pass pass = timeline.trace().pass(step.example());
        int l = step.layer();
        return new StepFormula(
                tex("∂C^r/∂b^" + l, "\\frac{\\partial C^{r}}{\\partial b^{" + l + "}}"),
                tex("δ^" + l, "\\delta^{" + l + "}"), tex("", ""),
                tex("", m.column(timeline.trace().network().size(l), i -> pass.biasGradient(l, i))));
    }
}
