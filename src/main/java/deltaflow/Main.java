package deltaflow;

import deltaflow.cli.CheckedPrintStream;
import deltaflow.cli.Cli;
import deltaflow.model.OneLine;

import java.io.FileDescriptor;
import java.io.FileOutputStream;

/**
 * The entry point of {@code java -jar deltaflow.jar}. A command ({@code trace}, {@code export}, ...) runs
 * without starting JavaFX, so it works on a machine with no display; anything else opens the window. Whatever
 * fails, the user sees one line and an exit status (see {@link Cli}), never a stack trace.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            // Standard output unwrapped: System.out would swallow a failed write (a full disk, a closed pipe).
            CheckedPrintStream out = new CheckedPrintStream(new FileOutputStream(FileDescriptor.out));
            int status;
            try {
                status = new Cli(out, System.err, Cli.stderrIsTerminal()).run(args);
            } catch (Throwable e) { // even reporting failed (a class missing from a broken installation): still one line
                System.err.println("deltaflow: internal error: " + e.getClass().getName());
                status = Cli.INTERNAL_ERROR;
            }
            System.exit(status);
        }
        System.exit(window(args));
    }

    /** Opens the window; a machine without a display, or a failure to start, is one line. */
    private static int window(String[] args) {
        try {
            // Only this branch touches the ui package, so a command never loads JavaFX.
            return deltaflow.ui.Launcher.launch(args, System.err);
        } catch (OutOfMemoryError e) {
            System.err.println("deltaflow: out of memory; run with more (JAVA_TOOL_OPTIONS=-Xmx8g)");
            return Cli.OUT_OF_MEMORY;
        } catch (RuntimeException | Error e) {
            // Loaded only here, where the window was to open anyway.
            if (deltaflow.ui.Display.isDisplayFailure(e)) {
                System.err.println("deltaflow: " + deltaflow.ui.Display.MISSING);
                return Cli.FAILED;
            }
            System.err.println("deltaflow: the window could not start: " + OneLine.of(String.valueOf(e)));
            return Cli.INTERNAL_ERROR;
        }
    }
}
