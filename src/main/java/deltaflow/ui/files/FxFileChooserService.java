package deltaflow.ui.files;

import deltaflow.ui.files.state.FileChooserService;
import deltaflow.ui.files.state.SessionFiles;

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

    /** A filter of a dialog: its name (a message key) and the globs it shows. */
    public record Filter(String key, java.util.List<String> patterns) {}

    /** What the dialogs are for: their titles and the files they offer, first the filter chosen at the start. */
    public record Kind(String openTitleKey, String saveTitleKey, java.util.List<Filter> filters) {
        private static final Filter ALL = new Filter("file.allFilter", java.util.List.of("*"));
        public static final Kind SCENARIO = new Kind("file.openTitle", "file.saveTitle",
                java.util.List.of(new Filter("file.scenarioFilter", java.util.List.of("*.json")), ALL));
        public static final Kind SESSION = new Kind("session.openTitle", "session.saveTitle",
                java.util.List.of(new Filter("session.filter", java.util.List.of("*" + SessionFiles.EXTENSION)), ALL));
        public static final Kind EXPORT = new Kind("export.chooserTitle", "export.chooserTitle", java.util.List.of(
                new Filter("export.filter.diagram", java.util.List.of("*.svg", "*.png", "*.tex", "*.gif")),
                new Filter("export.filter.svg", java.util.List.of("*.svg")),
                new Filter("export.filter.png", java.util.List.of("*.png")),
                new Filter("export.filter.tex", java.util.List.of("*.tex")),
                new Filter("export.filter.gif", java.util.List.of("*.gif")), ALL));
        public static final Kind DATA = new Kind("data.openTitle", "data.openTitle",
                java.util.List.of(new Filter("data.filter", java.util.List.of("*.csv", "*.CSV")), ALL));

        public static Kind of(Purpose purpose) {
            return switch (purpose) {
                case SCENARIO -> SCENARIO;
                case SESSION -> SESSION;
                case EXPORT -> EXPORT;
                case DATA -> DATA;
            };
        }
    }

    private final Supplier<Window> owner;
    private final Kind kind;

    /** Dialogs for scenario files. */
    public FxFileChooserService(Supplier<Window> owner) { this(owner, Kind.SCENARIO); }

    public FxFileChooserService(Supplier<Window> owner, Kind kind) {
        this.owner = owner;
        this.kind = kind;
    }

    /** The dialogs titled and filtered for this kind of dialog. */
    Kind kind() { return kind; }

    @Override public FileChooserService forPurpose(Purpose purpose) { return new FxFileChooserService(owner, Kind.of(purpose)); }

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
        for (Filter filter : kind.filters()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get(filter.key()), filter.patterns()));
        }
        if (directory != null && Files.isDirectory(directory)) chooser.setInitialDirectory(directory.toFile());
        return chooser;
    }
}
