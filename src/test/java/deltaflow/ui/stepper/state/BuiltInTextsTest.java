package deltaflow.ui.stepper.state;

import deltaflow.model.Scenario;
import deltaflow.model.Scenarios;
import deltaflow.ui.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuiltInTextsTest {
    @AfterEach
    void english() { Messages.setLocale(Locale.ENGLISH); }

    @Test
    void aBuiltInScenarioIsIntroducedInTheWindowsLanguage() {
        Scenario xor = Scenarios.builtIn("xor");
        assertEquals("XOR — " + xor.description(), BuiltInTexts.introduction(xor));
        Messages.setLocale(Locale.TRADITIONAL_CHINESE);
        assertTrue(BuiltInTexts.introduction(xor).contains("四個 XOR 範例組成一個大小 R = 4 的小批次"), BuiltInTexts.introduction(xor));
    }

    @Test
    void aScenarioFilesOwnWordsAreShownAsWritten() {
        Scenario own = new Scenario("My net", "my words", Scenarios.builtIn("xor").network(), Scenarios.builtIn("xor").cost(),
                Scenarios.builtIn("xor").examples(), 0.1, true);
        Messages.setLocale(Locale.TRADITIONAL_CHINESE);
        assertEquals("My net — my words", BuiltInTexts.introduction(own));
    }
}
