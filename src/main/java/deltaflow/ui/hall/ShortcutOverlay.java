package deltaflow.ui.hall;

import deltaflow.ui.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.List;

/** Every key of the program on one card (F1 or ?), in the window's language; key names are the same in all. */
public final class ShortcutOverlay extends StackPane {
    /** Keys as printed on a keyboard, and what they do (a bundle key). */
    public static final List<String[]> KEYS = List.of(
            new String[] {"→  Space  PageDown", "key.next"},
            new String[] {"←  PageUp", "key.back"},
            new String[] {"Home  End", "key.firstLast"},
            new String[] {"P", "key.play"},
            new String[] {"S", "key.slow"},
            new String[] {"L", "key.allLabels"},
            new String[] {"N", "key.stepCounter"},
            new String[] {"G", "key.granularity"},
            new String[] {"V", "key.view"},
            new String[] {"T", "key.train"},
            new String[] {"PageDown  Space  M", "key.trainKeys"},
            new String[] {"F5", "key.presentation"},
            new String[] {"Esc", "key.leave"},
            new String[] {"B  .", "key.blank"},
            new String[] {"Ctrl +  Ctrl −  Ctrl 0", "key.textSize"},
            new String[] {"F1  ?", "key.shortcuts"});

    ShortcutOverlay() {
        setId("shortcut-overlay");
        getStyleClass().add("shortcut-overlay");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcut-grid");
        int row = 0;
        for (String[] key : KEYS) {
            Label keys = new Label(key[0]);
            keys.getStyleClass().add("shortcut-key");
            Label what = new Label();
            what.setId("shortcut-" + key[1].substring(4));
            what.textProperty().bind(Messages.text(key[1]));
            what.getStyleClass().add("shortcut-what");
            grid.addRow(row++, keys, what);
        }
        Label title = new Label();
        title.setId("shortcut-title");
        title.textProperty().bind(Messages.text("shortcuts.title"));
        title.getStyleClass().add("shortcut-title");
        Label close = new Label();
        close.textProperty().bind(Messages.text("shortcuts.close"));
        close.getStyleClass().add("shortcut-close");
        VBox card = new VBox(title, grid, close);
        card.getStyleClass().add("shortcut-card");
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(card);
        setAlignment(Pos.CENTER);
    }
}
