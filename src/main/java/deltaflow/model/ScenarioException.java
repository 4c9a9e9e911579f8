package deltaflow.model;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A scenario or session that cannot be read, with where the problem is ({@code network.layers[1].weights})
 * and what it is, so the user can fix the file without a stack trace. The problem is a sentence from the
 * bundle {@code deltaflow/model/problems*.properties}: English on the command line, the window's language in
 * its dialogs. JSON paths and file names are not translated.
 */
public final class ScenarioException extends Exception {
    private static final String BUNDLE = "deltaflow.model.problems";

    private final String location;
    private final String key;      // null for a text that has no translation (a library's message)
    private final Object[] args;
    private final String text;
    private final boolean overBudget;

    /** A problem told in words that have no translation, such as a parser's own message. */
    public ScenarioException(String location, String problem) {
        this(location, null, new Object[0], problem);
    }

    private ScenarioException(String location, String key, Object[] args, String text) {
        this(location, key, args, text, false);
    }

    private ScenarioException(String location, String key, Object[] args, String text, boolean overBudget) {
        super(location.isEmpty() ? text : location + ": " + text);
        this.location = location;
        this.key = key;
        this.args = args;
        this.text = text;
        this.overBudget = overBudget;
    }

    /**
     * A valid file whose work would not fit in the memory Java may use: refused before the work starts (the
     * command line's status 3, not the 2 of a mistake in the file).
     */
    static ScenarioException overBudget(String location, String key, Object... args) {
        return new ScenarioException(location, key, args, format(Locale.ROOT, key, args), true);
    }

    /** True when the file is valid but too large for the memory at hand (see {@link MemoryBudget}). */
    public boolean overBudget() { return overBudget; }

    /**
     * A problem from the bundle: {@code of("examples[0].x", "numbers", 3, 2, phrase("what.inputs"))}. Public for the
     * readers of data files beside the scenario's ({@code model.data}), whose problems read in the window's language too.
     */
    public static ScenarioException of(String location, String key, Object... args) {
        return new ScenarioException(location, key, args, format(Locale.ROOT, key, args));
    }

    /** A translatable part of a problem, such as "an array" in "expected a number, found an array". */
    static Phrase phrase(String key, Object... args) { return new Phrase(key, args); }

    /** The same problem at another place, such as the file name in front of a JSON path. */
    public ScenarioException at(String newLocation) {
        return new ScenarioException(newLocation, key, args, text, overBudget);
    }

    /** The JSON path of the offending value, or a line and column for malformed JSON; empty for the whole file. */
    public String location() { return location; }

    /** The problem in English. */
    public String problem() { return text; }

    /** The problem in the given language, English where the bundle has no translation. */
    public String problem(Locale locale) {
        return key == null ? text : format(locale, key, args);
    }

    /** Location and problem in the given language, for a dialog. */
    public String localizedMessage(Locale locale) {
        String problem = problem(locale);
        return location.isEmpty() ? problem : location + ": " + problem;
    }

    private static String format(Locale locale, String key, Object[] args) {
        ResourceBundle bundle = Bundles.get(BUNDLE, locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key + " " + Arrays.toString(args);
        }
        // Numbers as they are written in files (no grouping), phrases in the same language, quoted text escaped
        // so that a newline in a value cannot make the message two lines.
        Object[] shown = Arrays.stream(args)
                .map(a -> a instanceof Phrase p ? format(locale, p.key(), p.args()) : a instanceof String text ? OneLine.of(text) : String.valueOf(a))
                .toArray();
        return new MessageFormat(pattern, locale).format(shown);
    }

    /** A translatable fragment. */
    record Phrase(String key, Object[] args) {}
}
