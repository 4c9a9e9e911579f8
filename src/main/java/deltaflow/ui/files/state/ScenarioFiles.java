package deltaflow.ui.files.state;

import deltaflow.ui.stepper.state.StepperViewModel;

import deltaflow.diagram.export.AtomicFiles;
import deltaflow.model.Scenario;
import deltaflow.model.ScenarioException;
import deltaflow.model.ScenarioFormat;
import deltaflow.model.Scenarios;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Open, Save and Save As for the stepper's scenario. A file that fails to load reports the loader's
 * message and leaves the current scenario as it was; a save writes beside the target and moves into place.
 */
public final class ScenarioFiles {
    private final StepperViewModel stepper;
    private final FileChooserService chooser;
    private final RecentFiles recent;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<String> builtIn = new ReadOnlyObjectWrapper<>(this, "builtIn");
    private Consumer<String> onError = message -> {};
    private Consumer<String> onNotice = message -> {};
    private UnsavedChangesPrompt unsaved = UnsavedChangesPrompt.always(UnsavedChangesPrompt.Answer.DISCARD);

    public ScenarioFiles(StepperViewModel stepper, FileChooserService chooser, RecentFiles recent) {
        this.stepper = stepper;
        this.chooser = chooser;
        this.recent = recent;
    }

    /** The file the scenario came from or was last saved to; null for a built-in. */
    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }
    public Path getFile() { return file.get(); }

    /** The name of the built-in scenario last opened from the menu, null once a file is opened. */
    public ReadOnlyObjectProperty<String> builtInProperty() { return builtIn.getReadOnlyProperty(); }

    public RecentFiles recent() { return recent; }

    public StepperViewModel stepper() { return stepper; }

    /** The file dialogs, shared with the diagram export. */
    public FileChooserService chooser() { return chooser; }

    /** Where a failure's one-line message goes (a dialog in the window). */
    public void setOnError(Consumer<String> handler) { onError = handler; }

    /** Where a file that opened but had something worth knowing (a misspelt field, ignored) is told, in the window's language. */
    public void setOnNotice(Consumer<String> handler) { onNotice = handler; }

    /** Who is asked before edits are discarded (the window's dialog; tests answer themselves). */
    public void setUnsavedPrompt(UnsavedChangesPrompt prompt) { unsaved = prompt; }

    /**
     * True when the scenario on screen may be replaced or the program closed: nothing is unsaved, or the user
     * chose to save (and the save went through) or to discard. False when they cancelled.
     */
    public boolean mayDiscard() {
        if (!stepper.isModified()) return true;
        return switch (unsaved.ask(stepper.getScenario().title())) {
            case SAVE -> {
                save();
                yield !stepper.isModified(); // a cancelled Save As or a failed write keeps the edits on screen
            }
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    public void open() {
        if (!mayDiscard()) return;
        chooser.chooseOpen(directory()).ifPresent(this::load);
    }

    /** Opens a file (File ▸ Open Recent), first asking about unsaved edits. */
    public void open(Path path) {
        if (mayDiscard()) load(path);
    }

    private void load(Path path) {
        try {
            java.util.List<String> notices = new java.util.ArrayList<>();
            Scenario scenario = Scenarios.load(path, notice -> notices.add(notice.localizedMessage(deltaflow.ui.i18n.Messages.locale())));
            var tooLarge = StepperViewModel.tooLarge(scenario);
            if (tooLarge.isPresent()) {
                onError.accept(path + ": " + tooLarge.get());
                return;
            }
            stepper.load(scenario);
            builtIn.set(null);
            file.set(null); // a change each time, so the last thing opened is always known
            file.set(path);
            recent.add(path);
            if (!notices.isEmpty()) onNotice.accept(String.join("\n", notices));
        } catch (ScenarioException e) {
            onError.accept(e.localizedMessage(deltaflow.ui.i18n.Messages.locale()));
        }
    }

    /** Remembers a file opened from the command line. */
    public void opened(Path path) {
        file.set(path);
        recent.add(path);
    }

    public void openBuiltIn(String name) {
        if (!mayDiscard()) return;
        stepper.load(Scenarios.builtIn(name));
        file.set(null);
        builtIn.set(null);
        builtIn.set(name);
    }

    /** Shows a scenario that is no file's (an update of training), first asking about unsaved edits; false if cancelled. */
    public boolean openUntitled(Scenario scenario) {
        if (!mayDiscard()) return false;
        stepper.load(scenario);
        file.set(null);
        builtIn.set(null);
        return true;
    }

    public void save() {
        if (getFile() == null) saveAs();
        else save(getFile());
    }

    public void saveAs() {
        String suggested = getFile() != null ? getFile().getFileName().toString() : FileNames.fromTitle(stepper.getScenario().title(), "scenario") + ".json";
        chooser.chooseSave(directory(), suggested).ifPresent(this::save);
    }

    public void save(Path target) {
        stepper.beforeSave();
        try {
            writeAtomically(stepper.getScenario(), target);
            stepper.markSaved();
            file.set(target);
            recent.add(target);
        } catch (IOException e) {
            onError.accept(deltaflow.ui.i18n.Messages.get("file.cannotSave", target, e.getMessage()));
        }
    }

    /** Writes beside the target and renames it into place, so no half-written file is ever seen. */
    public static void writeAtomically(Scenario scenario, Path target) throws IOException {
        AtomicFiles.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            ScenarioFormat.write(Scenarios.withDataFor(scenario, target), writer); // a CSV data path stays right from the new folder
            writer.flush();
        });
    }

    /** The folder the dialogs start in: the current file's, else the latest recent file's. */
    public Path directory() { return recent.directory(getFile()); }
}
