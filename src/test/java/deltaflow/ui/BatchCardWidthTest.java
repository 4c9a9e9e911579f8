package deltaflow.ui;

import deltaflow.model.Phase;
import deltaflow.model.Scenarios;
import deltaflow.model.ValueRef;
import deltaflow.ui.hall.state.HallViewModel;
import deltaflow.ui.i18n.Messages;
import deltaflow.ui.stepper.state.StepperViewModel;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The right-hand column never scrolls sideways at 1024×768 or 1280×720, 100 % and 150 %, English and Chinese (it did
 * with XOR's mini-batch card and a weight selected at the average phase: r, Cʳ and ∂Cʳ/∂w side by side were wider than
 * the column, which cut the inspector's text at its edge), and the card's words are whole.
 */
class BatchCardWidthTest extends SizedWindowTest {
    @Test
    void theColumnWithTheMiniBatchCardFitsItsWidth(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (double[] size : new double[][] {{1024, 768}, {1280, 720}}) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.TRADITIONAL_CHINESE)) {
                for (double scale : new double[] {1, 1.5}) {
                    Scene[] scene = new Scene[1];
                    robot.interact(() -> {
                        Messages.setLocale(locale);
                        StepperViewModel stepper = new StepperViewModel(Scenarios.builtIn("xor"));
                        HallViewModel hall = newHall();
                        hall.setTypeScale(scale);
                        scene[0] = show(stepper, hall, size[0], size[1]);
                        stepper.jumpTo(stepper.getTimeline().phaseEnd(Phase.AVERAGE, 0));
                        stepper.select(ValueRef.weight(1, 1, 1));
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                    String where = String.format("%.0f×%.0f %s %.0f%%: ", size[0], size[1], locale.getLanguage(), scale * 100);
                    robot.interact(() -> {
                        ScrollPane column = (ScrollPane) scene[0].lookup(".inspector-scroll");
                        double content = column.getContent().getLayoutBounds().getWidth();
                        double viewport = column.getViewportBounds().getWidth();
                        if (content > viewport + 0.5) {
                            problems.add(where + "the column's content is " + content + " px in a " + viewport + " px column; widest: " + widest(column.getContent()));
                        }
                        // Every word of the card whole: no "St…", "exampl…", "Mini-batch: C…".
                        for (Node n : scene[0].lookup("#batch").lookupAll(".text")) {
                            if (n instanceof javafx.scene.text.Text text && text.getText() != null && text.getText().endsWith("…")) {
                                problems.add(where + "cut: " + text.getText());
                            }
                        }
                        if (scene[0].lookup("#batch-mean-grad") == null) problems.add(where + "no mean of the selected weight's gradients");
                    });
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The id or class of the node with the largest minimum width under {@code root}, for the message. */
    private static String widest(Node root) {
        String name = "";
        double most = 0;
        List<Node> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Node n = todo.remove(todo.size() - 1);
            if (n instanceof Parent p) todo.addAll(p.getChildrenUnmodifiable());
            if (n instanceof Region r && r.minWidth(-1) > most && !(n == root)) {
                most = r.minWidth(-1);
                name = (r.getId() != null ? "#" + r.getId() : r.getClass().getSimpleName() + r.getStyleClass()) + " min " + most;
            }
        }
        return name;
    }
}
