package deltaflow.ui;

import deltaflow.ui.files.state.FakeFileChooser;
import deltaflow.ui.files.state.RecentFiles;
import deltaflow.ui.files.state.ScenarioFiles;
import deltaflow.ui.lesson.state.TourViewModel;
import deltaflow.ui.stepper.state.StepperViewModel;

import deltaflow.Version;
import deltaflow.model.Scenarios;
import deltaflow.ui.i18n.Messages;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
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
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Help ▸ Getting started and Help ▸ About, in the window, in both languages. */
@ExtendWith(ApplicationExtension.class)
class HelpWindowTest {
    private final Preferences prefs = Preferences.userRoot().node("deltaflow-test/" + UUID.randomUUID());
    private StepperViewModel stepper;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        stepper = new StepperViewModel(Scenarios.builtIn("default"));
        ScenarioFiles files = new ScenarioFiles(stepper, new FakeFileChooser(), new RecentFiles(prefs));
        scene = DeltaflowApp.show(stage, stepper, files, 1280, 720);
    }

    @AfterEach
    void english(FxRobot robot) throws Exception {
        prefs.removeNode();
        robot.interact(() -> Messages.setLocale(Locale.ENGLISH));
        for (Window w : robot.listWindows()) if (w != scene.getWindow()) robot.interact(() -> ((Stage) w).close());
    }

    private void screenshot(Scene of, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> of.snapshot(null)).get();
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name).toFile());
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) if (!n.isVisible()) return false;
        return true;
    }

    @Test
    void aTestsWindowHasNoTourUntilItAsks(FxRobot robot) {
        assertFalse(shown(robot.lookup("#tour").query()));
    }

    @Test
    void gettingStartedWalksFiveCardsWhileTheArrowKeyStillSteps(FxRobot robot) throws Exception {
        robot.clickOn("#menu-help").clickOn("#menu-getting-started");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot.lookup("#tour").query()));
        assertEquals("Getting started · 1 of 5", robot.lookup("#tour-title").queryAs(Label.class).getText());
        screenshot(scene, "tour-1-en.png");
        // The card's first lesson works with the card open: its buttons never hold the focus.
        robot.clickOn("#tour-next");
        robot.type(KeyCode.RIGHT);
        assertEquals(1, stepper.getPosition());
        assertEquals(Messages.get("tour.views"), robot.lookup("#tour-text").queryAs(Label.class).getText());
        robot.clickOn("#tour-next").clickOn("#tour-next").clickOn("#tour-next");
        assertEquals("Done", robot.lookup("#tour-next").queryAs(Button.class).getText());
        screenshot(scene, "tour-5-en.png");
        robot.clickOn("#tour-next");
        assertFalse(shown(robot.lookup("#tour").query()));
    }

    @Test
    void theTourFollowsTheLanguageAndCloses(FxRobot robot) throws Exception {
        robot.interact(() -> { Messages.setLocale(Locale.TRADITIONAL_CHINESE); MainWindow.of(scene).tour().open(); });
        assertEquals("快速入門 · 第 1 步，共 5 步", robot.lookup("#tour-title").queryAs(Label.class).getText());
        screenshot(scene, "tour-1-zh.png");
        robot.clickOn("#tour-close");
        assertFalse(shown(robot.lookup("#tour").query()));
    }

    @Test
    void aboutNamesTheVersionLicenceLectureExampleAndData(FxRobot robot) throws Exception {
        robot.clickOn("#menu-help").clickOn("#menu-about");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane about = robot.lookup("#about-dialog").queryAs(DialogPane.class);
        String text = robot.lookup("#about-version").queryAs(Label.class).getText();
        assertEquals(Version.current().toString(), text);
        assertTrue(robot.lookup("#about-licence").queryAs(Label.class).getText().contains("MIT"));
        assertTrue(robot.lookup("#about-lecture").queryAs(Label.class).getText().contains("Hung-yi Lee"));
        assertTrue(robot.lookup("#about-example").queryAs(Label.class).getText().contains("Mazur"));
        assertTrue(robot.lookup("#about-data").queryAs(Label.class).getText().contains("MNIST"));
        screenshot(about.getScene(), "about-en.png");
    }

    @Test
    void aboutInTraditionalChinese(FxRobot robot) throws Exception {
        robot.interact(() -> Messages.setLocale(Locale.TRADITIONAL_CHINESE));
        robot.clickOn("#menu-help").clickOn("#menu-about");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#about-lecture").queryAs(Label.class).getText().contains("李宏毅"));
        assertTrue(robot.lookup("關閉").tryQuery().isPresent(), "the Close button in the window's language");
        screenshot(robot.lookup("#about-dialog").queryAs(DialogPane.class).getScene(), "about-zh.png");
    }

    @Test
    void firstFrameRunsItsActionOnceTheWindowHasPainted(FxRobot robot) throws Exception {
        var ran = new java.util.concurrent.CountDownLatch(1);
        robot.interact(() -> {
            FirstFrame.after(scene, ran::countDown);
            scene.getRoot().requestLayout(); // a pulse, as a new window's first one
        });
        assertTrue(ran.await(10, java.util.concurrent.TimeUnit.SECONDS));
    }
}
