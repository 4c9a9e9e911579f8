package deltaflow.ui.files.state;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;

/**
 * Where a file dialog starts: the folder the caller prefers (the current file's), else the last folder any
 * dialog was used in, else the user's home — never the process's working directory, which for a program
 * started from a menu is nowhere the user chose. The last folder is kept in a preferences node between runs.
 */
public final class Folders {
    private static final String LAST = "lastFolder";
    private final Preferences node;
    private final Path home;

    public Folders(Preferences node, Path home) {
        this.node = node;
        this.home = home;
    }

    /** The program's own: the user's preferences and home. */
    public static Folders forUser() {
        return new Folders(Preferences.userRoot().node("org/deltaflow/folders"), Path.of(System.getProperty("user.home")));
    }

    /** The folder a dialog opens in. */
    public Path start(Path preferred) {
        if (preferred != null && Files.isDirectory(preferred)) return preferred;
        String last = read();
        if (last != null && Files.isDirectory(Path.of(last))) return Path.of(last);
        return home;
    }

    /** A file was chosen: its folder is where the next dialog starts. */
    public void used(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null) return;
        try {
            node.put(LAST, folder.toString());
        } catch (RuntimeException e) {
            // a preferences store that cannot be written only costs the convenience
        }
    }

    private String read() {
        try {
            return node.get(LAST, null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** {@code dialogs} started in the folder {@link #start} picks, remembering the folder of whatever is chosen. */
    public FileChooserService around(FileChooserService dialogs) {
        Folders folders = this;
        return new FileChooserService() {
            @Override public java.util.Optional<Path> chooseOpen(Path directory) {
                return remember(dialogs.chooseOpen(start(directory)));
            }

            @Override public java.util.Optional<Path> chooseSave(Path directory, String suggestedName) {
                return remember(dialogs.chooseSave(start(directory), suggestedName));
            }

            @Override public FileChooserService forPurpose(Purpose purpose) { return folders.around(dialogs.forPurpose(purpose)); }
        };
    }

    private java.util.Optional<Path> remember(java.util.Optional<Path> chosen) {
        chosen.ifPresent(this::used);
        return chosen;
    }
}
