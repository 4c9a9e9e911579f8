package deltaflow.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The scenario files opened lately, newest first, kept in the user's preferences. */
public final class RecentFiles {
    public static final int MAX = 8;
    private final Preferences node;

    public RecentFiles(Preferences node) { this.node = node; }

    /** The program's own preferences node. */
    public static RecentFiles forUser() {
        return new RecentFiles(Preferences.userRoot().node("org/deltaflow/recent"));
    }

    public List<Path> list() {
        List<Path> paths = new ArrayList<>();
        for (int k = 0; k < MAX; k++) {
            String p = node.get("file" + k, null);
            if (p != null) paths.add(Path.of(p));
        }
        return paths;
    }

    /** Where a file dialog starts: the folder of {@code current} if there is one, else of the latest recent file. */
    public Path directory(Path current) {
        if (current != null && current.toAbsolutePath().getParent() != null) return current.toAbsolutePath().getParent();
        return list().stream().map(Path::getParent).filter(p -> p != null && java.nio.file.Files.isDirectory(p)).findFirst().orElse(null);
    }

    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>(list());
        paths.remove(absolute);
        paths.add(0, absolute);
        for (int k = 0; k < MAX; k++) {
            if (k < paths.size()) node.put("file" + k, paths.get(k).toString());
            else node.remove("file" + k);
        }
    }
}
