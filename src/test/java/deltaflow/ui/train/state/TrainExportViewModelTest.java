package deltaflow.ui.train.state;

import deltaflow.ui.files.state.FileChooserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Export from the train view through the file dialog (answered here): picture, losses, film. */
class TrainExportViewModelTest {
    @TempDir Path dir;
    private final TrainViewModel train = new TrainViewModel(TrainSetup.defaults());
    private final Deque<Path> answers = new ArrayDeque<>();
    private final List<String> errors = new ArrayList<>();
    private final TrainExportViewModel export = new TrainExportViewModel(train, new FileChooserService() {
        @Override public Optional<Path> chooseOpen(Path directory) { return Optional.ofNullable(answers.poll()); }
        @Override public Optional<Path> chooseSave(Path directory, String suggestedName) { return Optional.ofNullable(answers.poll()); }
    }, Runnable::run);

    { export.setOnError(errors::add); }

    @AfterEach void close() { train.close(); }

    private Path exported(String name) throws Exception {
        answers.add(dir.resolve(name));
        return export.export().get(60, TimeUnit.SECONDS).orElseThrow();
    }

    @Test void thePictureAsSvgAndPngWithoutItsButtons() throws Exception {
        for (int k = 0; k < 3; k++) train.oneEpoch();
        train.settle();
        String svg = Files.readString(exported("circle.svg"));
        assertTrue(svg.startsWith("<?xml") || svg.startsWith("<svg"), svg.substring(0, 40));
        assertTrue(svg.contains("point-train-1"));
        assertFalse(svg.contains("add-layer"), "exports have no +/− buttons");
        BufferedImage png = ImageIO.read(exported("circle.png").toFile());
        assertEquals(1920, png.getWidth());
        assertEquals(1080, png.getHeight());
    }

    @Test void theLossesAsCsvOneLinePerEpoch() throws Exception {
        for (int k = 0; k < 4; k++) train.oneEpoch();
        train.settle();
        List<String> lines = Files.readAllLines(exported("losses.csv"));
        assertEquals("epoch,updates,train_loss,test_loss,train_accuracy,test_accuracy", lines.get(0));
        assertEquals(6, lines.size()); // epochs 0..4
        assertTrue(lines.get(5).startsWith("4,100,"));
        assertEquals(train.getFrame().last().testLoss(), Double.parseDouble(lines.get(5).split(",")[3]));
    }

    @Test void trainingAsAGifOfItsEpochs() throws Exception {
        for (int k = 0; k < 5; k++) train.oneEpoch();
        train.settle();
        Path gif = exported("film.gif");
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(6, reader.getNumImages(true)); // epochs 0..5
            assertEquals(1280, reader.getWidth(0));
        }
    }

    @Test void anotherKindOfFileIsRefusedInOneLine() throws Exception {
        train.settle();
        answers.add(dir.resolve("notes.txt"));
        assertThrows(ExecutionException.class, () -> export.export().get(10, TimeUnit.SECONDS));
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("notes.txt: the train view is exported as .svg"), errors.get(0));
        assertFalse(errors.get(0).contains("\n"));
    }

    @Test void cancellingWritesNothing() throws Exception {
        train.settle();
        assertTrue(export.export().get(10, TimeUnit.SECONDS).isEmpty());
        try (var files = Files.list(dir)) { assertEquals(0, files.count()); }
    }
}
