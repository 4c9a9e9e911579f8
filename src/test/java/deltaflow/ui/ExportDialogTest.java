package deltaflow.ui;

import deltaflow.diagram.Theme;
import deltaflow.diagram.export.Exports.Format;
import deltaflow.diagram.export.Exports.Moment;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File ▸ Export… opens the dialog with a preview; Export writes the chosen format; the copies reach the clipboard. */
class ExportDialogTest extends WindowTest {
    @TempDir Path dir;

    ExportDialogTest() { super("mazur", 1920, 1080); }

    private Scene openDialog(FxRobot robot) throws Exception {
        robot.interact(() -> stepper.jumpTo(14)); // δ_1^1 just computed
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#export-preview").tryQuery().isPresent());
        return robot.lookup("#export-preview").queryAs(ImageView.class).getScene();
    }

    @Test
    void thePreviewShowsWhatWillBeWrittenAndExportWritesTheChosenFormat(FxRobot robot) throws Exception {
        Scene dialog = openDialog(robot);
        ImageView preview = robot.lookup("#export-preview").queryAs(ImageView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> preview.getImage() != null);
        assertTrue(preview.getImage().getWidth() > 300, "a preview of the diagram");

        @SuppressWarnings("unchecked")
        ChoiceBox<Format> format = robot.lookup("#export-format").queryAs(ChoiceBox.class);
        robot.interact(() -> format.setValue(Format.PNG));
        @SuppressWarnings("unchecked")
        ChoiceBox<Moment> at = robot.lookup("#export-at").queryAs(ChoiceBox.class);
        robot.interact(() -> at.setValue(Moment.BACKWARD_END));
        chooser.answer(dir.resolve("backward.png"));
        robot.clickOn("#export-save");

        var image = ImageIO.read(dir.resolve("backward.png").toFile());
        assertNotNull(image, "a PNG was written");
        assertTrue(image.getWidth() > 500);
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count(), "no temporary file left beside it");
        }
        saveScreenshot(dialog);
    }

    @Test
    void copiesReachTheClipboardAsSvgTextAndAsAnImage(FxRobot robot) throws Exception {
        openDialog(robot);
        robot.clickOn("#export-copy-svg");
        String svg = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertTrue(svg.contains("<svg") && svg.contains("neuron-1-1"), "SVG text with the diagram's ids");
        assertTrue(svg.contains("0.008771"), "δ_1^1 is in the copy");

        robot.clickOn("#export-copy-png");
        var hasImage = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().hasImage()).get();
        assertTrue(hasImage, "an image on the clipboard");
    }

    @Test
    void printDefaultsToTheLightThemeWhateverTheScreenShows(FxRobot robot) throws Exception {
        robot.interact(() -> stepper.setTheme(Theme.DARK));
        openDialog(robot);
        @SuppressWarnings("unchecked")
        ChoiceBox<Theme> theme = robot.lookup("#export-theme").queryAs(ChoiceBox.class);
        assertEquals(Theme.LIGHT, theme.getValue());
    }

    private static void saveScreenshot(Scene scene) throws Exception {
        var image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        Path file = Path.of("target", "screenshots", "export-dialog.png");
        Files.createDirectories(file.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }
}
