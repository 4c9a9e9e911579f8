package deltaflow.ui.i18n;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessagesTest {
    @AfterEach
    void backToEnglish() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private static Set<String> ownKeys(Locale locale) {
        ResourceBundle bundle = Messages.bundle(locale);
        return new TreeSet<>(bundle.keySet());
    }

    @Test
    void everyBundleHasEveryKey() {
        Set<String> all = new TreeSet<>();
        for (Locale locale : Messages.SUPPORTED) all.addAll(ownKeys(locale));
        for (Locale locale : Messages.SUPPORTED) {
            Set<String> missing = new TreeSet<>(all);
            missing.removeAll(ownKeys(locale));
            assertTrue(missing.isEmpty(), () -> "missing in " + locale + ": " + missing);
        }
    }

    @Test
    void noTraditionalChineseTextIsLeftInEnglish() {
        ResourceBundle english = Messages.bundle(Locale.ENGLISH);
        ResourceBundle chinese = Messages.bundle(Locale.TRADITIONAL_CHINESE);
        Set<String> untranslated = new TreeSet<>();
        for (String key : english.keySet()) {
            String en = english.getString(key);
            // Text with letters in it must differ; names, symbols and formats may stay the same.
            if (en.chars().filter(Character::isLetter).count() > 3 && en.equals(chinese.getString(key)) && !key.equals("app.title")) {
                untranslated.add(key);
            }
        }
        assertTrue(untranslated.isEmpty(), () -> "not translated: " + untranslated);
    }

    @Test
    void textFollowsTheLanguageAtRunTime() {
        var title = Messages.text("language.name");
        assertEquals("English", title.get());
        Messages.setLocale(Locale.TRADITIONAL_CHINESE);
        assertEquals("繁體中文", title.get());
    }

    @Test
    void aMissingKeyShowsTheKeyRatherThanFailing() {
        assertEquals("no.such.key", Messages.get("no.such.key"));
    }
}
