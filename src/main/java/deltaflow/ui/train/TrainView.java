package deltaflow.ui.train;

import deltaflow.ui.i18n.Messages;
import deltaflow.ui.train.state.MicroscopeViewModel;
import deltaflow.ui.train.state.TrainFrame;
import deltaflow.ui.train.state.TrainViewModel;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

import java.text.NumberFormat;

/**
 * The train view: the toolbar on top, TensorFlow Playground's choices on the left, the training picture in the
 * centre and a line under it with the losses and what a click does. Presenting, only the picture and that line
 * stay: the clicker trains (PageDown one epoch).
 */
final class TrainView extends BorderPane {
    static final String STYLESHEET = "/deltaflow/ui/train/train.css";

    private final TrainToolbar toolbar;
    private final ScrollPane settings;
    private final TrainPicturePane picture;

    TrainView(TrainViewModel train, MicroscopeViewModel microscope, deltaflow.ui.train.state.TrainExportViewModel export, javafx.scene.Node views) {
        setId("train-view");
        getStyleClass().add("train-view");
        getStylesheets().add(java.util.Objects.requireNonNull(TrainView.class.getResource(STYLESHEET)).toExternalForm());
        toolbar = new TrainToolbar(train, microscope::examineNextBatch, export::export);
        toolbar.getChildren().add(TrainToolbar.group(views));
        settings = new ScrollPane(new TrainSettingsPanel(train));
        settings.setFitToWidth(true);
        settings.getStyleClass().add("train-settings-scroll");
        settings.prefWidthProperty().bind(widthProperty().multiply(0.2));
        settings.setMinWidth(0);
        picture = new TrainPicturePane(train, microscope::examinePoint);
        Label losses = new Label();
        losses.setId("train-losses");
        losses.getStyleClass().add("train-losses");
        Label hint = new Label();
        hint.setId("train-hint");
        hint.getStyleClass().add("train-hint");
        hint.textProperty().bind(Messages.text("trainView.hint"));
        Label problem = new Label();
        problem.setId("train-problem-line");
        problem.getStyleClass().add("train-problem-line");
        problem.textProperty().bind(train.problemProperty());
        problem.visibleProperty().bind(train.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Runnable show = () -> losses.setText(losses(train.getFrame()));
        train.frameProperty().addListener(o -> show.run());
        Messages.localeProperty().addListener(o -> show.run());
        show.run();
        VBox bottom = new VBox(problem, losses, hint);
        bottom.getStyleClass().add("train-bottom");
        setTop(toolbar);
        setLeft(settings);
        setCenter(picture);
        setBottom(bottom);
    }

    TrainPicturePane picture() { return picture; }

    /** Presenting: the picture and its line only, as large as the screen allows. */
    void setPresenting(boolean on) {
        for (javafx.scene.Node chrome : new javafx.scene.Node[] {toolbar, settings}) {
            chrome.setVisible(!on);
            chrome.setManaged(!on);
        }
    }

    private static String losses(TrainFrame f) {
        if (f == null) return "";
        NumberFormat four = NumberFormat.getNumberInstance(Messages.locale());
        four.setMinimumFractionDigits(4);
        four.setMaximumFractionDigits(4);
        String text = Messages.get("trainView.epochCounter", f.epoch()) + " · " + Messages.get("trainView.losses",
                four.format(f.last().testLoss()), four.format(f.last().trainLoss()));
        if (!Double.isNaN(f.last().testAccuracy())) text += " · " + Messages.get("trainView.accuracy", Math.round(f.last().testAccuracy() * 1000) / 10.0);
        return text;
    }
}
