package deltaflow.diagram.export;

import deltaflow.diagram.Diagram;
import deltaflow.diagram.train.BatchCosts;
import deltaflow.diagram.train.PictureOptions;
import deltaflow.diagram.train.TrainingFilm;
import deltaflow.diagram.train.TrainingPicture;
import deltaflow.diagram.train.TrainingSnapshot;
import deltaflow.model.Activation;
import deltaflow.model.data.DataSet;
import deltaflow.model.data.Feature;
import deltaflow.model.data.Generator;
import deltaflow.model.train.EpochRecord;
import deltaflow.model.train.Initializer;
import deltaflow.model.train.Training;
import deltaflow.model.train.TrainingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The training picture's exports as the window calls them: picture, CSV, GIF, within the limits, atomically. */
class TrainingExportsTest {
    @TempDir Path dir;

    private static Training training(int epochs) {
        DataSet data = DataSet.planar(Generator.GAUSS, 200, 0, 0.5, 3, Feature.defaults());
        Training t = new Training(data, Initializer.network(new int[] {2, 3, 1}, Activation.TANH, Activation.TANH, 3), TrainingSettings.defaults(3));
        t.runEpochs(epochs);
        return t;
    }

    @Test
    void thePictureAsPngSvgAndTikz() throws Exception {
        Diagram picture = TrainingPicture.build(TrainingSnapshot.compute(training(3), BatchCosts.NONE, TrainingSnapshot.Detail.DEFAULT), PictureOptions.defaults());
        TrainingExports.writePicture(dir.resolve("p.png"), Exports.Format.PNG, picture, 0.5, false);
        BufferedImage png = ImageIO.read(dir.resolve("p.png").toFile());
        assertEquals(800, png.getWidth());
        assertEquals(450, png.getHeight());
        TrainingExports.writePicture(dir.resolve("p.svg"), Exports.Format.SVG, picture, 1, false);
        assertTrue(Files.readString(dir.resolve("p.svg")).contains("id=\"curve-train-loss\""));
        TrainingExports.writePicture(dir.resolve("p.tex"), Exports.Format.TIKZ, picture, 1, false);
        assertTrue(Files.readString(dir.resolve("p.tex")).contains("\\begin{tikzpicture}"));
        assertThrows(IllegalArgumentException.class, () -> TrainingExports.picture(Exports.Format.GIF, picture, 1, false));
        // Past the pixel budget: refused before drawing, and nothing written.
        TooLargeException refused = assertThrows(TooLargeException.class,
                () -> TrainingExports.writePicture(dir.resolve("huge.png"), Exports.Format.PNG, picture, 40, false));
        assertTrue(refused.getMessage().startsWith("a PNG of 64,000 × 36,000 pixels is beyond the limit"), refused.getMessage());
        assertEquals(List.of("p.png", "p.svg", "p.tex"), Files.list(dir).map(p -> p.getFileName().toString()).sorted().toList());
    }

    @Test
    void theCsvHasALinePerEpochAtFullPrecision() throws Exception {
        Training t = training(2);
        TrainingExports.writeCsv(dir.resolve("loss.csv"), t.history().records());
        List<String> lines = Files.readAllLines(dir.resolve("loss.csv"));
        assertEquals(TrainingExports.CSV_HEADER, lines.get(0));
        EpochRecord last = t.history().last();
        assertEquals("2,20," + last.trainLoss() + "," + last.testLoss() + "," + last.trainAccuracy() + "," + last.testAccuracy(), lines.get(3));
    }

    /** Frame k's delay in hundredths of a second, from its graphic control extension. */
    private static String delay(ImageReader reader, int k) throws java.io.IOException {
        org.w3c.dom.Node root = reader.getImageMetadata(k).getAsTree("javax_imageio_gif_image_1.0");
        for (org.w3c.dom.Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeName().equals("GraphicControlExtension")) return n.getAttributes().getNamedItem("delayTime").getNodeValue();
        }
        throw new AssertionError("no graphic control extension in frame " + k);
    }

    @Test
    void aGifHasAFramePerFilmEpochOnOneAxisAndHoldsTheLast() throws Exception {
        Training t = training(7);
        TrainingFilm film = TrainingFilm.of(t, 3, BatchCosts.NONE);
        assertEquals(List.of(0, 3, 6, 7), List.of(film.epoch(0), film.epoch(1), film.epoch(2), film.epoch(3)));
        // The film's weights are training's own at those epochs.
        assertEquals(t.networkAt(3), film.snapshot(1, TrainingSnapshot.Detail.DEFAULT).network());
        assertEquals(t.network(), film.snapshot(3, TrainingSnapshot.Detail.DEFAULT).network());
        int[] told = {0};
        TrainingExports.writeGif(dir.resolve("t.gif"), film, PictureOptions.defaults(), 0.25, (done, total) -> told[0] = Math.max(told[0], done + 1));
        assertEquals(4, told[0]);
        try (ImageInputStream in = ImageIO.createImageInputStream(dir.resolve("t.gif").toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(4, reader.getNumImages(true));
            assertEquals(400, reader.getWidth(3));
            String first = delay(reader, 0), last = delay(reader, 3);
            assertEquals("10", first, "10 frames a second");
            assertEquals("200", last, "the end held two seconds");
        }
        assertEquals(TrainingFilm.frames(7, 3), 4);
        assertEquals(TrainingFilm.frames(6, 3), 3);
    }
}
