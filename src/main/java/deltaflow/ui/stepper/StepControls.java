package deltaflow.ui.stepper;

import deltaflow.ui.style.Stylesheets;
import deltaflow.ui.hall.state.HallViewModel;
import deltaflow.ui.stepper.state.StepperViewModel;

import deltaflow.diagram.View;
import deltaflow.model.Granularity;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import deltaflow.ui.i18n.Messages;

/** First / Back / Play / Next / Last, the speed, how far one step goes, and which network is shown. */
public final class StepControls extends FlowPane {
    private final HBox views = new HBox();

    /** The forward / reverse / both group, where the train view adds its button. */
    public HBox views() { return views; }

    public StepControls(StepperViewModel stepper) {
        getStyleClass().add("step-controls");
        Button first = button("first", "step.first", stepper::first);
        Button back = button("back", "step.back", stepper::back);
        Button play = button("play", "step.play", stepper::togglePlay);
        play.textProperty().bind(javafx.beans.binding.Bindings.when(stepper.playingProperty()).then(Messages.text("step.pause")).otherwise(Messages.text("step.play")));
        // ⏸ (U+23F8) is missing from many fonts and showed as a box: the pause sign is drawn, two bars in the text's ink.
        Region pause = new Region();
        pause.getStyleClass().add("pause-icon");
        play.getStylesheets().add(Stylesheets.desk());
        play.graphicProperty().bind(javafx.beans.binding.Bindings.when(stepper.playingProperty()).then((javafx.scene.Node) pause).otherwise((javafx.scene.Node) null));
        Button next = button("next", "step.next", stepper::next);
        Button last = button("last", "step.last", stepper::last);
        first.disableProperty().bind(stepper.positionProperty().isEqualTo(0));
        back.disableProperty().bind(stepper.positionProperty().isEqualTo(0));
        // At the end there is nothing further: Apply update (under the diagram) starts the next iteration.
        var atEnd = UpdateDoneBar.atEnd(stepper);
        next.disableProperty().bind(atEnd);
        last.disableProperty().bind(atEnd);

        // Down to slow motion's speed, so the slider's slowest is as watchable (and a bound value is never clamped).
        Slider speed = new Slider(HallViewModel.SLOW_SPEED, 20, stepper.speedProperty().get());
        speed.setId("speed");
        speed.setPrefWidth(160);
        speed.setFocusTraversable(false); // Home, End and the arrows step the lesson, not the slider
        speed.valueProperty().bindBidirectional(stepper.speedProperty());
        Label speedLabel = label("step.speed");

        ToggleGroup granularity = new ToggleGroup();
        HBox granularities = new HBox();
        granularities.getStyleClass().add("segmented");
        for (Granularity g : Granularity.values()) {
            ToggleButton b = toggle("granularity-" + g.id(), "granularity." + g.id(), granularity, stepper.getGranularity() == g);
            b.setOnAction(e -> { stepper.setGranularity(g); b.setSelected(true); });
            granularities.getChildren().add(b);
        }
        ToggleGroup view = new ToggleGroup();
        views.getStyleClass().add("segmented");
        for (View side : View.values()) {
            ToggleButton b = toggle("view-" + side.id(), "view." + side.id(), view, stepper.getView() == side);
            b.setOnAction(e -> { stepper.setView(side); b.setSelected(true); });
            views.getChildren().add(b);
        }
        stepper.granularityProperty().addListener((o, was, is) -> select(granularity, "granularity-" + is.id()));
        stepper.viewProperty().addListener((o, was, is) -> select(view, "view-" + is.id()));

        // Groups that sit side by side on a wide screen and wrap onto more rows on a small one: the settings as three
        // groups, so that at 1024 px in English "both" is not cut off at the window's edge.
        HBox stepping = group(first, back, play, next, last);
        HBox pace = group(speedLabel, speed);
        pace.setId("step-settings"); // hidden in presentation mode, with the rest
        HBox by = group(label("step.by"), granularities);
        HBox show = group(label("step.show"), views);
        getChildren().addAll(stepping, pace, by, show);
    }

    private static HBox group(javafx.scene.Node... nodes) {
        HBox box = new HBox(nodes);
        box.getStyleClass().add("control-group");
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button();
        b.textProperty().bind(Messages.text(key));
        b.setId(id);
        b.getStyleClass().add("step-button");
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false); // keys belong to the stepper, not to a focused button
        return b;
    }

    private static ToggleButton toggle(String id, String key, ToggleGroup group, boolean selected) {
        ToggleButton b = new ToggleButton();
        b.textProperty().bind(Messages.text(key));
        b.setId(id);
        b.setToggleGroup(group);
        b.setSelected(selected);
        b.setFocusTraversable(false);
        return b;
    }

    private static Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(Messages.text(key));
        l.getStyleClass().add("control-label");
        return l;
    }

    private static void select(ToggleGroup group, String id) {
        group.getToggles().forEach(t -> t.setSelected(((ToggleButton) t).getId().equals(id)));
    }
}
