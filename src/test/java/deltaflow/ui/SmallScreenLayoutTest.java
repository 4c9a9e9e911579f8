package deltaflow.ui;

import deltaflow.ui.hall.state.HallViewModel;
import deltaflow.ui.stepper.state.StepperViewModel;
import deltaflow.diagram.Primitive;
import deltaflow.diagram.View;
import deltaflow.model.Exercise;
import deltaflow.model.Quantity;
import deltaflow.model.Scenarios;
import deltaflow.ui.i18n.Messages;
import deltaflow.ui.network.DiagramView;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The desk on a small screen at a large type scale (#11 item 3): at 1024×768 and 1280×720, 100–300 %, English and
 * Chinese, with and without the exercise strip, at the end of Mazur's update, the network keeps 42 % of the window's
 * height and half its width (it had 16 px at 200 %), nothing reaches past the window's edges (the buttons spilled
 * sideways), every button shows its whole label, the status line and the end-of-update card are on screen and the card
 * is no taller than the formula's band. And in Chinese at 1024×768 the end of Mazur shows every neuron's value (the
 * bottom bar took 40 % of the height and hid them).
 */
class SmallScreenLayoutTest extends SizedWindowTest {
    private Stage stage;
    private StepperViewModel stepper;
    private HallViewModel hall;
    private Scene scene;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Override
    protected void afterOwnStageClosed() {
        stage.toFront();
    }

    /** The window at this size, language and type scale, at the end of Mazur's update, the exercise strip open or not. */
    private void open(FxRobot robot, double width, double height, Locale locale, double scale, boolean exercise) {
        robot.interact(() -> {
            Messages.setLocale(locale);
            stepper = new StepperViewModel(Scenarios.builtIn("mazur"));
            hall = newHall();
            hall.setTypeScale(scale);
            scene = show(stepper, hall, width, height);
            stepper.last();
            if (exercise) GalleryAccess.startExercise(scene, EnumSet.allOf(Exercise.Topic.class));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Bounds bounds(Node node) { return node.localToScene(node.getLayoutBounds()); }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) if (!n.isVisible()) return false;
        return true;
    }

    @Test
    void theNetworkKeepsItsShareAndNothingSpillsAtAnyTypeScale(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (double[] size : new double[][] {{1024, 768}, {1280, 720}}) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.TRADITIONAL_CHINESE)) {
                for (double scale : new double[] {1, 2, 2.5, 3}) {
                    for (boolean exercise : new boolean[] {false, true}) {
                        open(robot, size[0], size[1], locale, scale, exercise);
                        String where = String.format("%.0f×%.0f %s %.0f%%%s: ", size[0], size[1], locale.getLanguage(), scale * 100, exercise ? " exercise" : "");
                        robot.interact(() -> check(where, size[0], size[1], exercise, problems));
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems.subList(0, Math.min(40, problems.size()))));
    }

    private void check(String where, double w, double h, boolean exercise, List<String> problems) {
        Bounds network = bounds(scene.lookup(".diagram-view"));
        if (network.getHeight() < 0.42 * h - 21) problems.add(where + "the network is " + network.getHeight() + " px high");
        if (network.getWidth() < 0.5 * w - 21) problems.add(where + "the network is " + network.getWidth() + " px wide");
        for (Node node : List.of(scene.lookup(".top-bar"), scene.lookup(".bottom-bar"), scene.lookup(".diagram-view"), scene.lookup(".inspector-scroll"), scene.lookup("#status"))) {
            if (!shown(node)) continue;
            Bounds b = bounds(node);
            if (b.getMinX() < -0.5 || b.getMaxX() > w + 0.5 || b.getMinY() < -0.5 || b.getMaxY() > h + 0.5) problems.add(where + node + " reaches past the window: " + b);
        }
        for (Node node : scene.getRoot().lookupAll(".button")) {
            if (!(node instanceof ButtonBase button) || !shown(button) || button.getText() == null || button.getText().isEmpty()) continue;
            Bounds b = bounds(button);
            if (b.getMaxX() > w + 0.5 || b.getMaxY() > h + 0.5) problems.add(where + "button " + button.getText() + " past the window: " + b);
            if (button.getWidth() < button.prefWidth(-1) - 0.5) problems.add(where + "button " + button.getText() + " cut: " + button.getWidth() + " of " + button.prefWidth(-1));
        }
        for (Node node : scene.getRoot().lookupAll(".toggle-button")) {
            if (!(node instanceof ButtonBase button) || !shown(button)) continue;
            if (button.getWidth() < button.prefWidth(-1) - 0.5) problems.add(where + "toggle " + button.getText() + " cut");
        }
        Node status = scene.lookup("#status");
        if (!shown(status)) problems.add(where + "no status line");
        Node card = scene.lookup("#update-done");
        if (!exercise && !shown(card)) problems.add(where + "no end-of-update card");
        Node formula = scene.lookup("#formula-panel");
        if (shown(card) && bounds(card).getHeight() > Math.ceil(((javafx.scene.layout.Region) formula).getPrefHeight()) + 0.5) { // snapped to whole px
            problems.add(where + "the card is " + bounds(card).getHeight() + " px, taller than the formula's band");
        }
    }

    @Test
    void inChineseAt1024x768TheEndOfMazurShowsEveryNeuronsValue(FxRobot robot) {
        open(robot, 1024, 768, Locale.TRADITIONAL_CHINESE, 1, false);
        robot.interact(() -> stepper.setView(View.FORWARD));
        WaitForAsyncUtils.waitForFxEvents();
        DiagramView view = robot.lookup(".diagram-view").queryAs(DiagramView.class);
        Set<String> values = new java.util.HashSet<>();
        for (Primitive p : view.getDiagram().primitives()) {
            if (p instanceof Primitive.Text t && t.target() != null && (t.target().quantity() == Quantity.A || t.target().quantity() == Quantity.X)) {
                values.add(t.target().quantity() + "-" + t.target().layer() + "-" + t.target().neuron());
            }
        }
        assertTrue(values.size() >= 6, "x₁, x₂, a₁¹, a₂¹, a₁², a₂² drawn: " + values);
        double network = robot.lookup(".diagram-view").query().getLayoutBounds().getHeight();
        assertTrue(network >= 0.42 * 768 - 21, "the network keeps its share: " + network + " px");
    }
}
