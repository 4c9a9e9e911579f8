package deltaflow.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * A penalty on the weights, applied as TensorFlow Playground applies it: after the gradient step
 * w⁺ = w − η ∂C/∂w, the weight moves further by −η λ R'(w), with R' taken at the weight before the step.
 * So the gradient step is exactly the step engine's; the penalty is a second, separate move. Biases are
 * never penalized.
 */
public enum Regularization {
    NONE("none"),
    /** R(w) = |w|, R'(w) = sign w. A weight the penalty would push across zero stops at zero. */
    L1("l1"),
    /** R(w) = ½ w², R'(w) = w. */
    L2("l2");

    private final String id;

    Regularization(String id) { this.id = id; }

    /** The weight after the penalty: {@code stepped} is w⁺ = w − η ∂C/∂w, {@code before} is w. */
    public double apply(double before, double stepped, double learningRate, double rate) {
        return switch (this) {
            case NONE -> stepped;
            case L2 -> stepped - learningRate * rate * before;
            case L1 -> {
                double penalized = stepped - learningRate * rate * Math.signum(before);
                yield stepped * penalized < 0 ? 0.0 : penalized; // crossed zero because of the penalty
            }
        };
    }

    public String id() { return id; }

    public static Optional<Regularization> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    public static String knownIds() {
        return String.join(", ", Arrays.stream(values()).map(Regularization::id).toList());
    }
}
