package deltaflow.ui.files.state;

import deltaflow.ui.stepper.state.StepperViewModel;

import deltaflow.model.Scenario;
import deltaflow.model.Scenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Open, Save and Save As through a fake file dialog. */
class ScenarioFilesTest {
    @TempDir Path dir;
    private final Preferences prefs = Preferences.userRoot().node("deltaflow-test/" + UUID.randomUUID());
    private final StepperViewModel stepper = new StepperViewModel(Scenarios.builtIn("mazur"));
    private final FakeFileChooser chooser = new FakeFileChooser();
    private final ScenarioFiles files = new ScenarioFiles(stepper, chooser, new RecentFiles(prefs));
    private final List<String> errors = new ArrayList<>();

    ScenarioFilesTest() {
        files.setOnError(errors::add);
    }

    @AfterEach
    void forgetPreferences() throws BackingStoreException {
        prefs.removeNode();
    }

    @Test
    void aMalformedFileReportsTheLoadersMessageAndKeepsTheScenario() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"deltaflow-scenario\", \"version\": 1, \"network\": [");
        Scenario before = stepper.getScenario();
        stepper.jumpTo(5);
        chooser.answer(bad);
        files.open();
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith(bad.toString() + ": "), errors.get(0));
        assertSame(before, stepper.getScenario());
        assertEquals(5, stepper.getPosition());
        assertNull(files.getFile());
        assertTrue(files.recent().list().isEmpty());
    }

    @Test
    void theLoadersMessageReadsInTheWindowsLanguage() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"deltaflow-scenario\", \"version\": 7}");
        deltaflow.ui.i18n.Messages.setLocale(java.util.Locale.TRADITIONAL_CHINESE);
        try {
            files.open(bad);
        } finally {
            deltaflow.ui.i18n.Messages.setLocale(java.util.Locale.ENGLISH);
        }
        assertEquals(List.of(bad + ": version: 版本 7 比本程式能讀的版本（1）新；請更新 deltaflow"), errors);
    }

    @Test
    void saveAsWritesAFileThatOpensToTheSameScenario() throws Exception {
        assertTrue(stepper.editWeight(1, 0, 1, "0.25").isEmpty());
        Path target = dir.resolve("edited.json");
        chooser.answer(target);
        files.saveAs();
        assertEquals(target, files.getFile());
        assertEquals(List.of(target.toAbsolutePath().normalize()), files.recent().list());
        Scenario reread = Scenarios.load(target);
        assertEquals(stepper.getScenario().network(), reread.network());
        assertEquals(stepper.getScenario().learningRate(), reread.learningRate());
        // Nothing but the target is left in the directory: the temporary file was moved into place.
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(target), listing.toList());
        }
    }

    @Test
    void saveOverwritesTheOpenedFileInPlace() throws Exception {
        Path target = dir.resolve("mazur.json");
        ScenarioFiles.writeAtomically(Scenarios.builtIn("default"), target);
        files.open(target);
        assertEquals(Scenarios.builtIn("default").network(), stepper.getScenario().network());
        assertTrue(stepper.editLearningRate("0.1").isEmpty());
        files.save();
        assertEquals(0, chooser.asked); // a file is known: no dialog
        assertEquals(0.1, Scenarios.load(target).learningRate());
    }

    @Test
    void cancellingTheDialogChangesNothing() {
        Scenario before = stepper.getScenario();
        files.open();
        files.saveAs();
        assertSame(before, stepper.getScenario());
        assertTrue(errors.isEmpty());
        assertNull(files.getFile());
    }

    @Test
    void recentFilesAreNewestFirstWithoutDuplicates() {
        RecentFiles recent = files.recent();
        recent.add(dir.resolve("a.json"));
        recent.add(dir.resolve("b.json"));
        recent.add(dir.resolve("a.json"));
        assertEquals(List.of(dir.resolve("a.json"), dir.resolve("b.json")), recent.list());
    }
}
