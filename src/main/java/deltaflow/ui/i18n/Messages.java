package deltaflow.ui.i18n;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-visible string, from the bundles {@code deltaflow/ui/i18n/messages*.properties}. The language
 * can change while the program runs: views bind their text to {@link #text(String)}, which follows
 * {@link #localeProperty()}. Mathematical notation is not translated; it is the same in every language.
 */
public final class Messages {
    /** The languages with a complete bundle. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.TRADITIONAL_CHINESE);

    private static final String BUNDLE = "deltaflow.ui.i18n.messages";
    private static final ObjectProperty<Locale> LOCALE = new SimpleObjectProperty<>(defaultLocale());

    private Messages() {}

    /** The system's language when we have it (zh-TW, zh-HK and zh-Hant all read Traditional Chinese), else English. */
    static Locale defaultLocale() {
        Locale system = Locale.getDefault();
        boolean traditional = system.getLanguage().equals("zh")
                && (List.of("TW", "HK", "MO").contains(system.getCountry()) || system.getScript().equals("Hant"));
        return traditional ? Locale.TRADITIONAL_CHINESE : Locale.ENGLISH;
    }

    public static ObjectProperty<Locale> localeProperty() { return LOCALE; }

    public static Locale locale() { return LOCALE.get(); }

    public static void setLocale(Locale locale) { LOCALE.set(locale); }

    public static ResourceBundle bundle(Locale locale) {
        // Locale.ROOT fallback control: English lives in the base bundle, never the JVM's default locale.
        return deltaflow.model.Bundles.get(BUNDLE, locale);
    }

    /** The text for a key in the current language; a missing key shows as the key itself, never a crash. */
    public static String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle(locale()).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        if (arguments.length == 0) return pattern;
        // Counts and indices read as typed: "step 1234", not the locale's "1,234".
        Object[] shown = java.util.Arrays.stream(arguments).map(a -> a instanceof Integer || a instanceof Long ? a.toString() : a).toArray();
        return new MessageFormat(pattern, locale()).format(shown);
    }

    /** The text for a key that follows the language as it changes: bind a label's text to it. */
    public static StringBinding text(String key, Object... arguments) {
        return Bindings.createStringBinding(() -> get(key, arguments), LOCALE);
    }
}
