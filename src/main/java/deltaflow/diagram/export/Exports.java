package deltaflow.diagram.export;

import deltaflow.diagram.Diagram;
import deltaflow.diagram.DiagramBuilder;
import deltaflow.diagram.DiagramOptions;
import deltaflow.diagram.View;
import deltaflow.diagram.raster.BackwardAnimation;
import deltaflow.diagram.raster.Java2DRenderer;
import deltaflow.model.Phase;
import deltaflow.model.Timeline;

import deltaflow.model.MemoryBudget;

import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a diagram to a file in any export format: one place for the command line and the window's
 * Export dialog, so both produce the same files. Every file is written beside its target and moved in; text
 * is streamed as it is produced and frames are encoded one at a time, so memory holds one diagram and one image
 * at most. An image beyond {@link #MAX_PIXELS}, or work that would not fit in the heap, is refused before it starts.
 */
public final class Exports {
    private Exports() {}

    /**
     * The export formats: the one table the window and the command line both read for a format's name, the file
     * extensions that ask for it and whether it can be streamed to standard output.
     */
    public enum Format {
        SVG("svg", "svg"), PNG("png", "png"), TIKZ("tikz", "tex", "tikz"), GIF("gif", "gif"),
        /** Several files named after one .png: out.png → out-001.png, ...; asked for by name, never by extension. */
        PNG_SEQUENCE("png-sequence", "png");

        private final String id;
        private final List<String> extensions;

        Format(String id, String... extensions) {
            this.id = id;
            this.extensions = List.of(extensions);
        }

        public String id() { return id; }

        /** The extension a file of this format gets when its name has none of {@link #extensions()}. */
        public String extension() { return extensions.get(0); }

        /** Every extension that names this format ({@code tex} and {@code tikz} for TikZ), without the dot. */
        public List<String> extensions() { return extensions; }

        /** True for the animated formats, which always show the backward pass through the reverse network. */
        public boolean isAnimation() { return this == GIF || this == PNG_SEQUENCE; }

        /** False for a format that writes several files, which cannot go to standard output. */
        public boolean isOneFile() { return this != PNG_SEQUENCE; }

        /** True when {@code fileName} ends with one of this format's extensions (any case). */
        public boolean named(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            return extensions.stream().anyMatch(e -> lower.endsWith("." + e));
        }

        public static Optional<Format> byId(String id) {
            return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
        }

        /** The format a file name asks for by its extension (.svg, .png, .tex or .tikz, .gif). */
        public static Optional<Format> byFileName(String name) {
            return Arrays.stream(values()).filter(f -> f != PNG_SEQUENCE && f.named(name)).findFirst();
        }

        /** The ids joined by {@code separator}, for messages and usage ({@code svg|png|tikz|gif|png-sequence}). */
        public static String ids(String separator, boolean oneFileOnly) {
            return Arrays.stream(values()).filter(f -> !oneFileOnly || f.isOneFile()).map(Format::id)
                    .collect(java.util.stream.Collectors.joining(separator));
        }
    }

    /** The phase boundaries an export can be drawn at, by the names the command line uses. */
    public enum Moment {
        START("start", null), FORWARD_END("forward-end", Phase.FORWARD), COST_END("cost-end", Phase.COST),
        BACKWARD_END("backward-end", Phase.BACKWARD), GRADIENTS_END("gradients-end", Phase.GRADIENTS), END("end", null);

        private final String id;
        private final Phase phase;

        Moment(String id, Phase phase) {
            this.id = id;
            this.phase = phase;
        }

        public String id() { return id; }

        /** The position of this moment in the timeline, for example r (from 0) where the phase is per example. */
        public int position(Timeline timeline, int example) {
            if (this == START) return 0;
            if (this == END) return timeline.size();
            return timeline.phaseEnd(phase, example);
        }

        public static Optional<Moment> byId(String id) {
            return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
        }
    }

    /**
     * How the chosen format is written.
     *
     * @param transparent no background (SVG, PNG, TikZ, PNG frames)
     * @param bare        TikZ: only the tikzpicture, for \input into a Beamer frame
     * @param framesPerSecond GIF and PNG frames: the frame rate of the animation
     * @param tikzWidthCm TikZ: the picture's width, or 0 for labels of 10 pt like a document's text
     */
    public record Settings(boolean transparent, boolean bare, double framesPerSecond, double tikzWidthCm) {}

    /** An image may have at most this many pixels (256 MB as ARGB): 9,800 × 6,500 ... */
    public static final long MAX_PIXELS = 64_000_000L;
    /** ... and at most this many on a side (GIF's own limit; most viewers give up before). */
    public static final int MAX_SIDE = 65_535;
    /** What a diagram holds per primitive (measured: about 180 bytes on 784-128-64-10), with a margin. */
    static final long BYTES_PER_EDGE = 250;
    static final long BYTES_PER_NEURON = 2_500;

    /**
     * Writes the diagram at {@code position} to {@code target}, through a temporary file beside it; returns the
     * files written (one, or one per frame). Work that would break a limit is refused with a
     * {@link TooLargeException} before anything is drawn or written.
     */
    public static List<Path> write(Format format, Timeline timeline, int position, DiagramOptions options, Settings settings, Path target)
            throws IOException {
        return write(format, timeline, position, options, settings, target, FrameProgress.NONE);
    }

    /** Told of each frame of an animation as it is written: a GIF of a large network takes minutes. */
    @FunctionalInterface
    public interface FrameProgress {
        FrameProgress NONE = (done, total) -> { };

        void framesWritten(int done, int total);
    }

    /** As {@link #write(Format, Timeline, int, DiagramOptions, Settings, Path)}, telling {@code progress} of each frame written. */
    public static List<Path> write(Format format, Timeline timeline, int position, DiagramOptions options, Settings settings, Path target,
                                   FrameProgress progress) throws IOException {
        if (format == Format.PNG_SEQUENCE) return writeSequence(timeline, options, settings, target, progress);
        AtomicFiles.destination(target); // refuses a device, a FIFO or a read-only file before any work
        Sink sink = sink(format, timeline, position, options, settings, progress);
        AtomicFiles.write(target, sink::writeTo);
        return List.of(target);
    }

    /** Writes the diagram to a stream, such as standard output for {@code -o -}; not for {@link Format#PNG_SEQUENCE}. */
    public static void write(Format format, Timeline timeline, int position, DiagramOptions options, Settings settings, OutputStream out)
            throws IOException {
        if (format == Format.PNG_SEQUENCE) throw new IllegalArgumentException("a png-sequence is several files");
        sink(format, timeline, position, options, settings, FrameProgress.NONE).writeTo(out);
    }

    /** The work of one format, checked against the limits and ready to write; nothing is drawn until it writes. */
    private static Sink sink(Format format, Timeline timeline, int position, DiagramOptions options, Settings settings, FrameProgress progress)
            throws TooLargeException {
        DiagramOptions drawn = format.isAnimation() ? options.withView(View.REVERSE) : options;
        checkDiagramMemory(timeline, drawn);
        return switch (format) {
            case SVG -> {
                Diagram diagram = DiagramBuilder.build(timeline, position, drawn);
                yield out -> streamText(out, writer -> new SvgWriter(settings.transparent()).write(diagram, writer));
            }
            case TIKZ -> {
                Diagram diagram = DiagramBuilder.build(timeline, position, drawn);
                double widthCm = settings.tikzWidthCm() > 0 ? settings.tikzWidthCm() : naturalWidthCm(diagram, options.scale());
                yield out -> streamText(out, writer -> new TikzWriter(settings.bare(), settings.transparent(), widthCm).write(diagram, writer));
            }
            case PNG -> {
                checkColumns(timeline, drawn, "a PNG");
                Diagram diagram = DiagramBuilder.build(timeline, position, drawn);
                checkImage(diagram, "a PNG", 1);
                yield out -> writePng(Java2DRenderer.render(diagram, 1, settings.transparent()), out);
            }
            case GIF -> {
                checkColumns(timeline, drawn, "a GIF");
                checkImage(firstFrame(timeline, drawn), "a GIF frame", 3);
                int total = BackwardAnimation.count(timeline, drawn, settings.framesPerSecond());
                yield out -> BackwardAnimation.writeGif(counted(BackwardAnimation.frames(timeline, drawn, false, settings.framesPerSecond()), total, progress),
                        settings.framesPerSecond(), out);
            }
            case PNG_SEQUENCE -> throw new IllegalArgumentException("a png-sequence is several files");
        };
    }

    /** The animation's first picture, whose size every frame has: to check the pixel budget before drawing any. */
    private static Diagram firstFrame(Timeline timeline, DiagramOptions drawn) {
        int example = Math.max(0, drawn.example());
        return DiagramBuilder.build(timeline, timeline.phaseStart(Phase.BACKWARD, example), drawn.withExample(example));
    }

    /**
     * The GIF's frames at the same rate as numbered PNGs (a held picture repeated, so the files play at fps as
     * they are), all or none: written beside their targets, moved in together, and frames left from a longer
     * earlier run removed.
     */
    private static List<Path> writeSequence(Timeline timeline, DiagramOptions options, Settings settings, Path target, FrameProgress progress)
            throws IOException {
        DiagramOptions drawn = options.withView(View.REVERSE);
        checkDiagramMemory(timeline, drawn);
        checkColumns(timeline, drawn, "a PNG frame");
        checkImage(firstFrame(timeline, drawn), "a PNG frame", 1);
        int total = BackwardAnimation.count(timeline, drawn, settings.framesPerSecond());
        List<Path> written = new ArrayList<>();
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            var frames = counted(BackwardAnimation.frames(timeline, drawn, settings.transparent(), settings.framesPerSecond()), total, progress);
            while (frames.hasNext()) {
                BackwardAnimation.Frame frame = frames.next();
                for (int tick = 0; tick < frame.ticks(); tick++) {
                    Path file = sequenceFile(target, written.size() + 1);
                    batch.write(file, out -> writePng(frame.image(), out));
                    written.add(file);
                }
            }
            batch.commit();
        }
        removeStaleFrames(target, written.size());
        return written;
    }

    /** The frames, telling {@code progress} as each is taken (the one before it has been written by then). */
    private static <T> Iterator<T> counted(Iterator<T> frames, int total, FrameProgress progress) {
        return new Iterator<>() {
            private int taken;

            @Override public boolean hasNext() { return frames.hasNext(); }

            @Override public T next() {
                progress.framesWritten(taken, total);
                taken++;
                return frames.next();
            }
        };
    }

    /** Frames numbered beyond {@code count} that an earlier, longer export left: they are not part of this sequence. */
    private static void removeStaleFrames(Path target, int count) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        for (int k = count + 1; ; k++) {
            Path stale = directory.resolve(sequenceFile(target, k).getFileName());
            if (!Files.isRegularFile(stale, java.nio.file.LinkOption.NOFOLLOW_LINKS)) break;
            Files.delete(stale);
        }
    }

    /**
     * A PNG through a stream cached in memory: {@code ImageIO.write(image, "png", out)} caches in a file of the
     * system's temporary directory, which is left there when the program is stopped.
     */
    static void writePng(BufferedImage image, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(image);
        } finally {
            writer.dispose();
        }
    }

    /** One file's content, written when asked. */
    @FunctionalInterface
    private interface Sink {
        void writeTo(OutputStream out) throws IOException;
    }

    interface TextContent {
        void writeTo(Writer writer) throws IOException;
    }

    /** Text as it is produced, through a buffer: a 10^7-edge SVG is never one string. */
    static void streamText(OutputStream out, TextContent content) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        content.writeTo(writer);
        writer.flush();
    }

    /** A column of neurons is at least this wide per unit of scale (measured: 300 on a network of 1,000 layers). */
    static final int MIN_COLUMN_PIXELS = 150;

    /**
     * Refuses, before the diagram is even built, an image whose columns alone would be wider than
     * {@link #MAX_SIDE}: a network of 99,999 layers would otherwise take minutes to lay out only to be refused.
     */
    static void checkColumns(Timeline timeline, DiagramOptions options, String what) throws TooLargeException {
        long columns = (timeline.trace().network().depth() + 1L) * (options.view() == View.BOTH ? 2 : 1);
        long width = columns * MIN_COLUMN_PIXELS * (long) Math.ceil(options.scale());
        if (width > MAX_SIDE) {
            throw new TooLargeException(String.format(Locale.ROOT,
                    "%s of %,d columns would be more than %,d pixels wide, beyond the limit of %,d on a side; draw it as SVG, which has no such limit",
                    what, columns, width, MAX_SIDE));
        }
    }

    /**
     * Refuses an image over the pixel budget, or one that would not fit in the heap ({@code copies} images of
     * its size at a time: the GIF writer holds a frame and its palette image), before anything is drawn.
     */
    public static void checkImage(Diagram diagram, String what, int copies) throws TooLargeException {
        checkPixels((long) Math.ceil(diagram.width()), (long) Math.ceil(diagram.height()), what, copies);
    }

    /** As {@link #checkImage}, for an image of w × h pixels (a diagram drawn at another scale than a pixel a unit). */
    public static void checkPixels(long w, long h, String what, int copies) throws TooLargeException {
        long pixels = w * h;
        if (pixels > MAX_PIXELS || w > MAX_SIDE || h > MAX_SIDE) {
            throw new TooLargeException(String.format(Locale.ROOT,
                    "%s of %,d × %,d pixels is beyond the limit of %,d million pixels and %,d on a side; draw it smaller (scale 1) or as SVG, which has no such limit",
                    what, w, h, MAX_PIXELS / 1_000_000, MAX_SIDE));
        }
        long needed = pixels * 4 * copies + (32L << 20);
        if (!MemoryBudget.fits(needed)) {
            throw new TooLargeException(String.format(Locale.ROOT, "%s of %,d × %,d pixels needs about %s of memory, more than the %s this Java has left; "
                    + "run with more (JAVA_TOOL_OPTIONS=-Xmx8g), draw it smaller (scale 1) or as SVG", what, w, h, MemoryBudget.megabytes(needed),
                    MemoryBudget.megabytes(MemoryBudget.available())));
        }
    }

    /** Refuses, before it is built, a diagram whose primitives would not fit in the heap (an edge each weight, per view). */
    static void checkDiagramMemory(Timeline timeline, DiagramOptions options) throws TooLargeException {
        var network = timeline.trace().network();
        long weights = 0, neurons = network.inputs();
        for (int l = 1; l <= network.depth(); l++) {
            weights += (long) network.size(l) * network.size(l - 1);
            neurons += network.size(l);
        }
        int views = options.view() == View.BOTH ? 2 : 1;
        long needed = views * (weights * BYTES_PER_EDGE + neurons * BYTES_PER_NEURON) + (32L << 20);
        if (!MemoryBudget.fits(needed)) {
            throw new TooLargeException(String.format(Locale.ROOT, "the diagram of %,d weights and %,d neurons needs about %s of memory, more than the %s "
                    + "this Java has left; run with more (JAVA_TOOL_OPTIONS=-Xmx8g) or draw one view (forward or reverse)", weights, neurons,
                    MemoryBudget.megabytes(needed), MemoryBudget.megabytes(MemoryBudget.available())));
        }
    }

    /**
     * As wide as it takes for labels of 10 pt, like a document's text, whatever the view (a wide BOTH view
     * makes a wide page that scales down cleanly).
     */
    private static double naturalWidthCm(Diagram diagram, double scale) {
        double pointsPerUnit = 10 / (12 * scale);
        return diagram.width() * pointsPerUnit / 72.27 * 2.54;
    }

    /** The SVG text of the diagram, for the clipboard (files are streamed). */
    public static String svg(Timeline timeline, int position, DiagramOptions options, boolean transparent) {
        return new SvgWriter(transparent).write(DiagramBuilder.build(timeline, position, options));
    }

    /** The PNG image of the diagram, one pixel per layout unit (the options' scale sets the size). */
    public static BufferedImage png(Timeline timeline, int position, DiagramOptions options, boolean transparent) {
        Diagram diagram = DiagramBuilder.build(timeline, position, options);
        return Java2DRenderer.render(diagram, 1, transparent);
    }

    /** out.png → out-001.png: numbered so that a file listing sorts them in order. */
    public static Path sequenceFile(Path target, int frame) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return target.resolveSibling(String.format(Locale.ROOT, "%s-%03d.png", stem, frame));
    }

}
