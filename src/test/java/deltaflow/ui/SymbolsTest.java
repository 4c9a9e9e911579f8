package deltaflow.ui;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SymbolsTest {
    @Test
    void indicesBecomeUnicodeScripts() {
        assertEquals("w" + Symbols.sub(12) + Symbols.sup(3), "w₁₂³");
    }

    @Test
    void aScriptWithNoUnicodeFormIsMarkedThePlainWay() {
        assertEquals("_{qz}", Symbols.sub("qz"));
        assertEquals("^q", Symbols.sup("q"));
    }
}
