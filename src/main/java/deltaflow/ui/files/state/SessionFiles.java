package deltaflow.ui.files.state;

import deltaflow.ui.hall.state.HallViewModel;
import deltaflow.ui.lesson.state.ExerciseViewModel;
import deltaflow.ui.stepper.state.StepperViewModel;

import deltaflow.diagram.Theme;
import deltaflow.diagram.View;
import deltaflow.diagram.export.AtomicFiles;
import deltaflow.model.ScenarioException;
import deltaflow.model.Session;
import deltaflow.model.SessionFormat;
import deltaflow.ui.i18n.Messages;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Save and open a whole lesson (.deltaflow): the scenario as edited, the step, the granularity, the view,
 * the theme, the selection and the exercise's answers, so a lecture reopens exactly where it was left.
 * A damaged file, or one from a newer version, is refused with a message; nothing on screen changes.
 */
public final class SessionFiles {
    public static final String EXTENSION = ".deltaflow";

    private final StepperViewModel stepper;
    private final ExerciseViewModel exercise;
    private final FileChooserService chooser;
    private final RecentFiles recent;
    private Path file;
    private final javafx.beans.property.ReadOnlyObjectWrapper<Path> fileProperty = new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "file");
    private java.util.function.BooleanSupplier mayDiscard = () -> true;
    private Consumer<String> onError = message -> {};
    private Consumer<String> onNotice = message -> {};
    /** The lecture hall's type scale, saved with the session when the window has one. */
    private javafx.beans.property.DoubleProperty typeScale;

    public SessionFiles(StepperViewModel stepper, ExerciseViewModel exercise, FileChooserService chooser, RecentFiles recent) {
        this.stepper = stepper;
        this.exercise = exercise;
        this.chooser = chooser;
        this.recent = recent;
    }

    public RecentFiles recent() { return recent; }

    /** The session file last opened or saved, or null. */
    public javafx.beans.property.ReadOnlyObjectProperty<Path> fileProperty() { return fileProperty.getReadOnlyProperty(); }

    public void setOnError(Consumer<String> handler) { onError = handler; }

    /** Asked before a session replaces a scenario with unsaved edits; false keeps the screen as it is. */
    public void setMayDiscard(java.util.function.BooleanSupplier guard) { mayDiscard = guard; }

    /** Told of what a session that opened had but the program ignored: a misspelt field name ("positon"). */
    public void setOnNotice(Consumer<String> handler) { onNotice = handler; }

    /** Saves and restores this type scale (100%–300%) with each session. */
    public void setTypeScale(javafx.beans.property.DoubleProperty scale) { typeScale = scale; }

    /** The state on screen, as a session. */
    public Session capture() {
        Map<String, String> settings = new TreeMap<>();
        settings.put("view", stepper.getView().id());
        settings.put("theme", stepper.getTheme().id());
        if (typeScale != null) settings.put("scale", String.valueOf(typeScale.get()));
        return new Session(stepper.getScenario(), stepper.getPosition(), stepper.getGranularity(), stepper.getSelection(),
                exercise.getExercise(), settings);
    }

    /** Puts a session on screen: scenario, exercise answers, then the step, so nothing held blocks the way. */
    public void apply(Session session) {
        exercise.stop();
        exercise.whileRestoring(() -> {
            stepper.load(session.scenario());
            stepper.setGranularity(session.granularity());
            setting(session, "view", View.values(), View::id).ifPresent(stepper::setView);
            setting(session, "theme", Theme.values(), Theme::id).ifPresent(stepper::setTheme);
            scale(session).ifPresent(value -> { if (typeScale != null) typeScale.set(Math.max(HallViewModel.MIN_SCALE, Math.min(HallViewModel.MAX_SCALE, value))); });
            stepper.jumpTo(session.position());
            stepper.select(session.selection());
            exercise.restore(session.exercise());
        });
    }

    /** The saved type scale, when it is a number (clamped to 100%–300% where it is applied). */
    private static Optional<Double> scale(Session session) {
        String text = session.settings().get("scale");
        if (text == null) return Optional.empty();
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty(); // keep what is on screen
        }
    }

    private static <T> Optional<T> setting(Session session, String name, T[] values, java.util.function.Function<T, String> id) {
        String wanted = session.settings().get(name);
        for (T value : values) if (id.apply(value).equals(wanted)) return Optional.of(value);
        return Optional.empty(); // unknown or missing: keep what is on screen
    }

    public void open() {
        if (!mayDiscard.getAsBoolean()) return;
        chooser.chooseOpen(directory()).ifPresent(this::load);
    }

    /** Opens a session file, first asking about unsaved edits; a failure reports one line and leaves the screen as it was. */
    public void open(Path path) {
        if (mayDiscard.getAsBoolean()) load(path);
    }

    private void load(Path path) {
        try {
            java.util.List<String> notices = new java.util.ArrayList<>();
            Session session = read(path, notice -> notices.add(notice.localizedMessage(Messages.locale())));
            var tooLarge = StepperViewModel.tooLarge(session.scenario());
            if (tooLarge.isPresent()) {
                onError.accept(path + ": " + tooLarge.get());
                return;
            }
            // Whole or not at all: the file was checked through, but should putting it on screen still fail,
            // what was on screen comes back rather than half of each.
            Session before = capture();
            try {
                apply(session);
            } catch (RuntimeException e) {
                apply(before);
                onError.accept(path + ": " + e);
                return;
            }
            file = path;
            fileProperty.set(null); // a change each time, so the last thing opened is always known
            fileProperty.set(path);
            recent.add(path);
            if (!notices.isEmpty()) onNotice.accept(path.getFileName() + ": " + String.join("\n", notices));
        } catch (ScenarioException e) {
            onError.accept(e.localizedMessage(Messages.locale()));
        }
    }

    public static Session read(Path path) throws ScenarioException {
        return read(path, notice -> { });
    }

    static Session read(Path path, Consumer<ScenarioException> notices) throws ScenarioException {
        try {
            if (Files.isRegularFile(path)) deltaflow.model.MemoryBudget.checkReading(Files.size(path), path.toString());
        } catch (IOException e) {
            // unreadable: reported below, where it is opened
        }
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            Session session = SessionFormat.read(reader, notices);
            return withScenario(session, deltaflow.model.Scenarios.withDataFrom(session.scenario(), path));
        } catch (NoSuchFileException e) {
            throw new ScenarioException(path.toString(), Messages.get("session.noSuchFile"));
        } catch (MalformedInputException e) {
            throw new ScenarioException(path.toString(), Messages.get("session.notText"));
        } catch (IOException e) {
            throw new ScenarioException(path.toString(), e.getMessage());
        } catch (ScenarioException e) {
            throw e.at(e.location().isEmpty() ? path.toString() : path + ": " + e.location());
        }
    }

    public void save() {
        if (file == null) saveAs();
        else save(file);
    }

    public void saveAs() {
        String suggested = file != null ? file.getFileName().toString() : FileNames.fromTitle(stepper.getScenario().title(), "session") + EXTENSION;
        chooser.chooseSave(directory(), suggested).ifPresent(target -> save(withExtension(target)));
    }

    /** Writes beside the target and moves it into place: a failed save leaves the old file whole. */
    public void save(Path target) {
        stepper.beforeSave();
        Session captured = capture();
        Session session = withScenario(captured, deltaflow.model.Scenarios.withDataFor(captured.scenario(), target));
        try {
            AtomicFiles.write(target, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                SessionFormat.write(session, writer);
                writer.flush();
            });
            file = target;
            fileProperty.set(target);
            recent.add(target);
            stepper.markSaved(); // the edited scenario is in the session: closing loses nothing
        } catch (IOException e) {
            onError.accept(Messages.get("session.cannotSave", target, e.getMessage()));
        }
    }

    private static Session withScenario(Session session, deltaflow.model.Scenario scenario) {
        return new Session(scenario, session.position(), session.granularity(), session.selection(), session.exercise(), session.settings());
    }

    private static Path withExtension(Path target) {
        String name = target.getFileName().toString();
        return name.contains(".") ? target : target.resolveSibling(name + EXTENSION);
    }

    private Path directory() { return recent.directory(file); }
}
