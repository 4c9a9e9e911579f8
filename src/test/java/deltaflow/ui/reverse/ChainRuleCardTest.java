package deltaflow.ui.reverse;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChainRuleCardTest {
    @Test
    void theProductShowsAsManyDecimalsAsTheFinerFactor() {
        assertEquals("0.082167041", ChainRuleCard.product(0.593269992 * 0.138498562, "0.593269992", "0.138498562"));
        assertEquals("0.00520378152", ChainRuleCard.product(0.593269992 * 0.00877135468, "0.593269992", "0.00877135468"));
        assertEquals("\u22120.0226", ChainRuleCard.product(-0.02260254, "0.5963", "\u22120.0379"));
    }
}
