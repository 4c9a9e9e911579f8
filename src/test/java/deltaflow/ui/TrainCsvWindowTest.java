package deltaflow.ui;

import deltaflow.diagram.Primitive;
import deltaflow.model.Activation;
import deltaflow.model.Network;
import deltaflow.model.Scenarios;
import deltaflow.ui.files.state.FileChooserService;
import deltaflow.ui.files.state.RecentFiles;
import deltaflow.ui.files.state.Remembered;
import deltaflow.ui.files.state.ScenarioFiles;
import deltaflow.ui.i18n.Messages;
import deltaflow.ui.stepper.state.StepperViewModel;
import deltaflow.ui.train.TrainFeature;
import deltaflow.ui.train.state.TrainFrame;
import deltaflow.ui.train.state.TrainSetup;
import deltaflow.ui.train.state.TrainViewModel;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The train view on the user's own data (issue #15 follow-up), driven as a person would: "CSV file…" in the
 * data-set choice, the (fake) dialog answering with a file; a file that cannot be read; undo; Save; and the
 * view's display choices remembered between runs.
 */
class TrainCsvWindowTest extends WindowTest {
    @TempDir Path dir;

    TrainCsvWindowTest() { super("default", 1280, 720); }

    private TrainViewModel train() { return window().train().model(); }

    private TrainFrame frame() { return train().getFrame(); }

    /** Forty animals, two classes apart in height and weight; three input columns and the class. */
    private Path animals(String name) throws Exception {
        StringBuilder csv = new StringBuilder("height,weight,age,kind\n");
        for (int k = 0; k < 40; k++) {
            boolean cat = k % 2 == 0;
            csv.append(cat ? 0.2 + 0.01 * k : 0.8 - 0.01 * k).append(',').append(cat ? 0.3 : 0.7 + 0.005 * k).append(',')
                    .append(k % 7).append(',').append(cat ? "cat" : "dog").append('\n');
        }
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    /** Picks "CSV file…" in the data-set choice, the dialog answering {@code file}, and waits for training to settle. */
    private void chooseCsv(FxRobot robot, Path file) {
        chooser.answer(file);
        robot.clickOn("#train-data");
        robot.clickOn(Messages.get("trainView.data.csv"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(train()::settle);
    }

    private ChoiceBox<String> dataChoice(FxRobot robot) { return robot.lookup("#train-data").queryAs(ChoiceBox.class); }

    private String shownDataSet(FxRobot robot) {
        ChoiceBox<String> box = dataChoice(robot);
        return box.getConverter().toString(box.getValue());
    }

    private static String text(Primitive p) { return ((Primitive.Text) p).text().plain(); }

    private static List<String> inputNames(TrainFrame f) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= f.network().inputs(); i++) {
            String id = "neuron-0-" + i + "-name";
            names.add(f.picture().primitives().stream().filter(p -> id.equals(p.id())).map(TrainCsvWindowTest::text).findFirst().orElse(null));
        }
        return names;
    }

    @Test
    void aCsvFileChosenThroughTheDialogIsTrainedWithAnInputPerColumn(FxRobot robot) throws Exception {
        Path file = animals("animals.csv");
        robot.clickOn("#view-train");
        chooseCsv(robot, file);

        assertEquals(FileChooserService.Purpose.DATA, chooser.purposes.get(chooser.purposes.size() - 1));
        assertEquals("", train().problemProperty().get());
        assertEquals("animals.csv", shownDataSet(robot));
        Network n = frame().network();
        assertEquals(3, n.inputs(), "one input neuron per input column");
        assertEquals(2, n.outputs(), "one output per class (cat, dog)");
        assertEquals(Activation.SOFTMAX, n.layer(n.depth()).activation());
        assertEquals(List.of(4, 2), train().getSetup().hidden(), "the hidden layers stay as they were");
        assertEquals(List.of("height", "weight", "age"), inputNames(frame()), "the picture names the file's columns");
        assertEquals(TrainViewModel.Problem.CLASSIFICATION, train().problemType());

        // Features are made of 2-D data's coordinates: off for a CSV file, and the boxes say why.
        CheckBox x1 = robot.lookup("#train-feature-x1").queryAs(CheckBox.class);
        assertTrue(x1.isDisabled());
        Tooltip why = (Tooltip) robot.lookup("#train-features").query().getProperties().get("javafx.scene.control.Tooltip");
        assertNotNull(why, "a tooltip on the disabled features");
        assertEquals(Messages.get("trainView.features.offCsv"), why.getText());

        for (int k = 0; k < 3; k++) robot.clickOn("#train-epoch");
        robot.interact(train()::settle);
        assertEquals(3, frame().epoch());
        assertTrue(Double.isFinite(frame().last().testLoss()));
        screenshot(scene, "train-csv-1280x720.png");

        // Back to a built-in 2-D data set: the features are offered again, no tooltip left.
        robot.clickOn("#train-data");
        robot.clickOn(Messages.get("trainView.data.spiral"));
        robot.interact(train()::settle);
        assertEquals(2, frame().network().inputs());
        assertFalse(x1.isDisabled());
        assertEquals(null, robot.lookup("#train-features").query().getProperties().get("javafx.scene.control.Tooltip"));
    }

    @Test
    void aMalformedCsvNamesLineAndColumnAndLeavesTrainingAsItWas(FxRobot robot) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "a,b,c\n1,2,x\n3,abc,y\n", StandardCharsets.UTF_8);
        robot.clickOn("#view-train");
        robot.clickOn("#train-epoch");
        robot.clickOn("#train-epoch");
        robot.interact(train()::settle);
        TrainSetup before = train().getSetup();
        TrainFrame was = frame();
        assertEquals(2, was.epoch());

        chooseCsv(robot, bad);

        String line = text(robot, "#train-problem-line");
        assertEquals("bad.csv: line 3, column 2: 'abc' is not a number", line);
        assertTrue(robot.lookup("#train-problem-line").query().isVisible());
        assertSame(before, train().getSetup(), "the setup is untouched");
        assertEquals("circle", train().data().name());
        assertEquals(2, frame().epoch(), "the epoch is untouched");
        assertEquals(was.network(), frame().network());
        assertEquals(Messages.get("trainView.data.circle"), shownDataSet(robot), "the choice shows the data set still trained on");
        assertFalse(train().canUndoProperty().get(), "nothing to undo: nothing changed");
        screenshot(scene, "train-csv-bad-1280x720.png");

        // A good file then loads, and the line goes.
        chooseCsv(robot, animals("animals.csv"));
        assertEquals("", train().problemProperty().get());
        assertFalse(robot.lookup("#train-problem-line").query().isVisible());
    }

    @Test
    void undoReturnsToThePreviousDataSetAndRedoToTheFile(FxRobot robot) throws Exception {
        robot.clickOn("#view-train");
        chooseCsv(robot, animals("animals.csv"));
        assertEquals(3, frame().network().inputs());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.interact(train()::settle);
        assertEquals("circle", train().data().name());
        assertEquals(2, frame().network().inputs());
        assertEquals(Messages.get("trainView.data.circle"), shownDataSet(robot));

        robot.clickOn("#train-redo");
        robot.interact(train()::settle);
        assertEquals("animals.csv", train().data().name());
        assertEquals(3, frame().network().inputs());
        assertEquals("animals.csv", shownDataSet(robot));
    }

    @Test
    void saveKeepsTheCsvPathRelativeToTheScenario(FxRobot robot) throws Exception {
        Path csv = animals("data/animals.csv");
        robot.clickOn("#view-train");
        chooseCsv(robot, csv);
        robot.clickOn("#train-epoch");
        Path saved = dir.resolve("lesson.json");
        robot.interact(() -> files.save(saved));

        String json = Files.readString(saved);
        assertTrue(json.contains("\"source\": \"data/animals.csv\""), json);
        var reopened = Scenarios.load(saved, notice -> { });
        assertEquals(csv.toAbsolutePath().normalize().toString(), reopened.training().data().source());
        assertEquals(3, reopened.network().inputs());
    }

    @Test
    void theTrainViewsDisplayChoicesAreRememberedInTheNextWindow(FxRobot robot) {
        Preferences node = prefs.node("window");
        robot.interact(() -> window().train().remember(new Remembered(node), true));
        robot.clickOn("#view-train");
        // The picture's toggles are at the foot of the settings column: scrolled to, as at 1280×720 a person would.
        robot.interact(() -> robot.lookup(".train-settings-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        robot.clickOn("#train-log-scale");
        robot.clickOn("#train-show-test");
        assertTrue(train().logScaleProperty().get());
        assertFalse(train().showTestProperty().get());
        assertEquals("true", node.get(TrainFeature.SHOWN, null));

        // The next run: a new window on the same store.
        robot.interact(() -> {
            stepper = new StepperViewModel(Scenarios.builtIn("default"));
            files = new ScenarioFiles(stepper, chooser, new RecentFiles(prefs.node("recent")));
            scene = DeltaflowApp.show(stage, stepper, files, hall, 1280, 720);
            window().train().remember(new Remembered(node), true);
        });
        assertTrue(train().isShown(), "the window opens in the train view it was closed in");
        assertTrue(robot.lookup("#train-view").query().isVisible());
        assertTrue(train().logScaleProperty().get());
        assertFalse(train().showTestProperty().get());
        assertTrue(robot.lookup("#train-log-scale").queryAs(CheckBox.class).isSelected());
        assertFalse(robot.lookup("#train-show-test").queryAs(CheckBox.class).isSelected());

        // A run started on a file (a lesson double-clicked) opens it in the stepper, the toggles as they were.
        robot.interact(() -> {
            stepper = new StepperViewModel(Scenarios.builtIn("xor"));
            files = new ScenarioFiles(stepper, chooser, new RecentFiles(prefs.node("recent")));
            scene = DeltaflowApp.show(stage, stepper, files, hall, 1280, 720);
            window().train().remember(new Remembered(node), false);
        });
        assertFalse(train().isShown());
        assertTrue(train().logScaleProperty().get());
        assertEquals("true", node.get(TrainFeature.SHOWN, null), "still the last run's choice");

        // Back in the stepper: the run after opens there.
        robot.clickOn("#view-train");
        robot.clickOn("#train-view-forward");
        assertEquals("false", node.get(TrainFeature.SHOWN, null));
    }

    @Test
    void backInTheTrainViewItsButtonIsTheOneSelected(FxRobot robot) {
        robot.clickOn("#view-train");
        robot.clickOn("#train-view-forward");
        assertFalse(train().isShown());
        robot.clickOn("#view-train");
        assertTrue(robot.lookup("#train-view-train").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
    }

    @Test
    void aDamagedRememberedChoiceIsTheDefaultWithANote(FxRobot robot) {
        Preferences node = prefs.node("damaged");
        node.put(TrainFeature.LOG_SCALE, "sometimes");
        robot.interact(() -> window().train().remember(new Remembered(node), true));
        assertFalse(train().logScaleProperty().get());
        assertTrue(stepper.getStatus().contains("sometimes"), stepper.getStatus());
    }

    @Test
    void inChineseTheChoiceAndTheReasonAreChinese(FxRobot robot) throws Exception {
        robot.interact(() -> Messages.setLocale(Locale.TRADITIONAL_CHINESE));
        robot.clickOn("#view-train");
        chooseCsv(robot, animals("animals.csv"));
        assertEquals("CSV 檔案…", dataChoice(robot).getConverter().toString(dataChoice(robot).getItems().get(dataChoice(robot).getItems().size() - 1)));
        Tooltip why = (Tooltip) robot.lookup("#train-features").query().getProperties().get("javafx.scene.control.Tooltip");
        assertTrue(why.getText().contains("CSV 檔案的輸入"), why.getText());
        screenshot(scene, "train-csv-zh-1280x720.png");

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "a,b,c\n1,2,x\n3,,y\n", StandardCharsets.UTF_8);
        chooseCsv(robot, bad);
        assertEquals("bad.csv: line 3, column 2: 是空的；這裡需要一個數字", text(robot, "#train-problem-line"));
        assertEquals("animals.csv", train().data().name());
    }
}
