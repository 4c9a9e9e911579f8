package deltaflow.ui.export.state;

import deltaflow.ui.files.state.FakeFileChooser;
import deltaflow.ui.stepper.state.StepperViewModel;

import deltaflow.model.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File ▸ Export diagram writes what the screen shows, in the format its name asks for. */
class ExportViewModelTest {
    @TempDir Path dir;
    private final StepperViewModel stepper = new StepperViewModel(Scenarios.builtIn("mazur"));
    private final FakeFileChooser chooser = new FakeFileChooser();
    private final ExportViewModel export = new ExportViewModel(stepper, chooser);
    private final List<String> errors = new ArrayList<>();

    ExportViewModelTest() { export.setOnError(errors::add); }

    @Test
    void svgCarriesTheNumbersOnScreen() throws Exception {
        stepper.jumpTo(3); // a_1^1 computed
        chooser.answer(dir.resolve("step.svg"));
        export.exportAs(dir);
        String svg = Files.readString(dir.resolve("step.svg"));
        assertTrue(svg.startsWith("<?xml") || svg.startsWith("<svg"), svg.substring(0, 40));
        assertTrue(svg.contains("0.5933"), "out_h1 is in the SVG");
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void pngAndTikzByExtension() throws Exception {
        export.export(dir.resolve("step.png"));
        BufferedImage image = ImageIO.read(dir.resolve("step.png").toFile());
        assertTrue(image.getWidth() > 100 && image.getHeight() > 100);
        export.export(dir.resolve("step.tex"));
        assertTrue(Files.readString(dir.resolve("step.tex")).contains("tikzpicture"));
        try (var listing = Files.list(dir)) {
            assertEquals(2, listing.count()); // no temporary files left behind
        }
    }

    @Test
    void aFolderThatDoesNotExistIsReportedNotThrown() {
        export.export(dir.resolve("missing").resolve("step.svg"));
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("cannot be written"), errors.get(0));
    }
}
