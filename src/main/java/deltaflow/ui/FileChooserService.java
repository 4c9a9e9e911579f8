package deltaflow.ui;

import java.nio.file.Path;
import java.util.Optional;

/** The file dialogs, behind an interface so tests answer them without a window. */
public interface FileChooserService {
    /** The scenario file to open, or empty when the user cancelled. */
    Optional<Path> chooseOpen(Path directory);

    /** Where to save, or empty when the user cancelled. */
    Optional<Path> chooseSave(Path directory, String suggestedName);
}
