package deltaflow.diagram.raster;

import deltaflow.diagram.DiagramBuilder;
import deltaflow.diagram.DiagramOptions;
import deltaflow.model.Phase;
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

/**
 * The backward pass of one example as frames: one per position from the start of the backward phase (all
 * δ unknown) to its end (every δ known), so each frame reveals one more δ. Written as a looping GIF or a
 * numbered PNG sequence.
 */
public final class BackwardAnimation {
    /** More frames than this are sampled evenly (first and last kept): a GIF of thousands of frames helps nobody. */
    public static final int MAX_FRAMES = 400;

    private BackwardAnimation() {}

    /** The positions shown, in order. */
    public static List<Integer> positions(Timeline timeline, int example) {
        int start = timeline.phaseStart(Phase.BACKWARD, example);
        int end = timeline.phaseEnd(Phase.BACKWARD, example);
        int count = end - start + 1;
        List<Integer> positions = new ArrayList<>();
        if (count <= MAX_FRAMES) {
            for (int p = start; p <= end; p++) positions.add(p);
        } else {
            for (int k = 0; k < MAX_FRAMES; k++) positions.add(start + (int) Math.round((double) k * (count - 1) / (MAX_FRAMES - 1)));
        }
        return positions;
    }

    /** Every frame at once: for tests and short animations; exports use {@link #frameIterator}. */
    public static List<BufferedImage> frames(Timeline timeline, DiagramOptions options, boolean transparent) {
        List<BufferedImage> frames = new ArrayList<>();
        frameIterator(timeline, options, transparent).forEachRemaining(frames::add);
        return frames;
    }

    /**
     * The frames one at a time, each drawn when asked for: a writer encodes a frame and lets it go before the
     * next is drawn, so memory holds one frame however many there are.
     */
    public static Iterator<BufferedImage> frameIterator(Timeline timeline, DiagramOptions options, boolean transparent) {
        int example = Math.max(0, options.example());
        DiagramOptions fixed = options.withExample(example);
        Iterator<Integer> positions = positions(timeline, example).iterator();
        return new Iterator<>() {
            @Override public boolean hasNext() { return positions.hasNext(); }

            @Override public BufferedImage next() {
                return Java2DRenderer.render(DiagramBuilder.build(timeline, positions.next(), fixed), 1, transparent);
            }
        };
    }

    public static void writeGif(List<BufferedImage> frames, double framesPerSecond, OutputStream out) throws IOException {
        writeGif(frames.iterator(), framesPerSecond, out);
    }

    /**
     * A GIF that loops forever (NETSCAPE2.0 extension); the last frame is held three times as long. Frames are
     * encoded as they come: any producer of frames plugs in, and only one frame need exist at a time.
     */
    public static void writeGif(Iterator<BufferedImage> frames, double framesPerSecond, OutputStream out) throws IOException {
        if (!frames.hasNext()) throw new IllegalArgumentException("a GIF needs at least one frame");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        int delay = Math.max(2, (int) Math.round(100 / framesPerSecond)); // hundredths of a second; browsers clamp below 2
        try (ImageOutputStream stream = new SequentialImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            BufferedImage frame = frames.next();
            for (boolean first = true; frame != null; first = false) {
                // The next frame is drawn before this one is written, to know whether this one is the last.
                BufferedImage next = frames.hasNext() ? frames.next() : null;
                ImageWriteParam param = writer.getDefaultWriteParam();
                IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), param);
                configure(metadata, next == null ? 3 * delay : delay, first);
                writer.writeToSequence(new IIOImage(frame, null, metadata), param);
                frame = next;
            }
            writer.endWriteSequence();
            stream.flush();
        } finally {
            writer.dispose();
        }
    }

    private static void configure(IIOMetadata metadata, int delay, boolean first) throws IOException {
        String format = metadata.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
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
        metadata.setFromTree(format, root);
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
