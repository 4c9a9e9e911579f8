package deltaflow.model;

import static deltaflow.model.EquationText.average;
import static deltaflow.model.EquationText.meanOverExamples;

/** C = 1/R Σ_r C^r, the mean over the mini-batch. */
final class TotalCostEquation implements Equation {
    @Override public void operands(Step step, Timeline timeline, Operands refs) {
        refs.ofEveryExample(ValueRef.cost(0));
    }

    @Override public StepFormula scalar(Step step, EquationValues values) {
        MathText symbols = meanOverExamples(MathText.builder()).append(Notation.costR()).build();
        MathText.Builder numbers = MathText.builder();
        average(numbers, values.batchSize(), s -> values.of(ValueRef.cost(s), s > 0));
        return new StepFormula(Notation.cost(), symbols, numbers.build(), values.result(step));
    }
}
