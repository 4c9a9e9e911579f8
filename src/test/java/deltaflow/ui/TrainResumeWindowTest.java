package deltaflow.ui;

import deltaflow.cli.Cli;
import deltaflow.model.Network;
import deltaflow.model.Scenarios;
import deltaflow.model.train.EpochRecord;
import deltaflow.ui.i18n.Messages;
import deltaflow.ui.train.state.TrainFrame;
import deltaflow.ui.train.state.TrainViewModel;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A scenario written by {@code deltaflow train} opens in the train view at the epoch training reached: the counter
 * says it, the curve starts there, one more epoch is the next, and Reset returns to the file's weights at that epoch.
 */
class TrainResumeWindowTest extends WindowTest {
    @TempDir Path dir;

    TrainResumeWindowTest() { super("default", 1280, 720); }

    private TrainViewModel train() { return window().train().model(); }

    private TrainFrame frame() { return train().getFrame(); }

    private Path trained(int epochs) {
        Path file = dir.resolve("circle-" + epochs + ".json");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(new String[] {"train", "default", "--data", "circle", "--epochs", String.valueOf(epochs), "-o", file.toString()});
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return file;
    }

    @Test
    void aTrainedScenarioOpensAtItsEpochTrainsOnFromItAndResetsToIt(FxRobot robot) throws Exception {
        Path file = trained(40);
        Network saved = Scenarios.load(file).network();
        robot.interact(() -> files.open(file));
        robot.clickOn("#view-train");
        robot.interact(train()::settle);

        assertEquals(40, frame().epoch(), "the epoch training reached");
        assertEquals(saved, frame().network(), "the file's weights");
        assertEquals(40, frame().history().get(0).epoch(), "the curve starts at 40: the earlier epochs are not in the file");
        assertEquals(Messages.get("trainView.epochCounter", "000040"), robot.lookup("#train-epoch-counter").queryAs(Label.class).getText());
        screenshot(scene, "train-resumed-1280x720.png");

        robot.clickOn("#train-epoch");
        robot.interact(train()::settle);
        assertEquals(41, frame().epoch());
        Network at41 = frame().network();
        // Epoch 41 of the file is epoch 41 of a run straight from the start: the same shuffle, the same weights.
        assertEquals(Scenarios.load(trained(41)).network(), at41);
        EpochRecord last = frame().last();
        assertEquals(41, last.epoch());

        robot.clickOn("#train-reset");
        robot.interact(train()::settle);
        assertEquals(40, frame().epoch(), "Reset returns to the epoch the file was saved at");
        assertEquals(saved, frame().network(), "and to the file's weights, not to new ones");
        assertEquals(1, frame().history().size());

        robot.clickOn("#train-seed");
        robot.interact(train()::settle);
        assertEquals(0, frame().epoch(), "a new seed starts afresh");
        assertNotEquals(saved, frame().network());

        robot.interact(() -> Messages.setLocale(Locale.TRADITIONAL_CHINESE));
        robot.interact(train()::undo);
        robot.interact(train()::settle);
        assertEquals(40, frame().epoch(), "undo returns to the file's training at its epoch");
        assertEquals(saved, frame().network());
        screenshot(scene, "train-resumed-zh-1280x720.png");
    }
}
