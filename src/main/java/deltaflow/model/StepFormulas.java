package deltaflow.model;

import static deltaflow.model.Notation.a;
import static deltaflow.model.Notation.b;
import static deltaflow.model.Notation.costR;
import static deltaflow.model.Notation.dCdy;
import static deltaflow.model.Notation.delta;
import static deltaflow.model.Notation.gain;
import static deltaflow.model.Notation.partial;
import static deltaflow.model.Notation.w;
import static deltaflow.model.Notation.y;
import static deltaflow.model.Notation.yHat;
import static deltaflow.model.Notation.z;

import java.util.ArrayList;
import java.util.List;

/**
 * The equation and the operands of every kind of step, in the lecture's notation. Built only when a step
 * is shown or written, never stored. Neurons print counted from 1 (δ_1^2), as on the slides.
 */
final class StepFormulas {
    /** A sum longer than this shows its first and last terms around an ellipsis. */
    static final int MAX_TERMS = 6;

    private StepFormulas() {}

    // ----- operands ----------------------------------------------------------------------------

    /**
     * Only values known before the step: a δ step reveals σ'(z_i^l) itself, so it lists z_i^l, the value
     * the gain is computed from, rather than the gain.
     */
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

    /** Where the operands of a step go: one by one, and those read for every example r of the mini-batch (a mean's). */
    interface Operands {
        void add(ValueRef ref);

        /** {@code ref} (given with example 0) for every example r. */
        void ofEveryExample(ValueRef ref);
    }

    /** The one definition of what each kind of step reads. */
    static void operands(Timeline timeline, Step step, Operands refs) {
        Network network = timeline.trace().network();
        int r = step.example(), l = step.layer(), i = step.neuron(), j = step.source();
        switch (step.kind()) {
            case Z -> {
                for (int k = 0; k < network.size(l - 1); k++) {
                    refs.add(ValueRef.weight(l, i, k));
                    refs.add(ValueRef.a(r, l - 1, k));
                }
                refs.add(ValueRef.bias(l, i));
            }
            case A -> {
                if (network.layer(l).activation().isElementwise()) refs.add(ValueRef.z(r, l, i));
                else for (int k = 0; k < network.size(l); k++) refs.add(ValueRef.z(r, l, k));
            }
            case COST -> {
                for (int n = 0; n < network.outputs(); n++) {
                    refs.add(ValueRef.a(r, network.depth(), n));
                    refs.add(ValueRef.target(r, n));
                }
            }
            case COST_GRADIENT -> {
                refs.add(ValueRef.a(r, network.depth(), i));
                refs.add(ValueRef.target(r, i));
                if (timeline.scenario().cost() == Cost.NORM) refs.add(ValueRef.cost(r));
            }
            case DELTA -> {
                if (l == network.depth()) {
                    if (network.layer(l).activation().isElementwise()) {
                        refs.add(ValueRef.z(r, l, i)); // σ'(z_i^l) is revealed by this step, from z_i^l
                        refs.add(ValueRef.costGradient(r, i));
                    } else {
                        for (int k = 0; k < network.outputs(); k++) {
                            refs.add(ValueRef.a(r, l, k));
                            refs.add(ValueRef.costGradient(r, k));
                        }
                    }
                } else {
                    refs.add(ValueRef.z(r, l, i));
                    for (int k = 0; k < network.size(l + 1); k++) {
                        refs.add(ValueRef.weight(l + 1, k, i));
                        refs.add(ValueRef.delta(r, l + 1, k));
                    }
                }
            }
            case WEIGHT_GRADIENT -> {
                refs.add(ValueRef.a(r, l - 1, j));
                refs.add(ValueRef.delta(r, l, i));
            }
            case BIAS_GRADIENT -> refs.add(ValueRef.delta(r, l, i));
            case TOTAL_COST -> refs.ofEveryExample(ValueRef.cost(0));
            case MEAN_WEIGHT_GRADIENT -> refs.ofEveryExample(ValueRef.weightGradient(0, l, i, j));
            case MEAN_BIAS_GRADIENT -> refs.ofEveryExample(ValueRef.biasGradient(0, l, i));
            case WEIGHT_UPDATE -> {
                refs.add(ValueRef.weight(l, i, j));
                refs.add(ValueRef.meanWeightGradient(l, i, j));
            }
            case BIAS_UPDATE -> {
                refs.add(ValueRef.bias(l, i));
                refs.add(ValueRef.meanBiasGradient(l, i));
            }
        }
    }

    // ----- formulas ------------------------------------------------------------------------------

    static StepFormula formula(Timeline timeline, Step step, int digits) {
        Network network = timeline.trace().network();
        Scenario scenario = timeline.scenario();
        int r = step.example(), l = step.layer(), i = step.neuron(), j = step.source();
        Numbers3 n = new Numbers3(timeline, digits);
        MathText result = MathText.builder().number(step.value(), digits, false).build();
        return switch (step.kind()) {
            case Z -> {
                int inputs = network.size(l - 1);
                MathText.Builder symbols = MathText.builder();
                MathText.Builder numbers = MathText.builder();
                if (inputs > MAX_TERMS) {
                    symbols.add("Σ", "\\sum").symbol("", "", "j", "").text(" ").append(w(i, "j", l)).text(" ").append(a("j", l - 1)).op("+", "+").append(b(i, l));
                } else {
                    for (int k = 0; k < inputs; k++) {
                        if (k > 0) symbols.op("+", "+");
                        symbols.append(w(i, k, l)).text(" ").append(InputNames.a(scenario, l - 1, k));
                    }
                    symbols.op("+", "+").append(b(i, l));
                }
                sum(numbers, inputs, k -> n.product(ValueRef.weight(l, i, k), ValueRef.a(r, l - 1, k)));
                numbers.op("+", "+").append(n.of(ValueRef.bias(l, i), true));
                yield new StepFormula(z(i, l), symbols.build(), numbers.build(), result);
            }
            case A -> {
                Activation sigma = network.layer(l).activation();
                if (sigma.isElementwise()) {
                    MathText symbols = MathText.builder().add("σ(", "\\sigma(").append(z(i, l)).text(")").build();
                    MathText numbers = MathText.builder().add(sigma.symbol() + "(", sigma.latex() + "(")
                            .append(n.of(ValueRef.z(r, l, i), false)).text(")").build();
                    yield new StepFormula(a(i, l), symbols, numbers, result);
                }
                MathText symbols = MathText.builder().fraction(exp(z(i, l)), MathText.builder().add("Σ", "\\sum").symbol("", "", "k", "").text(" ").append(exp(z("k", l))).build()).build();
                MathText.Builder denominator = MathText.builder();
                sum(denominator, network.size(l), k -> exp(n.of(ValueRef.z(r, l, k), false)));
                MathText numbers = MathText.builder().fraction(exp(n.of(ValueRef.z(r, l, i), false)), denominator.build()).build();
                yield new StepFormula(a(i, l), symbols, numbers, result);
            }
            case COST -> costFormula(scenario.cost(), network, r, n, result);
            case COST_GRADIENT -> costGradientFormula(scenario.cost(), network, r, i, n, result);
            case DELTA -> {
                if (l == network.depth() && network.layer(l).activation().isElementwise()) {
                    MathText symbols = MathText.builder().append(gain(i, l)).text(" ").append(dCdy(i)).build();
                    MathText numbers = n.product(ValueRef.gain(r, l, i), ValueRef.costGradient(r, i));
                    yield new StepFormula(delta(i, l), symbols, numbers, result);
                }
                if (l == network.depth()) {
                    // δ^L = J^T ∇C^r: the softmax Jacobian, not a gain, carries ∂C/∂y back to z.
                    MathText symbols = MathText.builder().append(y(i)).text(" (").append(dCdy(i)).op("−", "-")
                            .add("Σ", "\\sum").symbol("", "", "k", "").text(" ").append(y("k")).text(" ").append(dCdy("k")).text(")").build();
                    MathText.Builder inner = MathText.builder();
                    sum(inner, network.outputs(), k -> n.product(ValueRef.a(r, l, k), ValueRef.costGradient(r, k)));
                    MathText numbers = MathText.builder().append(n.of(ValueRef.a(r, l, i), false)).op("×", "\\times").text("(")
                            .append(n.of(ValueRef.costGradient(r, i), false)).op("−", "-").text("(").append(inner.build()).text("))").build();
                    yield new StepFormula(delta(i, l), symbols, numbers, result);
                }
                int next = network.size(l + 1);
                MathText.Builder symbols = MathText.builder().append(gain(i, l)).text(" (");
                if (next > MAX_TERMS) {
                    symbols.add("Σ", "\\sum").symbol("", "", "k", "").text(" ").append(w("k", i, l + 1)).text(" ").append(delta("k", l + 1));
                } else {
                    for (int k = 0; k < next; k++) {
                        if (k > 0) symbols.op("+", "+");
                        symbols.append(w(k, i, l + 1)).text(" ").append(delta(k, l + 1));
                    }
                }
                symbols.text(")");
                MathText.Builder numbers = MathText.builder().append(n.of(ValueRef.gain(r, l, i), false)).op("×", "\\times").text("(");
                sum(numbers, next, k -> n.product(ValueRef.weight(l + 1, k, i), ValueRef.delta(r, l + 1, k)));
                numbers.text(")");
                yield new StepFormula(delta(i, l), symbols.build(), numbers.build(), result);
            }
            case WEIGHT_GRADIENT -> new StepFormula(partial(costR(), w(i, j, l)),
                    MathText.builder().append(InputNames.a(scenario, l - 1, j)).text(" ").append(delta(i, l)).build(),
                    n.product(ValueRef.a(r, l - 1, j), ValueRef.delta(r, l, i)), result);
            case BIAS_GRADIENT -> new StepFormula(partial(costR(), b(i, l)), delta(i, l), MathText.builder().build(), result);
            case TOTAL_COST -> {
                int batch = timeline.trace().batchSize();
                MathText symbols = MathText.builder().fraction(text("1"), text("R")).text(" ").add("Σ", "\\sum").symbol("", "", "r", "").text(" ").append(costR()).build();
                MathText.Builder numbers = MathText.builder();
                average(numbers, batch, s -> n.of(ValueRef.cost(s), s > 0));
                yield new StepFormula(text("C"), symbols, numbers.build(), result);
            }
            case MEAN_WEIGHT_GRADIENT, MEAN_BIAS_GRADIENT -> {
                boolean weight = step.kind() == StepKind.MEAN_WEIGHT_GRADIENT;
                MathText parameter = weight ? w(i, j, l) : b(i, l);
                MathText symbols = MathText.builder().fraction(text("1"), text("R")).text(" ").add("Σ", "\\sum").symbol("", "", "r", "").text(" ")
                        .append(partial(costR(), parameter)).build();
                MathText.Builder numbers = MathText.builder();
                average(numbers, timeline.trace().batchSize(),
                        s -> n.of(weight ? ValueRef.weightGradient(s, l, i, j) : ValueRef.biasGradient(s, l, i), s > 0));
                yield new StepFormula(partial(text("C"), parameter), symbols, numbers.build(), result);
            }
            case WEIGHT_UPDATE, BIAS_UPDATE -> {
                boolean weight = step.kind() == StepKind.WEIGHT_UPDATE;
                MathText parameter = weight ? w(i, j, l) : b(i, l);
                MathText symbols = MathText.builder().append(parameter).op("−", "-").add("η ", "\\eta\\,")
                        .append(partial(text("C"), parameter)).build();
                MathText numbers = MathText.builder().append(n.of(weight ? ValueRef.weight(l, i, j) : ValueRef.bias(l, i), false))
                        .op("−", "-").number(scenario.learningRate(), digits, true).op("×", "\\times")
                        .append(n.of(weight ? ValueRef.meanWeightGradient(l, i, j) : ValueRef.meanBiasGradient(l, i), true)).build();
                MathText quantity = MathText.builder().append(parameter).add("⁺", "^{+}").build();
                double old = timeline.value(weight ? ValueRef.weight(l, i, j) : ValueRef.bias(l, i));
                yield new StepFormula(quantity, symbols, numbers, distinctResult(step.value(), old, digits));
            }
        };
    }

    /** The updated value with enough digits that a change, however small, still shows against the old one. */
    private static MathText distinctResult(double updated, double old, int digits) {
        int shown = digits;
        while (shown < 15 && updated != old && Numbers.format(updated, shown).equals(Numbers.format(old, shown))) shown++;
        return MathText.builder().number(updated, shown, false).build();
    }

    private static StepFormula costFormula(Cost cost, Network network, int r, Numbers3 n, MathText result) {
        int outputs = network.outputs();
        int depth = network.depth();
        MathText.Builder numbers = MathText.builder();
        MathText symbols = switch (cost) {
            case SQUARED -> {
                numbers.add("½(", "\\tfrac{1}{2}(");
                sum(numbers, outputs, k -> squaredDifference(n, r, depth, k));
                numbers.text(")");
                yield MathText.builder().add("½ Σ", "\\tfrac{1}{2}\\sum").symbol("", "", "n", "").text(" (").append(y("n")).op("−", "-").append(yHat("n")).add(")²", ")^2").build();
            }
            case NORM -> {
                numbers.add("√(", "\\sqrt{");
                sum(numbers, outputs, k -> squaredDifference(n, r, depth, k));
                numbers.add(")", "}");
                yield MathText.builder().add("√(Σ", "\\sqrt{\\sum").symbol("", "", "n", "").text(" (").append(y("n")).op("−", "-").append(yHat("n")).add(")²)", ")^2}").build();
            }
            case CROSS_ENTROPY -> {
                numbers.add("−(", "-(");
                sum(numbers, outputs, k -> MathText.builder().append(n.of(ValueRef.target(r, k), false)).add(" ln ", "\\ln ").append(n.of(ValueRef.a(r, depth, k), false)).build());
                numbers.text(")");
                yield MathText.builder().add("−Σ", "-\\sum").symbol("", "", "n", "").text(" ").append(yHat("n")).add(" ln ", "\\ln ").append(y("n")).build();
            }
            case BINARY_CROSS_ENTROPY -> {
                numbers.add("−(", "-(");
                sum(numbers, outputs, k -> MathText.builder().append(n.of(ValueRef.target(r, k), false)).add(" ln ", "\\ln ").append(n.of(ValueRef.a(r, depth, k), false))
                        .op("+", "+").text("(1").op("−", "-").append(n.of(ValueRef.target(r, k), false)).add(") ln(1", ")\\ln(1").op("−", "-")
                        .append(n.of(ValueRef.a(r, depth, k), false)).text(")").build());
                numbers.text(")");
                yield MathText.builder().add("−Σ", "-\\sum").symbol("", "", "n", "").text(" [").append(yHat("n")).add(" ln ", "\\ln ").append(y("n"))
                        .op("+", "+").text("(1").op("−", "-").append(yHat("n")).add(") ln(1", ")\\ln(1").op("−", "-").append(y("n")).text(")]").build();
            }
        };
        return new StepFormula(costR(), symbols, numbers.build(), result);
    }

    private static MathText squaredDifference(Numbers3 n, int r, int depth, int k) {
        return MathText.builder().text("(").append(n.of(ValueRef.a(r, depth, k), false)).op("−", "-")
                .append(n.of(ValueRef.target(r, k), true)).add(")²", ")^2").build();
    }

    private static StepFormula costGradientFormula(Cost cost, Network network, int r, int i, Numbers3 n, MathText result) {
        int depth = network.depth();
        MathText yValue = n.of(ValueRef.a(r, depth, i), false);
        MathText targetValue = n.of(ValueRef.target(r, i), true);
        MathText difference = MathText.builder().append(y(i)).op("−", "-").append(yHat(i)).build();
        MathText differenceValue = MathText.builder().append(yValue).op("−", "-").append(targetValue).build();
        return switch (cost) {
            case SQUARED -> new StepFormula(dCdy(i), difference, differenceValue, result);
            case NORM -> new StepFormula(dCdy(i),
                    MathText.builder().fraction(bracket(difference), costR()).build(),
                    MathText.builder().fraction(bracket(differenceValue), n.of(ValueRef.cost(r), false)).build(), result);
            case CROSS_ENTROPY -> new StepFormula(dCdy(i),
                    MathText.builder().text("−").fraction(yHat(i), y(i)).build(),
                    MathText.builder().text("−").fraction(n.of(ValueRef.target(r, i), false), yValue).build(), result);
            case BINARY_CROSS_ENTROPY -> new StepFormula(dCdy(i),
                    MathText.builder().fraction(bracket(difference), MathText.builder().append(y(i)).text(" (1").op("−", "-").append(y(i)).text(")").build()).build(),
                    MathText.builder().fraction(bracket(differenceValue), MathText.builder().append(yValue).text(" (1").op("−", "-").append(yValue).text(")").build()).build(),
                    result);
        };
    }

    // ----- sums and averages ------------------------------------------------------------------

    private static void sum(MathText.Builder into, int count, java.util.function.IntFunction<MathText> term) {
        for (int k = 0; k < count; k++) {
            if (count > MAX_TERMS && k == 2) {
                into.op("+", "+").add("⋯", "\\cdots");
                k = count - 2; // continue with the last term
                continue;
            }
            if (k > 0) into.op("+", "+");
            into.append(term.apply(k));
        }
    }

    /** (t_1 + ... + t_R)/R; nothing for R = 1, where the mean is the one term and the formula says so already. */
    private static void average(MathText.Builder into, int count, java.util.function.IntFunction<MathText> term) {
        if (count == 1) return;
        MathText.Builder numerator = MathText.builder();
        sum(numerator, count, term);
        into.fraction(numerator.build(), text(String.valueOf(count)));
    }

    private static MathText bracket(MathText inner) {
        return MathText.builder().text("(").append(inner).text(")").build();
    }

    private static MathText text(String s) { return MathText.builder().text(s).build(); }

    private static MathText exp(MathText power) {
        return MathText.builder().add("exp(", "\\exp(").append(power).text(")").build();
    }

    /** Numbers of one timeline, formatted alike. */
    private record Numbers3(Timeline timeline, int digits) {
        MathText of(ValueRef ref, boolean bracketNegative) {
            return MathText.builder().number(timeline.value(ref), digits, bracketNegative).build();
        }

        MathText product(ValueRef left, ValueRef right) {
            return MathText.builder().append(of(left, true)).op("×", "\\times").append(of(right, true)).build();
        }
    }
}
