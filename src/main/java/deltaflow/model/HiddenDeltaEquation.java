package deltaflow.model;

import static deltaflow.model.EquationText.MAX_TERMS;
import static deltaflow.model.EquationText.sigma;
import static deltaflow.model.EquationText.sum;
import static deltaflow.model.MatrixText.tex;

/** δ_i^l = σ'(z_i^l) Σ_k w_ki^{l+1} δ_k^{l+1}; for the layer, δ^l = σ'(z^l) ⊙ (W^{l+1})^T δ^{l+1}. */
final class HiddenDeltaEquation implements Equation {
    @Override public void operands(Step step, Timeline timeline, Operands refs) {
        int r = step.example(), l = step.layer(), i = step.neuron();
        refs.add(ValueRef.z(r, l, i)); // σ'(z_i^l) is revealed by this step, from z_i^l
        for (int k = 0; k < timeline.trace().network().size(l + 1); k++) {
            refs.add(ValueRef.weight(l + 1, k, i));
            refs.add(ValueRef.delta(r, l + 1, k));
        }
    }

    @Override public StepFormula scalar(Step step, EquationValues values) {
        int r = step.example(), l = step.layer(), i = step.neuron();
        int next = values.network().size(l + 1);
        MathText.Builder symbols = MathText.builder().append(Notation.gain(l, i)).text(" (");
        if (next > MAX_TERMS) {
            sigma(symbols, "k").text(" ").append(Notation.weight(l + 1, "k", i)).text(" ").append(Notation.delta(l + 1, "k"));
        } else {
            for (int k = 0; k < next; k++) {
                if (k > 0) symbols.op("+", "+");
                symbols.append(Notation.weight(l + 1, k, i)).text(" ").append(Notation.delta(l + 1, k));
            }
        }
        symbols.text(")");
        MathText.Builder numbers = MathText.builder().append(values.gainOf(ValueRef.z(r, l, i), false)).op("×", "\\times").text("(");
        sum(numbers, next, k -> values.product(ValueRef.weight(l + 1, k, i), ValueRef.delta(r, l + 1, k)));
        numbers.text(")");
        return new StepFormula(Notation.delta(l, i), symbols.build(), numbers.build(), values.result(step));
    }

    @Override public StepFormula vector(Step step, Timeline timeline, MatrixText m) {
        Network network = timeline.trace().network();
        Pass pass = timeline.trace().pass(step.example());
        int l = step.layer(), n = network.size(l);
        String transposed = m.matrix(n, network.size(l + 1), (i, k) -> network.layer(l + 1).weight(k, i));
        return new StepFormula(Notation.deltaVector(l),
                tex("σ'(z^" + l + ") ⊙ (W^" + (l + 1) + ")^T δ^" + (l + 1), "\\sigma'(z^{" + l + "}) \\odot (W^{" + (l + 1) + "})^{T} \\delta^{" + (l + 1) + "}"),
                tex("", m.column(n, i -> pass.gain(l, i)) + " \\odot " + transposed + " " + m.column(network.size(l + 1), k -> pass.delta(l + 1, k))),
                tex("", m.column(n, i -> pass.delta(l, i))));
    }
}
