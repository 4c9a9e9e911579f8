package deltaflow.cli;

import deltaflow.diagram.DiagramId;
import deltaflow.diagram.DiagramOptions;
import deltaflow.diagram.DiagramTexts;
import deltaflow.diagram.Shown;
import deltaflow.diagram.Theme;
import deltaflow.diagram.View;
import deltaflow.diagram.export.AtomicFiles;
import deltaflow.diagram.export.Exports;
import deltaflow.diagram.export.TikzWriter;
import deltaflow.model.MemoryBudget;
import deltaflow.model.Scenario;
import deltaflow.model.OneLine;
import deltaflow.model.ScenarioException;
import deltaflow.model.Timeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code deltaflow export SCENARIO -o FILE ...}: the network diagram as SVG, PNG, TikZ, an animated GIF of
 * the backward pass, or that animation as numbered PNGs. Headless (no JavaFX); files are written beside
 * the target and moved into place, and every mistake is found before anything is written.
 */
final class ExportCommand {
    static final String USAGE = """
            usage: deltaflow export SCENARIO -o FILE [options]
            Draws SCENARIO's network after some steps and writes it to FILE.
              -o, --output FILE   where to write (a symbolic link is followed); - for standard output (with --format)
                                  for png-sequence FILE names the frames: out.png → out-001.png, ...
              --format F          svg, png, tikz, gif or png-sequence (default: from FILE's extension .svg .png .tex or .tikz .gif)
              --view V            forward, reverse or both (default forward; gif and png-sequence are always reverse)
              --at STEP           how far the computation has got: a number of steps 0..N, or a phase boundary:
                                    start (nothing computed), forward-end (all z and a), cost-end (C and ∂C/∂y),
                                    backward-end (all δ), gradients-end (all ∂C/∂w, ∂C/∂b), end (after the update)
                                  phase boundaries are those of the example given by --example (default end)
              --example R         the example to draw, from 1 (default 1)
              --values LIST       numbers to label: z,a,gain,delta,w,grad,b,cost, or all, or none (default all)
              --digits N          significant digits, 1..17 (default 4)
              --scale S           size: 1 compact .. 4 poster (default 2: labels of 24 px on a 1920×1080 slide)
              --theme T           light, dark, high-contrast or colorblind (default light)
              --transparent       no background (svg, png, tikz)
              --title TEXT        a title above the network
              --formula           the current step's equation beneath the network
              --no-highlight      do not mark the current step and its operands
              --fps N             frames per second of the gif and png-sequence (default 12)
              --bare              tikz: only the tikzpicture and its colours, for \\input in a Beamer frame
              --every-neuron      draw every neuron of a wide layer (by default a layer too tall to label its neurons
                                    is one box with its size and the max, mean and min of its values)
            """;


    private final PrintStream out;
    private final PrintStream err;
    private final boolean showProgress;

    ExportCommand(PrintStream out, PrintStream err, boolean showProgress) {
        this.out = out;
        this.err = err;
        this.showProgress = showProgress;
    }

    int run(String[] args) throws Cli.UsageException, ScenarioException, IOException {
        System.setProperty("java.awt.headless", "true");
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.print(USAGE);
            return Cli.OK;
        }
        ExportRequest request = ExportRequest.parse(args);
        boolean toStdout = request.output().equals("-");
        // Every mistake in the command is found before the scenario is read, let alone drawn.
        Path target = toStdout ? null : checkedTarget(request.output());
        String format = request.format() != null ? request.format() : formatOf(toStdout ? null : target);
        if (toStdout && !Exports.Format.byId(format).map(Exports.Format::isOneFile).orElse(true)) throw new Cli.UsageException("-o -: a png-sequence is several files; name them with -o FILE.png");
        Scenario scenario = Cli.resolve(request.scenario(), err);
        MemoryBudget.checkTrace(scenario.network(), scenario.batchSize(), request.scenario());
        Timeline timeline = Timeline.of(scenario);
        int example = request.example() - 1;
        if (example >= timeline.trace().batchSize()) {
            throw new Cli.UsageException("--example " + request.example() + ": the scenario has " + timeline.trace().batchSize() + " example(s)");
        }
        int position = position(timeline, request.at(), example);
        DiagramOptions options = new DiagramOptions(request.view(), request.values(), request.digits(), request.highlight(),
                request.theme(), request.title(), request.formula(), null, request.scale(), example,
                DiagramTexts.ENGLISH, 1, 0);
        if (request.everyNeuron()) options = options.withSummaries(everyNeuron(timeline.trace().network().depth()));
        Exports.Format chosen = Exports.Format.byId(format)
                .orElseThrow(() -> new Cli.UsageException("unknown format '" + format + "'; use one of " + Exports.Format.ids(", ", false)));
        if (chosen == Exports.Format.TIKZ && request.title() != null && !TikzWriter.untypesettable(request.title()).isEmpty()) {
            String missing = TikzWriter.untypesettable(request.title()).stream().map(Character::toString).collect(java.util.stream.Collectors.joining(" "));
            err.println("deltaflow: warning: --title: pdflatex cannot typeset " + OneLine.of(missing) + (request.bare() ? "" : " (it shows ?)")
                    + "; compile with xelatex or lualatex and a font that has them, or export SVG or PNG");
        }
        // A Beamer frame's text width for --bare; otherwise labels of 10 pt.
        Exports.Settings settings = new Exports.Settings(request.transparent(), request.bare(), request.fps(), request.bare() ? 12 : 0);
        if (toStdout) {
            Exports.write(chosen, timeline, position, options, settings, (java.io.OutputStream) out);
            out.flush();
            return Cli.OK;
        }
        List<Path> written;
        Progress[] progress = {Progress.NONE};
        try {
            written = Exports.write(chosen, timeline, position, options, settings, target, (done, total) -> {
                if (showProgress && progress[0] == Progress.NONE) progress[0] = new Progress(err, "export: frames", total);
                progress[0].at(done);
            });
        } catch (AtomicFiles.RefusedTargetException | deltaflow.diagram.export.TooLargeException e) {
            throw e;
        } catch (IOException e) {
            // A full disk or a file-size limit: say which file, and that nothing was left of it.
            throw new IOException("cannot write " + request.output() + ": " + (e.getMessage() != null ? e.getMessage() : e) + "; nothing was written", e);
        } finally {
            progress[0].done();
        }
        if (written.size() > 1) {
            out.println("deltaflow: wrote " + written.size() + " frames " + OneLine.of(written.get(0).getFileName() + " .. "
                    + written.get(written.size() - 1).getFileName()));
            return Cli.OK;
        }
        out.println("deltaflow: wrote " + OneLine.of(target.toString()));
        return Cli.OK;
    }

    /** Every column, forward and reverse, drawn neuron by neuron. */
    static java.util.Map<String, Boolean> everyNeuron(int depth) {
        java.util.Map<String, Boolean> open = new java.util.HashMap<>();
        for (int l = 0; l <= depth; l++) {
            open.put(new DiagramId.Header(DiagramId.Side.FORWARD, l).text(), false);
            if (l >= 1) open.put(new DiagramId.Header(DiagramId.Side.REVERSE, l).text(), false);
        }
        return open;
    }

    static int position(Timeline timeline, String at, int example) throws Cli.UsageException {
        int size = timeline.size();
        var moment = Exports.Moment.byId(at);
        if (moment.isPresent()) return moment.get().position(timeline, example);
        int p;
        try {
            p = Integer.parseInt(at);
        } catch (NumberFormatException e) {
            throw new Cli.UsageException("--at '" + at + "' is neither a step number nor one of start, forward-end, cost-end, backward-end, gradients-end, end");
        }
        if (p < 0 || p > size) throw new Cli.UsageException("--at " + p + " is beyond the timeline: this scenario has steps 0.." + size);
        return p;
    }

    /** The file -o names, refused now if it cannot be written as a file (see {@link AtomicFiles#destination}). */
    private static Path checkedTarget(String output) throws Cli.UsageException {
        Path target;
        try {
            target = Path.of(output).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new Cli.UsageException("-o '" + output + "' is not a file name this system accepts"
                    + (output.chars().allMatch(c -> c < 128) ? "" : " (its encoding " + System.getProperty("sun.jnu.encoding") + " lacks these characters; run with LANG=C.UTF-8)"));
        }
        try {
            AtomicFiles.destination(target);
        } catch (AtomicFiles.RefusedTargetException e) {
            throw new Cli.UsageException("-o " + e.getMessage());
        }
        return target;
    }

    /** The format the file's extension asks for, as the window's export reads it. */
    private static String formatOf(Path target) throws Cli.UsageException {
        if (target == null) throw new Cli.UsageException("-o - writes to standard output: give --format " + Exports.Format.ids("|", true));
        return Exports.Format.byFileName(target.getFileName().toString()).map(Exports.Format::id).orElseThrow(() -> new Cli.UsageException(
                "cannot tell the format from '" + target.getFileName() + "'; add --format " + Exports.Format.ids("|", false)));
    }

    /** The parsed command line. */
    record ExportRequest(String scenario, String output, String format, View view, String at, int example, Set<Shown> values,
                         int digits, double scale, Theme theme, boolean transparent, String title, boolean formula,
                         boolean highlight, double fps, boolean bare, boolean everyNeuron) {

        static ExportRequest parse(String[] args) throws Cli.UsageException {
            String scenario = null, output = null, format = null, at = "end", title = null;
            View view = View.FORWARD;
            Set<Shown> values = EnumSet.allOf(Shown.class);
            int digits = 4, example = 1;
            double scale = 2, fps = deltaflow.diagram.raster.BackwardAnimation.DEFAULT_FPS;
            Theme theme = Theme.LIGHT;
            boolean transparent = false, formula = false, highlight = true, bare = false, everyNeuron = false;
            for (int k = 0; k < args.length; k++) {
                String arg = args[k];
                switch (arg) {
                    case "-o", "--output" -> output = value(args, ++k, arg);
                    case "--format" -> {
                        format = value(args, ++k, arg);
                        if (Exports.Format.byId(format).isEmpty()) throw new Cli.UsageException("unknown format '" + format + "'; use one of " + Exports.Format.ids(", ", false));
                    }
                    case "--view" -> view = choose(View.values(), value(args, ++k, arg), arg, View::id);
                    case "--theme" -> theme = choose(Theme.values(), value(args, ++k, arg), arg, Theme::id);
                    case "--at" -> at = value(args, ++k, arg);
                    case "--example" -> example = integer(value(args, ++k, arg), arg, 1, Integer.MAX_VALUE);
                    case "--values" -> values = values(value(args, ++k, arg));
                    case "--digits" -> digits = integer(value(args, ++k, arg), arg, 1, 17);
                    case "--scale" -> scale = number(value(args, ++k, arg), arg, 1, 4);
                    case "--fps" -> fps = number(value(args, ++k, arg), arg, 0.1, 50);
                    case "--title" -> title = value(args, ++k, arg);
                    case "--transparent" -> transparent = true;
                    case "--formula" -> formula = true;
                    case "--no-highlight" -> highlight = false;
                    case "--bare" -> bare = true;
                    case "--every-neuron" -> everyNeuron = true;
                    default -> {
                        if (arg.startsWith("-")) throw new Cli.UsageException("unknown option '" + arg + "'; see 'deltaflow export --help'");
                        if (scenario != null) throw new Cli.UsageException("one scenario only, but got '" + scenario + "' and '" + arg + "'");
                        scenario = arg;
                    }
                }
            }
            if (scenario == null) throw new Cli.UsageException("export needs a scenario; see 'deltaflow export --help'");
            if (output == null) throw new Cli.UsageException("export needs -o FILE; see 'deltaflow export --help'");
            return new ExportRequest(scenario, output, format, view, at, example, values, digits, scale, theme, transparent, title,
                    formula, highlight, fps, bare, everyNeuron);
        }

        private static String value(String[] args, int k, String option) throws Cli.UsageException {
            if (k >= args.length) throw new Cli.UsageException(option + " needs a value");
            return args[k];
        }

        private static <E> E choose(E[] choices, String text, String option, java.util.function.Function<E, String> id) throws Cli.UsageException {
            for (E e : choices) if (id.apply(e).equals(text)) return e;
            throw new Cli.UsageException(option + " '" + text + "' is not one of "
                    + String.join(", ", java.util.Arrays.stream(choices).map(id).toList()));
        }

        private static Set<Shown> values(String list) throws Cli.UsageException {
            if (list.equals("all")) return EnumSet.allOf(Shown.class);
            Set<Shown> values = EnumSet.noneOf(Shown.class);
            if (list.equals("none")) return values;
            for (String item : list.split(",")) values.add(choose(Shown.values(), item.strip(), "--values", Shown::id));
            return values;
        }

        private static int integer(String text, String option, int min, int max) throws Cli.UsageException {
            try {
                int v = Integer.parseInt(text);
                if (v >= min && v <= max) return v;
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new Cli.UsageException(option + " '" + text + "' must be a whole number " + (max == Integer.MAX_VALUE ? "≥ " + min : "from " + min + " to " + max));
        }

        private static double number(String text, String option, double min, double max) throws Cli.UsageException {
            Double v = deltaflow.model.Numbers.parse(text);
            if (v == null || v < min || v > max) throw new Cli.UsageException(option + " '" + text + "' must be a number from " + min + " to " + max);
            return v;
        }
    }
}
