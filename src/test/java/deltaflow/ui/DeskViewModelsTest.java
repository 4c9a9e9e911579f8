package deltaflow.ui;

import deltaflow.ui.files.state.FakeFileChooser;
import deltaflow.ui.files.state.RecentFiles;
import deltaflow.ui.files.state.SessionFiles;
import deltaflow.ui.lesson.state.ExerciseViewModel;
import deltaflow.ui.stepper.state.StepperViewModel;

import deltaflow.diagram.View;
import deltaflow.model.Activation;
import deltaflow.model.Cost;
import deltaflow.model.Exercise;
import deltaflow.model.Granularity;
import deltaflow.model.Scenario;
import deltaflow.model.Scenarios;
import deltaflow.model.ValueRef;
import deltaflow.ui.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exercises, undo and sessions on Mazur's worked example, without a window. */
class DeskViewModelsTest {
    private final StepperViewModel stepper = new StepperViewModel(Scenarios.builtIn("mazur"));
    private final ExerciseViewModel exercise = new ExerciseViewModel(stepper);
    private final Preferences prefs = Preferences.userRoot().node("deltaflow-test/" + UUID.randomUUID());
    private final List<String> errors = new ArrayList<>();
    @TempDir Path dir;

    DeskViewModelsTest() { Messages.setLocale(Locale.ENGLISH); }

    @AfterEach
    void forget() throws Exception { prefs.removeNode(); }

    private SessionFiles sessions(StepperViewModel s, ExerciseViewModel e) {
        SessionFiles files = new SessionFiles(s, e, new FakeFileChooser(), new RecentFiles(prefs));
        files.setOnError(errors::add);
        return files;
    }

    // ----- exercises ----------------------------------------------------------------------------------

    @Test
    void nextHoldsBackAnAskedValueUntilItIsPredicted() {
        exercise.start(EnumSet.of(Exercise.Topic.Z));
        assertEquals(0, exercise.getQuestion().index()); // z_1^1, held
        stepper.next();
        assertEquals(0, stepper.getPosition());
        assertEquals("z_1^1 = ?", exercise.questionFormula().quantity().plain() + " = " + exercise.questionFormula().result().plain());
        assertTrue(exercise.questionFormula().numbers().plain().isEmpty(), "no numbers before the answer");
    }

    @Test
    void judgesARightAndAWrongAnswerAndKeepsScore() {
        exercise.start(EnumSet.of(Exercise.Topic.Z));
        // Mazur: net_h1 = 0.15·0.05 + 0.20·0.10 + 0.35 = 0.3775, net_h2 = 0.25·0.05 + 0.30·0.10 + 0.35 = 0.3925.
        assertTrue(exercise.answer("0.3776").isEmpty());
        assertTrue(exercise.getFeedback().correct());
        assertTrue(exercise.getFeedback().message().startsWith("✓"), exercise.getFeedback().message());
        assertEquals(1, stepper.getPosition(), "revealed after the answer");
        assertEquals(1, exercise.getQuestion().index());
        assertTrue(exercise.answer("0.5").isEmpty());
        assertFalse(exercise.getFeedback().correct());
        assertTrue(exercise.getFeedback().message().contains("0.3925"), exercise.getFeedback().message());
        assertTrue(exercise.getFeedback().formula().numbers().plain().contains("0.25"), "the formula with the numbers filled in");
        assertEquals(2, stepper.getPosition());
        assertEquals("1 of 2 right · 2 to go", exercise.getScore()); // z_1^2, z_2^2 still to come
        assertEquals(1, exercise.getExercise().correct());
    }

    @Test
    void aHintNamesTheOperandsAndTextThatIsNoNumberIsRefused() {
        exercise.start(EnumSet.of(Exercise.Topic.Z));
        exercise.showHint();
        assertTrue(exercise.getHint().contains("w₁₁¹ = 0.15"), exercise.getHint());
        assertTrue(exercise.answer("abc").isPresent());
        assertEquals(0, stepper.getPosition());
        exercise.giveUp();
        assertEquals(1, stepper.getPosition());
        assertEquals("0 of 1 right · 3 to go", exercise.getScore());
    }

    @Test
    void layerAndPassStepsStopAtTheFirstQuestionAndPlayingPauses() {
        exercise.start(EnumSet.of(Exercise.Topic.DELTA));
        stepper.setGranularity(Granularity.PASS);
        stepper.last();
        assertEquals(exercise.getQuestion().index(), stepper.getPosition());
        assertEquals(deltaflow.model.StepKind.DELTA, exercise.getQuestion().kind());
        stepper.play();
        stepper.tick();
        assertFalse(stepper.isPlaying());
        exercise.stop();
        stepper.last();
        assertEquals(stepper.getTimeline().size(), stepper.getPosition());
    }

    @Test
    void theEndListsTheWrongAnswersAndRetryAsksOnlyThoseAgain() {
        exercise.start(EnumSet.of(Exercise.Topic.Z));
        assertEquals("", exercise.getEnding());
        exercise.answer("0.3775");   // z₁¹ right
        exercise.answer("0.9");      // z₂¹ wrong: 0.3925
        stepper.last();              // on to the next question, past a¹
        exercise.giveUp();           // z₁², revealed
        // z₂² = 0.5 × 0.593269992 + 0.55 × 0.596884378 + 0.6 = 1.2249214 (Mazur's net_o2)
        exercise.answer("1.2249");
        stepper.last();
        assertEquals("Exercise done: 2 of 4 right.", exercise.getEnding());
        assertEquals(List.of("z₂¹ = 0.3925 (you said 0.9)", "z₁² = 1.106"), exercise.toRetryProperty().get());
        exercise.retryWrong();
        assertEquals(1, stepper.getPosition(), "back to the first wrong answer");
        assertEquals(1, exercise.getQuestion().index());
        assertEquals("", exercise.getEnding());
        exercise.answer("0.3925");
        stepper.last();
        assertEquals(4, stepper.getPosition(), "z₁² is asked next");
        exercise.answer("1.1059");
        stepper.last();
        assertEquals(stepper.getTimeline().size(), stepper.getPosition(), "z₂² is not asked again");
        assertEquals("Exercise done: 2 of 2 right.", exercise.getEnding());
        assertTrue(exercise.toRetryProperty().get().isEmpty());
    }

    @Test
    void aNumberTooLargeForADoubleIsTooLargeNotNotANumber() {
        exercise.start(EnumSet.of(Exercise.Topic.Z));
        assertEquals("too large: \"1e400\" (numbers go up to about 1.8 × 10³⁰⁸)", exercise.answer("1e400").orElseThrow());
        assertEquals("too large: \"−1e400\" (numbers go up to about 1.8 × 10³⁰⁸)", stepper.editWeight(1, 0, 0, "−1e400").orElseThrow());
        assertEquals("not a number: \"1e4x\"", stepper.editWeight(1, 0, 0, "1e4x").orElseThrow());
    }

    // ----- undo and redo ------------------------------------------------------------------------------

    @Test
    void undoAndRedoRestoreEveryKindOfEditExactly() {
        Scenario original = stepper.getScenario();
        for (int k = 0; k < 20; k++) stepper.next();
        List<Runnable> edits = List.of(
                () -> stepper.editWeight(1, 0, 1, "0.123456789012345"),
                () -> stepper.editBias(2, 1, "−0.7"),
                () -> stepper.editInput(0, 0, "0.3"),
                () -> stepper.editTarget(0, 1, "0.2"),
                () -> stepper.editLearningRate("0.1"),
                () -> stepper.setActivation(1, Activation.TANH),
                () -> stepper.setCost(Cost.values()[1]),
                () -> stepper.setTrainBiases(!original.trainBiases()));
        List<Scenario> states = new ArrayList<>(List.of(original));
        for (Runnable edit : edits) {
            edit.run();
            assertNotEquals(states.get(states.size() - 1), stepper.getScenario());
            states.add(stepper.getScenario());
        }
        for (int k = states.size() - 2; k >= 0; k--) {
            stepper.undo();
            assertEquals(states.get(k), stepper.getScenario());
        }
        assertSame(original, stepper.getScenario());
        assertEquals(20, stepper.getPosition());
        assertFalse(stepper.history().canUndo());
        for (int k = 1; k < states.size(); k++) {
            stepper.redo();
            assertEquals(states.get(k), stepper.getScenario());
        }
        assertEquals(0.123456789012345, stepper.getScenario().network().layer(1).weight(0, 1));
    }

    @Test
    void aNewEditEndsRedoAndOpeningAScenarioForgetsTheHistory() {
        stepper.editWeight(1, 0, 0, "1");
        stepper.undo();
        stepper.editWeight(1, 0, 0, "2");
        assertFalse(stepper.history().canRedo());
        stepper.load(Scenarios.builtIn("xor"));
        assertFalse(stepper.history().canUndo());
        stepper.editWeight(1, 0, 0, "not a number");
        assertFalse(stepper.history().canUndo(), "a refused edit is no edit");
    }

    // ----- sessions -----------------------------------------------------------------------------------

    @Test
    void aSessionReopensAtTheSameStepViewSelectionAndExerciseProgress() {
        stepper.editWeight(2, 0, 1, "0.4444");
        exercise.start(EnumSet.of(Exercise.Topic.A));
        stepper.next();
        stepper.next();
        assertTrue(exercise.answer("0.5933").isEmpty());
        for (int k = 0; k < 2; k++) stepper.next();
        stepper.setView(View.values()[1]);
        stepper.setGranularity(Granularity.LAYER);
        stepper.select(ValueRef.delta(0, 1, 1));
        Path file = dir.resolve("lecture.deltaflow");
        SessionFiles saving = sessions(stepper, exercise);
        saving.setTypeScale(new javafx.beans.property.SimpleDoubleProperty(1.75));
        saving.save(file);

        StepperViewModel other = new StepperViewModel(Scenarios.builtIn("default"));
        ExerciseViewModel otherExercise = new ExerciseViewModel(other);
        var otherScale = new javafx.beans.property.SimpleDoubleProperty(1.0);
        SessionFiles opening = sessions(other, otherExercise);
        opening.setTypeScale(otherScale);
        opening.open(file);
        assertEquals(1.75, otherScale.get(), "the type scale comes back with the session");
        assertEquals(List.of(), errors);
        assertEquals(stepper.getScenario(), other.getScenario());
        assertEquals(stepper.getPosition(), other.getPosition());
        assertEquals(View.values()[1], other.getView());
        assertEquals(Granularity.LAYER, other.getGranularity());
        assertEquals(ValueRef.delta(0, 1, 1), other.getSelection());
        assertEquals(1, otherExercise.getExercise().correct());
        assertEquals(exercise.getScore(), otherExercise.getScore());
    }

    @Test
    void aDamagedOrNewerSessionIsRefusedAndNothingChanges() throws Exception {
        Path damaged = dir.resolve("damaged.deltaflow");
        Files.writeString(damaged, "{\"format\": \"deltaflow-session\", \"version\": 1, \"scenario\": {");
        Path newer = dir.resolve("newer.deltaflow");
        Files.writeString(newer, "{\"format\": \"deltaflow-session\", \"version\": 9}");
        for (int k = 0; k < 5; k++) stepper.next();
        Scenario before = stepper.getScenario();
        SessionFiles files = sessions(stepper, exercise);
        files.open(damaged);
        files.open(newer);
        files.open(dir.resolve("missing.deltaflow"));
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith(damaged.toString()), errors.get(0));
        assertTrue(errors.get(1).contains("version 9 is newer"), errors.get(1));
        assertTrue(errors.get(2).contains("no such file"), errors.get(2));
        assertSame(before, stepper.getScenario());
        assertEquals(5, stepper.getPosition());
        assertTrue(files.recent().list().isEmpty());
    }

    @Test
    void savingReplacesTheOldFileWhole() throws Exception {
        Path file = dir.resolve("s.deltaflow");
        SessionFiles files = sessions(stepper, exercise);
        files.save(file);
        stepper.next();
        files.save(file);
        assertEquals(1, SessionFiles.read(file).position());
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(file), listing.toList(), "no temporary file left behind");
        }
        assertNull(SessionFiles.read(file).exercise());
        Set<String> keys = SessionFiles.read(file).settings().keySet();
        assertEquals(Set.of("theme", "view"), keys);
    }
}
