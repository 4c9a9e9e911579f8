package deltaflow.ui;

import deltaflow.ui.style.Stylesheets;
import deltaflow.version.Version;
import deltaflow.ui.i18n.Messages;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.io.InputStream;
import java.util.List;

/**
 * Help ▸ About: the version (and commit) of this build, the licence, the lecture deltaflow follows, the worked
 * example it checks itself against, where data and libraries come from.
 */
final class AboutDialog {
    /** The rows, in order: each a bundle key {@code about.<id>} for its heading and {@code about.<id>.text}. */
    static final List<String> ROWS = List.of("version", "licence", "lecture", "example", "data", "libraries");

    private AboutDialog() {}

    static Dialog<ButtonType> create(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) dialog.initOwner(owner);
        dialog.setTitle(Messages.get("about.title"));
        dialog.setHeaderText("deltaflow");
        dialog.setGraphic(icon(64));
        GridPane rows = new GridPane();
        rows.getStyleClass().add("about-rows");
        int row = 0;
        for (String id : ROWS) {
            Label heading = new Label(Messages.get("about." + id));
            heading.getStyleClass().add("about-heading");
            String text = id.equals("version") ? Version.current().toString() : Messages.get("about." + id + ".text");
            Label value = new Label(text);
            value.setId("about-" + id);
            value.setWrapText(true);
            value.setMaxWidth(640);
            rows.addRow(row++, heading, value);
        }
        dialog.getDialogPane().setId("about-dialog");
        dialog.getDialogPane().setContent(rows);
        // Our own Close: JavaFX's would follow the JVM's language, not the window's.
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(Messages.get("about.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        // The dialog's scene is not under the window's root: it needs the CJK font rule itself.
        if (Messages.locale().getLanguage().equals("zh")) dialog.getDialogPane().getStyleClass().add("lang-zh");
        dialog.getDialogPane().getStylesheets().add(Stylesheets.window());
        return dialog;
    }

    /** The program's icon ({@code assets/icon}), at one of the sizes the build renders. */
    static ImageView icon(int size) {
        ImageView view = new ImageView();
        try (InputStream in = AboutDialog.class.getResourceAsStream("/assets/icon/deltaflow-" + size + ".png")) {
            if (in != null) view.setImage(new Image(in));
        } catch (java.io.IOException e) {
            // no icon: the dialog reads the same without it
        }
        return view;
    }
}
