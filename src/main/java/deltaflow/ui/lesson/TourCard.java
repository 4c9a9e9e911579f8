package deltaflow.ui.lesson;

import deltaflow.ui.lesson.state.TourViewModel;

import deltaflow.ui.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Getting started card, in the window's lower right corner over the formula panel, so the network it
 * talks about stays in view and usable. Its buttons never take the keyboard focus: → keeps stepping the
 * lesson while the card is open, which is what its first card asks the user to try.
 */
public final class TourCard extends VBox {
    public TourCard(TourViewModel tour) {
        setId("tour");
        getStyleClass().add("tour-card");
        Label title = new Label();
        title.setId("tour-title");
        title.getStyleClass().add("tour-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("tour.title",
                tour.indexProperty().get() + 1, TourViewModel.STEPS.size()), tour.indexProperty(), Messages.localeProperty()));
        Label text = new Label();
        text.setId("tour-text");
        text.getStyleClass().add("tour-text");
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(tour.stepKey()), tour.indexProperty(), Messages.localeProperty()));

        Button back = button("tour-back", "tour.back", tour::back);
        back.disableProperty().bind(tour.atFirst());
        Button next = button("tour-next", "tour.next", tour::next);
        next.textProperty().unbind();
        next.textProperty().bind(Bindings.when(tour.atLast()).then(Messages.text("tour.done")).otherwise(Messages.text("tour.next")));
        Button close = button("tour-close", "tour.close", tour::close);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(close, gap, back, next);
        buttons.getStyleClass().add("tour-buttons");
        buttons.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(title, text, buttons);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        StackPane.setAlignment(this, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(this, new Insets(0, 24, 24, 0));
        visibleProperty().bind(tour.showingProperty());
        managedProperty().bind(tour.showingProperty());
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(Messages.text(key));
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }
}
