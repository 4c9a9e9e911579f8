package deltaflow.ui.files;

import deltaflow.ui.style.Stylesheets;
import deltaflow.ui.files.state.UnsavedChangesPrompt;

import deltaflow.ui.i18n.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.util.function.Supplier;

/** Save / Don't save / Cancel, asked in the window's language before edits would be lost. */
public final class UnsavedChangesDialog implements UnsavedChangesPrompt {
    private final Supplier<Window> owner;

    public UnsavedChangesDialog(Supplier<Window> owner) { this.owner = owner; }

    /** The dialog, built but not shown: tests look at it. */
    public Alert build(String title) {
        ButtonType save = new ButtonType(Messages.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(Messages.get("unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("unsaved.text"), save, discard, cancel);
        if (owner.get() != null) alert.initOwner(owner.get());
        alert.setTitle(Messages.get("unsaved.title"));
        alert.setHeaderText(Messages.get("unsaved.header", title));
        alert.getDialogPane().setId("unsaved-dialog");
        alert.getDialogPane().lookupButton(save).setId("unsaved-save");
        alert.getDialogPane().lookupButton(discard).setId("unsaved-discard");
        alert.getDialogPane().lookupButton(cancel).setId("unsaved-cancel");
        alert.getDialogPane().getStylesheets().add(Stylesheets.window());
        return alert;
    }

    @Override public Answer ask(String title) {
        ButtonBar.ButtonData chosen = build(title).showAndWait().map(ButtonType::getButtonData).orElse(ButtonBar.ButtonData.CANCEL_CLOSE);
        return switch (chosen) {
            case YES -> Answer.SAVE;
            case NO -> Answer.DISCARD;
            default -> Answer.CANCEL;
        };
    }
}
