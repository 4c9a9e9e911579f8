package deltaflow.cli;

import deltaflow.model.OneLine;
import deltaflow.model.ScenarioException;
import deltaflow.model.Scenarios;
import deltaflow.model.Timeline;

import deltaflow.diagram.export.AtomicFiles;
import deltaflow.diagram.export.TooLargeException;
import deltaflow.model.MemoryBudget;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The command line: {@code deltaflow trace FILE}, {@code deltaflow export ...}. Runs without JavaFX. Whatever
 * goes wrong ends as one line on stderr ({@code deltaflow: ...}, control characters escaped) and one of the exit
 * statuses below, never a stack trace; a user's mistake is found before anything is written to stdout.
 */
public final class Cli {
    public static final int OK = 0;
    /** The output could not be written (full disk, closed pipe, file-size limit), or the environment failed (no display). */
    public static final int FAILED = 1;
    /** A mistake in the command line or the input file. */
    public static final int BAD_INPUT = 2;
    /** Valid input whose work would break a limit: memory, the pixel budget, a trace too long without --force. Refused before work starts. */
    public static final int TOO_LARGE = 3;
    /** The Java heap ran out although the estimate said the work would fit. */
    public static final int OUT_OF_MEMORY = 4;
    /** A bug: any other unexpected throwable. */
    public static final int INTERNAL_ERROR = 5;

    private final PrintStream out;
    private final PrintStream err;

    private final boolean showProgress;

    /** Without progress lines: for tests and for output that is not a terminal. */
    public Cli(PrintStream out, PrintStream err) {
        this(out, err, false);
    }

    /**
     * @param out          standard output; give a {@link CheckedPrintStream} so that a failed write is reported
     * @param showProgress progress lines on {@code err} for long work (when it is a terminal)
     */
    public Cli(PrintStream out, PrintStream err, boolean showProgress) {
        this.out = out;
        this.err = err;
        this.showProgress = showProgress;
    }

    /** True when this process's stderr is a terminal, where progress lines are wanted (see {@link Progress}). */
    public static boolean stderrIsTerminal() { return Progress.stderrIsTerminal(); }

    /** True when the arguments name a command rather than options for the window. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && List.of("trace", "export", "train", "help", "--help", "-h", "--version").contains(args[0]);
    }

    /**
     * Runs one command and returns its exit status. Every throwable ends here as one line: a command never
     * shows a stack trace, even for an OutOfMemoryError or a bug.
     */
    public int run(String[] args) {
        try {
            int status = dispatch(args);
            out.flush();
            return status;
        } catch (UsageException e) {
            return fail(BAD_INPUT, e.getMessage());
        } catch (ScenarioException e) {
            return fail(e.overBudget() ? TOO_LARGE : BAD_INPUT, e.getMessage());
        } catch (AtomicFiles.RefusedTargetException e) {
            return fail(BAD_INPUT, e.getMessage());
        } catch (TooLargeException e) {
            return fail(TOO_LARGE, e.getMessage());
        } catch (UncheckedIOException e) {
            return fail(FAILED, "cannot write the output: " + describe(e.getCause()));
        } catch (IOException e) {
            return fail(FAILED, describe(e));
        } catch (OutOfMemoryError e) {
            return fail(OUT_OF_MEMORY, "out of memory: this needs more than the " + MemoryBudget.megabytes(Runtime.getRuntime().maxMemory())
                    + " this Java may use; run with more (JAVA_TOOL_OPTIONS=-Xmx8g) or on a smaller scenario");
        } catch (StackOverflowError e) {
            return fail(INTERNAL_ERROR, "internal error: the stack overflowed (a bug; please report it with the command)");
        } catch (RuntimeException | Error e) {
            return fail(INTERNAL_ERROR, "internal error: " + e + " (a bug; please report it with the command)");
        }
    }

    /** Reports a failure as one line on stderr and returns its status. */
    private int fail(int status, String message) {
        err.println("deltaflow: " + OneLine.of(message));
        err.flush();
        return status;
    }

    private static String describe(IOException e) {
        if (e == null) return "unknown error";
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getFile() + ": " + f.getReason() : message;
    }

    private int dispatch(String[] args) throws UsageException, ScenarioException, IOException {
        return switch (args[0]) {
            case "trace" -> trace(Arrays.copyOfRange(args, 1, args.length));
            case "export" -> new ExportCommand(out, err, showProgress).run(Arrays.copyOfRange(args, 1, args.length));
            case "train" -> new TrainCommand(out, err, showProgress).run(Arrays.copyOfRange(args, 1, args.length));
            case "--version" -> {
                out.println("deltaflow " + version());
                yield OK;
            }
            default -> {
                out.print(usage());
                yield OK;
            }
        };
    }

    private int trace(String[] args) throws UsageException, ScenarioException, IOException {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.print("usage: deltaflow trace SCENARIO [--force]\n"
                    + "Prints every number and every step of one gradient-descent step over SCENARIO (a file, or a built-in:\n"
                    + String.join(", ", Scenarios.BUILT_IN) + ") as one JSON object.\n"
                    + "  --force   write it even when it is estimated at more than 4 GB or 5 minutes\n");
            return OK;
        }
        boolean force = Arrays.asList(args).contains("--force");
        List<String> rest = Arrays.stream(args).filter(a -> !a.equals("--force")).toList();
        if (rest.size() != 1 || rest.get(0).startsWith("-") && !rest.get(0).equals("-")) {
            throw new UsageException("trace takes one scenario file" + (rest.size() == 1 ? ", not '" + rest.get(0) + "'" : "")
                    + "; see 'deltaflow trace --help'");
        }
        // Everything that can go wrong with the input goes wrong here, before the first byte is written.
        var scenario = resolve(rest.get(0), err);
        TraceEstimate estimate = TraceEstimate.of(scenario);
        if (estimate.needsForce() && !force) {
            throw new TooLargeException(rest.get(0) + ": the trace would be " + estimate.describe()
                    + "; add --force to write it anyway");
        }
        MemoryBudget.checkTrace(scenario.network(), scenario.batchSize(), rest.get(0));
        if (estimate.needsForce()) err.println("deltaflow: writing " + estimate.describe());
        Timeline timeline = Timeline.of(scenario);
        // Streamed: a 784-128-64-10 batch has millions of steps, far too many to hold as one string.
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        Progress progress = showProgress ? new Progress(err, "trace: steps", timeline.size()) : Progress.NONE;
        try {
            new TraceWriter(writer, progress).write(timeline);
        } finally {
            progress.done();
        }
        writer.newLine();
        writer.flush();
        return OK;
    }

    /**
     * Reads a scenario for a command; what it read but doubted (a misspelt field name it ignored) is one line each
     * on stderr, and only when the file is read at all: a refused file has its one error line.
     */
    static deltaflow.model.Scenario resolve(String nameOrPath, PrintStream err) throws ScenarioException {
        List<ScenarioException> warnings = new java.util.ArrayList<>();
        var scenario = Scenarios.resolve(nameOrPath, warnings::add);
        for (ScenarioException w : warnings) err.println("deltaflow: warning: " + OneLine.of(w.getMessage()));
        return scenario;
    }

    static String version() {
        return deltaflow.version.Version.current().toString();
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
                Exit status: 0 done, 1 output not written (or no display), 2 bad input, 3 over a limit (refused before work),
                4 out of memory, 5 a bug. Every failure is one line on stderr.
                """.formatted(String.join(", ", Scenarios.BUILT_IN));
    }

    /** A mistake in the command line itself. */
    static final class UsageException extends Exception {
        UsageException(String message) { super(message); }
    }
}
