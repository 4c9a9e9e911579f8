package deltaflow.diagram.raster;

import deltaflow.diagram.BackwardFlow;
import deltaflow.diagram.Diagram;
import deltaflow.diagram.DiagramBuilder;
import deltaflow.diagram.DiagramOptions;
import deltaflow.diagram.PulseTimeline;
import deltaflow.diagram.View;
import deltaflow.model.Phase;
import deltaflow.model.Step;
import deltaflow.model.StepKind;
import deltaflow.model.Timeline;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The animation the window plays for one example's backward pass, as frames: the reverse network before any δ,
 * then layer by layer from the output back the pulses of {@link PulseTimeline} (w·δ leaving δ^{l+1} along W^T,
 * meeting at the amplifier, leaving scaled by σ'(z)) over the diagram of that layer's step, each landed layer
 * held still for a moment. Frames are rendered one at a time as they are asked for, so a writer can stream them.
 */
public final class BackwardAnimation {
    /** The frame rate unless asked otherwise. */
    public static final double DEFAULT_FPS = 12;
    /** How long a layer of δ takes: the window's slow motion, less its pause, so a hall can follow it. */
    public static final double STAGE_SECONDS = 1.5;
    /** How long a landed layer, and the start, stay still. */
    public static final double HOLD_SECONDS = 1;
    /** At most this many pulse frames in all: a deep network at a high rate gets fewer frames per layer. */
    public static final int MAX_FRAMES = 400;

    private BackwardAnimation() {}

    /** One picture and for how many frame times (1/fps each) it stays: a hold is one picture staying longer. */
    public record Frame(BufferedImage image, int ticks) {}

    /** One layer of δ: the positions of its steps, [from, to). */
    private record Stage(int from, int to) {}

    /** The layers of δ of example r, from the output back, as ranges of positions. */
    static List<Stage> stages(Timeline timeline, int example) {
        int start = timeline.phaseStart(Phase.BACKWARD, example), end = timeline.phaseEnd(Phase.BACKWARD, example);
        List<Stage> stages = new ArrayList<>();
        int from = start;
        for (int p = start; p < end; p++) {
            Step step = timeline.step(p);
            boolean last = p + 1 == end || timeline.step(p + 1).kind() != StepKind.DELTA || timeline.step(p + 1).layer() != step.layer();
            if (last) {
                stages.add(new Stage(from, p + 1));
                from = p + 1;
            }
        }
        return stages;
    }

    /** The number of frames (pictures) {@link #frames} gives, without rendering any. */
    public static int count(Timeline timeline, DiagramOptions options, double framesPerSecond) {
        int layers = stages(timeline, Math.max(0, options.example())).size();
        return 1 + layers * (framesPerStage(layers, framesPerSecond) + 1);
    }

    private static int framesPerStage(int layers, double framesPerSecond) {
        int wanted = Math.max(2, (int) Math.round(STAGE_SECONDS * framesPerSecond));
        return Math.max(2, Math.min(wanted, MAX_FRAMES / Math.max(1, layers)));
    }

    /**
     * The frames of the backward pass of the options' example (the first if none) in the reverse network, at
     * {@code framesPerSecond}, rendered lazily, one per call of {@link Iterator#next()}.
     */
    public static Iterator<Frame> frames(Timeline timeline, DiagramOptions options, boolean transparent, double framesPerSecond) {
        int example = Math.max(0, options.example());
        DiagramOptions fixed = options.withExample(example).withView(View.REVERSE);
        List<Stage> stages = stages(timeline, example);
        int perStage = framesPerStage(stages.size(), framesPerSecond);
        int hold = Math.max(1, (int) Math.round(HOLD_SECONDS * framesPerSecond));
        int start = timeline.phaseStart(Phase.BACKWARD, example);
        return new Iterator<>() {
            private int stage = -1; // −1: the still before the first layer
            private int frame;      // within a stage: 0..perStage−1 the pulses, perStage the landed still
            private Diagram diagram;
            private PulseTimeline pulses;

            @Override public boolean hasNext() { return stage < stages.size(); }

            @Override public Frame next() {
                if (!hasNext()) throw new NoSuchElementException();
                if (stage < 0) {
                    stage = 0;
                    return new Frame(Java2DRenderer.render(DiagramBuilder.build(timeline, start, fixed), 1, transparent), hold);
                }
                if (frame == 0) {
                    Stage s = stages.get(stage);
                    diagram = DiagramBuilder.build(timeline, s.to(), fixed);
                    pulses = new PulseTimeline(BackwardFlow.between(diagram, timeline, s.from(), s.to()));
                }
                Frame result;
                if (frame < perStage) {
                    result = new Frame(Java2DRenderer.render(pulses.over(diagram, (double) frame / perStage), 1, transparent), 1);
                    frame++;
                } else {
                    result = new Frame(Java2DRenderer.render(diagram, 1, transparent), hold);
                    frame = 0;
                    stage++;
                }
                return result;
            }
        };
    }

    /**
     * A GIF that loops forever (NETSCAPE2.0 extension), each frame shown for its ticks at {@code framesPerSecond}.
     * GIF delays are whole hundredths of a second: each frame ends at its exact time rounded, so 12 fps is not
     * slowed to 12.5 over a long animation. Each frame gets its own palette from {@link GifQuantizer}: heatmaps
     * dithered, flat fills and text in their exact colours.
     */
    public static void writeGif(Iterator<Frame> frames, double framesPerSecond, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        // Straight into the output: ImageIO's own stream for an OutputStream caches the whole GIF in a temp file.
        try (ImageOutputStream stream = new SequentialImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            long ticks = 0, shownUntil = 0;
            boolean first = true;
            GifQuantizer quantizer = new GifQuantizer();
            while (frames.hasNext()) {
                Frame frame = frames.next();
                ticks += frame.ticks();
                long end = Math.round(ticks * 100 / framesPerSecond);
                int delay = (int) Math.max(2, end - shownUntil); // browsers clamp delays below 2
                shownUntil += delay;
                BufferedImage indexed = quantizer.quantize(frame.image());
                ImageWriteParam param = writer.getDefaultWriteParam();
                // Not ImageTypeSpecifier.createFromRenderedImage: for a TYPE_BYTE_INDEXED image it gives that type's
                // stock palette, which would become the frame's colour table instead of its own.
                IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(indexed), param);
                configure(metadata, delay, first);
                writer.writeToSequence(new IIOImage(indexed, null, metadata), param);
                first = false;
            }
            writer.endWriteSequence();
            stream.flush();
        } finally {
            writer.dispose();
        }
    }

    /**
     * Sets the frame's delay and, on the first, the loop. Merged into the writer's defaults rather than set as a
     * whole tree: setting resets the metadata and would drop the frame's own palette (its local colour table).
     */
    private static void configure(IIOMetadata metadata, int delay, boolean first) throws IOException {
        String format = metadata.getNativeMetadataFormatName();
        IIOMetadataNode root = new IIOMetadataNode(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delay));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode extensions = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1, loop count 0 = forever
            extensions.appendChild(loop);
        }
        metadata.mergeTree(format, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int k = 0; k < root.getLength(); k++) {
            if (root.item(k).getNodeName().equalsIgnoreCase(name)) return (IIOMetadataNode) root.item(k);
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
