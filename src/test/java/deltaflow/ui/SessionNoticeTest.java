package deltaflow.ui;

import deltaflow.ui.files.state.FakeFileChooser;
import deltaflow.ui.files.state.RecentFiles;
import deltaflow.ui.files.state.ScenarioFiles;
import deltaflow.ui.files.state.SessionFiles;
import deltaflow.ui.lesson.state.ExerciseViewModel;
import deltaflow.ui.stepper.state.StepperViewModel;

import deltaflow.model.Scenarios;
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
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue #13, item 6: a session that opens but had a misspelt field says so in a notice, in the window's language. */
class SessionNoticeTest {
    @TempDir Path dir;
    private final Preferences prefs = Preferences.userRoot().node("deltaflow-test/" + UUID.randomUUID());
    private final Locale before = Messages.locale();

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
        Messages.setLocale(before);
    }

    @Test
    void aMisspeltFieldInAnOpenedSessionIsANotice() throws Exception {
        StepperViewModel stepper = new StepperViewModel(Scenarios.builtIn("mazur"));
        SessionFiles files = new SessionFiles(stepper, new ExerciseViewModel(stepper), new FakeFileChooser(), new RecentFiles(prefs));
        Path file = dir.resolve("s.deltaflow");
        files.save(file);
        Files.writeString(file, Files.readString(file).replace("\"trainBiases\"", "\"trainBias\""));
        List<String> notices = new ArrayList<>(), errors = new ArrayList<>();
        files.setOnNotice(notices::add);
        files.setOnError(errors::add);
        Messages.setLocale(Locale.ENGLISH);
        files.open(file);
        assertEquals(List.of(), errors);
        assertEquals(List.of("s.deltaflow: scenario: unknown field \"trainBias\" is ignored; did you mean \"trainBiases\"?"), notices);
        Messages.setLocale(Locale.TRADITIONAL_CHINESE);
        files.open(file);
        assertEquals("s.deltaflow: scenario: 未知的欄位「trainBias」已忽略；是指「trainBiases」嗎？", notices.get(1));
    }

    @Test
    void aMisspeltFieldInAnOpenedScenarioIsANoticeAndTheScenarioOpens() throws Exception {
        StepperViewModel stepper = new StepperViewModel(Scenarios.builtIn("default"));
        ScenarioFiles files = new ScenarioFiles(stepper, new FakeFileChooser(), new RecentFiles(prefs));
        Path file = dir.resolve("m.json");
        try (var writer = Files.newBufferedWriter(file)) {
            deltaflow.model.ScenarioFormat.write(Scenarios.builtIn("mazur"), writer);
        }
        Files.writeString(file, Files.readString(file).replace("\"learningRate\"", "\"learningRat\": 1, \"learningRate\""));
        List<String> notices = new ArrayList<>(), errors = new ArrayList<>();
        files.setOnNotice(notices::add);
        files.setOnError(errors::add);
        Messages.setLocale(Locale.ENGLISH);
        files.open(file);
        assertEquals(List.of(), errors);
        assertEquals("Mazur 2-2-2", stepper.getScenario().title());
        assertEquals(1, notices.size(), notices.toString());
        org.junit.jupiter.api.Assertions.assertTrue(notices.get(0).startsWith(file + ": unknown field \"learningRat\" is ignored; did you mean \"learningRate\"?"), notices.get(0));
    }
}
