package deltaflow.ui;

import java.util.Locale;

/** Whether the window can open at all: on Linux and the BSDs it needs an X11 or Wayland display. */
public final class Display {
    public static final String MISSING = "no display: the window needs a graphical session; `trace`, `export` and `train` run without one";

    private Display() {}

    /**
     * True when there is certainly no display: an X11-style system with neither DISPLAY nor WAYLAND_DISPLAY set,
     * and no headless JavaFX platform chosen (the tests' Monocle).
     */
    public static boolean missing() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) return false;
        if (System.getProperty("glass.platform") != null || System.getProperty("monocle.platform") != null) return false;
        return blank(System.getenv("DISPLAY")) && blank(System.getenv("WAYLAND_DISPLAY"));
    }

    /** JavaFX's way of saying the display could not be opened (a DISPLAY that names no server). */
    public static boolean isDisplayFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Unable to open DISPLAY") || message.contains("No toolkit")) return true;
        }
        return false;
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }
}
