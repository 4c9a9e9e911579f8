package deltaflow.model;

import static deltaflow.model.EquationText.MAX_TERMS;
import static deltaflow.model.EquationText.sigma;
import static deltaflow.model.EquationText.sum;
import static deltaflow.model.MatrixText.activationsLatex;
import static deltaflow.model.MatrixText.activationsPlain;
import static deltaflow.model.MatrixText.tex;

/** z_i^l = Σ_j w_ij^l a_j^{l−1} + b_i^l; for the layer, z^l = W^l a^{l−1} + b^l. */
final class WeightedInputEquation implements Equation {
    @Override public void operands(Step step, Timeline timeline, Operands refs) {
        int r = step.example(), l = step.layer(), i = step.neuron();
        for (int k = 0; k < timeline.trace().network().size(l - 1); k++) {
            refs.add(ValueRef.weight(l, i, k));
            refs.add(ValueRef.a(r, l - 1, k));
        }
        refs.add(ValueRef.bias(l, i));
    }

    @Override public StepFormula scalar(Step step, EquationValues values) {
        int r = step.example(), l = step.layer(), i = step.neuron();
        int inputs = values.network().size(l - 1);
        MathText.Builder symbols = MathText.builder();
        if (inputs > MAX_TERMS) {
            sigma(symbols, "j").text(" ").append(Notation.weight(l, i, "j")).text(" ").append(Notation.a(l - 1, "j"));
        } else {
            for (int k = 0; k < inputs; k++) {
                if (k > 0) symbols.op("+", "+");
                symbols.append(Notation.weight(l, i, k)).text(" ").append(InputNames.a(values.scenario(), l - 1, k));
            }
        }
        symbols.op("+", "+").append(Notation.bias(l, i));
        MathText.Builder numbers = MathText.builder();
        sum(numbers, inputs, k -> values.product(ValueRef.weight(l, i, k), ValueRef.a(r, l - 1, k)));
        numbers.op("+", "+").append(values.of(ValueRef.bias(l, i), true));
        return new StepFormula(Notation.z(l, i), symbols.build(), numbers.build(), values.result(step));
    }

    @Override public StepFormula vector(Step step, Timeline timeline, MatrixText m) {
        Network network = timeline.trace().network();
        Pass pass = timeline.trace().pass(step.example());
        int l = step.layer();
        Layer layer = network.layer(l);
        return new StepFormula(Notation.zVector(l),
                tex("W^" + l + " " + activationsPlain(l - 1) + " + b^" + l, "W^{" + l + "} " + activationsLatex(l - 1) + " + b^{" + l + "}"),
                tex("", m.matrix(network.size(l), network.size(l - 1), layer::weight)
                        + " " + m.column(network.size(l - 1), i -> pass.a(l - 1, i))
                        + " + " + m.column(network.size(l), layer::bias)),
                tex("", m.column(network.size(l), i -> pass.z(l, i))));
    }
}
