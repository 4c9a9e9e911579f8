package deltaflow;

import deltaflow.cli.Cli;

/**
 * The entry point of {@code java -jar deltaflow.jar}. A command ({@code trace}, {@code export}, ...) runs
 * without starting JavaFX, so it works on a machine with no display; anything else opens the window.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            int status = new Cli(System.out, System.err).run(args);
            System.out.flush();
            System.exit(status);
        }
        // Only this branch touches the ui package, so a command never loads JavaFX.
        System.exit(deltaflow.ui.Launcher.launch(args, System.err));
    }
}
