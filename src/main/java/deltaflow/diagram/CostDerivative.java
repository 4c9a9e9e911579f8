package deltaflow.diagram;

import deltaflow.model.Cost;
import deltaflow.model.MathText;

/** The reverse network's inputs as formulas: ∂C/∂y_n for each cost, written with y_n and the target ŷ_n. */
final class CostDerivative {
    private CostDerivative() {}

    /** "∂C^r/∂y_n = y_n − ŷ_n" for the squared cost, and so on. */
    static MathText header(Cost cost) {
        MathText.Builder b = MathText.builder().add("∂", "\\partial ").symbol("C", "C", "", "r").add("/∂", "/\\partial ").append(y()).text(" = ");
        return switch (cost) {
            case SQUARED -> b.append(y()).op("−", "-").append(yHat()).build();
            case NORM -> b.text("(").append(y()).op("−", "-").append(yHat()).add(") / ‖y − ŷ‖", ") / \\|y - \\hat{y}\\|").build();
            case CROSS_ENTROPY -> b.add("−", "-").append(yHat()).text(" / ").append(y()).build();
            case BINARY_CROSS_ENTROPY -> b.text("(").append(y()).op("−", "-").append(yHat()).text(") / ").append(y())
                    .text("(1").op("−", "-").append(y()).text(")").build();
        };
    }

    private static MathText y() { return MathText.symbol("y", "y", "n", ""); }

    private static MathText yHat() { return MathText.symbol("ŷ", "\\hat{y}", "n", ""); }
}
