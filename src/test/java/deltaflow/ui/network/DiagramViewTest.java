package deltaflow.ui.network;

import deltaflow.model.RandomNetworks;
import deltaflow.diagram.Diagram;
import deltaflow.diagram.DiagramBuilder;
import deltaflow.diagram.DiagramOptions;
import deltaflow.diagram.Primitive;
import deltaflow.diagram.View;
import deltaflow.model.Scenarios;
import deltaflow.model.Timeline;
import deltaflow.model.ValueRef;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Stage;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class DiagramViewTest {
    private final Timeline mazur = Timeline.of(Scenarios.builtIn("mazur"));
    private DiagramView view;
    private final List<ValueRef> selected = new ArrayList<>();

    @Start
    void start(Stage stage) {
        view = new DiagramView();
        view.setOnSelect(selected::add);
        view.setDiagram(DiagramBuilder.build(mazur, mazur.size(), DiagramOptions.defaults()));
        stage.setScene(new Scene(view, 1280, 720));
        stage.show();
    }

    @Test
    void showsTheMazurNetworkAsNodesWithTheDiagramIds(FxRobot robot) throws Exception {
        Text input = robot.lookup("#neuron-1-1").queryAs(Text.class);
        assertEquals("0.5933", input.getText());                       // out_h1 in Mazur's post
        assertEquals("δ₁² = 0.1385", robot.lookup("#delta-2-1").queryAs(Text.class).getText());
        assertTrue(robot.lookup("#edge-2-1-1").query().getStyleClass().contains("edge"));
        // A screen reader hears the quantity with its value, not a bare number.
        assertEquals("a₁¹ = 0.5933", input.getAccessibleText());
        assertEquals("w₁₁²", robot.lookup("#edge-2-1-1").query().getAccessibleText());
        snapshot(Path.of("target/diagram-view-mazur.png"));
    }

    @Test
    void aClickOnANeuronSelectsItsValue(FxRobot robot) {
        Primitive.Circle c = (Primitive.Circle) view.getDiagram().find("neuron-2-1-circle").orElseThrow();
        robot.clickOn(screenPoint(c.cx(), c.cy()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(ValueRef.a(0, 2, 0)), selected);
    }

    @Test
    void largeDiagramsArePaintedOnACanvasAndStillHitTested(FxRobot robot) throws Exception {
        Timeline big = Timeline.of(RandomNetworks.sigmoid(new int[] {784, 32, 10}, 1));
        Diagram diagram = DiagramBuilder.build(big, big.size(), DiagramOptions.defaults().withView(View.FORWARD));
        robot.interact(() -> view.setDiagram(diagram));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.getChildrenUnmodifiable().stream().anyMatch(n -> n instanceof Canvas && n.isVisible()));
        assertFalse(robot.lookup("#edge-1-1-1").tryQuery().isPresent(), "no node per edge");
        Primitive.Circle c = (Primitive.Circle) diagram.find("neuron-2-5-circle").orElseThrow();
        robot.clickOn(screenPoint(c.cx(), c.cy()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(ValueRef.a(0, 2, 4)), selected);
        snapshot(Path.of("target/diagram-view-784.png"));
    }

    @Test
    void aStepKeepsTheNodesOfWhatItDidNotChange(FxRobot robot) {
        int at = 0;
        while (!mazur.step(at).result().equals(ValueRef.delta(0, 1, 0))) at++; // the step that computes δ₁¹
        int before = at;
        robot.interact(() -> view.setDiagram(DiagramBuilder.build(mazur, before, DiagramOptions.defaults())));
        javafx.scene.Node input = robot.lookup("#neuron-0-1").query();
        Diagram next = DiagramBuilder.build(mazur, at + 1, DiagramOptions.defaults()); // reveals δ₁¹
        robot.interact(() -> view.setDiagram(next));
        assertTrue(input == robot.lookup("#neuron-0-1").query(), "an unchanged label keeps its node");
        assertEquals("δ₁¹ = 0.008771", robot.lookup("#delta-1-1").queryAs(Text.class).getText());
        assertShows(next);
        // Back to the start: most labels lose their values and marks, and still show exactly the new diagram.
        Diagram start = DiagramBuilder.build(mazur, 0, DiagramOptions.defaults());
        robot.interact(() -> view.setDiagram(start));
        assertShows(start);
    }

    /** The nodes are the diagram's primitives, in its drawing order, each with its classes and (for text) its text. */
    private void assertShows(Diagram diagram) {
        javafx.scene.Parent layer = (javafx.scene.Parent) view.getChildrenUnmodifiable().stream().filter(n -> n instanceof NodeLayer).findFirst().orElseThrow();
        List<javafx.scene.Node> nodes = layer.getChildrenUnmodifiable();
        assertEquals(diagram.primitives().size(), nodes.size());
        for (int k = 0; k < nodes.size(); k++) {
            Primitive p = diagram.primitives().get(k);
            javafx.scene.Node node = nodes.get(k);
            assertEquals(p.id(), node.getId());
            assertEquals(p.classes().isEmpty() ? List.of() : List.of(p.classes().split(" ")), List.copyOf(node.getStyleClass()), p.id());
            if (p instanceof Primitive.Text t) assertEquals(deltaflow.diagram.UnicodeScripts.of(t.text()), ((Text) node).getText(), p.id());
            if (p instanceof Primitive.Circle c) assertEquals(c.r(), ((javafx.scene.shape.Circle) node).getRadius(), 1e-9, p.id());
        }
    }

    @Test
    void concealedPrimitivesAreHiddenUntilShownAgain(FxRobot robot) {
        robot.interact(() -> view.setConcealed(java.util.Set.of("delta-2-1")));
        assertFalse(robot.lookup("#delta-2-1").query().isVisible());
        robot.interact(() -> view.setDiagram(DiagramBuilder.build(mazur, mazur.size(), DiagramOptions.defaults().withTheme(deltaflow.diagram.Theme.DARK))));
        assertFalse(robot.lookup("#delta-2-1").query().isVisible(), "still hidden in a new diagram");
        robot.interact(() -> view.setConcealed(java.util.Set.of()));
        assertTrue(robot.lookup("#delta-2-1").query().isVisible());
    }

    /** A canvas repainted region by region must show exactly what a canvas painted whole shows. */
    @Test
    void aCanvasRepaintedWhereTheStepChangedMatchesAFullRepaint(FxRobot robot) throws Exception {
        Timeline big = Timeline.of(RandomNetworks.sigmoid(new int[] {784, 32, 10}, 1));
        DiagramOptions options = DiagramOptions.defaults().withView(View.BOTH).withViewport(1280, 720);
        int at = big.phaseStart(deltaflow.model.Phase.BACKWARD, 0) + 12;
        Diagram before = DiagramBuilder.build(big, at, options), after = DiagramBuilder.build(big, at + 1, options);
        robot.interact(() -> view.setDiagram(before));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view.setDiagram(after));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage stepped = WaitForAsyncUtils.asyncFx(() -> view.snapshot(null, null)).get();
        robot.interact(() -> view.setDiagram(null));
        robot.interact(() -> view.setDiagram(after));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage whole = WaitForAsyncUtils.asyncFx(() -> view.snapshot(null, null)).get();
        assertEquals(0, differentPixels(stepped, whole));
        // And the step did change something: the two diagrams' pictures differ.
        robot.interact(() -> view.setDiagram(before));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(differentPixels(WaitForAsyncUtils.asyncFx(() -> view.snapshot(null, null)).get(), whole) > 50);
    }

    private static int differentPixels(WritableImage a, WritableImage b) {
        assertEquals(a.getWidth(), b.getWidth());
        int different = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                int p = a.getPixelReader().getArgb(x, y), q = b.getPixelReader().getArgb(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    if (Math.abs((p >> shift & 0xff) - (q >> shift & 0xff)) > 2) {
                        different++;
                        break;
                    }
                }
            }
        }
        return different;
    }

    private Point2D screenPoint(double x, double y) {
        double s = view.getViewScale();
        Point2D local = new Point2D(x * s + (view.getWidth() - view.getDiagram().width() * s) / 2,
                y * s + (view.getHeight() - view.getDiagram().height() * s) / 2);
        return view.localToScreen(local);
    }

    private void snapshot(Path file) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> view.getScene().snapshot(null)).get();
        Files.createDirectories(file.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }
}
