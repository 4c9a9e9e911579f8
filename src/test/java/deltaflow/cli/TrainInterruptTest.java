package deltaflow.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ctrl-C during training: a real child JVM gets SIGINT, ends with 130 and leaves no file, not even a part. */
class TrainInterruptTest {
    @TempDir Path dir;

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void ctrlCWhileTrainingWritesNothing() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), "deltaflow.Main", "train", "default",
                "--data", "spiral", "--hidden", "8,8,8,8,8,8", "--epochs", "10000000", "-o", dir.resolve("t.json").toString(),
                "--history", dir.resolve("h.csv").toString(), "--plot", dir.resolve("p.png").toString()))
                .redirectErrorStream(true).start();
        assertTrue(!child.waitFor(3, TimeUnit.SECONDS), "still training after 3 s");
        assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start().waitFor());
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "stopped after Ctrl-C");
        assertEquals(130, child.exitValue());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }
}
