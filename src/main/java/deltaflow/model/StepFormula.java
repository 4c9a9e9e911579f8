package deltaflow.model;

/**
 * A step's equation as the slides write it: the quantity, its definition in symbols, the same with the
 * operands' numbers filled in, and the result. {@code δ_1^2 = σ'(z_1^2) ∂C^r/∂y_1 = 0.1868 × 0.7414 = 0.1385}.
 */
public record StepFormula(MathText quantity, MathText symbols, MathText numbers, MathText result) {

    /** The whole line: quantity = symbols = numbers = result. */
    public MathText full() {
        MathText.Builder b = MathText.builder().append(quantity).op("=", "=").append(symbols);
        if (!numbers.plain().isEmpty()) b.op("=", "=").append(numbers);
        return b.op("=", "=").append(result).build();
    }
}
