package deltaflow.ui.train;

import deltaflow.ui.i18n.Messages;
import deltaflow.ui.train.state.TrainFrame;
import deltaflow.ui.train.state.TrainViewModel;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import java.text.NumberFormat;

/** Reset, play/pause, one batch, one epoch, new seed, undo and redo; the epoch and the examples per second. */
final class TrainToolbar extends FlowPane {
    TrainToolbar(TrainViewModel train, Runnable nextBatch, Runnable export) {
        getStyleClass().addAll("step-controls", "train-toolbar");
        setId("train-toolbar");
        Button reset = button("train-reset", "trainView.reset", train::reset);
        Button play = button("train-play", "trainView.play", train::togglePlay);
        play.textProperty().bind(Bindings.when(train.playingProperty()).then(Messages.text("trainView.pause")).otherwise(Messages.text("trainView.play")));
        Region pause = new Region();
        pause.getStyleClass().add("pause-icon");
        play.graphicProperty().bind(Bindings.when(train.playingProperty()).then((javafx.scene.Node) pause).otherwise((javafx.scene.Node) null));
        play.getStyleClass().add("train-play");
        Button batch = button("train-batch", "trainView.batch", train::oneBatch);
        Button epoch = button("train-epoch", "trainView.epoch", train::oneEpoch);
        Button seed = button("train-seed", "trainView.seed", train::newSeed);
        Button next = button("train-next-batch", "trainView.nextBatch", nextBatch);
        Button exporting = button("train-export", "trainView.export", export);
        Button undo = button("train-undo", "trainView.undo", train::undo);
        Button redo = button("train-redo", "trainView.redo", train::redo);
        undo.disableProperty().bind(train.canUndoProperty().not());
        redo.disableProperty().bind(train.canRedoProperty().not());

        Label counter = new Label();
        counter.setId("train-epoch-counter");
        counter.getStyleClass().add("train-counter");
        Label speed = new Label();
        speed.setId("train-speed");
        speed.getStyleClass().add("control-label");
        Runnable show = () -> {
            TrainFrame f = train.getFrame();
            NumberFormat whole = NumberFormat.getIntegerInstance(Messages.locale());
            counter.setText(Messages.get("trainView.epochCounter", String.format("%06d", f == null ? 0 : f.epoch())));
            speed.setText(f == null || f.epochsPerSecond() == 0 ? "" : Messages.get("trainView.speed", whole.format(Math.round(f.examplesPerSecond()))));
        };
        train.frameProperty().addListener(o -> show.run());
        Messages.localeProperty().addListener(o -> show.run());
        show.run();
        HBox running = group(reset, play, batch, epoch, counter, speed);
        HBox editing = group(seed, undo, redo, next, exporting);
        editing.setId("train-editing");
        getChildren().addAll(running, editing);
    }

    static HBox group(javafx.scene.Node... nodes) {
        HBox box = new HBox(nodes);
        box.getStyleClass().add("control-group");
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    static Button button(String id, String key, Runnable action) {
        Button b = new Button();
        b.textProperty().bind(Messages.text(key));
        b.setId(id);
        b.getStyleClass().add("step-button");
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false); // the keys belong to training, not to a focused button
        return b;
    }
}
