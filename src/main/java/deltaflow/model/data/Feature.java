package deltaflow.model.data;

import deltaflow.model.MathText;
import deltaflow.model.InputNames;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * TensorFlow Playground's seven features of a point (x₁, x₂): the inputs of the first layer are the ones
 * chosen, in this order. sin uses StrictMath, so a feature is the same number on every machine.
 */
public enum Feature {
    X1("x1"), X2("x2"), X1_SQUARED("x1^2"), X2_SQUARED("x2^2"), X1_X2("x1x2"), SIN_X1("sinx1"), SIN_X2("sinx2");

    private final String id;

    Feature(String id) { this.id = id; }

    public double of(double x1, double x2) {
        return switch (this) {
            case X1 -> x1;
            case X2 -> x2;
            case X1_SQUARED -> x1 * x1;
            case X2_SQUARED -> x2 * x2;
            case X1_X2 -> x1 * x2;
            case SIN_X1 -> StrictMath.sin(x1);
            case SIN_X2 -> StrictMath.sin(x2);
        };
    }

    /** How formulas and diagrams name this input: x₁, x₁², x₁x₂, sin(x₁), in the lecture's x of layer 0. */
    public MathText symbol() {
        return InputNames.named(id);
    }

    /** The name in scenario files and on the command line: x1, x2, x1^2, x2^2, x1x2, sinx1, sinx2. */
    public String id() { return id; }

    /** TensorFlow Playground's default: the coordinates themselves. */
    public static Set<Feature> defaults() { return EnumSet.of(X1, X2); }

    public static Optional<Feature> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    public static String knownIds() {
        return String.join(", ", Arrays.stream(values()).map(Feature::id).toList());
    }
}
