package deltaflow.bench;

import com.sun.javafx.perf.PerformanceTracker;
import deltaflow.diagram.View;
import deltaflow.model.Scenarios;
import deltaflow.ui.DeltaflowApp;
import deltaflow.ui.files.state.FileChooserService;
import deltaflow.ui.files.state.RecentFiles;
import deltaflow.ui.files.state.ScenarioFiles;
import deltaflow.ui.stepper.state.StepperViewModel;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;

/**
 * What opening a large scenario and switching views cost in the window, headless (Monocle, software pipeline,
 * 1920×1080) like {@link RenderBenchmark}: the time from Scenarios ▸ mnist-shaped (or a click on a view) to
 * the end of painting the frame that shows it, and the process's CPU time for the same, every thread (on a busy
 * machine the CPU time is the figure to compare). Run with {@code bench/render --open}; {@code -Dbench.repeat=N}
 * repeats each measure (default 3, the median is printed).
 */
public final class OpenBenchmark {
    private static final int REPEAT = Integer.getInteger("bench.repeat", 3);
    /** The process's CPU time so far, every thread (java.base only: the tests are compiled into the deltaflow module). */
    private static long processCpu() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    private final PerformanceTracker tracker;
    private volatile CompletableFuture<Long> painted;
    private volatile long lastRendered;

    private OpenBenchmark(Scene scene) {
        tracker = PerformanceTracker.getSceneTracker(scene);
        tracker.setOnRenderedFrameTask(() -> {
            lastRendered = System.nanoTime();
            CompletableFuture<Long> waiting = painted;
            if (waiting != null) waiting.complete(System.nanoTime());
        });
    }

    public static void main(String[] args) throws Exception {
        RenderBenchmark.startHeadlessToolkit();
        String name = args.length > 0 ? args[0] : "mnist-shaped";

        Preferences prefs = Preferences.userRoot().node("deltaflow-bench/" + UUID.randomUUID());
        StepperViewModel stepper = fx(() -> new StepperViewModel(Scenarios.builtIn("default")));
        FileChooserService none = new FileChooserService() {
            @Override public Optional<Path> chooseOpen(Path directory) { return Optional.empty(); }
            @Override public Optional<Path> chooseSave(Path directory, String suggestedName) { return Optional.empty(); }
        };
        ScenarioFiles files = new ScenarioFiles(stepper, none, new RecentFiles(prefs));
        Scene scene = fx(() -> DeltaflowApp.show(new Stage(), stepper, files, 1920, 1080));
        OpenBenchmark bench = fx(() -> new OpenBenchmark(scene));
        bench.settle();

        List<double[]> opens = new ArrayList<>();
        for (int k = 0; k < REPEAT; k++) {
            fx(() -> { files.openBuiltIn("default"); stepper.setView(View.FORWARD); return null; });
            bench.settle();
            opens.add(bench.timed(() -> files.openBuiltIn(name)));
        }
        report("open " + name, opens);
        System.out.printf("  %s: %,d steps, %,d primitives in the forward view, granularity %s%n", name,
                fx(() -> stepper.getTimeline().size()), fx(() -> stepper.getDiagram().primitives().size()),
                fx(() -> stepper.getGranularity().id()));

        View[][] switches = {{View.FORWARD, View.BOTH}, {View.BOTH, View.FORWARD}, {View.FORWARD, View.REVERSE},
                {View.REVERSE, View.BOTH}, {View.BOTH, View.REVERSE}};
        for (View[] pair : switches) {
            List<double[]> times = new ArrayList<>();
            for (int k = 0; k < REPEAT; k++) {
                fx(() -> { stepper.setView(pair[0]); return null; });
                bench.settle();
                times.add(bench.timed(() -> stepper.setView(pair[1])));
            }
            report("view " + pair[0].id() + " → " + pair[1].id(), times);
        }
        fx(() -> { ((Stage) scene.getWindow()).close(); return null; });
        PerformanceTracker.releaseSceneTracker(scene);
        prefs.removeNode();
        Platform.exit();
    }

    /**
     * {wall ms from the action to the painted frame, wall ms of the action alone on the FX thread, the whole
     * process's CPU ms (every thread: the renderer's painting too) from the action to the painted frame}
     */
    private double[] timed(Runnable action) throws Exception {
        CompletableFuture<Long> frame = new CompletableFuture<>();
        long[] alone = new long[1];
        long process = processCpu();
        long t0 = System.nanoTime();
        fx(() -> {
            long a0 = System.nanoTime();
            action.run();
            alone[0] = System.nanoTime() - a0;
            painted = frame;
            Platform.requestNextPulse();
            return null;
        });
        long end = frame.get(120, TimeUnit.SECONDS);
        painted = null;
        long processCpu = processCpu() - process;
        return new double[] {(end - t0) / 1e6, alone[0] / 1e6, processCpu / 1e6};
    }

    /** Waits until the scene has been quiet for a second: whatever the last change left is painted. */
    private void settle() throws Exception {
        fx(() -> { Platform.requestNextPulse(); return null; });
        long since = System.nanoTime();
        while (System.nanoTime() - Math.max(since, lastRendered) < 1_000_000_000L) Thread.sleep(100);
    }

    private static void report(String what, List<double[]> runs) {
        System.out.printf("%-26s shown after %8.1f ms (median of %d; the action alone %7.1f ms)   CPU of all threads %8.1f ms%n",
                what, median(runs, 0), runs.size(), median(runs, 1), median(runs, 2));
    }

    private static double median(List<double[]> runs, int k) {
        double[] v = runs.stream().mapToDouble(r -> r[k]).sorted().toArray();
        return v[v.length / 2];
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return RenderBenchmark.fx(work);
    }
}
