package deltaflow.model;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BundlesTest {
    private static final String BASE = "deltaflow.ui.i18n.messages";

    @Test void englishStaysEnglishOnAChineseMachine() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.TRADITIONAL_CHINESE);
            assertEquals("Help", Bundles.get(BASE, Locale.ENGLISH).getString("menu.help"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test void chineseReadsItsOwnFileAsUtf8() {
        assertEquals("說明", Bundles.get(BASE, Locale.TRADITIONAL_CHINESE).getString("menu.help"));
        assertEquals("繁體中文", Bundles.get(BASE, Locale.forLanguageTag("zh-Hant-TW")).getString("language.name"));
    }

    @Test void aLanguageWithoutAFileIsEnglish() {
        assertEquals("Help", Bundles.get(BASE, Locale.GERMAN).getString("menu.help"));
    }
}
