package deltaflow.cli;

import deltaflow.diagram.export.AtomicFiles;
import deltaflow.diagram.export.BoundaryPlot;
import deltaflow.diagram.export.Exports;
import deltaflow.diagram.export.TooLargeException;
import deltaflow.diagram.export.TrainingExports;
import deltaflow.diagram.Theme;
import deltaflow.diagram.train.BatchCosts;
import deltaflow.diagram.train.PictureOptions;
import deltaflow.diagram.train.TrainingFilm;
import deltaflow.diagram.train.TrainingPicture;
import deltaflow.diagram.train.TrainingSnapshot;
import deltaflow.model.Activation;
import deltaflow.model.Network;
import deltaflow.model.Numbers;
import deltaflow.model.Regularization;
import deltaflow.model.Scenario;
import deltaflow.model.ScenarioException;
import deltaflow.model.ScenarioFormat;
import deltaflow.model.Scenarios;
import deltaflow.model.data.DataSet;
import deltaflow.model.data.Feature;
import deltaflow.model.data.Generator;
import deltaflow.model.train.DataSpec;
import deltaflow.model.train.EpochRecord;
import deltaflow.model.train.Grid;
import deltaflow.model.train.GridOutputs;
import deltaflow.model.train.Initializer;
import deltaflow.model.train.Training;
import deltaflow.model.train.TrainingFields;
import deltaflow.model.train.TrainingSettings;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code deltaflow train SCENARIO ...}: trains a network on a data set without a window and writes the
 * trained scenario (which opens in the window, and trains on here, at the epoch reached), the loss history as CSV and a PNG of the
 * decision boundary. Every mistake in the options or the data is found before training starts; the files
 * are written all together or not at all (Ctrl-C included).
 */
final class TrainCommand {
    static final String USAGE = """
            usage: deltaflow train SCENARIO -o TRAINED.json [options]
            Trains SCENARIO's network (or a new one, see --hidden) on a data set and writes the trained scenario.
              -o, --output FILE      the trained scenario; it opens in the window at the epoch reached
              --data D               spiral, circle, xor, gauss, plane, multi-gauss, digits or FILE.csv
                                       (default: the scenario's "data", else circle)
              --points N             points to generate (default 500 to classify, 1200 to regress)
              --noise N              noise in percent, 0 to 50 (default 0)
              --train P              percent of the data to train on, the rest to test (default 50; digits 1400 of 1797)
              --features LIST        inputs of a 2-D data set: x1,x2,x1^2,x2^2,x1x2,sinx1,sinx2 (default x1,x2)
              --inputs LIST          CSV: the input columns (default all but the target)
              --target COLUMN        CSV: the target column (default the last)
              --hidden LIST          sizes of the hidden layers, e.g. 8,8, or none (default 4,2); builds a new network
              --activation A         of the hidden layers: tanh, sigmoid, relu, ... (default tanh)
              --lr RATE              learning rate η (default 0.03, or the scenario's when its network is trained on)
              --batch N              mini-batch size, 1 to the training set's size (default 10)
              --regularization R     none, l1 or l2 (default none)
              --rate λ               regularization rate (default 0)
              --epochs N             epochs to train (default 100); a trained scenario trains on from the
                                       epoch it was saved at (its "training" "epochs")
              --seed S               seed of the data, the initial weights and the shuffle (default 1)
              --history FILE.csv     the losses (and accuracy) after every epoch
              --plot FILE.png        the decision boundary with the points (2-D data only)
              --picture FILE         the training picture at the end: network with neuron heatmaps, the plane
                                       (or digit images and confusion matrix), loss curves; .svg, .png or .tex
              --gif FILE.gif         the training picture every --every epochs, as an animation for slides
              --every N              epochs between the GIF's frames (default: epochs/100, at least 1)
              --theme T              of --picture and --gif: light, dark, high-contrast or colorblind (default light)
            The scenario's network is trained on when it fits the data and no --hidden or --activation is given.
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;

    TrainCommand(PrintStream out, PrintStream err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    int run(String[] args) throws Cli.UsageException, ScenarioException, IOException {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.print(USAGE);
            return Cli.OK;
        }
        System.setProperty("java.awt.headless", "true");
        Request request = Request.parse(args);
        Scenario scenario = Scenarios.resolve(request.scenario);
        Path scenarioFile = Files.isRegularFile(Path.of(request.scenario)) ? Path.of(request.scenario) : null;
        TrainingFields fields = TrainingFields.of(scenario); // a CSV path in it already resolved against the scenario's folder
        long seed = request.seed != null ? request.seed : fields.seed() != null ? fields.seed() : 1;

        DataSpec spec = dataSpec(request, fields.data(), seed);
        Path base = request.data != null || scenarioFile == null ? null : scenarioFile.toAbsolutePath().getParent();
        DataSet data;
        try {
            data = spec.load(base);
        } catch (ScenarioException e) {
            // A mistake in the scenario's own "data" field is named by the file it is in.
            throw request.data == null && scenarioFile != null && e.location().startsWith("data.") ? e.at(scenarioFile + ": " + e.location()) : e;
        }
        Path output = checkedTarget(request.output, "-o");
        Path history = request.history == null ? null : checkedTarget(request.history, "--history");
        Path plot = request.plot == null ? null : checkedTarget(request.plot, "--plot");
        if (plot != null && !data.isPlanar()) {
            throw new Cli.UsageException("--plot draws the plane of a 2-D data set; " + data.name() + " has " + data.inputs() + " inputs");
        }
        Path picture = request.picture == null ? null : checkedTarget(request.picture, "--picture");
        Path gif = request.gif == null ? null : checkedTarget(request.gif, "--gif");

        Network network = network(request, scenario, data, seed);
        boolean reused = network == scenario.network();
        double eta = request.lr != null ? request.lr : reused ? scenario.learningRate() : 0.03;
        if (!(eta > 0)) throw new Cli.UsageException("the learning rate must be positive, not " + eta);
        int batch = request.batch != null ? request.batch : fields.batchSize() != null ? fields.batchSize() : 10;
        if (batch > data.train().size()) {
            throw new Cli.UsageException("--batch " + batch + " is more than the " + data.train().size() + " training examples");
        }
        Regularization regularization = request.regularization != null ? request.regularization
                : fields.regularization() != null ? fields.regularization() : Regularization.NONE;
        double rate = request.rate != null ? request.rate : fields.regularizationRate() != null ? fields.regularizationRate() : 0;
        int epochs = request.epochs != null ? request.epochs : 100;
        // A trained scenario trains on at the epoch it was saved at — its network, data and seed unchanged — so that
        // its shuffles are those of epochs N + 1, N + 2, …: N and then M epochs are N + M straight, bit for bit.
        int first = reused && fields.epochs() != null && spec.equals(fields.data()) ? fields.epochs() : 0;
        TrainingSettings settings = new TrainingSettings(eta, batch, regularization, rate, reused ? scenario.trainBiases() : true, seed);

        int every = request.every != null ? request.every : Math.max(1, (epochs + 99) / 100);
        if (gif != null && TrainingFilm.frames(epochs, every) > TrainingFilm.MAX_FRAMES) {
            throw new TooLargeException("--gif: " + TrainingExports.tooManyFrames(TrainingFilm.frames(epochs, every)));
        }

        Training training = new Training(data, network, settings, first);
        // Ctrl-C while training ends the JVM with 130 before anything is written; while writing, AtomicFiles'
        // hook deletes the temporary files, and the targets are moved into place only once all are written.
        EpochProgress progress = new EpochProgress(err, terminal, first, epochs);
        BatchCosts.Log costs = new BatchCosts.Log();
        for (int e = 0; e < epochs; e++) {
            int target = training.epoch() + 1;
            while (training.epoch() < target) {
                training.step();
                costs.recordLastUpdate(training);
            }
            progress.show(training.history().last());
        }
        progress.clear();
        TrainingFields trainedWith = TrainingFields.of(spec, settings, training.epoch()).resolvedAgainst(base != null ? base : Path.of("").toAbsolutePath());
        Pictures pictures = new Pictures(picture, gif, every, request.theme != null ? request.theme : Theme.LIGHT, costs.snapshot());
        write(output, history, plot, pictures, training, trainedWith);
        EpochRecord last = training.history().last();
        String trained = first == 0 ? training.epoch() + " epochs" : epochs + " more epochs (" + (first + 1) + " to " + training.epoch() + ")";
        out.println("deltaflow: trained " + trained + ", train loss " + Numbers.format(last.trainLoss(), 4)
                + ", test loss " + Numbers.format(last.testLoss(), 4)
                + (Double.isNaN(last.testAccuracy()) ? "" : ", test accuracy " + Numbers.format(100 * last.testAccuracy(), 3) + " %")
                + "; wrote " + output);
        return Cli.OK;
    }

    private static DataSpec dataSpec(Request r, DataSpec fromFile, long seed) throws Cli.UsageException {
        DataSpec base = r.data != null ? DataSpec.of(r.data, seed) : fromFile != null ? fromFile : DataSpec.of("circle", seed);
        if (r.data != null && !base.isGenerator() && !base.isDigits() && !r.data.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new Cli.UsageException("--data '" + r.data + "' is neither one of " + Generator.knownIds() + ", digits nor a .csv file");
        }
        if (!base.isGenerator() && (r.points != null || r.noise != null || r.features != null)) {
            throw new Cli.UsageException("--points, --noise and --features apply to generated 2-D data, not " + base.source());
        }
        if (!base.isCsv() && (r.inputs != null || r.target != null)) {
            throw new Cli.UsageException("--inputs and --target name columns of a CSV file, not of " + base.source());
        }
        return new DataSpec(base.source(), r.points != null ? r.points : base.points(), r.noise != null ? r.noise : base.noisePercent(),
                r.train != null ? r.train : base.trainPercent(), r.data != null || r.seed != null ? seed : base.seed(),
                r.features != null ? r.features : base.features(), r.inputs != null ? r.inputs : base.inputColumns(),
                r.target != null ? r.target : base.targetColumn());
    }

    /** The scenario's network if it fits the data and nothing asks for another; else a new one from the seed. */
    private static Network network(Request r, Scenario scenario, DataSet data, long seed) {
        Network given = scenario.network();
        Activation output = Training.outputFor(data.task());
        boolean fits = given.inputs() == data.inputs() && given.outputs() == data.outputs()
                && given.layer(given.depth()).activation() == output && scenario.cost() == Training.costFor(data.task());
        if (fits && r.hidden == null && r.activation == null) return given;
        int[] hidden = r.hidden != null ? r.hidden : new int[] {4, 2};
        int[] sizes = new int[hidden.length + 2];
        sizes[0] = data.inputs();
        System.arraycopy(hidden, 0, sizes, 1, hidden.length);
        sizes[sizes.length - 1] = data.outputs();
        return Initializer.network(sizes, r.activation != null ? r.activation : Activation.TANH, output, seed);
    }

    /** The training picture's files asked for (null where not), with the batch costs training logged. */
    private record Pictures(Path picture, Path gif, int every, Theme theme, BatchCosts costs) {}

    /** The still picture drawn 1920 × 1080 (1.2 pixels a unit), the GIF's frames 1280 × 720. */
    static final double PICTURE_PIXELS = 1.2, GIF_PIXELS = 0.8;

    private void write(Path output, Path history, Path plot, Pictures pictures, Training training, TrainingFields trainedWith) throws IOException {
        TrainingSettings settings = training.settings();
        Network trained = training.network();
        Scenario next = training.nextUpdate();
        EpochRecord last = training.history().last();
        String title = training.data().name() + ", " + shape(trained) + ", after " + training.epoch() + " epochs";
        String description = "Trained by deltaflow train: test loss " + Numbers.format(last.testLoss(), 4)
                + ". The examples are the mini-batch of the next update.";
        Scenario scenario = new Scenario(title, description, trained, training.cost(), next.examples(), settings.learningRate(),
                settings.trainBiases(), trainedWith.section(), next.inputNames());
        StringWriter text = new StringWriter();
        ScenarioFormat.write(Scenarios.withDataFor(scenario, output), text);
        String json = text + "\n";
        java.awt.image.BufferedImage image = null;
        if (plot != null) {
            GridOutputs grid = new GridOutputs(Grid.DEFAULT, training.data().features(), trained);
            double[][][] outputs = new double[trained.depth() + 1][][];
            outputs[trained.depth()] = new double[1][Grid.DEFAULT.points()];
            grid.compute(trained, outputs);
            image = BoundaryPlot.render(Grid.DEFAULT, outputs[trained.depth()][0], training.data().trainPoints(), training.data().testPoints(), 600);
        }
        PictureOptions look = PictureOptions.defaults().withTheme(pictures.theme());
        AtomicFiles.Content still = null, film = null;
        if (pictures.picture() != null) {
            Exports.Format format = Exports.Format.byFileName(pictures.picture().toString()).orElseThrow();
            TrainingSnapshot now = TrainingSnapshot.compute(training, pictures.costs(), TrainingSnapshot.Detail.DEFAULT);
            still = TrainingExports.picture(format, TrainingPicture.build(now, look), PICTURE_PIXELS, false);
        }
        Progress frames = Progress.NONE;
        if (pictures.gif() != null) {
            TrainingFilm moments = TrainingFilm.of(training, pictures.every(), pictures.costs());
            if (terminal) frames = new Progress(err, "train: GIF frames", moments.size());
            Progress shown = frames;
            film = TrainingExports.gif(moments, look, GIF_PIXELS, (done, total) -> shown.at(done));
        }
        // All files or none: each is written beside its target, and all are moved into place together.
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            if (history != null) batch.write(history, TrainingExports.csv(training.history().records()));
            if (still != null) batch.write(pictures.picture(), still);
            if (film != null) batch.write(pictures.gif(), film);
            frames.done();
            if (image != null) batch.write(plot, BoundaryPlot.png(image));
            batch.write(output, o -> o.write(json.getBytes(StandardCharsets.UTF_8)));
            batch.commit();
        }
    }

    private static String shape(Network network) {
        StringBuilder s = new StringBuilder().append(network.inputs());
        for (int l = 1; l <= network.depth(); l++) s.append('-').append(network.size(l));
        return s.toString();
    }

    /** The target as AtomicFiles will write it; a path that cannot be written is refused now, before training. */
    private static Path checkedTarget(String name, String option) throws Cli.UsageException, AtomicFiles.RefusedTargetException {
        try {
            return AtomicFiles.destination(Path.of(name).toAbsolutePath());
        } catch (InvalidPathException e) {
            throw new Cli.UsageException(option + " '" + name + "' is not a valid path");
        } catch (AtomicFiles.RefusedTargetException e) {
            throw new AtomicFiles.RefusedTargetException(option + " " + e.getMessage());
        }
    }

    /**
     * One line on a terminal, rewritten at most ten times a second: epoch, losses, epochs per second. Epochs are
     * counted as the file counts them: a scenario saved after 300 shows 301/400 … 400/400 for 100 more.
     */
    static final class EpochProgress {
        private final PrintStream err;
        private final boolean on;
        private final int first, epochs;
        private final long start = System.nanoTime();
        private long shown;

        EpochProgress(PrintStream err, boolean on, int first, int epochs) {
            this.err = err;
            this.on = on;
            this.first = first;
            this.epochs = epochs;
        }

        void show(EpochRecord r) {
            if (!on) return;
            long now = System.nanoTime();
            int done = r.epoch() - first;
            if (now - shown < 100_000_000L && done < epochs) return;
            shown = now;
            int width = 24, filled = (int) ((long) width * done / Math.max(1, epochs));
            double rate = done / Math.max(1e-9, (now - start) / 1e9);
            err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] epoch " + r.epoch() + "/" + (first + epochs)
                    + "  train " + Numbers.format(r.trainLoss(), 4) + "  test " + Numbers.format(r.testLoss(), 4)
                    + "  " + Math.round(rate) + " epochs/s   ");
            err.flush();
        }

        void clear() {
            if (on) err.print("\r" + " ".repeat(100) + "\r");
        }
    }

    /** The parsed command line; null where an option was not given. */
    static final class Request {
        String scenario, output, data, history, plot, target, picture, gif;
        Integer points, batch, epochs, every;
        Theme theme;
        Double noise, train, lr, rate;
        Long seed;
        Set<Feature> features;
        List<String> inputs;
        int[] hidden;
        Activation activation;
        Regularization regularization;

        static Request parse(String[] args) throws Cli.UsageException {
            Request r = new Request();
            for (int k = 0; k < args.length; k++) {
                String arg = args[k];
                switch (arg) {
                    case "-o", "--output" -> r.output = value(args, ++k, arg);
                    case "--data" -> r.data = value(args, ++k, arg);
                    case "--points" -> r.points = (int) whole(value(args, ++k, arg), arg, 2, ScenarioFormat.MAX_EXAMPLES);
                    case "--noise" -> r.noise = number(value(args, ++k, arg), arg, 0, 50);
                    case "--train" -> {
                        r.train = number(value(args, ++k, arg), arg, 0, 100);
                        if (r.train == 0 || r.train == 100) throw new Cli.UsageException("--train must be more than 0 and less than 100 (percent)");
                    }
                    case "--features" -> r.features = features(value(args, ++k, arg));
                    case "--inputs" -> r.inputs = List.of(value(args, ++k, arg).split(","));
                    case "--target" -> r.target = value(args, ++k, arg);
                    case "--hidden" -> r.hidden = hidden(value(args, ++k, arg));
                    case "--activation" -> {
                        String id = value(args, ++k, arg);
                        r.activation = Activation.byId(id).filter(a -> a != Activation.SOFTMAX).orElseThrow(() -> new Cli.UsageException(
                                "--activation '" + id + "' is not one of " + Activation.knownIds().replace(", softmax", "")));
                    }
                    case "--lr" -> r.lr = number(value(args, ++k, arg), arg, Double.MIN_VALUE, 1e6);
                    case "--batch" -> r.batch = (int) whole(value(args, ++k, arg), arg, 1, ScenarioFormat.MAX_EXAMPLES);
                    case "--regularization" -> {
                        String id = value(args, ++k, arg);
                        r.regularization = Regularization.byId(id).orElseThrow(() -> new Cli.UsageException(
                                "--regularization '" + id + "' is not one of " + Regularization.knownIds()));
                    }
                    case "--rate" -> r.rate = number(value(args, ++k, arg), arg, 0, 1e6);
                    case "--epochs" -> r.epochs = (int) whole(value(args, ++k, arg), arg, 0, 10_000_000);
                    case "--seed" -> r.seed = whole(value(args, ++k, arg), arg, 0, Long.MAX_VALUE);
                    case "--history" -> r.history = value(args, ++k, arg);
                    case "--plot" -> r.plot = value(args, ++k, arg);
                    case "--picture" -> {
                        r.picture = value(args, ++k, arg);
                        var format = Exports.Format.byFileName(r.picture);
                        if (format.isEmpty() || !TrainingExports.isPictureFormat(format.get())) {
                            throw new Cli.UsageException("--picture '" + r.picture + "' must name a .svg, .png or .tex file"
                                    + (format.isPresent() && format.get() == Exports.Format.GIF ? "; for an animation use --gif" : ""));
                        }
                    }
                    case "--gif" -> {
                        r.gif = value(args, ++k, arg);
                        if (!r.gif.toLowerCase(Locale.ROOT).endsWith(".gif")) throw new Cli.UsageException("--gif '" + r.gif + "' must name a .gif file");
                    }
                    case "--every" -> r.every = (int) whole(value(args, ++k, arg), arg, 1, 10_000_000);
                    case "--theme" -> {
                        String id = value(args, ++k, arg);
                        r.theme = java.util.Arrays.stream(Theme.values()).filter(t -> t.id().equals(id)).findFirst().orElseThrow(() -> new Cli.UsageException(
                                "--theme '" + id + "' is not one of light, dark, high-contrast, colorblind"));
                    }
                    default -> {
                        if (arg.startsWith("-")) throw new Cli.UsageException("unknown option '" + arg + "'; see 'deltaflow train --help'");
                        if (r.scenario != null) throw new Cli.UsageException("one scenario only, but got '" + r.scenario + "' and '" + arg + "'");
                        r.scenario = arg;
                    }
                }
            }
            if (r.scenario == null) throw new Cli.UsageException("train needs a scenario; see 'deltaflow train --help'");
            if (r.output == null) throw new Cli.UsageException("train needs -o FILE for the trained scenario; see 'deltaflow train --help'");
            if (r.every != null && r.gif == null) throw new Cli.UsageException("--every sets the frames of --gif; give --gif FILE.gif too");
            if (r.theme != null && r.picture == null && r.gif == null) {
                throw new Cli.UsageException("--theme colours --picture and --gif; give one of them too");
            }
            return r;
        }

        private static String value(String[] args, int k, String option) throws Cli.UsageException {
            if (k >= args.length) throw new Cli.UsageException(option + " needs a value");
            return args[k];
        }

        private static double number(String text, String option, double min, double max) throws Cli.UsageException {
            Double v = Numbers.parse(text);
            if (v == null || v < min || v > max) {
                throw new Cli.UsageException(option + " '" + text + "' must be a number from " + (min == Double.MIN_VALUE ? "above 0" : plain(min)) + " to " + plain(max));
            }
            return v;
        }

        private static long whole(String text, String option, long min, long max) throws Cli.UsageException {
            try {
                long v = Long.parseLong(text.strip());
                if (v >= min && v <= max) return v;
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new Cli.UsageException(option + " '" + text + "' must be a whole number from " + min + " to " + max);
        }

        private static String plain(double v) { return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v); }

        private static Set<Feature> features(String list) throws Cli.UsageException {
            Set<Feature> features = EnumSet.noneOf(Feature.class);
            for (String id : list.split(",")) {
                features.add(Feature.byId(id.strip()).orElseThrow(() -> new Cli.UsageException(
                        "--features: '" + id.strip() + "' is not one of " + Feature.knownIds())));
            }
            return features;
        }

        private static int[] hidden(String list) throws Cli.UsageException {
            if (list.equals("none")) return new int[0];
            List<Integer> sizes = new ArrayList<>();
            for (String size : list.split(",")) sizes.add((int) whole(size, "--hidden", 1, 10_000));
            if (sizes.size() > 100) throw new Cli.UsageException("--hidden: at most 100 hidden layers");
            return sizes.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
