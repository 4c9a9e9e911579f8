package deltaflow.model;

import java.util.List;

/**
 * What the inputs of a network stand for, as diagrams and formulas name them. A scenario may name its
 * inputs (TensorFlow Playground's features, or a CSV file's columns); without names input j is x_j, the
 * lecture's x. A feature's name ({@code "x1^2"}, {@code "sinx1"}, {@code "x1x2"}) reads x₁², sin(x₁), x₁x₂;
 * any other name is written as it is, upright.
 */
public final class InputNames {
    /** The longest name a scenario may give an input. */
    public static final int MAX_LENGTH = 40;

    private InputNames() {}

    /** The symbol of input j (from 0): its name, or x_j when the inputs have no names. */
    public static MathText symbol(List<String> names, int j) {
        return j < names.size() ? named(names.get(j)) : Notation.symbol(ValueRef.x(0, j));
    }

    /** a_j^l (layer first, as ValueRef orders them), where the input layer's a_j^0 is the scenario's name for input j. */
    public static MathText a(Scenario scenario, int l, int j) {
        return l == 0 ? symbol(scenario.inputNames(), j) : Notation.symbol(ValueRef.a(0, l, j));
    }

    /**
     * How one name reads: TensorFlow Playground's features (the ids of {@code model.data.Feature}) in the lecture's
     * notation, anything else as upright text. The table lives here, not in Feature, so the model does not reach
     * into its data package (Feature reads its symbol from here).
     */
    public static MathText named(String name) {
        MathText x1 = Notation.x(0), x2 = Notation.x(1);
        return switch (name) {
            case "x1" -> x1;
            case "x2" -> x2;
            case "x1^2" -> MathText.symbol("x", "x", "1", "2");
            case "x2^2" -> MathText.symbol("x", "x", "2", "2");
            case "x1x2" -> MathText.builder().append(x1).append(x2).build();
            case "sinx1" -> MathText.builder().add("sin(", "\\sin(").append(x1).text(")").build();
            case "sinx2" -> MathText.builder().add("sin(", "\\sin(").append(x2).text(")").build();
            default -> MathText.builder().add(name, "\\mathrm{" + latex(name) + "}").build();
        };
    }

    /** Text for \mathrm: TeX's special characters as themselves, spaces kept. */
    private static String latex(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\backslash ");
                case '{', '}', '$', '&', '#', '_', '%' -> out.append('\\').append(c);
                case '^' -> out.append("\\hat{}");
                case '~' -> out.append("\\sim ");
                case ' ' -> out.append("\\ ");
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.toString();
    }
}
