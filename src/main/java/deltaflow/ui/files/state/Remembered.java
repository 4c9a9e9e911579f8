package deltaflow.ui.files.state;

import deltaflow.ui.stepper.state.StepperViewModel;

import deltaflow.diagram.Theme;
import deltaflow.diagram.View;
import deltaflow.model.Granularity;
import deltaflow.model.Scenarios;
import deltaflow.ui.i18n.Messages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.prefs.Preferences;

/**
 * What the window remembers between runs: theme, language, view, granularity, and the last scenario (a file or
 * a built-in) or session, in a preferences node (the user's own, or a test's). A value that cannot be read — a
 * damaged store, an unknown theme, a file since deleted — falls back to the default with a one-line note in the
 * status line and on stderr; nothing here ever stops the window from opening.
 */
public final class Remembered {
    public static final String THEME = "theme", LANGUAGE = "language", VIEW = "view", GRANULARITY = "granularity", LAST = "last";
    private static final String BUILT_IN = "builtin:", SCENARIO = "scenario:", SESSION = "session:";

    private final Preferences node;
    private final List<String> notes = new ArrayList<>();
    private int reported;

    public Remembered(Preferences node) { this.node = node; }

    /** The program's own preferences node. */
    public static Remembered forUser() {
        return new Remembered(Preferences.userRoot().node("org/deltaflow/window"));
    }

    /** What could not be restored, one line each (empty when everything was). */
    public List<String> notes() { return List.copyOf(notes); }

    /** Puts the remembered theme, language, view and granularity on the stepper; the defaults where they cannot be read. */
    public void restoreSettings(StepperViewModel stepper) {
        find(THEME, Theme.values(), Theme::id).ifPresent(stepper::setTheme);
        find(LANGUAGE, Messages.SUPPORTED.toArray(Locale[]::new), Locale::toLanguageTag).ifPresent(Messages::setLocale);
        find(VIEW, View.values(), View::id).ifPresent(stepper::setView);
        find(GRANULARITY, Granularity.values(), Granularity::id).ifPresent(stepper::setGranularity);
        report(stepper);
    }

    /** Opens the scenario or session of the last run, if it can still be found. */
    public void reopen(ScenarioFiles files, SessionFiles sessions) {
        String last = read(LAST);
        if (last == null) return;
        if (last.startsWith(BUILT_IN) && isBuiltIn(last.substring(BUILT_IN.length()))) {
            files.openBuiltIn(last.substring(BUILT_IN.length()));
        } else if (last.startsWith(SCENARIO) && Files.isRegularFile(Path.of(last.substring(SCENARIO.length())))) {
            files.open(Path.of(last.substring(SCENARIO.length())));
        } else if (last.startsWith(SESSION) && Files.isRegularFile(Path.of(last.substring(SESSION.length())))) {
            sessions.open(Path.of(last.substring(SESSION.length())));
        } else {
            notes.add(Messages.get("remembered.lastGone", last.substring(last.indexOf(':') + 1)));
        }
        report(files.stepper());
    }

    /** Writes each setting as it changes, and what was opened last. */
    public void follow(StepperViewModel stepper, ScenarioFiles files, SessionFiles sessions) {
        stepper.themeProperty().addListener((o, was, is) -> write(THEME, is.id()));
        Messages.localeProperty().addListener((o, was, is) -> write(LANGUAGE, is.toLanguageTag()));
        stepper.viewProperty().addListener((o, was, is) -> write(VIEW, is.id()));
        stepper.granularityProperty().addListener((o, was, is) -> write(GRANULARITY, is.id()));
        files.fileProperty().addListener((o, was, is) -> { if (is != null) write(LAST, SCENARIO + is.toAbsolutePath()); });
        files.builtInProperty().addListener((o, was, is) -> { if (is != null) write(LAST, BUILT_IN + is); });
        sessions.fileProperty().addListener((o, was, is) -> { if (is != null) write(LAST, SESSION + is.toAbsolutePath()); });
    }

    /** A remembered yes or no, empty when none was kept or it cannot be read (noted; {@link #report} tells). */
    public Optional<Boolean> flag(String key) {
        String value = read(key);
        if (value == null) return Optional.empty();
        if (value.equals("true") || value.equals("false")) return Optional.of(Boolean.valueOf(value));
        notes.add(Messages.get("remembered.unknown", key, value));
        return Optional.empty();
    }

    /** Writes a yes or no under {@code key} each time it changes. */
    public void follow(String key, javafx.beans.value.ObservableValue<Boolean> value) {
        value.addListener((o, was, is) -> { if (is != null) write(key, is.toString()); });
    }

    private static boolean isBuiltIn(String name) { return Scenarios.BUILT_IN.contains(name) || Scenarios.LARGE.contains(name); }

    private <T> Optional<T> find(String key, T[] values, Function<T, String> id) {
        String wanted = read(key);
        if (wanted == null) return Optional.empty();
        for (T value : values) if (id.apply(value).equals(wanted)) return Optional.of(value);
        notes.add(Messages.get("remembered.unknown", key, wanted));
        return Optional.empty();
    }

    /** A stored value, or null when there is none or the store cannot be read (noted). */
    private String read(String key) {
        try {
            return node.get(key, null);
        } catch (RuntimeException e) { // a removed node, a damaged store, a security manager
            notes.add(Messages.get("remembered.unreadable", key, String.valueOf(e.getMessage())));
            return null;
        }
    }

    private void write(String key, String value) {
        try {
            node.put(key, value);
        } catch (RuntimeException e) {
            System.err.println("deltaflow: " + Messages.get("remembered.unwritable", key, String.valueOf(e.getMessage())));
        }
    }

    /** Tells what could not be restored since the last report, in the status line and on stderr. */
    public void report(StepperViewModel stepper) {
        if (reported == notes.size()) return;
        List<String> fresh = notes.subList(reported, notes.size());
        for (String note : fresh) System.err.println("deltaflow: " + note);
        stepper.note(String.join(" · ", notes));
        reported = notes.size();
    }
}
