package deltaflow.ui.files.state;

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

    /** The sessions opened lately, kept beside these files (the user's: {@code org/deltaflow/recent-sessions}). */
    public RecentFiles sessions() {
        Preferences parent = node.parent() != null ? node.parent() : node;
        return new RecentFiles(parent.node(node.name() + "-sessions"));
    }

    public List<Path> list() {
        List<Path> paths = new ArrayList<>();
        for (int k = 0; k < MAX; k++) {
            String p = node.get("file" + k, null);
            if (p != null && !isBuiltInName(Path.of(p))) paths.add(Path.of(p));
        }
        return paths;
    }

    /** A built-in scenario's name taken for a file by an older version: never offered as one. */
    private static boolean isBuiltInName(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        return (deltaflow.model.Scenarios.BUILT_IN.contains(name) || deltaflow.model.Scenarios.LARGE.contains(name))
                && !java.nio.file.Files.exists(path);
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
