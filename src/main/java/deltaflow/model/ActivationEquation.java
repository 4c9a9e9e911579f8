package deltaflow.model;

import static deltaflow.model.EquationText.exp;
import static deltaflow.model.EquationText.sigma;
import static deltaflow.model.EquationText.sum;
import static deltaflow.model.MatrixText.tex;

/** a_i^l = σ(z_i^l); softmax's a_i^l = exp(z_i^l) / Σ_k exp(z_k^l) reads the whole layer. For the layer, a^l = σ(z^l). */
final class ActivationEquation implements Equation {
    @Override public void operands(Step step, Timeline timeline, Operands refs) {
        int r = step.example(), l = step.layer(), i = step.neuron();
        Network network = timeline.trace().network();
        if (network.layer(l).activation().isElementwise()) refs.add(ValueRef.z(r, l, i));
        else for (int k = 0; k < network.size(l); k++) refs.add(ValueRef.z(r, l, k));
    }

    @Override public StepFormula scalar(Step step, EquationValues values) {
        int r = step.example(), l = step.layer(), i = step.neuron();
        Activation sigma = values.network().layer(l).activation();
        if (sigma.isElementwise()) {
            MathText symbols = MathText.builder().add("σ(", "\\sigma(").append(Notation.z(l, i)).text(")").build();
            MathText numbers = MathText.builder().add(sigma.symbol() + "(", sigma.latex() + "(")
                    .append(values.of(ValueRef.z(r, l, i), false)).text(")").build();
            return new StepFormula(Notation.a(l, i), symbols, numbers, values.result(step));
        }
        MathText symbols = MathText.builder().fraction(exp(Notation.z(l, i)),
                sigma(MathText.builder(), "k").text(" ").append(exp(Notation.z(l, "k"))).build()).build();
        MathText.Builder denominator = MathText.builder();
        sum(denominator, values.network().size(l), k -> exp(values.of(ValueRef.z(r, l, k), false)));
        MathText numbers = MathText.builder().fraction(exp(values.of(ValueRef.z(r, l, i), false)), denominator.build()).build();
        return new StepFormula(Notation.a(l, i), symbols, numbers, values.result(step));
    }

    @Override public StepFormula vector(Step step, Timeline timeline, MatrixText m) {
        Network network = timeline.trace().network();
        Pass pass = timeline.trace().pass(step.example());
        int l = step.layer();
        Activation sigma = network.layer(l).activation();
        return new StepFormula(Notation.aVector(l),
                tex(sigma.symbol() + "(z^" + l + ")", sigma.latex() + "(z^{" + l + "})"),
                tex("", sigma.latex() + "\\left(" + m.column(network.size(l), i -> pass.z(l, i)) + "\\right)"),
                tex("", m.column(network.size(l), i -> pass.a(l, i))));
    }
}
