package deltaflow.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "A 784-128-64-10 network with 32 examples must step to its end and back within 256 MB of heap." */
class MemoryTest {
    @Test
    void mnistSizedNetworkStepsToItsEndAndBackIn256Megabytes() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"), MemoryWalk.class.getName()))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "still running after 5 minutes");
        assertEquals(0, process.exitValue(), output);
        // 32 × (2·202 z, a + 1 C + 10 ∂C/∂y + 202 δ + 109,386 gradients) + 1 + 109,386 means + 109,386 updates
        assertTrue(output.startsWith("3738869 steps"), output);
    }
}
