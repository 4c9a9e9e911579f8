package deltaflow.diagram.export;

import deltaflow.diagram.Diagram;
import deltaflow.diagram.DiagramBuilder;
import deltaflow.diagram.DiagramOptions;
import deltaflow.diagram.raster.BackwardAnimation;
import deltaflow.diagram.raster.Java2DRenderer;
import deltaflow.model.Phase;
import deltaflow.model.Timeline;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a diagram to a file in any export format: one place for the command line and the window's
 * Export dialog, so both produce the same files. Every file is written beside its target and moved in.
 */
public final class Exports {
    private Exports() {}

    /** The export formats, with the name used on the command line and the file extension they take. */
    public enum Format {
        SVG("svg", "svg"), PNG("png", "png"), TIKZ("tikz", "tex"), GIF("gif", "gif"), PNG_SEQUENCE("png-sequence", "png");

        private final String id;
        private final String extension;

        Format(String id, String extension) {
            this.id = id;
            this.extension = extension;
        }

        public String id() { return id; }

        public String extension() { return extension; }

        /** True for the animated formats, which always show the backward pass through the reverse network. */
        public boolean isAnimation() { return this == GIF || this == PNG_SEQUENCE; }

        public static Optional<Format> byId(String id) {
            return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
        }

        /** The format a file name asks for by its extension (.svg, .png, .tex or .tikz, .gif). */
        public static Optional<Format> byFileName(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".tikz")) return Optional.of(TIKZ);
            return Arrays.stream(new Format[] {SVG, PNG, TIKZ, GIF}).filter(f -> lower.endsWith("." + f.extension)).findFirst();
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

    /** Writes the diagram at {@code position}; returns the files written (one, or one per frame). */
    public static List<Path> write(Format format, Timeline timeline, int position, DiagramOptions options, Settings settings, Path target)
            throws IOException {
        switch (format) {
            case SVG -> writeText(target, svg(timeline, position, options, settings.transparent()));
            case TIKZ -> {
                Diagram diagram = DiagramBuilder.build(timeline, position, options);
                double widthCm = settings.tikzWidthCm() > 0 ? settings.tikzWidthCm() : naturalWidthCm(diagram, options.scale());
                writeText(target, new TikzWriter(settings.bare(), settings.transparent(), widthCm).write(diagram));
            }
            case PNG -> {
                BufferedImage image = png(timeline, position, options, settings.transparent());
                AtomicFiles.write(target, out -> ImageIO.write(image, "png", out));
            }
            case GIF -> {
                var frames = BackwardAnimation.frames(timeline, options, false, settings.framesPerSecond());
                AtomicFiles.write(target, out -> BackwardAnimation.writeGif(frames, settings.framesPerSecond(), out));
            }
            case PNG_SEQUENCE -> {
                // The GIF's frames at the same rate; a held picture is repeated, so the files play at fps as they are.
                var frames = BackwardAnimation.frames(timeline, options, settings.transparent(), settings.framesPerSecond());
                List<Path> written = new ArrayList<>();
                while (frames.hasNext()) {
                    BackwardAnimation.Frame frame = frames.next();
                    for (int tick = 0; tick < frame.ticks(); tick++) {
                        Path file = sequenceFile(target, written.size() + 1);
                        AtomicFiles.write(file, out -> ImageIO.write(frame.image(), "png", out));
                        written.add(file);
                    }
                }
                return written;
            }
        }
        return List.of(target);
    }

    /**
     * As wide as it takes for labels of 10 pt, like a document's text, whatever the view (a wide BOTH view
     * makes a wide page that scales down cleanly).
     */
    private static double naturalWidthCm(Diagram diagram, double scale) {
        double pointsPerUnit = 10 / (12 * scale);
        return diagram.width() * pointsPerUnit / 72.27 * 2.54;
    }

    /** The SVG text of the diagram, as written to a file or put on the clipboard. */
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

    private static void writeText(Path target, String text) throws IOException {
        AtomicFiles.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
