package deltaflow.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one notation: layer first, as ValueRef; the cost's derivative as the reverse network's header writes it. */
class NotationTest {
    @Test
    void everySymbolTakesTheLayerFirstAsValueRefDoes() {
        assertEquals("w_12^3", Notation.weight(3, 0, 1).plain());
        assertEquals("b_2^3", Notation.bias(3, 1).plain());
        assertEquals("z_2^1", Notation.z(1, 1).plain());
        assertEquals("a_3^2", Notation.a(2, 2).plain());
        assertEquals("x_2", Notation.a(0, 1).plain());
        assertEquals("δ_1^2", Notation.delta(2, 0).plain());
        assertEquals("σ'(z_1^2)", Notation.gain(2, 0).plain());
        assertEquals(Notation.weight(3, 0, 1), Notation.symbol(ValueRef.weight(3, 0, 1)));
        assertEquals(Notation.z(1, 1), Notation.symbol(ValueRef.z(0, 1, 1)));
        assertEquals("w_10,2^1", Notation.weight(1, 9, 1).plain());
    }

    @Test
    void inlineGradientsNameOneExampleOrTheMean() {
        assertEquals("∂C^r/∂w_21^2", Notation.weightGradient(2, 1, 0, true).plain());
        assertEquals("∂C/∂b_1^2", Notation.biasGradient(2, 0, false).plain());
        assertEquals("∂C^r/∂y_1", Notation.costGradient(0).plain());
    }

    /** Written once per cost, set inline over the reverse network (the formula panel's stacked form is in TimelineTest). */
    @Test
    void theCostsDerivativeInlineForEachCost() {
        assertEquals("∂C^r/∂y_n = y_n − ŷ_n", CostGradientEquation.inline(Cost.SQUARED).plain());
        assertEquals("∂C^r/∂y_n = (y_n − ŷ_n) / ‖y − ŷ‖", CostGradientEquation.inline(Cost.NORM).plain());
        assertEquals("∂C^r/∂y_n = −ŷ_n / y_n", CostGradientEquation.inline(Cost.CROSS_ENTROPY).plain());
        assertEquals("∂C^r/∂y_n = (y_n − ŷ_n) / y_n(1 − y_n)", CostGradientEquation.inline(Cost.BINARY_CROSS_ENTROPY).plain());
        assertEquals("\\partial C^{r}{}/\\partial y_{n}{} = -\\hat{y}_{n}{} / y_{n}{}", CostGradientEquation.inline(Cost.CROSS_ENTROPY).latex());
    }
}
