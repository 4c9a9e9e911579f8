package deltaflow.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue #13: a command never crashes and never reports success it did not have; every failure is one line and a status. */
class CommandFailuresTest {
    @TempDir Path dir;

    private record Run(int status, String out, String err) {
        /** The lines on stderr. */
        List<String> errLines() { return err.lines().toList(); }
    }

    private static Run run(OutputStream stdout, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(new CheckedPrintStream(stdout), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(status, stdout instanceof ByteArrayOutputStream b ? b.toString(StandardCharsets.UTF_8) : "", err.toString(StandardCharsets.UTF_8));
    }

    private static Run run(String... args) { return run(new ByteArrayOutputStream(), args); }

    /** Standard output that fails after {@code limit} bytes, as a full disk does; counts the writes tried after. */
    private static final class FailingStream extends OutputStream {
        private final int limit;
        private final String reason;
        private int written;
        final AtomicInteger afterFailure = new AtomicInteger();

        FailingStream(int limit, String reason) {
            this.limit = limit;
            this.reason = reason;
        }

        @Override public void write(int b) throws IOException { write(new byte[] {(byte) b}, 0, 1); }

        @Override public void write(byte[] b, int off, int len) throws IOException {
            if (written + len > limit) {
                if (written > limit) afterFailure.incrementAndGet();
                written = limit + 1;
                throw new IOException(reason);
            }
            written += len;
        }
    }

    // ----- item 2: checked writes --------------------------------------------------------------------

    @Test
    void aTraceThatCannotBeWrittenFailsWithOneLine() {
        Run run = run(new FailingStream(1000, "No space left on device"), "trace", "xor");
        assertEquals(Cli.FAILED, run.status());
        assertEquals(List.of("deltaflow: cannot write the output: No space left on device"), run.errLines());
    }

    @Test
    void aClosedPipeStopsTheTraceAtTheFirstFailedWrite() {
        FailingStream pipe = new FailingStream(4096, "Broken pipe");
        Run run = run(pipe, "trace", "xor");
        assertEquals(Cli.FAILED, run.status());
        assertEquals(0, pipe.afterFailure.get(), "writes went on after the pipe closed");
        assertEquals(1, run.errLines().size(), run.err());
    }

    @Test
    void everyCommandsOutputIsChecked() {
        assertEquals(Cli.FAILED, run(new FailingStream(0, "File too large"), "--help").status());
        assertEquals(Cli.FAILED, run(new FailingStream(0, "File too large"), "export", "mazur", "-o", "-", "--format", "svg").status());
        Run wrote = run(new FailingStream(0, "File too large"), "export", "mazur", "-o", dir.resolve("m.svg").toString());
        assertEquals(Cli.FAILED, wrote.status(), "the 'wrote' line could not be written");
    }

    // ----- item 1: no throwable reaches the user as a stack trace --------------------------------------

    /** Standard output that throws what a command's deepest code could: the report must still be one line and a distinct status. */
    private static OutputStream throwing(Throwable t) {
        return new OutputStream() {
            @Override public void write(int b) { sneaky(t); }
        };
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneaky(Throwable t) throws T { throw (T) t; }

    @Test
    void runningOutOfMemoryIsOneLineAndItsOwnStatus() {
        Run run = run(throwing(new OutOfMemoryError("Java heap space")), "trace", "mazur");
        assertEquals(Cli.OUT_OF_MEMORY, run.status());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("deltaflow: out of memory"), run.err());
        assertFalse(run.err().contains("\tat "), "a stack trace");
    }

    @Test
    void aBugIsOneLineAndItsOwnStatus() {
        Run run = run(throwing(new IllegalStateException("surprise\nsecond line")), "trace", "mazur");
        assertEquals(Cli.INTERNAL_ERROR, run.status());
        assertEquals(1, run.errLines().size(), run.err());
    }

    // ----- item 8: writing over things --------------------------------------------------------------

    @Test
    void dashWritesToStandardOutput() {
        Run run = run("export", "mazur", "-o", "-", "--format", "svg");
        assertEquals(Cli.OK, run.status(), run.err());
        assertTrue(run.out().startsWith("<?xml"), run.out());
        assertTrue(run.out().contains("id=\"neuron-1-1\""));
    }

    @Test
    void aSymbolicLinkIsFollowedAndStaysALink() throws Exception {
        Path real = Files.writeString(dir.resolve("real.svg"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.svg"), real.getFileName());
        assertEquals(Cli.OK, run("export", "mazur", "-o", link.toString()).status());
        assertTrue(Files.isSymbolicLink(link), "the link was replaced by a file");
        assertTrue(Files.readString(real).contains("<svg"), "the link's target was not written");
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "a temporary file was left");
        }
    }

    @Test
    void aDeviceOrAFifoIsRefusedWithOneLine() throws Exception {
        Run device = run("export", "mazur", "-o", "/dev/null", "--format", "svg");
        assertEquals(Cli.BAD_INPUT, device.status());
        assertEquals(1, device.errLines().size());
        assertTrue(device.err().contains("not a regular file"), device.err());
        Path fifo = dir.resolve("fifo.svg");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");
        assertEquals(Cli.BAD_INPUT, run("export", "mazur", "-o", fifo.toString()).status());
    }

    @Test
    void aReadOnlyFileIsRefusedAndLeftAsItWas() throws Exception {
        Path file = Files.writeString(dir.resolve("keep.svg"), "mine");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        Run run = run("export", "mazur", "-o", file.toString());
        assertEquals(Cli.BAD_INPUT, run.status());
        assertTrue(run.err().contains("read-only"), run.err());
        assertEquals("mine", Files.readString(file));
    }

    // ----- item 9: escaping ---------------------------------------------------------------------------

    private static final String NASTY = "a\nb\u0007 <&> \" # $ % & ~ _ ^ \\ { } | \u0000end";

    @Test
    void aTitleWithControlCharactersMakesValidXml() throws Exception {
        Path svg = dir.resolve("t.svg");
        assertEquals(Cli.OK, run("export", "mazur", "--title", NASTY, "-o", svg.toString()).status());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(svg)));
        assertTrue(doc.getDocumentElement().getTextContent().contains("<&>"));
    }

    @Test
    void aTitleWithEveryTexSpecialCompiles() throws Exception {
        Path tex = dir.resolve("t.tex");
        assertEquals(Cli.OK, run("export", "xor", "--title", NASTY, "-o", tex.toString()).status());
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdflatex")), "pdflatex is not installed");
        Process latex = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error", "t.tex").directory(dir.toFile())
                .redirectErrorStream(true).start();
        String log = new String(latex.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(latex.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, latex.exitValue(), log);
    }

    @Test
    void aChineseTitleStillCompilesWithPdflatexAndIsWarnedOf() throws Exception {
        Path tex = dir.resolve("zh.tex");
        Run run = run("export", "xor", "--title", "反向傳播 😀", "-o", tex.toString());
        assertEquals(Cli.OK, run.status());
        assertEquals("deltaflow: warning: --title: pdflatex cannot typeset 傳 反 向 播 😀 (it shows ?); compile with xelatex or lualatex "
                + "and a font that has them, or export SVG or PNG", run.errLines().get(0));
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdflatex")), "pdflatex is not installed");
        Process latex = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error", "zh.tex").directory(dir.toFile())
                .redirectErrorStream(true).start();
        String log = new String(latex.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(latex.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, latex.exitValue(), log);
    }

    @Test
    void aPngTitleWithControlCharactersIsDrawn() {
        assertEquals(Cli.OK, run("export", "mazur", "--title", NASTY, "--scale", "1", "-o", dir.resolve("t.png").toString()).status());
    }

    @Test
    void aNewlineInAFileNameLeavesTheMessageOneLine() {
        Run run = run("trace", "no\nsuch\u001b[31m.json");
        assertEquals(Cli.BAD_INPUT, run.status());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("no\\nsuch\\u001b[31m.json"), run.err());
    }

    // ----- item 10: a file name the system cannot represent ----------------------------------------------

    @Test
    void aFileNameTheSystemRefusesIsOneLine() {
        Run run = run("trace", "nul\u0000.json");
        assertEquals(Cli.BAD_INPUT, run.status());
        assertEquals(1, run.errLines().size(), run.err());
        Run export = run("export", "mazur", "-o", "out\u0000.svg");
        assertEquals(Cli.BAD_INPUT, export.status());
    }

    // ----- item 6: silent guesses --------------------------------------------------------------------------

    @Test
    void aMisspeltFieldIsOneLineOnStderr() throws Exception {
        String mazur = new String(CommandFailuresTest.class.getResourceAsStream("/assets/scenarios/mazur.json").readAllBytes(), StandardCharsets.UTF_8);
        Path file = Files.writeString(dir.resolve("m.json"), mazur.replace("\"trainBiases\"", "\"trainbiases\""));
        Run run = run("trace", file.toString());
        assertEquals(Cli.OK, run.status(), run.err());
        assertEquals(List.of("deltaflow: warning: " + file + ": unknown field \"trainbiases\" is ignored; did you mean \"trainBiases\"?"), run.errLines());
        Path missing = Files.writeString(dir.resolve("w.json"), mazur.replaceFirst("\"weights\"", "\"weigths\""));
        Run refused = run("trace", missing.toString());
        assertEquals(Cli.BAD_INPUT, refused.status());
        assertEquals(List.of("deltaflow: " + missing + ": network.layers[0]: missing \"weights\" (is \"weigths\" a misspelling?)"), refused.errLines());
    }
}
