package deltaflow.ui;

import deltaflow.version.Version;
import deltaflow.ui.i18n.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Help ▸ Getting started and Help ▸ About, in the window, in both languages. */
class HelpWindowTest extends WindowTest {
    HelpWindowTest() { super("default", 1280, 720); }

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
