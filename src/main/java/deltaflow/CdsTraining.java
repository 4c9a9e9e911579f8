package deltaflow;

import deltaflow.cli.Cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The build's training run for the AppCDS archive ({@code -XX:ArchiveClassesAtExit}): loads, without
 * initialising, each class named in a list recorded from the window's real start ({@code bench/startup
 * --classlist}), then typesets a formula as the window does after its first frame, and runs {@code trace mazur}. Needs no display, so any build machine can make the archive;
 * the archive then holds those classes already parsed and verified, which is most of a start's class loading.
 * A class in the list that no longer exists is skipped: a stale list costs speed, never correctness.
 */
final class CdsTraining {
    private CdsTraining() {}

    public static void main(String[] args) throws IOException {
        ClassLoader loader = ClassLoader.getSystemClassLoader();
        int loaded = 0;
        int missing = 0;
        for (String name : Files.readAllLines(Path.of(args[0]))) {
            if (name.isBlank() || name.startsWith("#")) continue;
            try {
                Class.forName(name.trim(), false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError gone) {
                missing++;
            }
        }
        deltaflow.ui.Preload.typesetting(); // what the window loads just after its first frame
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        int status = new Cli(discard, discard).run(new String[] {"trace", "mazur"});
        System.out.println("CDS training: " + loaded + " classes loaded, " + missing + " not found; trace mazur exit " + status);
    }
}
