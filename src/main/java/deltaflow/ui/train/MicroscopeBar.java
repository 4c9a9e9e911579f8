package deltaflow.ui.train;

import deltaflow.ui.i18n.Messages;
import deltaflow.ui.train.state.MicroscopeViewModel;
import deltaflow.ui.train.state.TrainViewModel;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** Over the stepper while it shows an update of training: what it is, and the way back to training. */
final class MicroscopeBar extends HBox {
    MicroscopeBar(MicroscopeViewModel microscope, TrainViewModel train) {
        setId("microscope-bar");
        getStyleClass().add("microscope-bar");
        getStylesheets().add(java.util.Objects.requireNonNull(MicroscopeBar.class.getResource(TrainView.STYLESHEET)).toExternalForm());
        Button back = TrainToolbar.button("microscope-back", "trainView.back", microscope::backToTraining);
        Label what = new Label();
        what.setId("microscope-what");
        what.getStyleClass().add("microscope-what");
        Runnable show = () -> what.setText(Messages.get("trainView.microscope", train.getFrame() == null ? 0 : train.getFrame().epoch()));
        microscope.activeProperty().addListener(o -> show.run());
        Messages.localeProperty().addListener(o -> show.run());
        getChildren().addAll(back, what);
        visibleProperty().bind(microscope.activeProperty());
        managedProperty().bind(visibleProperty());
    }
}
