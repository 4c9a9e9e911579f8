package deltaflow.model;

import static deltaflow.model.EquationText.bracket;
import static deltaflow.model.MatrixText.tex;

import java.util.function.Supplier;

/**
 * ∂C^r/∂y_n, the reverse network's inputs, written once per {@link Cost}: stacked in the formula panel, in symbols
 * and with numbers, and inline over the reverse network ({@link #inline}). For the layer, ∇C^r(y^r).
 */
public final class CostGradientEquation implements Equation {
    /** How a derivative is set: stacked fractions (the formula panel) or a line of text (a diagram's header). */
    private enum Form {
        STACKED("−", "−", " "), INLINE("−", "-", "");

        private final String minus, minusLatex, gap;

        Form(String minus, String minusLatex, String gap) {
            this.minus = minus;
            this.minusLatex = minusLatex;
            this.gap = gap;
        }

        MathText.Builder over(MathText.Builder into, MathText numerator, MathText denominator) {
            return this == STACKED ? into.fraction(numerator, denominator) : into.append(numerator).text(" / ").append(denominator);
        }
    }

    /**
     * The derivative of {@code cost} with respect to y_n. {@code target} is ŷ_n after an operator, {@code leadingTarget}
     * where it starts a term (the two differ only in how a negative number is bracketed); {@code norm}, ‖y − ŷ‖, is
     * asked for only by the cost that divides by it.
     */
    private static MathText derivative(Cost cost, Form form, MathText y, MathText target, MathText leadingTarget, Supplier<MathText> norm) {
        MathText difference = MathText.builder().append(y).op("−", "-").append(target).build();
        MathText.Builder b = MathText.builder();
        return switch (cost) {
            case SQUARED -> difference;
            case NORM -> form.over(b, bracket(difference), norm.get()).build();
            case CROSS_ENTROPY -> form.over(b.add(form.minus, form.minusLatex), leadingTarget, y).build();
            case BINARY_CROSS_ENTROPY -> form.over(b, bracket(difference),
                    MathText.builder().append(y).text(form.gap + "(1").op("−", "-").append(y).text(")").build()).build();
        };
    }

    /** "∂C^r/∂y_n = y_n − ŷ_n" for the squared cost, and so on: the reverse network's header. */
    public static MathText inline(Cost cost) {
        MathText norm = MathText.builder().add("‖y − ŷ‖", "\\|y - \\hat{y}\\|").build();
        return MathText.builder().append(Notation.costGradient("n")).text(" = ")
                .append(derivative(cost, Form.INLINE, Notation.y("n"), Notation.target("n"), Notation.target("n"), () -> norm)).build();
    }

    @Override public void operands(Step step, Timeline timeline, Operands refs) {
        int r = step.example(), i = step.neuron();
        refs.add(ValueRef.a(r, timeline.trace().network().depth(), i));
        refs.add(ValueRef.target(r, i));
        if (timeline.scenario().cost() == Cost.NORM) refs.add(ValueRef.cost(r));
    }

    @Override public StepFormula scalar(Step step, EquationValues values) {
        int r = step.example(), i = step.neuron();
        Cost cost = values.scenario().cost();
        MathText symbols = derivative(cost, Form.STACKED, Notation.y(i), Notation.target(i), Notation.target(i), Notation::costR);
        MathText numbers = derivative(cost, Form.STACKED, values.of(ValueRef.a(r, values.network().depth(), i), false),
                values.of(ValueRef.target(r, i), true), values.of(ValueRef.target(r, i), false), () -> values.of(ValueRef.cost(r), false));
        return new StepFormula(Notation.dCdy(i), symbols, numbers, values.result(step));
    }

    @Override public StepFormula vector(Step step, Timeline timeline, MatrixText m) {
        Network network = timeline.trace().network();
        Pass pass = timeline.trace().pass(step.example());
        return new StepFormula(tex("∇C^r(y^r)", "\\nabla C^{r}(y^{r})"),
                tex("", "\\nabla C^{r}\\left(" + m.column(network.outputs(), i -> pass.a(network.depth(), i)) + "\\right)"),
                tex("", ""),
                tex("", m.column(network.outputs(), pass::costGradient)));
    }
}
