package deltaflow.cli;

import deltaflow.model.ScenarioException;
import deltaflow.model.Scenarios;
import deltaflow.model.Timeline;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The command line: {@code deltaflow trace FILE}, {@code deltaflow export ...}. Runs without JavaFX. A
 * user's mistake exits with status 2 and one line on stderr; nothing is written to stdout then.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;
    /** Stopped by Ctrl-C, as a shell reports a process ended by SIGINT. */
    public static final int INTERRUPTED = 130;

    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** True when the arguments name a command rather than options for the window. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && List.of("trace", "export", "train", "help", "--help", "-h", "--version").contains(args[0]);
    }

    public int run(String[] args) {
        try {
            return switch (args[0]) {
                case "trace" -> trace(Arrays.copyOfRange(args, 1, args.length));
                case "export" -> new ExportCommand(out).run(Arrays.copyOfRange(args, 1, args.length));
                case "train" -> new TrainCommand(out, err, err == System.err && TrainCommand.stderrIsTerminal()).run(Arrays.copyOfRange(args, 1, args.length));
                case "--version" -> {
                    out.println("deltaflow " + version());
                    yield OK;
                }
                default -> {
                    out.print(usage());
                    yield OK;
                }
            };
        } catch (UsageException e) {
            err.println("deltaflow: " + e.getMessage());
            return BAD_INPUT;
        } catch (ScenarioException e) {
            err.println("deltaflow: " + e.getMessage());
            return BAD_INPUT;
        } catch (IOException e) {
            err.println("deltaflow: " + e.getMessage());
            return FAILED;
        }
    }

    private int trace(String[] args) throws UsageException, ScenarioException, IOException {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.print("usage: deltaflow trace SCENARIO\n"
                    + "Prints every number and every step of one gradient-descent step over SCENARIO (a file, or a built-in:\n"
                    + String.join(", ", Scenarios.BUILT_IN) + ") as one JSON object.\n");
            return OK;
        }
        if (args.length != 1) throw new UsageException("trace takes one scenario file; see 'deltaflow trace --help'");
        // Everything that can go wrong with the input goes wrong here, before the first byte is written.
        Timeline timeline = Timeline.of(Scenarios.resolve(args[0]));
        // Streamed: a 784-128-64-10 batch has millions of steps, far too many to hold as one string.
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        new TraceWriter(writer).write(timeline);
        writer.newLine();
        writer.flush();
        return OK;
    }

    static String version() {
        String version = Cli.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }

    static String usage() {
        return """
                usage: deltaflow                      open the window on the built-in default scenario
                       deltaflow SCENARIO             open the window on a scenario file
                       deltaflow trace SCENARIO       print every number and step of one update as JSON
                       deltaflow export SCENARIO -o FILE [options]
                                                      draw the network as SVG, PNG, TikZ or a GIF of the backward pass
                                                      (see 'deltaflow export --help')
                       deltaflow train SCENARIO -o TRAINED.json [options]
                                                      train on a data set (circle, spiral, digits, a CSV file, ...)
                                                      (see 'deltaflow train --help')
                       deltaflow --version
                SCENARIO is a scenario file (JSON, format v1) or a built-in: %s
                """.formatted(String.join(", ", Scenarios.BUILT_IN));
    }

    /** A mistake in the command line itself. */
    static final class UsageException extends Exception {
        UsageException(String message) { super(message); }
    }
}
