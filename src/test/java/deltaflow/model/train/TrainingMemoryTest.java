package deltaflow.model.train;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 10,000 epochs of the largest 2-D network, with every snapshot kept, fit in a JVM of 256 MB. */
class TrainingMemoryTest {
    @Test
    void tenThousandEpochsOfTheLargestNetworkRunIn256MB() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"), LongTraining.class.getName()))
                .redirectErrorStream(true).start();
        assertTrue(child.waitFor(10, TimeUnit.MINUTES), "finished");
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.exitValue(), output);
        assertTrue(output.startsWith("epochs 10000 snapshots 10000 heap "), output);
        long heap = Long.parseLong(output.strip().substring(output.lastIndexOf(' ') + 1));
        System.out.println("10,000 epochs of 7-[8×6]-1: " + heap / (1 << 20) + " MB of heap in use");
        assertTrue(heap < 128L << 20, heap + " bytes");
    }
}
