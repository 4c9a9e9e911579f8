package deltaflow.ui.files.state;

/** File names suggested from a scenario's title, for the save dialogs. */
final class FileNames {
    private FileNames() {}

    /** "A first network: 2-3-2" → "A-first-network-2-3-2"; {@code fallback} when nothing of the title is left. */
    static String fromTitle(String title, String fallback) {
        String name = title.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return name.isEmpty() ? fallback : name;
    }
}
