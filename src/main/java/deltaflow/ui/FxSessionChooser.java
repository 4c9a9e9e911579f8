package deltaflow.ui;

import deltaflow.ui.i18n.Messages;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** The platform's file dialogs, filtered to session files (*.deltaflow). */
final class FxSessionChooser implements FileChooserService {
    private final Supplier<Window> owner;

    FxSessionChooser(Supplier<Window> owner) { this.owner = owner; }

    @Override public Optional<Path> chooseOpen(Path directory) {
        return Optional.ofNullable(chooser("session.openTitle", directory).showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override public Optional<Path> chooseSave(Path directory, String suggestedName) {
        FileChooser chooser = chooser("session.saveTitle", directory);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    private static FileChooser chooser(String titleKey, Path directory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(titleKey));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("session.filter"), "*" + SessionFiles.EXTENSION),
                new FileChooser.ExtensionFilter(Messages.get("session.allFiles"), "*"));
        if (directory != null && Files.isDirectory(directory)) chooser.setInitialDirectory(directory.toFile());
        return chooser;
    }
}
