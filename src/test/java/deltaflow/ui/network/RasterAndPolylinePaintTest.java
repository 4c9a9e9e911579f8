package deltaflow.ui.network;

import deltaflow.diagram.Diagram;
import deltaflow.diagram.Primitive;
import deltaflow.diagram.RasterAndPolylines;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polyline;
import javafx.scene.transform.Affine;
import javafx.scene.transform.Transform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static deltaflow.diagram.RasterAndPolylines.BLUE;
import static deltaflow.diagram.RasterAndPolylines.GREEN;
import static deltaflow.diagram.RasterAndPolylines.RED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class RasterAndPolylinePaintTest {
    private final Diagram diagram = RasterAndPolylines.diagram(false);

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Group(), 200, 200));
        stage.show();
    }

    @Test
    void theCanvasPaintsTheCellsAsBlocksAndStrokesThePolyline(FxRobot robot) {
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> {
            Canvas canvas = new Canvas(120, 120);
            CanvasPainter painter = new CanvasPainter(canvas.getGraphicsContext2D(), diagram.palette(), new Affine(2, 0, 0, 0, 2, 0));
            painter.clear(0, 0, 120, 120, true);
            painter.paint(diagram.primitives());
            shot.set(canvas.snapshot(null, null));
        });
        assertPicture(shot.get());
    }

    @Test
    void nodesShowTheRasterAsAnImageAndThePolylineAsAShape(FxRobot robot) {
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        AtomicReference<List<Node>> nodes = new AtomicReference<>();
        robot.interact(() -> {
            List<Node> made = diagram.primitives().stream().map(p -> FxPrimitives.node(p, diagram.palette())).toList();
            nodes.set(made);
            Canvas ground = new Canvas(60, 60);
            ground.getGraphicsContext2D().setFill(FxPrimitives.color(diagram.palette(), deltaflow.diagram.ColorRole.BACKGROUND));
            ground.getGraphicsContext2D().fillRect(0, 0, 60, 60);
            Group group = new Group(ground);
            group.getChildren().addAll(made);
            SnapshotParameters twice = new SnapshotParameters();
            twice.setTransform(Transform.scale(2, 2));
            twice.setViewport(new Rectangle2D(0, 0, 120, 120));
            shot.set(group.snapshot(twice, null));
        });
        assertInstanceOf(ImageView.class, nodes.get().get(0));
        assertEquals("boundary", nodes.get().get(0).getId());
        assertTrue(nodes.get().get(1).getStyleClass().contains("curve"));
        assertEquals(List.of(5.0, 56.0, 30.0, 53.0, 55.0, 56.0), ((Polyline) nodes.get().get(1)).getPoints());
        assertEquals(List.of(5.0, 4.0), ((Polyline) nodes.get().get(2)).getStrokeDashArray());
        assertPicture(shot.get());
    }

    @Test
    void boundsCoverTheRectangleAndThePathWithHalfItsWidth() {
        assertEquals(new Rectangle2D(10, 10, 40, 40), PrimitiveBounds.of(RasterAndPolylines.BLOCKS, 0.5));
        assertEquals(new Rectangle2D(4, 52, 52, 5), PrimitiveBounds.of(RasterAndPolylines.CURVE, 0.5));
        Primitive.Polyline hair = new Primitive.Polyline("h", "", new double[] {0, 0, 10, 0}, 0.1, deltaflow.diagram.ColorRole.TEXT, false, null);
        assertEquals(new Rectangle2D(-1, -1, 12, 2), PrimitiveBounds.of(hair, 2), "never thinner than the screen's pixel");
    }

    /** Twice the diagram's size: cells of 40 pixels from (20, 20). */
    private void assertPicture(WritableImage image) {
        var px = image.getPixelReader();
        assertEquals(List.of(120.0, 120.0), List.of(image.getWidth(), image.getHeight()));
        assertEquals(RED, px.getArgb(42, 42));
        assertEquals(GREEN, px.getArgb(82, 42));
        assertEquals(BLUE, px.getArgb(42, 98));
        assertEquals(Color.web(diagram.palette().color(deltaflow.diagram.ColorRole.BACKGROUND)), px.getColor(80, 80), "the transparent cell");
        assertEquals(Color.web(diagram.palette().color(deltaflow.diagram.ColorRole.NEGATIVE)), px.getColor(60, 106), "on the curve");
        assertEquals(Color.web(diagram.palette().color(deltaflow.diagram.ColorRole.BACKGROUND)), px.getColor(60, 114), "below the curve");
    }
}
