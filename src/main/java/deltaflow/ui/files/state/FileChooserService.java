package deltaflow.ui.files.state;

import java.nio.file.Path;
import java.util.Optional;

/** The file dialogs, behind an interface so tests answer them without a window. */
public interface FileChooserService {
    /** What a dialog is for: each has its own title and filters. */
    enum Purpose { SCENARIO, SESSION, EXPORT,
        /** A data set to train on: a CSV file. */
        DATA }

    /** The file to open, or empty when the user cancelled. */
    Optional<Path> chooseOpen(Path directory);

    /** Where to save, or empty when the user cancelled. */
    Optional<Path> chooseSave(Path directory, String suggestedName);

    /** The same dialogs, titled and filtered for another purpose. */
    default FileChooserService forPurpose(Purpose purpose) { return this; }
}
