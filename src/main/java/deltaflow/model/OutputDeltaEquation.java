package deltaflow.model;

import static deltaflow.model.EquationText.sigma;
import static deltaflow.model.EquationText.sum;
import static deltaflow.model.MatrixText.tex;

/**
 * δ_i^L = σ'(z_i^L) ∂C^r/∂y_i; for the layer, δ^L = σ'(z^L) ⊙ ∇C^r(y^r). Softmax mixes all of z, so its δ^L is the
 * Jacobian's transpose times ∇C^r, δ_i = y_i (∂C^r/∂y_i − Σ_k y_k ∂C^r/∂y_k), not a gain times it.
 */
final class OutputDeltaEquation implements Equation {
    @Override public void operands(Step step, Timeline timeline, Operands refs) {
        int r = step.example(), l = step.layer(), i = step.neuron();
        Network network = timeline.trace().network();
        if (network.layer(l).activation().isElementwise()) {
            refs.add(ValueRef.z(r, l, i)); // σ'(z_i^l) is revealed by this step, from z_i^l
            refs.add(ValueRef.costGradient(r, i));
        } else {
            for (int k = 0; k < network.outputs(); k++) {
                refs.add(ValueRef.a(r, l, k));
                refs.add(ValueRef.costGradient(r, k));
            }
        }
    }

    @Override public StepFormula scalar(Step step, EquationValues values) {
        int r = step.example(), l = step.layer(), i = step.neuron();
        if (values.network().layer(l).activation().isElementwise()) {
            MathText symbols = MathText.builder().append(Notation.gain(l, i)).text(" ").append(Notation.dCdy(i)).build();
            MathText numbers = MathText.builder().append(values.gainOf(ValueRef.z(r, l, i), true)).op("×", "\\times")
                    .append(values.of(ValueRef.costGradient(r, i), true)).build();
            return new StepFormula(Notation.delta(l, i), symbols, numbers, values.result(step));
        }
        MathText symbols = MathText.builder().append(Notation.y(i)).text(" (").append(Notation.dCdy(i)).op("−", "-")
                .append(sigma(MathText.builder(), "k").text(" ").append(Notation.y("k")).text(" ").append(Notation.dCdy("k")).build())
                .text(")").build();
        MathText.Builder inner = MathText.builder();
        sum(inner, values.network().outputs(), k -> values.product(ValueRef.a(r, l, k), ValueRef.costGradient(r, k)));
        MathText numbers = MathText.builder().append(values.of(ValueRef.a(r, l, i), false)).op("×", "\\times").text("(")
                .append(values.of(ValueRef.costGradient(r, i), false)).op("−", "-").text("(").append(inner.build()).text("))").build();
        return new StepFormula(Notation.delta(l, i), symbols, numbers, values.result(step));
    }

    @Override public StepFormula vector(Step step, Timeline timeline, MatrixText m) {
        Network network = timeline.trace().network();
        Pass pass = timeline.trace().pass(step.example());
        int l = step.layer(), n = network.size(l);
        String result = m.column(n, i -> pass.delta(l, i));
        String gradient = m.column(n, pass::costGradient);
        if (network.layer(l).activation().isElementwise()) {
            return new StepFormula(Notation.deltaVector(l),
                    tex("σ'(z^" + l + ") ⊙ ∇C^r(y^r)", "\\sigma'(z^{" + l + "}) \\odot \\nabla C^{r}(y^{r})"),
                    tex("", m.column(n, i -> pass.gain(l, i)) + " \\odot " + gradient), tex("", result));
        }
        String jacobian = m.matrix(n, n, (k, i) -> pass.a(l, k) * ((k == i ? 1 : 0) - pass.a(l, i)));
        return new StepFormula(Notation.deltaVector(l), tex("J^T ∇C^r(y^r)", "J^{T} \\nabla C^{r}(y^{r})"),
                tex("", jacobian + " " + gradient), tex("", result));
    }
}
