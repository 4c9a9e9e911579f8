package deltaflow.ui;

import deltaflow.ui.i18n.Messages;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** The platform's file dialogs, titled and filtered for one kind of file. */
public final class FxFileChooserService implements FileChooserService {

    /** What the dialogs are for: their titles and the files they offer (message keys and a glob). */
    public record Kind(String openTitleKey, String saveTitleKey, String filterKey, String pattern, String allFilesKey) {
        public static final Kind SCENARIO = new Kind("file.openTitle", "file.saveTitle", "file.scenarioFilter", "*.json", "file.allFilter");
        public static final Kind SESSION = new Kind("session.openTitle", "session.saveTitle", "session.filter",
                "*" + SessionFiles.EXTENSION, "session.allFiles");
    }

    private final Supplier<Window> owner;
    private final Kind kind;

    /** Dialogs for scenario files. */
    public FxFileChooserService(Supplier<Window> owner) { this(owner, Kind.SCENARIO); }

    public FxFileChooserService(Supplier<Window> owner, Kind kind) {
        this.owner = owner;
        this.kind = kind;
    }

    @Override public Optional<Path> chooseOpen(Path directory) {
        return Optional.ofNullable(chooser(kind.openTitleKey(), directory).showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override public Optional<Path> chooseSave(Path directory, String suggestedName) {
        FileChooser chooser = chooser(kind.saveTitleKey(), directory);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    private FileChooser chooser(String titleKey, Path directory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(titleKey));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get(kind.filterKey()), kind.pattern()),
                new FileChooser.ExtensionFilter(Messages.get(kind.allFilesKey()), "*"));
        if (directory != null && Files.isDirectory(directory)) chooser.setInitialDirectory(directory.toFile());
        return chooser;
    }
}
