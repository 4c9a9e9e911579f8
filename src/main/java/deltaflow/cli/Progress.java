package deltaflow.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress line on stderr for long work, rewritten in place a few times a second, and only when stderr is a
 * terminal: a log file or a pipe gets no carriage returns.
 */
final class Progress {
    static final Progress NONE = new Progress(null, "", 0);
    private static final long INTERVAL_NANOS = 250_000_000L;

    private final PrintStream err;
    private final String what;
    private final long total;
    private long lastShown = System.nanoTime();
    private boolean shown;

    Progress(PrintStream err, String what, long total) {
        this.err = err;
        this.what = what;
        this.total = total;
    }

    /** Done so far; shown at most every quarter of a second. */
    void at(long done) {
        if (err == null) return;
        long now = System.nanoTime();
        if (now - lastShown < INTERVAL_NANOS) return;
        lastShown = now;
        shown = true;
        err.print(String.format(Locale.ROOT, "\rdeltaflow: %s %d%% (%,d of %,d)  ", what, total == 0 ? 100 : done * 100 / total, done, total));
        err.flush();
    }

    /** Clears the line, so the next message starts on a clean one. */
    void done() {
        if (err == null || !shown) return;
        err.print("\r\033[K");
        err.flush();
    }

    /**
     * True when this process's stderr is a terminal. Java has no isatty; on Linux the descriptor's link names
     * the terminal device. Elsewhere no progress is shown.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return false;
        }
    }
}
