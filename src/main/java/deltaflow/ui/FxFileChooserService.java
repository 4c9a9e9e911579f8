package deltaflow.ui;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** The platform's file dialogs, filtered to scenario files. */
public final class FxFileChooserService implements FileChooserService {
    private final Supplier<Window> owner;

    public FxFileChooserService(Supplier<Window> owner) { this.owner = owner; }

    @Override public Optional<Path> chooseOpen(Path directory) {
        File file = chooser(deltaflow.ui.i18n.Messages.get("file.openTitle"), directory).showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override public Optional<Path> chooseSave(Path directory, String suggestedName) {
        FileChooser chooser = chooser(deltaflow.ui.i18n.Messages.get("file.saveTitle"), directory);
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    private static FileChooser chooser(String title, Path directory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(deltaflow.ui.i18n.Messages.get("file.scenarioFilter"), "*.json"),
                new FileChooser.ExtensionFilter(deltaflow.ui.i18n.Messages.get("file.allFilter"), "*"));
        if (directory != null && Files.isDirectory(directory)) chooser.setInitialDirectory(directory.toFile());
        return chooser;
    }
}
