package deltaflow.ui;

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

    private static final String TRAINED = """
            {"format": "deltaflow-scenario", "version": 1, "title": "trained",
             "network": {"inputs": 2, "cost": "squared", "layers": [{"activation": "tanh", "size": 3}, {"activation": "tanh", "size": 1}]},
             "examples": [{"x": [0.5, -1], "y": [1]}], "learningRate": 0.03,
             "data": {"source": "points/data.csv", "inputs": ["u", "v"], "target": "label", "trainPercent": 60, "seed": 3},
             "training": {"batchSize": 10, "regularization": "l1", "regularizationRate": 0.001, "epochs": 300, "seed": 7}}
            """;

    /** What deltaflow train reads from a file, so the comparison does not go through the scenario reader. */
    private static deltaflow.model.train.TrainingFields fieldsIn(Path file) throws Exception {
        return deltaflow.model.train.TrainingFields.read(com.google.gson.JsonParser.parseString(Files.readString(file)).getAsJsonObject());
    }

    @Test
    void theWindowsSaveKeepsTheDataSetAndTrainingSettings() throws Exception {
        Path lessons = Files.createDirectories(dir.resolve("lessons"));
        Path original = lessons.resolve("trained.json");
        Files.writeString(original, TRAINED);
        files.open(original);
        assertTrue(errors.isEmpty(), errors.toString());
        assertTrue(stepper.editWeight(1, 0, 1, "0.25").isEmpty());
        files.save();
        var kept = fieldsIn(original);
        assertEquals("points/data.csv", kept.data().source());
        assertEquals(java.util.List.of("u", "v"), kept.data().inputColumns());
        assertEquals("label", kept.data().targetColumn());
        assertEquals(60.0, kept.data().trainPercent());
        assertEquals(deltaflow.model.Regularization.L1, kept.regularization());
        assertEquals(300, kept.epochs());
        assertEquals(7L, kept.seed());
        assertEquals(0.25, Scenarios.load(original).network().layer(1).weight(0, 1));

        // Saved into another folder, the CSV path still names the same file.
        Path elsewhere = Files.createDirectories(dir.resolve("archive/2026")).resolve("copy.json");
        chooser.answer(elsewhere);
        files.saveAs();
        assertEquals("../../lessons/points/data.csv", fieldsIn(elsewhere).data().source());
        assertEquals(Scenarios.load(original).training(), Scenarios.load(elsewhere).training());
    }

    @Test
    void aSessionSavedByTheWindowKeepsThemAndReopensWithThem() throws Exception {
        Path original = dir.resolve("trained.json");
        Files.writeString(original, TRAINED);
        files.open(original);
        SessionFiles sessions = new SessionFiles(stepper, new ExerciseViewModel(stepper), chooser, new RecentFiles(prefs.node("sessions")));
        Path session = Files.createDirectories(dir.resolve("sessions")).resolve("lesson.deltaflow");
        sessions.save(session);
        String text = Files.readString(session);
        assertTrue(text.contains("\"source\": \"../points/data.csv\""), text);

        StepperViewModel other = new StepperViewModel(Scenarios.builtIn("default"));
        SessionFiles reopened = new SessionFiles(other, new ExerciseViewModel(other), chooser, new RecentFiles(prefs.node("sessions2")));
        reopened.open(session);
        assertEquals(Scenarios.load(original).training(), other.getScenario().training());
        assertEquals(stepper.getScenario(), other.getScenario());
    }
}
