package deltaflow.ui.style;

import java.util.Objects;

/**
 * The window's two stylesheets, resolved in one place. A leaf package, like {@code ui.i18n}, so every view can
 * style itself without reaching up to the application class.
 */
public final class Stylesheets {
    private static final String WINDOW = "/deltaflow/ui/deltaflow.css";
    private static final String DESK = "/deltaflow/ui/desk.css";

    private Stylesheets() {}

    /** Every view's rules and the themes' colour variables: the scene's, and each dialog's of its own. */
    public static String window() { return url(WINDOW); }

    /** The desk's panels (exercise strip, lesson, play button, end of the update), kept out of the scene's sheet. */
    public static String desk() { return url(DESK); }

    private static String url(String path) {
        return Objects.requireNonNull(Stylesheets.class.getResource(path), path).toExternalForm();
    }
}
