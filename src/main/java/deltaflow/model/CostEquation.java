package deltaflow.model;

import static deltaflow.model.EquationText.sum;

/** C^r, one example's cost, as each {@link Cost} defines it: ½ Σ_n (y_n − ŷ_n)², ‖y − ŷ‖, −Σ_n ŷ_n ln y_n, … */
final class CostEquation implements Equation {
    @Override public void operands(Step step, Timeline timeline, Operands refs) {
        Network network = timeline.trace().network();
        for (int n = 0; n < network.outputs(); n++) {
            refs.add(ValueRef.a(step.example(), network.depth(), n));
            refs.add(ValueRef.target(step.example(), n));
        }
    }

    @Override public StepFormula scalar(Step step, EquationValues values) {
        int r = step.example(), outputs = values.network().outputs(), depth = values.network().depth();
        MathText.Builder numbers = MathText.builder();
        MathText y = Notation.y("n"), target = Notation.target("n");
        MathText symbols = switch (values.scenario().cost()) {
            case SQUARED -> {
                numbers.add("½(", "\\tfrac{1}{2}(");
                sum(numbers, outputs, k -> squaredDifference(values, r, depth, k));
                numbers.text(")");
                yield MathText.builder().add("½ Σ", "\\tfrac{1}{2}\\sum").symbol("", "", "n", "").text(" (").append(y).op("−", "-").append(target).add(")²", ")^2").build();
            }
            case NORM -> {
                numbers.add("√(", "\\sqrt{");
                sum(numbers, outputs, k -> squaredDifference(values, r, depth, k));
                numbers.add(")", "}");
                yield MathText.builder().add("√(Σ", "\\sqrt{\\sum").symbol("", "", "n", "").text(" (").append(y).op("−", "-").append(target).add(")²)", ")^2}").build();
            }
            case CROSS_ENTROPY -> {
                numbers.add("−(", "-(");
                sum(numbers, outputs, k -> {
                    MathText output = values.of(ValueRef.a(r, depth, k), false);
                    return MathText.builder().append(values.of(ValueRef.target(r, k), false)).add(" ln ", "\\ln ").append(output).build();
                });
                numbers.text(")");
                yield MathText.builder().add("−Σ", "-\\sum").symbol("", "", "n", "").text(" ").append(target).add(" ln ", "\\ln ").append(y).build();
            }
            case BINARY_CROSS_ENTROPY -> {
                numbers.add("−(", "-(");
                sum(numbers, outputs, k -> {
                    MathText output = values.of(ValueRef.a(r, depth, k), false), goal = values.of(ValueRef.target(r, k), false);
                    return MathText.builder().append(goal).add(" ln ", "\\ln ").append(output)
                            .op("+", "+").text("(1").op("−", "-").append(goal).add(") ln(1", ")\\ln(1").op("−", "-")
                            .append(output).text(")").build();
                });
                numbers.text(")");
                yield MathText.builder().add("−Σ", "-\\sum").symbol("", "", "n", "").text(" [").append(target).add(" ln ", "\\ln ").append(y)
                        .op("+", "+").text("(1").op("−", "-").append(target).add(") ln(1", ")\\ln(1").op("−", "-").append(y).text(")]").build();
            }
        };
        return new StepFormula(Notation.costR(), symbols, numbers.build(), values.result(step));
    }

    private static MathText squaredDifference(EquationValues values, int r, int depth, int k) {
        return MathText.builder().text("(").append(values.of(ValueRef.a(r, depth, k), false)).op("−", "-")
                .append(values.of(ValueRef.target(r, k), true)).add(")²", ")^2").build();
    }
}
