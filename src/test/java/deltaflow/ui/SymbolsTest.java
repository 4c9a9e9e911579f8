package deltaflow.ui;

import deltaflow.model.MathText;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SymbolsTest {
    @Test
    void scriptsBecomeUnicodeWherePossible() {
        assertEquals("δ₁¹", Symbols.unicode(MathText.symbol("δ", "\\delta", "1", "1")));
        assertEquals("w₁₂²⁺", Symbols.unicode(MathText.builder().symbol("w", "w", "12", "2").add("⁺", "^{+}").build()));
        assertEquals("Cʳ", Symbols.unicode(MathText.symbol("C", "C", "", "r")));
    }

    @Test
    void aScriptWithNoUnicodeFormIsMarkedThePlainWay() {
        assertEquals("y_{qz}", Symbols.unicode(MathText.symbol("y", "y", "qz", "")));
    }
}
