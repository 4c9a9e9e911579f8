package deltaflow.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #13: inside the documented limits a scenario runs or is refused before work starts, with one line that
 * says what it would need; partial output never survives. Child processes only where a heap size, an
 * environment or a signal matters.
 */
class LimitsTest {
    @TempDir Path dir;

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A scenario of {@code layers} with the given sizes (generated parameters), one input and {@code examples} examples. */
    private Path scenario(String name, int examples, int... sizes) throws Exception {
        StringBuilder json = new StringBuilder("{\"format\": \"deltaflow-scenario\", \"version\": 1, \"network\": {\"inputs\": 1, \"cost\": \"squared\", \"layers\": [");
        for (int k = 0; k < sizes.length; k++) json.append(k == 0 ? "" : ",").append("{\"activation\": \"sigmoid\", \"size\": ").append(sizes[k]).append('}');
        json.append("]}, \"examples\": [");
        int outputs = sizes[sizes.length - 1];
        String y = "[" + String.join(",", java.util.Collections.nCopies(outputs, "0.5")) + "]";
        for (int r = 0; r < examples; r++) json.append(r == 0 ? "" : ",").append("{\"x\": [0.5], \"y\": ").append(y).append('}');
        return Files.writeString(dir.resolve(name), json.append("]}").toString());
    }

    private record Child(int status, String out, String err) {}

    private static Child java(Map<String, String> env, List<String> jvm, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true"));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "deltaflow.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        builder.environment().entrySet().removeIf(e -> e.getValue().isEmpty());
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Child(process.exitValue(), new String(out, StandardCharsets.UTF_8), err);
    }

    // ----- item 1: memory ------------------------------------------------------------------------------

    @Test
    void aTraceThatWouldNotFitInTheHeapIsRefusedBeforeItStarts() throws Exception {
        // The issue's 44 kB file: 1 → 99,997 → 1 neurons, 2,000 examples; trace and export died of OutOfMemoryError after 6 s.
        Path wide = scenario("wide.json", 2000, 99_997, 1);
        Child trace = java(Map.of(), List.of("-Xmx256m"), "trace", wide.toString(), "--force");
        assertEquals(Cli.TOO_LARGE, trace.status(), trace.err());
        assertTrue(trace.err().matches("deltaflow: .*wide\\.json: one update over 2000 example\\(s\\) needs about [0-9.]+ GB of memory, more than the \\d+ MB this Java may use; "
                + "run with more \\(JAVA_TOOL_OPTIONS=-Xmx\\d+g\\) or on a smaller scenario\\R"), trace.err());
        assertEquals("", trace.out());
        Child export = java(Map.of(), List.of("-Xmx256m"), "export", wide.toString(), "-o", dir.resolve("w.svg").toString());
        assertEquals(Cli.TOO_LARGE, export.status(), export.err());
        assertFalse(Files.exists(dir.resolve("w.svg")));
    }

    @Test
    void aFileTooLargeToReadIsRefusedBeforeItIsParsedNotCalledMalformed() throws Exception {
        StringBuilder row = new StringBuilder();
        for (int j = 0; j < 1000; j++) row.append(j == 0 ? "" : ",").append("0.123456789012345");
        String rows = String.join(",", java.util.Collections.nCopies(600, "[" + row + "]"));
        Path big = Files.writeString(dir.resolve("big.json"), "{\"format\": \"deltaflow-scenario\", \"version\": 1, \"network\": {\"inputs\": 1000, "
                + "\"cost\": \"squared\", \"layers\": [{\"activation\": \"sigmoid\", \"weights\": [" + rows + "], \"biases\": ["
                + String.join(",", java.util.Collections.nCopies(600, "0")) + "]}]}, \"examples\": []}");
        Child child = java(Map.of(), List.of("-Xmx64m"), "trace", big.toString());
        assertEquals(Cli.TOO_LARGE, child.status(), child.err());
        assertTrue(child.err().contains("reading this file of 10 MB needs about"), child.err());
        assertFalse(child.err().contains("malformed"), child.err());
    }

    // ----- item 3: the pixel budget -------------------------------------------------------------------------

    @Test
    void anAbsurdImageIsRefusedBeforeDrawingNamingItsSize() throws Exception {
        int[] thousand = new int[1000];
        java.util.Arrays.fill(thousand, 1);
        Path deep = scenario("deep.json", 1, thousand);
        long start = System.nanoTime();
        Run png = run("export", deep.toString(), "-o", dir.resolve("deep.png").toString());
        assertEquals(Cli.TOO_LARGE, png.status(), png.err());
        assertTrue(png.err().matches("deltaflow: a PNG of 1,001 columns would be more than [0-9,]+ pixels wide, beyond the limit of 65,535 on a side; draw it as SVG, which has no such limit\\R"), png.err());
        assertTrue(System.nanoTime() - start < 20e9, "refused only after drawing");
        assertEquals(Cli.TOO_LARGE, run("export", deep.toString(), "-o", dir.resolve("deep.gif").toString()).status());
        assertEquals(Cli.OK, run("export", deep.toString(), "--values", "none", "-o", dir.resolve("deep.svg").toString()).status());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("deep.json", "deep.svg"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void anImageOverThePixelBudgetIsRefusedWithItsSize() {
        var diagram = new deltaflow.diagram.Diagram(12_000, 6_000, deltaflow.diagram.Palette.of(deltaflow.diagram.Theme.LIGHT), List.of());
        var refused = org.junit.jupiter.api.Assertions.assertThrows(deltaflow.diagram.export.TooLargeException.class,
                () -> deltaflow.diagram.export.Exports.checkImage(diagram, "a PNG", 1));
        assertEquals("a PNG of 12,000 × 6,000 pixels is beyond the limit of 64 million pixels and 65,535 on a side; "
                + "draw it smaller (scale 1) or as SVG, which has no such limit", refused.getMessage());
    }

    // ----- item 7: work without warning ------------------------------------------------------------------

    @Test
    void aTraceOfHoursAsksForForceFirst() throws Exception {
        Path wide = scenario("hours.json", 2000, 99_997, 1);
        Run run = run("trace", wide.toString());
        assertEquals(Cli.TOO_LARGE, run.status());
        assertTrue(run.err().matches("deltaflow: .*hours\\.json: the trace would be about [0-9,]+ steps, [0-9.]+ GB of JSON and [0-9.]+ h; add --force to write it anyway\\R"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void progressIsOneLineRewrittenInPlaceAndClearedAtTheEnd() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Progress progress = new Progress(new PrintStream(err, true, StandardCharsets.UTF_8), "trace: steps", 2_000_000);
        Thread.sleep(300);
        progress.at(1_000_000);
        progress.done();
        assertEquals("\rdeltaflow: trace: steps 50% (1,000,000 of 2,000,000)  \r\033[K", err.toString(StandardCharsets.UTF_8));
    }

    // ----- item 5: signals and partial output ----------------------------------------------------------------

    @Test
    void aSequenceReplacesAnEarlierLongerOneWhole() throws Exception {
        String[] export = {"export", "default", "--format", "png-sequence", "-o", dir.resolve("back.png").toString()};
        assertEquals(Cli.OK, run(export).status());
        long frames;
        try (Stream<Path> files = Files.list(dir)) {
            frames = files.count();
        }
        for (long k = frames + 1; k <= frames + 5; k++) Files.writeString(dir.resolve(String.format("back-%03d.png", k)), "stale");
        assertEquals(Cli.OK, run(export).status());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(frames, files.count(), "stale frames of the longer export are left");
        }
    }

    @Test
    void aSequenceThatFailsHalfWayLeavesTheOldOneAsItWas() throws Exception {
        Files.writeString(dir.resolve("back-001.png"), "old");
        Path third = Files.writeString(dir.resolve("back-003.png"), "old");
        Files.setPosixFilePermissions(third, PosixFilePermissions.fromString("r--r--r--"));
        Run run = run("export", "default", "--format", "png-sequence", "-o", dir.resolve("back.png").toString());
        assertEquals(Cli.BAD_INPUT, run.status(), run.err());
        assertEquals("old", Files.readString(dir.resolve("back-001.png")));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("back-001.png", "back-003.png"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void sigtermDuringAnExportLeavesNoTemporaryFile() throws Exception {
        // The temporary directory is the test's too: nothing may be cached elsewhere (ImageIO's GIF cache was, and stayed).
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
                "-Djava.io.tmpdir=" + dir, "-cp", System.getProperty("java.class.path"), "deltaflow.Main", "export", "mnist-shaped", "-o",
                dir.resolve("m.gif").toString());
        Path log = Files.createTempFile("sigterm", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline && process.isAlive() && !hasPart()) Thread.sleep(20);
        assertTrue(hasPart(), "the export never started writing");
        process.destroy(); // SIGTERM
        assertTrue(process.waitFor(20, TimeUnit.SECONDS));
        String output = Files.readString(log);
        Files.delete(log);
        assertFalse(hasPart(), "a temporary file was left");
        assertFalse(Files.exists(dir.resolve("m.gif")));
        assertFalse(output.contains("\tat "), output);
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.filter(p -> !p.getFileName().toString().startsWith("hsperfdata")).toList());
        }
    }

    private boolean hasPart() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".part"));
        }
    }

    // ----- item 2: checked writes, as the shell sees them ------------------------------------------------

    @Test
    void aTraceIntoAFullDeviceExitsNonZeroWithOneLine() throws Exception {
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full), "no /dev/full here");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), "deltaflow.Main", "trace", "mazur");
        Process process = new ProcessBuilder(command).redirectOutput(full.toFile()).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(Cli.FAILED, process.exitValue(), err);
        assertEquals("deltaflow: cannot write the output: No space left on device", err.strip());
    }

    @Test
    void anExportOverTheFileSizeLimitFailsWithOneLineAndLeavesNothing() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path svg = dir.resolve("m.svg");
        Process process = new ProcessBuilder("bash", "-c", "ulimit -f 5; exec \"$0\" -Djava.awt.headless=true -cp \"$1\" deltaflow.Main export mazur -o \"$2\"",
                java, System.getProperty("java.class.path"), svg.toString()).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(Cli.FAILED, process.exitValue(), err);
        assertEquals("deltaflow: cannot write " + svg + ": File too large; nothing was written", err.strip());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList());
        }
    }

    // ----- item 10: start-up faults ---------------------------------------------------------------------------

    @Test
    void theWindowWithNoDisplayIsOneLine() throws Exception {
        Child child = java(Map.of("DISPLAY", "", "WAYLAND_DISPLAY", ""), List.of(), "mazur");
        assertEquals(Cli.FAILED, child.status(), child.err());
        assertEquals("deltaflow: no display: the window needs a graphical session; `trace`, `export` and `train` run without one", child.err().strip());
    }

    @Test
    void aNonAsciiFileNameUnderLangCIsOneLine() throws Exception {
        Child child = java(Map.of("LANG", "C", "LC_ALL", "C"), List.of(), "trace", "é.json");
        assertEquals(Cli.BAD_INPUT, child.status(), child.err());
        assertEquals(1, child.err().lines().count(), child.err());
        assertTrue(child.err().contains("LANG=C.UTF-8"), child.err());
    }
}
