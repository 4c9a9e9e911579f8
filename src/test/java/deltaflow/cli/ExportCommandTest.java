package deltaflow.cli;

import deltaflow.model.Phase;
import deltaflow.model.Scenarios;
import deltaflow.model.Timeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportCommandTest {
    @TempDir Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    @Test
    void writesAnSvgOfTheReverseNetworkAtAPhaseBoundary() throws Exception {
        Path svg = dir.resolve("mazur.svg");
        assertEquals(Cli.OK, run("export", "mazur", "--view", "reverse", "--at", "backward-end", "-o", svg.toString()));
        String text = Files.readString(svg);
        assertTrue(text.contains("id=\"amp-2-1\""));
        assertTrue(text.contains("0.1868"), "σ'(z_1^2) of Mazur's network");
        assertEquals("", err());
    }

    @Test
    void pngHasTheSizeOfTheDiagramAtTheScale() throws Exception {
        Path png = dir.resolve("m.png");
        assertEquals(Cli.OK, run("export", "mazur", "--scale", "1", "--transparent", "-o", png.toString()));
        BufferedImage one = ImageIO.read(png.toFile());
        assertEquals(Cli.OK, run("export", "mazur", "--scale", "3", "-o", png.toString()));
        BufferedImage three = ImageIO.read(png.toFile());
        assertEquals(3.0, (double) three.getWidth() / one.getWidth(), 0.01);
        assertTrue(one.getColorModel().hasAlpha());
    }

    /**
     * The GIF's frames at 4 fps for the 2-3-2 network's two layers of δ: the start held 1 s (4 files), then per
     * layer 1.5 s of pulses (6 files) and the landed layer held 1 s (4 files): 4 + 2 × (6 + 4) = 24 files.
     */
    @Test
    void pngSequenceWritesTheAnimationsFramesAtItsRate() throws Exception {
        assertEquals(Cli.OK, run("export", "default", "--format", "png-sequence", "--fps", "4", "-o", dir.resolve("back.png").toString()));
        for (int k = 1; k <= 24; k++) assertTrue(Files.exists(dir.resolve(String.format("back-%03d.png", k))), "frame " + k);
        assertTrue(Files.notExists(dir.resolve(String.format("back-%03d.png", 25))));
        byte[] start = Files.readAllBytes(dir.resolve("back-001.png"));
        assertTrue(java.util.Arrays.equals(start, Files.readAllBytes(dir.resolve("back-004.png"))), "the start is held");
        assertTrue(!java.util.Arrays.equals(start, Files.readAllBytes(dir.resolve("back-006.png"))), "pulses move");
        byte[] landed = Files.readAllBytes(dir.resolve("back-011.png"));
        assertTrue(java.util.Arrays.equals(landed, Files.readAllBytes(dir.resolve("back-014.png"))), "a landed layer is held");
    }

    /** The window's export takes .tikz as TikZ; the command line read the extension from a list of its own and refused it. */
    @Test
    void aTikzFileNamedTikzIsTikzAsInTheWindow() throws Exception {
        Path tikz = dir.resolve("x.tikz");
        assertEquals(Cli.OK, run("export", "mazur", "-o", tikz.toString()), err());
        assertTrue(Files.readString(tikz).contains("\\begin{tikzpicture}"));
        Path upper = dir.resolve("X.TEX");
        assertEquals(Cli.OK, run("export", "mazur", "-o", upper.toString()), err());
        assertTrue(Files.readString(upper).contains("\\begin{tikzpicture}"));
        assertEquals(Cli.BAD_INPUT, run("export", "mazur", "-o", dir.resolve("x.pdf").toString()));
        assertTrue(err().contains("add --format svg|png|tikz|gif|png-sequence"), err());
    }

    @Test
    void phaseNamesAndNumbersMapToPositions() throws Exception {
        Timeline t = Timeline.of(Scenarios.builtIn("mazur"));
        assertEquals(0, ExportCommand.position(t, "start", 0));
        assertEquals(t.phaseEnd(Phase.FORWARD, 0), ExportCommand.position(t, "forward-end", 0));
        assertEquals(t.phaseStart(Phase.BACKWARD, 0), ExportCommand.position(t, "cost-end", 0));
        assertEquals(t.size(), ExportCommand.position(t, "end", 0));
        assertEquals(7, ExportCommand.position(t, "7", 0));
    }

    @Test
    void mistakesExitWith2AndOneLineAndWriteNothing() throws Exception {
        Path target = dir.resolve("x.svg");
        String[][] mistakes = {
                {"export", "mazur", "--at", "999", "-o", target.toString()},
                {"export", "mazur", "--at", "halfway", "-o", target.toString()},
                {"export", "mazur", "--frobnicate", "-o", target.toString()},
                {"export", "mazur", "--format", "jpeg", "-o", target.toString()},
                {"export", "mazur", "-o", dir.resolve("x.bmp").toString()},
                {"export", "mazur", "-o", dir.resolve("missing/x.svg").toString()},
                {"export", "mazur", "--digits", "0", "-o", target.toString()},
                {"export", "mazur", "--scale", "9", "-o", target.toString()},
                {"export", "mazur", "--theme", "pink", "-o", target.toString()},
                {"export", "mazur", "--values", "z,q", "-o", target.toString()},
                {"export", "no-such-scenario", "-o", target.toString()},
                {"export", "mazur"},
        };
        for (String[] args : mistakes) {
            err.reset();
            assertEquals(Cli.BAD_INPUT, run(args), String.join(" ", args));
            String message = err();
            assertTrue(message.startsWith("deltaflow: ") && message.strip().lines().count() == 1, message);
        }
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing written");
        }
    }

    @Test
    void aWideLayerIsExportedAsItsSummaryUnlessEveryNeuronIsAskedFor() throws Exception {
        Path svg = dir.resolve("mnist.svg");
        assertEquals(Cli.OK, run("export", "mnist-shaped", "--view", "reverse", "--at", "backward-end", "-o", svg.toString()));
        String summarised = Files.readString(svg);
        assertTrue(summarised.contains("id=\"summary-reverse-1\""), "δ¹'s 128 amplifiers as one box");
        assertTrue(summarised.contains("128 neurons"));
        assertTrue(summarised.contains("mean"));
        assertTrue(!summarised.contains("id=\"amp-1-100-shape\""), "only the current step's amplifier is drawn in the box");
        assertEquals(Cli.OK, run("export", "mnist-shaped", "--view", "reverse", "--at", "backward-end", "--every-neuron", "-o", svg.toString()));
        String every = Files.readString(svg);
        assertTrue(every.contains("id=\"amp-1-100-shape\""));
        assertTrue(!every.contains("summary-reverse-1"));
    }

    @Test
    void helpListsTheFormatsAndPhaseNames() {
        assertEquals(Cli.OK, run("export", "--help"));
        String usage = out.toString(StandardCharsets.UTF_8);
        for (String word : new String[] {"svg", "png", "tikz", "gif", "png-sequence", "forward-end", "backward-end", "--bare", "--fps", "--every-neuron"}) {
            assertTrue(usage.contains(word), word);
        }
        out.reset();
        run("help");
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("deltaflow export"));
    }
}
