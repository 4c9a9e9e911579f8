package deltaflow.model;

import static deltaflow.model.MatrixText.activationsLatex;
import static deltaflow.model.MatrixText.activationsPlain;
import static deltaflow.model.MatrixText.tex;

/** ∂C^r/∂w_ij^l = a_j^{l−1} δ_i^l, the forward pass's term times the backward pass's; for the layer, δ^l (a^{l−1})^T. */
final class WeightGradientEquation implements Equation {
    @Override public void operands(Step step, Timeline timeline, Operands refs) {
        refs.add(ValueRef.a(step.example(), step.layer() - 1, step.source()));
        refs.add(ValueRef.delta(step.example(), step.layer(), step.neuron()));
    }

    @Override public StepFormula scalar(Step step, EquationValues values) {
        int r = step.example(), l = step.layer(), i = step.neuron(), j = step.source();
        return new StepFormula(Notation.partial(Notation.costR(), Notation.weight(l, i, j)),
                MathText.builder().append(InputNames.a(values.scenario(), l - 1, j)).text(" ").append(Notation.delta(l, i)).build(),
                values.product(ValueRef.a(r, l - 1, j), ValueRef.delta(r, l, i)), values.result(step));
    }

    @Override public StepFormula vector(Step step, Timeline timeline, MatrixText m) {
        Network network = timeline.trace().network();
        Pass pass = timeline.trace().pass(step.example());
        int l = step.layer();
        return new StepFormula(
                tex("∂C^r/∂W^" + l, "\\frac{\\partial C^{r}}{\\partial W^{" + l + "}}"),
                tex("δ^" + l + " (" + activationsPlain(l - 1) + ")^T", "\\delta^{" + l + "} (" + activationsLatex(l - 1) + ")^{T}"),
                tex("", m.column(network.size(l), i -> pass.delta(l, i)) + " " + m.row(network.size(l - 1), j -> pass.a(l - 1, j))),
                tex("", m.matrix(network.size(l), network.size(l - 1), (i, j) -> pass.weightGradient(l, i, j))));
    }
}
