package deltaflow.ui;

import deltaflow.ui.files.FxFileChooserService;
import deltaflow.ui.files.state.FakeFileChooser;
import deltaflow.ui.files.state.FileChooserService;
import deltaflow.ui.files.state.Folders;
import deltaflow.ui.files.state.RecentFiles;
import deltaflow.ui.files.state.Remembered;
import deltaflow.ui.files.state.ScenarioFiles;
import deltaflow.ui.files.state.SessionFiles;
import deltaflow.ui.lesson.state.ExerciseViewModel;
import deltaflow.ui.lesson.state.Lesson;
import deltaflow.ui.lesson.state.LessonTable;
import deltaflow.ui.stepper.UpdateDoneBar;
import deltaflow.ui.stepper.state.StepperViewModel;

import deltaflow.diagram.Theme;
import deltaflow.diagram.View;
import deltaflow.model.Granularity;
import deltaflow.model.Numbers;
import deltaflow.model.Scenarios;
import deltaflow.model.Trace;
import deltaflow.ui.files.state.UnsavedChangesPrompt.Answer;
import deltaflow.ui.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 items 8, 12, 13, 14 without a window: Apply update, the unsaved-changes question, where dialogs
 * start, and what is remembered between runs (always in a test's own preferences node).
 */
class DeskFilesTest {
    @TempDir Path dir;
    private final Preferences prefs = Preferences.userRoot().node("deltaflow-test/" + UUID.randomUUID());
    private final StepperViewModel stepper = new StepperViewModel(Scenarios.builtIn("mazur"));
    private final FakeFileChooser chooser = new FakeFileChooser();
    private final ScenarioFiles files = new ScenarioFiles(stepper, chooser, new RecentFiles(prefs.node("recent")));
    private final List<String> asked = new ArrayList<>();

    @AfterEach
    void forget() throws BackingStoreException {
        Messages.setLocale(Locale.ENGLISH);
        prefs.removeNode();
    }

    private void answer(Answer answer) {
        files.setUnsavedPrompt(title -> {
            asked.add(title);
            return answer;
        });
    }

    // ----- item 8: the end of the update --------------------------------------------------------------

    @Test
    void theEndSaysWhatTheUpdateBoughtInMazursNumbers() {
        stepper.last();
        // Mazur's post: total error 0.298371109 before, 0.291027774 after the first update (biases fixed).
        assertEquals("cost C: 0.298371109 → 0.291027774", UpdateDoneBar.text(stepper.getTimeline()));
    }

    @Test
    void applyUpdateStartsTheNextIterationFromTheUpdatedNetworkAndUndoTakesItBack() {
        stepper.last();
        var before = stepper.getScenario();
        var updated = stepper.getTimeline().trace().updated();
        stepper.applyUpdate();
        assertEquals(0, stepper.getPosition());
        assertEquals(updated, stepper.getScenario().network());
        // w₅ of Mazur's post after one update: 0.35891648 (w₁₁² here), checked against the published number.
        assertEquals(0.35891648, stepper.getScenario().network().layer(2).weight(0, 0), 5e-9);
        // The new iteration starts where the last one ended: its C is the old "after".
        assertEquals(0.291027774, stepper.getTimeline().trace().totalCost(), 5e-10);
        assertTrue(stepper.isModified());
        stepper.undo();
        assertEquals(before, stepper.getScenario());
        assertEquals(stepper.getTimeline().size(), stepper.getPosition(), "undo returns to the end of the first update");
        assertFalse(stepper.isModified());
    }

    @Test
    void theCostAfterTheUpdateIsComputedOnceForLessonsAndTheEnd() {
        Trace trace = Trace.of(Scenarios.builtIn("mazur"));
        assertEquals("0.291027774", Numbers.format(trace.costAfterUpdate(), 9));
        var table = LessonTable.of(Lesson.values()[0], Scenarios.builtIn("mazur"));
        var cost = table.rows().get(table.rows().size() - 1);
        assertEquals(trace.costAfterUpdate(), cost.values().get(0));
    }

    // ----- item 13: unsaved changes -----------------------------------------------------------------

    @Test
    void anEditMarksTheTitleAndUndoingItClearsTheMark() {
        assertEquals("deltaflow — Mazur 2-2-2", DeltaflowApp.title(stepper).get());
        stepper.editWeight(1, 0, 0, "0.2");
        assertEquals("• deltaflow — Mazur 2-2-2", DeltaflowApp.title(stepper).get());
        stepper.undo();
        assertEquals("deltaflow — Mazur 2-2-2", DeltaflowApp.title(stepper).get());
    }

    @Test
    void nothingIsAskedWithoutEdits() {
        answer(Answer.CANCEL);
        files.openBuiltIn("xor");
        assertEquals(Scenarios.builtIn("xor"), stepper.getScenario());
        assertTrue(asked.isEmpty());
    }

    @Test
    void cancelKeepsTheEditsOnScreenForOpenNewAndQuit() throws Exception {
        stepper.editWeight(1, 0, 0, "0.2");
        answer(Answer.CANCEL);
        files.openBuiltIn("xor");
        Path other = dir.resolve("other.json");
        ScenarioFiles.writeAtomically(Scenarios.builtIn("default"), other);
        chooser.answer(other);
        files.open();
        files.open(other);
        assertFalse(files.mayDiscard(), "quit is cancelled too");
        assertEquals(List.of("Mazur 2-2-2", "Mazur 2-2-2", "Mazur 2-2-2", "Mazur 2-2-2"), asked);
        assertEquals(0.2, stepper.getScenario().network().layer(1).weight(0, 0));
        assertEquals(0, chooser.asked, "no file dialog after a cancel");
    }

    @Test
    void discardReplacesTheScenario() {
        stepper.editWeight(1, 0, 0, "0.2");
        answer(Answer.DISCARD);
        files.openBuiltIn("xor");
        assertEquals(Scenarios.builtIn("xor"), stepper.getScenario());
        assertFalse(stepper.isModified());
    }

    @Test
    void saveWritesFirstAndACancelledSaveAsKeepsTheEdits() throws Exception {
        stepper.editWeight(1, 0, 0, "0.2");
        answer(Answer.SAVE);
        files.openBuiltIn("xor"); // Save As asked, and cancelled: nothing written, nothing replaced
        assertEquals("Mazur 2-2-2", stepper.getScenario().title());
        Path target = dir.resolve("edited.json");
        chooser.answer(target);
        files.openBuiltIn("xor");
        assertEquals(Scenarios.builtIn("xor"), stepper.getScenario());
        assertEquals(0.2, Scenarios.load(target).network().layer(1).weight(0, 0));
    }

    @Test
    void savingClearsTheMark() throws Exception {
        stepper.editWeight(1, 0, 0, "0.2");
        files.save(dir.resolve("s.json"));
        assertFalse(stepper.isModified());
        assertTrue(Files.exists(dir.resolve("s.json")));
    }

    // ----- item 12: where dialogs start and what they are for --------------------------------------

    @Test
    void dialogsStartInTheLastFolderUsedElseHomeNeverTheWorkingDirectory() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path work = Files.createDirectories(dir.resolve("work"));
        Folders folders = new Folders(prefs.node("folders"), home);
        FileChooserService dialogs = folders.around(chooser);
        dialogs.chooseOpen(null);
        assertEquals(home, chooser.directories.get(0));
        chooser.answer(work.resolve("slides.svg"));
        dialogs.forPurpose(FileChooserService.Purpose.EXPORT).chooseSave(null, "x.svg");
        dialogs.forPurpose(FileChooserService.Purpose.SESSION).chooseOpen(null);
        assertEquals(work, chooser.directories.get(2), "the next dialog starts where the last one was used");
        assertEquals(work, new Folders(prefs.node("folders"), home).start(null), "and so does the next run");
        assertEquals(work, folders.start(dir.resolve("no-such-folder")), "a folder since deleted is passed over");
        assertEquals(List.of(FileChooserService.Purpose.SCENARIO, FileChooserService.Purpose.EXPORT, FileChooserService.Purpose.SESSION),
                chooser.purposes);
    }

    @Test
    void eachDialogHasItsOwnTitleAndFilters() {
        var scenario = FxFileChooserService.Kind.of(FileChooserService.Purpose.SCENARIO);
        var export = FxFileChooserService.Kind.of(FileChooserService.Purpose.EXPORT);
        var session = FxFileChooserService.Kind.of(FileChooserService.Purpose.SESSION);
        assertEquals("Save scenario", Messages.get(scenario.saveTitleKey()));
        assertEquals("Export the diagram as…", Messages.get(export.saveTitleKey()));
        assertTrue(export.filters().stream().noneMatch(f -> f.patterns().contains("*.json")), "Export offers no *.json");
        assertTrue(export.filters().get(0).patterns().containsAll(List.of("*.svg", "*.png", "*.tex", "*.gif")));
        assertEquals(List.of("*.deltaflow"), session.filters().get(0).patterns());
        assertTrue(!Messages.get(session.openTitleKey()).equals(Messages.get(scenario.openTitleKey())));
        var data = FxFileChooserService.Kind.of(FileChooserService.Purpose.DATA);
        assertEquals("Open a data set (CSV)", Messages.get(data.openTitleKey()));
        assertTrue(data.filters().get(0).patterns().contains("*.csv"), "the train view's data dialog offers CSV files first");
    }

    @Test
    void aBuiltInNameIsNeverTakenForAFile() throws Exception {
        assertNull(Launcher.fileOf("mnist-shaped"));
        assertNull(Launcher.fileOf("mazur"));
        Path real = dir.resolve("mine.json");
        ScenarioFiles.writeAtomically(Scenarios.builtIn("xor"), real);
        assertEquals(real, Launcher.fileOf(real.toString()));
        RecentFiles recent = new RecentFiles(prefs.node("old-recent"));
        recent.add(Path.of("mnist-shaped")); // what an older version stored
        recent.add(real);
        assertEquals(List.of(real.toAbsolutePath().normalize()), recent.list());
    }

    // ----- item 14: remembered between runs -------------------------------------------------------

    @Test
    void themeLanguageViewGranularityAndTheLastScenarioAreRemembered() throws Exception {
        Preferences node = prefs.node("window");
        SessionFiles sessions = new SessionFiles(stepper, new ExerciseViewModel(stepper), chooser, new RecentFiles(prefs.node("sessions")));
        Remembered first = new Remembered(node);
        first.follow(stepper, files, sessions);
        stepper.setTheme(Theme.DARK);
        Messages.setLocale(Locale.TRADITIONAL_CHINESE);
        stepper.setView(View.BOTH);
        stepper.setGranularity(Granularity.PASS);
        files.openBuiltIn("xor");
        assertEquals("zh-TW", node.get(Remembered.LANGUAGE, null));
        // The next run reads a copy: the first run's listener on the (static) language would write "en" below.
        Preferences stored = prefs.node("window-next");
        for (String key : node.keys()) stored.put(key, node.get(key, null));
        Messages.setLocale(Locale.ENGLISH); // as a new run starts

        StepperViewModel next = new StepperViewModel(Scenarios.builtIn("default"));
        ScenarioFiles nextFiles = new ScenarioFiles(next, new FakeFileChooser(), new RecentFiles(prefs.node("recent")));
        Remembered second = new Remembered(stored);
        second.restoreSettings(next);
        second.reopen(nextFiles, new SessionFiles(next, new ExerciseViewModel(next), chooser, new RecentFiles(prefs.node("sessions"))));
        assertEquals(Theme.DARK, next.getTheme());
        assertEquals(Locale.TRADITIONAL_CHINESE, Messages.locale());
        assertEquals(View.BOTH, next.getView());
        assertEquals(Granularity.PASS, next.getGranularity());
        assertEquals(Scenarios.builtIn("xor"), next.getScenario());
        assertTrue(second.notes().isEmpty(), second.notes().toString());
    }

    @Test
    void aDamagedStoreFallsBackToTheDefaultsWithANote() {
        Preferences node = prefs.node("window");
        node.put(Remembered.THEME, "purple");
        node.put(Remembered.VIEW, "sideways");
        node.put(Remembered.LAST, "scenario:" + dir.resolve("deleted.json"));
        StepperViewModel next = new StepperViewModel(Scenarios.builtIn("default"));
        Remembered remembered = new Remembered(node);
        remembered.restoreSettings(next);
        remembered.reopen(new ScenarioFiles(next, new FakeFileChooser(), new RecentFiles(prefs.node("recent"))),
                new SessionFiles(next, new ExerciseViewModel(next), chooser, new RecentFiles(prefs.node("sessions"))));
        assertEquals(Theme.LIGHT, next.getTheme());
        assertEquals(View.FORWARD, next.getView());
        assertEquals(Scenarios.builtIn("default"), next.getScenario());
        assertEquals(3, remembered.notes().size(), remembered.notes().toString());
        assertTrue(next.getStatus().contains("purple"), next.getStatus());
    }

    @Test
    void aRemovedStoreIsNoCrash() throws Exception {
        Preferences node = prefs.node("gone");
        node.removeNode(); // every read now throws IllegalStateException
        StepperViewModel next = new StepperViewModel(Scenarios.builtIn("default"));
        Remembered remembered = new Remembered(node);
        remembered.restoreSettings(next);
        assertEquals(Theme.LIGHT, next.getTheme());
        assertFalse(remembered.notes().isEmpty());
    }
}
