package deltaflow.model;

import java.util.function.Consumer;

/**
 * The numbers an equation's text shows, read from one timeline and formatted alike. Every operand's number a formula
 * shows is read here and reported to {@code reads}, so a test can see exactly which values a text names.
 */
final class EquationValues {
    private final Timeline timeline;
    private final int digits;
    private final Consumer<ValueRef> reads;

    EquationValues(Timeline timeline, int digits) {
        this(timeline, digits, ref -> {});
    }

    EquationValues(Timeline timeline, int digits, Consumer<ValueRef> reads) {
        this.timeline = timeline;
        this.digits = digits;
        this.reads = reads;
    }

    Network network() { return timeline.trace().network(); }

    Scenario scenario() { return timeline.scenario(); }

    int batchSize() { return timeline.trace().batchSize(); }

    int digits() { return digits; }

    /** An operand's number, bracketed when negative and {@code bracketNegative} (as after an operator). */
    MathText of(ValueRef ref, boolean bracketNegative) {
        reads.accept(ref);
        return number(timeline.value(ref), bracketNegative);
    }

    /** {@code left × right}, both bracketed when negative. */
    MathText product(ValueRef left, ValueRef right) {
        return MathText.builder().append(of(left, true)).op("×", "\\times").append(of(right, true)).build();
    }

    /** σ'(z_i^l)'s number: the step computes the gain from its operand z_i^l, so z is what it reads. */
    MathText gainOf(ValueRef z, boolean bracketNegative) {
        reads.accept(z);
        return number(timeline.value(ValueRef.gain(z.example(), z.layer(), z.neuron())), bracketNegative);
    }

    /** A constant of the scenario (the learning rate), not a value of the network. */
    MathText number(double value, boolean bracketNegative) {
        return MathText.builder().number(value, digits, bracketNegative).build();
    }

    /** The step's own value, the formula's last term. */
    MathText result(Step step) { return number(step.value(), false); }

    /** A value as it was before the step, for writing its result; not an operand. */
    double before(ValueRef ref) { return timeline.value(ref); }
}
