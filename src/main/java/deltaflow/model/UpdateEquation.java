package deltaflow.model;

import static deltaflow.model.MatrixText.tex;

/** θ⁺ = θ − η ∂C/∂θ, for a weight or a bias; for the layer, W^l⁺ = W^l − η ∂C/∂W^l and b^l⁺ = b^l − η ∂C/∂b^l. */
final class UpdateEquation implements Equation {
    private final boolean weight;

    /** {@code weight}: of w_ij^l, else of b_i^l. */
    UpdateEquation(boolean weight) { this.weight = weight; }

    private ValueRef parameter(Step step) {
        return weight ? ValueRef.weight(step.layer(), step.neuron(), step.source()) : ValueRef.bias(step.layer(), step.neuron());
    }

    private ValueRef gradient(Step step) {
        return weight ? ValueRef.meanWeightGradient(step.layer(), step.neuron(), step.source()) : ValueRef.meanBiasGradient(step.layer(), step.neuron());
    }

    @Override public void operands(Step step, Timeline timeline, Operands refs) {
        refs.add(parameter(step));
        refs.add(gradient(step));
    }

    @Override public StepFormula scalar(Step step, EquationValues values) {
        MathText parameter = Notation.symbol(parameter(step));
        MathText symbols = MathText.builder().append(parameter).op("−", "-").add("η ", "\\eta\\,")
                .append(Notation.partial(Notation.cost(), parameter)).build();
        MathText numbers = MathText.builder().append(values.of(parameter(step), false))
                .op("−", "-").append(values.number(values.scenario().learningRate(), true)).op("×", "\\times")
                .append(values.of(gradient(step), true)).build();
        return new StepFormula(Notation.updated(parameter), symbols, numbers, distinctResult(step.value(), values.before(parameter(step)), values.digits()));
    }

    /** The updated value with enough digits that a change, however small, still shows against the old one. */
    private static MathText distinctResult(double updated, double old, int digits) {
        int shown = digits;
        while (shown < 15 && updated != old && Numbers.format(updated, shown).equals(Numbers.format(old, shown))) shown++;
        return MathText.builder().number(updated, shown, false).build();
    }

    /** The bias's vector form only where the scenario trains biases. */
    @Override public StepFormula vector(Step step, Timeline timeline, MatrixText m) {
        Trace trace = timeline.trace();
        Network network = trace.network();
        int l = step.layer(), n = network.size(l);
        String eta = Numbers.toLatex(Numbers.format(timeline.scenario().learningRate(), m.digits()));
        if (!weight) {
            return !timeline.scenario().trainBiases() ? null : new StepFormula(
                    tex("b^" + l + "⁺", "b^{" + l + "+}"),
                    tex("b^" + l + " − η ∂C/∂b^" + l, "b^{" + l + "} - \\eta\\,\\frac{\\partial C}{\\partial b^{" + l + "}}"),
                    tex("", m.column(n, network.layer(l)::bias) + " - " + eta + " " + m.column(n, i -> trace.meanBiasGradient(l, i))),
                    tex("", m.column(n, trace.updated().layer(l)::bias)));
        }
        int inputs = network.size(l - 1);
        return new StepFormula(
                tex("W^" + l + "⁺", "W^{" + l + "+}"),
                tex("W^" + l + " − η ∂C/∂W^" + l, "W^{" + l + "} - \\eta\\,\\frac{\\partial C}{\\partial W^{" + l + "}}"),
                tex("", m.matrix(n, inputs, network.layer(l)::weight) + " - " + eta + " "
                        + m.matrix(n, inputs, (i, j) -> trace.meanWeightGradient(l, i, j))),
                tex("", m.matrix(n, inputs, trace.updated().layer(l)::weight)));
    }
}
