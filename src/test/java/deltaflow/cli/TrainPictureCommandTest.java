package deltaflow.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code train --picture --gif --every --theme}: the training picture and its animation from the command line. */
class TrainPictureCommandTest {
    @TempDir Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    private List<String> files() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesThePictureAsSvgAndPngAndTheTrainingAsAGifOfAFrameEveryNEpochs() throws Exception {
        Path svg = dir.resolve("picture.svg"), png = dir.resolve("picture.png"), gif = dir.resolve("training.gif");
        assertEquals(0, run("train", "default", "--data", "xor", "--epochs", "9", "-o", dir.resolve("t.json").toString(),
                "--picture", svg.toString(), "--gif", gif.toString(), "--every", "4", "--theme", "dark"), err());
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml") || text.startsWith("<svg"), text.substring(0, 40));
        for (String id : List.of("id=\"plane-heatmap\"", "id=\"neuron-1-4\"", "id=\"curve-test-loss\"", "id=\"point-train-1\"")) {
            assertTrue(text.contains(id), id);
        }
        assertTrue(text.contains("#15171c"), "the dark theme's background");
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(4, reader.getNumImages(true), "epochs 0, 4, 8 and the last, 9");
            assertEquals(1280, reader.getWidth(0));
            assertEquals(720, reader.getHeight(0));
        }
        assertEquals(0, run("train", "default", "--data", "digits", "--hidden", "8", "--epochs", "1", "-o", dir.resolve("d.json").toString(),
                "--picture", png.toString()), err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1920, image.getWidth());
        assertEquals(1080, image.getHeight());
        assertEquals(List.of("d.json", "picture.png", "picture.svg", "t.json", "training.gif"), files(), "no temporary files left");
    }

    @Test
    void mistakesExitWithTwoAndOneLineBeforeTrainingAndWriteNothing() throws Exception {
        String x = dir.resolve("x.json").toString();
        String[][] cases = {
                {"--picture", dir.resolve("p.jpg").toString()},
                {"--picture", dir.resolve("p.gif").toString()},
                {"--gif", dir.resolve("p.png").toString()},
                {"--every", "5"},
                {"--gif", dir.resolve("g.gif").toString(), "--every", "0"},
                {"--picture", dir.resolve("p.svg").toString(), "--theme", "pink"},
                {"--theme", "dark"},
                {"--picture", dir.toString() + "/"},
                {"--picture", dir.resolve("no/such/dir/p.svg").toString()}};
        String[] expected = {
                "--picture '" + dir.resolve("p.jpg") + "' must name a .svg, .png or .tex file",
                "--picture '" + dir.resolve("p.gif") + "' must name a .svg, .png or .tex file; for an animation use --gif",
                "--gif '" + dir.resolve("p.png") + "' must name a .gif file",
                "--every sets the frames of --gif; give --gif FILE.gif too",
                "--every '0' must be a whole number from 1 to 10000000",
                "--theme 'pink' is not one of light, dark, high-contrast, colorblind",
                "--theme colours --picture and --gif; give one of them too",
                null, null};
        for (int k = 0; k < cases.length; k++) {
            err.reset();
            String[] args = Stream.concat(Stream.of("train", "default", "--epochs", "1", "-o", x), Stream.of(cases[k])).toArray(String[]::new);
            assertEquals(2, run(args), String.join(" ", cases[k]));
            assertEquals(1, err().lines().count(), err());
            if (expected[k] != null) assertEquals("deltaflow: " + expected[k] + "\n", err().replace("\r", ""));
            else assertTrue(err().startsWith("deltaflow: --picture "), err());
        }
        assertEquals(List.of(), files());
    }

    @Test
    void aGifOfTooManyFramesIsRefusedBeforeTrainingWithThree() throws Exception {
        assertEquals(3, run("train", "default", "--epochs", "100000", "-o", dir.resolve("x.json").toString(),
                "--gif", dir.resolve("g.gif").toString(), "--every", "10"));
        assertEquals("deltaflow: --gif: a GIF of 10,001 frames is beyond the limit of 500; take a frame every more epochs (--every)\n",
                err().replace("\r", ""));
        assertEquals(List.of(), files());
    }

    @Test
    void theHistoryIsTheSharedCsv() throws Exception {
        Path csv = dir.resolve("loss.csv");
        assertEquals(0, run("train", "default", "--data", "plane", "--epochs", "2", "-o", dir.resolve("t.json").toString(), "--history", csv.toString()), err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("epoch,updates,train_loss,test_loss,train_accuracy,test_accuracy", lines.get(0));
        assertEquals(4, lines.size());
        assertTrue(lines.get(2).startsWith("1,60,") && lines.get(2).endsWith(",,"), "regression: no accuracy, " + lines.get(2));
    }
}
