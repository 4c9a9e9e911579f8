package deltaflow.diagram.export;

import deltaflow.diagram.DiagramBuilder;
import deltaflow.diagram.DiagramOptions;
import deltaflow.diagram.View;
import deltaflow.diagram.raster.BackwardAnimation;
import deltaflow.model.Scenarios;
import deltaflow.model.Timeline;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue #13: what is streamed is streamed, so memory holds one frame and never the whole document. */
class StreamedWritersTest {

    @Test
    void gifFramesAreEncodedAsTheyComeFromAnyProducer() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> writtenWhenAsked = new ArrayList<>();
        Iterator<BackwardAnimation.Frame> frames = new Iterator<>() {
            int made;

            @Override public boolean hasNext() { return made < 6; }

            @Override public BackwardAnimation.Frame next() {
                writtenWhenAsked.add(out.size());
                BufferedImage frame = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
                frame.setRGB(made, made, 0xff0000);
                made++;
                return new BackwardAnimation.Frame(frame, 1);
            }
        };
        BackwardAnimation.writeGif(frames, 2, out);
        // Frame k+1 is asked for only after frame k is in the output: one frame exists at a time.
        for (int k = 1; k < writtenWhenAsked.size(); k++) {
            assertTrue(writtenWhenAsked.get(k) > writtenWhenAsked.get(k - 1), () -> "bytes out when each frame was asked for: " + writtenWhenAsked);
        }
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            reader.setInput(in);
            assertEquals(6, reader.getNumImages(true));
        }
    }

    @Test
    void svgIsWrittenInPiecesNotAsOneString() throws Exception {
        Timeline t = Timeline.of(Scenarios.builtIn("mnist-shaped"));
        var diagram = DiagramBuilder.build(t, t.size(), DiagramOptions.defaults().withView(View.FORWARD));
        List<Integer> pieces = new ArrayList<>();
        new SvgWriter(false).write(diagram, new Writer() {
            @Override public void write(char[] buffer, int offset, int length) { pieces.add(length); }

            @Override public Writer append(CharSequence text) {
                pieces.add(text.length());
                return this;
            }

            @Override public void flush() { }

            @Override public void close() { }
        });
        int total = pieces.stream().mapToInt(Integer::intValue).sum();
        assertTrue(total > 10_000_000, "the document: " + total);
        assertTrue(pieces.stream().allMatch(n -> n < 100_000), "a piece as large as " + pieces.stream().mapToInt(Integer::intValue).max().orElse(0));
    }

    @Test
    void anAnimationTellsOfEachFrameAsItGoes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Timeline t = Timeline.of(Scenarios.builtIn("default"));
        List<String> told = new ArrayList<>();
        Exports.write(Exports.Format.PNG_SEQUENCE, t, 0, DiagramOptions.defaults(), new Exports.Settings(false, false, 2, 0), dir.resolve("f.png"),
                (done, total) -> told.add(done + "/" + total));
        int n = BackwardAnimation.count(t, DiagramOptions.defaults(), 2); // pictures; a held one is several files
        List<String> expected = new ArrayList<>();
        for (int k = 0; k < n; k++) expected.add(k + "/" + n);
        assertEquals(expected, told);
    }
}
