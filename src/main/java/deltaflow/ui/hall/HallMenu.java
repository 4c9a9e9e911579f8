package deltaflow.ui.hall;

import deltaflow.ui.hall.state.HallViewModel;

import deltaflow.ui.i18n.Messages;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;

import java.util.List;

/** View menu entries for the lecture hall; their keys are handled by {@link HallPane} (shown here as hints). */
public final class HallMenu {
    private HallMenu() {}

    public static List<MenuItem> items(HallViewModel hall) {
        MenuItem present = item("menu-presentation", "menu.presentation", "F5", () -> hall.setPresenting(true));
        MenuItem larger = item("menu-text-larger", "menu.textLarger", "Ctrl +", hall::larger);
        MenuItem smaller = item("menu-text-smaller", "menu.textSmaller", "Ctrl −", hall::smaller);
        MenuItem reset = item("menu-text-reset", "menu.textReset", "Ctrl 0", hall::resetScale);
        CheckMenuItem slow = new CheckMenuItem();
        slow.setId("menu-slow-motion");
        slow.textProperty().bind(Messages.text("menu.slowMotion"));
        slow.selectedProperty().bindBidirectional(hall.slowMotionProperty());
        return List.of(present, larger, smaller, reset, slow);
    }

    /** The key in the label, not as an accelerator: the scene's filter handles it once, on every keyboard. */
    private static MenuItem item(String id, String key, String keys, Runnable action) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(Messages.text(key).concat("    (" + keys + ")"));
        item.setOnAction(e -> action.run());
        return item;
    }
}
