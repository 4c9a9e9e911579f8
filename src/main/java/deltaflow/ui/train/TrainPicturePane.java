package deltaflow.ui.train;

import deltaflow.ui.network.DiagramView;
import deltaflow.ui.train.state.TrainFrame;
import deltaflow.ui.train.state.TrainViewModel;
import javafx.animation.AnimationTimer;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;

/**
 * The training picture on screen, drawn by the network view's painter from the diagram the training thread
 * built for the frame (one layout for the screen and every export). Each screen frame takes the newest
 * training frame; a click on a +/− edits the architecture, on a training point (paused) opens the microscope
 * on its update, on a neuron shows its output large over the plane (as does hovering over it).
 */
final class TrainPicturePane extends StackPane {
    private final DiagramView view = new DiagramView();
    private final TrainViewModel train;
    private final AnimationTimer beat;

    TrainPicturePane(TrainViewModel train, java.util.function.IntConsumer examinePoint) {
        this.train = train;
        setId("train-picture");
        getStyleClass().add("train-picture");
        view.setId("train-diagram");
        view.setCanvasOnly(true); // the heatmaps change every frame: painted, not rebuilt as nodes
        getChildren().add(view);
        beat = new AnimationTimer() {
            @Override public void handle(long now) { train.pulse(); }
        };
        train.frameProperty().addListener((o, was, is) -> show(is));
        view.widthProperty().addListener((o, was, is) -> train.setViewWidth(is.doubleValue()));
        view.viewScaleProperty().addListener((o, was, is) -> train.setPixelScale(is.doubleValue()));
        show(train.getFrame());
        // The picture beats only while it is on screen: the stepper's window pays nothing for it.
        sceneProperty().addListener(o -> beatWhileShown());
        train.shownProperty().addListener(o -> beatWhileShown());
        train.closedProperty().addListener(o -> beatWhileShown());
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            String id = idAt(e);
            if (id == null) return;
            if (train.press(id)) return; // each click of a quick pair counts: − − removes two
            if (e.getClickCount() != 1) return;
            if (id.startsWith("point-train-") && !train.isPlaying()) examinePoint.accept(Integer.parseInt(id.substring("point-train-".length())) - 1);
            else if (id.startsWith("neuron-")) train.focus(id);
        });
        view.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            String id = idAt(e);
            train.hover(id != null && id.startsWith("neuron-") ? id : null);
        });
        view.addEventHandler(MouseEvent.MOUSE_EXITED, e -> train.hover(null));
    }

    DiagramView view() { return view; }

    private void beatWhileShown() {
        if (getScene() != null && train.isShown() && !train.isClosed()) beat.start();
        else beat.stop();
    }

    private void show(TrainFrame f) {
        if (f != null && f.picture() != null && f.picture() != view.getDiagram()) view.setDiagram(f.picture(), f.lines());
    }

    /** The id of the target under the pointer (a +/−, a point, a neuron), or null. */
    private String idAt(MouseEvent e) {
        TrainFrame f = train.getFrame();
        if (f == null || f.picture() == null) return null;
        Point2D p = view.toDiagram(e.getX(), e.getY());
        return TrainPictures.targetAt(f.picture(), p.getX(), p.getY());
    }
}
