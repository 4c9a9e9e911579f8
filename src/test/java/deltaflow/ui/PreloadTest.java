package deltaflow.ui;

import deltaflow.ui.stepper.TexRenderer;

import org.junit.jupiter.api.Test;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PreloadTest {
    /** The preload's thread and the FX thread's formulas may meet: both hold the lock, so layouts agree. */
    @Test void typesettingWhileThePreloadRunsLaysOutAsAlone() throws Exception {
        String latex = "\\delta_2^1 = \\sigma'(z_2^1)\\,(w_{12}^2 \\delta_1^2 + w_{22}^2 \\delta_2^2)";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<Integer> width = () -> TexRenderer.typeset(latex, 30, null).width();
            var results = new java.util.ArrayList<Future<Integer>>();
            for (int i = 0; i < 8; i++) {
                pool.submit(Preload::typesetting);
                results.add(pool.submit(width));
            }
            int alone = width.call();
            for (Future<Integer> r : results) assertEquals(alone, r.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
