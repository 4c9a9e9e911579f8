package deltaflow.model;

/**
 * One equation of the lecture, in one place: what a step of it reads (the operands the board highlights), how the
 * formula panel writes it for one neuron or weight — in symbols and with those operands' numbers — and, where the
 * slides have one, its vector form for a whole layer. The text reads its numbers only through {@link EquationValues},
 * so a test can hold the numbers a student sees against the operands highlighted ({@code EquationOperandsTest}).
 *
 * <p>Adding an equation (an L2 penalty, say) is one new implementation and one line in {@link Equations#of}.
 */
interface Equation {
    /**
     * The values a step of this equation reads, all known before the step, in the order the formula names them.
     * A δ step reveals σ'(z_i^l) itself, so it lists z_i^l, the value the gain is computed from.
     */
    void operands(Step step, Timeline timeline, Operands refs);

    /** One neuron's or one weight's equation, with its operands' numbers: {@code δ_1^2 = σ'(z_1^2) ∂C^r/∂y_1 = … = …}. */
    StepFormula scalar(Step step, EquationValues values);

    /** The whole layer's equation in vectors and matrices, or null where the slides write none (C^r, C). */
    default StepFormula vector(Step step, Timeline timeline, MatrixText m) { return null; }
}
