package deltaflow.ui.train;

import deltaflow.diagram.Primitive;
import deltaflow.diagram.Theme;
import deltaflow.model.Cost;
import deltaflow.model.Example;
import deltaflow.model.Network;
import deltaflow.model.Regularization;
import deltaflow.model.Scenario;
import deltaflow.model.Scenarios;
import deltaflow.model.Sgd;
import deltaflow.model.Trace;
import deltaflow.ui.DeltaflowApp;
import deltaflow.ui.files.state.FileChooserService;
import deltaflow.ui.hall.state.HallViewModel;
import deltaflow.ui.files.state.RecentFiles;
import deltaflow.ui.files.state.ScenarioFiles;
import deltaflow.ui.stepper.state.StepperViewModel;
import deltaflow.ui.i18n.Messages;
import deltaflow.ui.network.DiagramView;
import deltaflow.ui.train.state.TrainFrame;
import deltaflow.ui.train.state.TrainViewModel;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #15's "done means", driven as a person would: build 2-[4,2]-1 with the +/− buttons on the picture,
 * train the circle until the test loss is under 0.05, pause, click a training point, find the stepper on that
 * point's update with the training engine's own δ (bit for bit), apply it and train on from it.
 */
@ExtendWith(ApplicationExtension.class)
class TrainWindowTest {
    private final Preferences prefs = Preferences.userRoot().node("deltaflow-test/" + UUID.randomUUID());
    private StepperViewModel stepper;
    private HallViewModel hall;
    private TrainViewModel train;
    private Scene scene;
    private Stage stage;
    private ScenarioFiles files;
    /** What the file dialogs answer, in order. */
    private final java.util.Deque<Path> chosen = new java.util.ArrayDeque<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Messages.setLocale(Locale.ENGLISH);
        stepper = new StepperViewModel(Scenarios.builtIn("default"));
        hall = new HallViewModel(prefs);
        FileChooserService answers = new FileChooserService() {
            @Override public Optional<Path> chooseOpen(Path directory) { return Optional.ofNullable(chosen.poll()); }
            @Override public Optional<Path> chooseSave(Path directory, String suggestedName) { return Optional.ofNullable(chosen.poll()); }
        };
        files = new ScenarioFiles(stepper, answers, new RecentFiles(prefs.node("recent")));
        scene = DeltaflowApp.show(stage, stepper, files, hall, 1920, 1080);
        train = (TrainViewModel) scene.getProperties().get(TrainViewModel.class);
    }

    @AfterEach
    void cleanUp(FxRobot robot) throws Exception {
        robot.interact(() -> {
            train.pause();
            Messages.setLocale(Locale.ENGLISH);
            hall.setPresenting(false);
            stepper.setTheme(Theme.LIGHT);
        });
        prefs.removeNode();
    }

    @Test
    void buildTrainPauseClickAPointCheckItsDeltasApplyAndTrainOn(FxRobot robot) throws Exception {
        robot.clickOn("#view-train");
        assertTrue(train.isShown());
        assertTrue(robot.lookup("#train-view").query().isVisible());
        // 2-[4,2]-1 built with the picture's buttons: no hidden layer, then two, then two more neurons in the first.
        clickTarget(robot, "remove-layer");
        clickTarget(robot, "remove-layer");
        assertEquals(List.of(), train.getSetup().hidden());
        clickTarget(robot, "add-layer");
        clickTarget(robot, "add-layer");
        clickTarget(robot, "add-neuron-1");
        clickTarget(robot, "add-neuron-1");
        assertEquals(List.of(4, 2), train.getSetup().hidden());
        assertEquals("circle", train.data().name());

        robot.clickOn("#train-play");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> frame().last().testLoss() < 0.05);
        robot.clickOn("#train-play"); // pause
        robot.interact(train::settle);
        assertFalse(train.isPlaying());
        TrainFrame paused = frame();
        assertTrue(paused.last().testLoss() < 0.05, "test loss " + paused.last().testLoss());

        // Click training point 1 on the plane: the stepper opens on its update at the current weights.
        clickTarget(robot, "point-train-1");
        assertFalse(train.isShown());
        Scenario update = stepper.getScenario();
        assertEquals(1, update.batchSize());
        assertEquals(paused.network(), update.network());
        Example point = train.data().train().get(0);
        assertTrue(java.util.Arrays.equals(point.x(), update.example(0).x()));
        // The training engine's own update on that point: with one example ∂C/∂b_i^l = δ_i^l.
        Sgd engine = new Sgd(paused.network());
        engine.update(Cost.SQUARED, deltaflow.model.ExampleTable.of(point), new int[] {0}, 0, 1, train.getSetup().settings().learningRate(), true, Regularization.NONE, 0);
        Trace trace = stepper.getTimeline().trace();
        for (int l = 1; l <= update.network().depth(); l++) {
            for (int i = 0; i < update.network().size(l); i++) {
                assertEquals(Double.doubleToRawLongBits(engine.meanBiasGradient(l, i)), Double.doubleToRawLongBits(trace.pass(0).delta(l, i)),
                        "δ_" + (i + 1) + "^" + l);
            }
        }
        assertEquals(engine.network(), trace.updated());
        assertTrue(robot.lookup("#microscope-bar").query().isVisible());

        // Step to the end and apply: training goes on from the updated weights, at the same epoch.
        robot.interact(stepper::last);
        robot.clickOn("#apply-update");
        assertTrue(train.isShown());
        robot.interact(train::settle);
        assertEquals(trace.updated(), frame().network());
        assertEquals(paused.epoch(), frame().epoch());
        robot.clickOn("#train-play");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> frame().epoch() >= paused.epoch() + 5);
        robot.clickOn("#train-play");
    }

    @Test
    void theNextBatchKeyOpensTheTrainingsOwnUpdateAndBackReturnsToTheSameEpoch(FxRobot robot) throws Exception {
        robot.type(KeyCode.T);
        assertTrue(train.isShown());
        robot.type(KeyCode.PAGE_DOWN);
        robot.type(KeyCode.PAGE_DOWN);
        robot.interact(train::settle);
        assertEquals(2, frame().epoch());
        robot.type(KeyCode.M);
        assertFalse(train.isShown());
        assertEquals(10, stepper.getScenario().batchSize());
        robot.clickOn("#microscope-back");
        assertTrue(train.isShown());
        robot.interact(train::settle);
        assertEquals(2, frame().epoch());
        assertEquals(50, frame().updates());
        // Space plays and pauses.
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> frame().epoch() >= 5);
        robot.type(KeyCode.SPACE);
        assertFalse(train.isPlaying());
    }

    @Test
    void aLookAtTheTrainViewLeavesTheLessonAloneAndTrainingThereIsHandedToTheStepperAsAnEdit(FxRobot robot) throws Exception {
        Scenario lesson = stepper.getScenario();
        robot.type(KeyCode.T);
        assertTrue(train.isShown());
        robot.type(KeyCode.T);
        assertFalse(train.isShown());
        assertTrue(lesson == stepper.getScenario(), "only looked: the stepper keeps its scenario");
        robot.type(KeyCode.T);
        robot.type(KeyCode.PAGE_DOWN);
        robot.interact(train::settle);
        robot.clickOn("#train-view-forward");
        assertFalse(train.isShown());
        assertEquals("circle", stepper.getScenario().training().data().source());
        assertEquals(frame().network(), stepper.getScenario().network());
        assertTrue(stepper.isModified());
        robot.interact(stepper::undo);
        assertEquals(lesson, stepper.getScenario());
    }

    @Test
    void savingFromTheTrainViewKeepsTheDataSetArchitectureAndSettingsAndOpeningTrainsThemOn(FxRobot robot) throws Exception {
        Path file = Files.createTempDirectory("train-save").resolve("spiral.json");
        robot.interact(() -> {
            train.setShown(true);
            train.setDataSet("spiral");
            train.addNeuron(1);
            train.setBatchSize(5);
            train.oneEpoch();
            train.settle();
        });
        chosen.add(file);
        robot.interact(files::saveAs);
        Scenario saved = Scenarios.load(file, notice -> {});
        assertEquals("spiral", saved.training().data().source());
        assertEquals(5, saved.training().batchSize());
        assertEquals(1, saved.training().epochs());
        assertEquals(List.of(2, 4, 3, 1), sizes(saved.network()));
        assertEquals(frame().network(), saved.network(), "the weights reached");
        // Elsewhere, the same file opened and trained on: the train view takes its setup and weights.
        robot.interact(() -> {
            train.setShown(false);
            train.setDataSet("circle");
            stepper.load(saved);
            train.setShown(true);
            train.settle();
        });
        assertEquals("spiral", train.data().name());
        assertEquals(List.of(4, 3), train.getSetup().hidden());
        assertEquals(saved.network(), frame().network());
    }

    private static List<Integer> sizes(Network n) {
        List<Integer> sizes = new ArrayList<>();
        for (int l = 0; l <= n.depth(); l++) sizes.add(n.size(l));
        return sizes;
    }

    /** The screenshots of issue #15: 1920×1080 and 1280×720, light and dark, presenting and not. */
    @Test
    void editMenuChosenWithTheMouseUndoesAndRedoesTheShownViewsChanges(FxRobot robot) throws Exception {
        Scenario lesson = stepper.getScenario();
        robot.type(KeyCode.T);
        List<Integer> before = train.getSetup().hidden();
        clickTarget(robot, "add-layer");
        List<Integer> added = train.getSetup().hidden();
        assertEquals(before.size() + 1, added.size());
        robot.clickOn("Edit").clickOn("#menu-undo");
        assertEquals(before, train.getSetup().hidden(), "Edit ▸ Undo in the train view undoes training's change");
        assertTrue(lesson == stepper.getScenario(), "and leaves the stepper's scenario alone");
        robot.clickOn("Edit").clickOn("#menu-redo");
        assertEquals(added, train.getSetup().hidden());
        // Back in the stepper (training handed to it as an edit), the menu undoes the stepper's history again.
        robot.clickOn("#train-view-forward");
        assertFalse(train.isShown());
        assertFalse(lesson.equals(stepper.getScenario()));
        robot.clickOn("Edit").clickOn("#menu-undo");
        assertEquals(lesson, stepper.getScenario());
        assertEquals(added, train.getSetup().hidden(), "the stepper's undo leaves training alone");
    }

    @Test
    void theSettingsColumnTogglesTestPointsAndALogLossAxis(FxRobot robot) throws Exception {
        robot.type(KeyCode.T);
        robot.type(KeyCode.PAGE_DOWN);
        robot.type(KeyCode.PAGE_DOWN);
        robot.interact(train::settle);
        assertTrue(testPoints() > 0, "test points shown at first, as in TensorFlow Playground");
        Primitive linear = frame().picture().find("curve-train-loss").orElseThrow();
        robot.clickOn("#train-show-test");
        robot.interact(train::settle);
        assertEquals(0, testPoints());
        robot.clickOn("#train-log-scale");
        robot.interact(train::settle);
        assertTrue(train.pictureOptions().logScale());
        Primitive.Polyline log = (Primitive.Polyline) frame().picture().find("curve-train-loss").orElseThrow();
        assertFalse(log.equals(linear), "the loss curve drawn on the log axis");
        robot.clickOn("#train-show-test");
        robot.interact(train::settle);
        assertTrue(testPoints() > 0);
        robot.interact(() -> Messages.setLocale(Locale.TRADITIONAL_CHINESE));
        assertEquals("顯示測試資料", robot.lookup("#train-show-test").queryAs(javafx.scene.control.CheckBox.class).getText());
    }

    private long testPoints() throws Exception {
        return frame().picture().primitives().stream().filter(p -> p.hasClass("point") && p.hasClass("test")).count();
    }

    @Test
    void closingTheWindowStopsItsTrainingThread(FxRobot robot) throws Exception {
        robot.type(KeyCode.T);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> frame().epoch() >= 2);
        assertFalse(train.awaitStopped(0), "training runs while the window is open");
        robot.interact(stage::hide);
        assertTrue(train.isClosed());
        assertTrue(train.awaitStopped(5000), "the training thread ends with its window");
        robot.interact(train::pulse); // a late beat of the screen asks nothing of the stopped thread
    }

    @Test
    void screenshots(FxRobot robot) throws Exception {
        Path dir = Path.of("target", "train-shots");
        Files.createDirectories(dir);
        robot.interact(() -> { train.setShown(true); train.toggleFeature(deltaflow.model.data.Feature.X1_SQUARED); });
        robot.interact(() -> train.play());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> frame().epoch() >= 150);
        robot.interact(() -> { train.pause(); train.settle(); });
        for (int[] size : new int[][] {{1920, 1080}, {1280, 720}}) {
            for (Theme theme : new Theme[] {Theme.LIGHT, Theme.DARK}) {
                for (boolean presenting : new boolean[] {false, true}) {
                    robot.interact(() -> {
                        stage.setFullScreen(false);
                        stage.setWidth(size[0]);
                        stage.setHeight(size[1]);
                        stepper.setTheme(theme);
                        hall.setPresenting(presenting);
                        stage.setWidth(size[0]);
                        stage.setHeight(size[1]);
                    });
                    robot.interact(train::settle);
                    WaitForAsyncUtils.waitForFxEvents(4);
                    String name = "train-" + size[0] + "x" + size[1] + "-" + theme.id() + (presenting ? "-presenting" : "") + ".png";
                    java.awt.image.BufferedImage[] image = new java.awt.image.BufferedImage[1];
                    robot.interact(() -> image[0] = SwingFXUtils.fromFXImage(scene.snapshot(null), null));
                    ImageIO.write(image[0], "png", dir.resolve(name).toFile());
                    assertTrue(image[0].getWidth() > 0);
                }
            }
        }
        robot.interact(() -> { hall.setPresenting(false); stepper.setTheme(Theme.LIGHT); stage.setWidth(1920); stage.setHeight(1080); Messages.setLocale(Locale.TRADITIONAL_CHINESE); });
        robot.interact(train::settle);
        WaitForAsyncUtils.waitForFxEvents(4);
        shot(robot, dir.resolve("train-1920x1080-zh.png"));
        robot.interact(() -> Messages.setLocale(Locale.ENGLISH));
        robot.type(KeyCode.M);
        WaitForAsyncUtils.waitForFxEvents(4);
        shot(robot, dir.resolve("microscope-1920x1080.png"));
        robot.clickOn("#microscope-back");
    }

    private void shot(FxRobot robot, Path file) throws Exception {
        java.awt.image.BufferedImage[] image = new java.awt.image.BufferedImage[1];
        robot.interact(() -> image[0] = SwingFXUtils.fromFXImage(scene.snapshot(null), null));
        ImageIO.write(image[0], "png", file.toFile());
    }

    /** The frame the window shows (read on the FX thread, where it changes). */
    private TrainFrame frame() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> train.getFrame()).get(10, TimeUnit.SECONDS);
    }

    /** Clicks the middle of the picture's primitive with this id (a button, a point), as a mouse would. */
    private void clickTarget(FxRobot robot, String id) {
        robot.interact(train::settle);
        WaitForAsyncUtils.waitForFxEvents();
        DiagramView view = robot.lookup("#train-diagram").queryAs(DiagramView.class);
        Primitive p = view.getDiagram().find(id).orElseThrow(() -> new AssertionError("no " + id + " in the picture"));
        double x, y;
        if (p instanceof Primitive.Circle c) { x = c.cx(); y = c.cy(); }
        else if (p instanceof Primitive.Rect r) { x = r.x() + r.width() / 2; y = r.y() + r.height() / 2; }
        else throw new AssertionError(id + " is not a circle or a box");
        Point2D origin = view.toDiagram(0, 0);
        double scale = view.getViewScale();
        Point2D local = new Point2D((x - origin.getX()) * scale, (y - origin.getY()) * scale);
        Point2D screen = view.localToScreen(local);
        assertNotNull(screen);
        robot.clickOn(screen);
        robot.interact(train::settle);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
