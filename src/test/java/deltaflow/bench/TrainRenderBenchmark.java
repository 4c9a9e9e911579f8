package deltaflow.bench;

import com.sun.javafx.perf.PerformanceTracker;
import deltaflow.model.Scenarios;
import deltaflow.ui.DeltaflowApp;
import deltaflow.ui.files.state.FileChooserService;
import deltaflow.ui.files.state.RecentFiles;
import deltaflow.ui.files.state.ScenarioFiles;
import deltaflow.ui.stepper.state.StepperViewModel;
import deltaflow.ui.train.state.TrainViewModel;
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
import java.util.prefs.Preferences;

/**
 * Frames of the train view while it plays, headless under JavaFX's software pipeline (Monocle,
 * prism.order=sw) on a 1920×1080 screen: a frame is one pulse, from its start (taking the newest training
 * frame, CSS, layout, syncing the scene) to the end of painting the screen, read from JavaFX's
 * PerformanceTracker. Training runs on its own thread, one epoch per screen frame at least; the figures are
 * the frames' median and 95th percentile, and epochs per second and per frame. Targets (issue #15): median
 * ≤ 16.7 ms, p95 ≤ 25 ms on 2-[4,2]-1 and 2-[8×6]-1, at least one epoch per frame on 2-[4,2]-1.
 * {@code bench/render --train}; {@code -Dbench.seconds=N} (default 10) measures for N seconds a network.
 */
public final class TrainRenderBenchmark {
    private static final double SECONDS = Double.parseDouble(System.getProperty("bench.seconds", "10"));
    private static final double WARM_UP = Math.min(3, SECONDS / 2);

    private final List<Double> frames = new ArrayList<>();
    /** Of each frame, the FX thread's part: the pulse's start (animation timers: the new training frame) to the end of its layout (the canvas's drawing commands). */
    private final List<Double> fxParts = new ArrayList<>();
    private volatile long pulseStarted;
    private volatile long laidOut;
    private volatile boolean collecting;

    public static void main(String[] args) throws Exception {
        RenderBenchmark.startHeadlessToolkit();
        Preferences prefs = Preferences.userRoot().node("deltaflow-bench/" + UUID.randomUUID());
        StepperViewModel stepper = fx(() -> new StepperViewModel(Scenarios.builtIn("default")));
        FileChooserService none = new FileChooserService() {
            @Override public Optional<Path> chooseOpen(Path directory) { return Optional.empty(); }
            @Override public Optional<Path> chooseSave(Path directory, String suggestedName) { return Optional.empty(); }
        };
        Scene scene = fx(() -> DeltaflowApp.show(new Stage(), stepper, new ScenarioFiles(stepper, none, new RecentFiles(prefs)), 1920, 1080));
        TrainViewModel train = fx(() -> (TrainViewModel) scene.getProperties().get(TrainViewModel.class));
        fx(() -> { train.setShown(true); return null; });
        TrainRenderBenchmark bench = new TrainRenderBenchmark();
        PerformanceTracker tracker = fx(() -> PerformanceTracker.getSceneTracker(scene));
        tracker.setOnPulse(() -> bench.pulseStarted = System.nanoTime());
        fx(() -> { scene.addPostLayoutPulseListener(() -> bench.laidOut = System.nanoTime()); return null; });
        tracker.setOnRenderedFrameTask(() -> {
            if (bench.collecting) synchronized (bench.frames) {
                bench.frames.add((System.nanoTime() - bench.pulseStarted) / 1e6);
                bench.fxParts.add((bench.laidOut - bench.pulseStarted) / 1e6);
            }
        });
        bench.measure("2-[4,2]-1", train);
        fx(() -> {
            for (int k = 0; k < 4; k++) train.addLayer();
            for (int l = 0; l < 6; l++) for (int k = 0; k < 8; k++) train.addNeuron(l);
            return null;
        });
        bench.measure("2-[8x6]-1", train);
        fx(() -> { train.pause(); ((Stage) scene.getWindow()).close(); return null; });
        PerformanceTracker.releaseSceneTracker(scene);
        prefs.removeNode();
        Platform.exit();
        System.exit(0);
    }

    private void measure(String name, TrainViewModel train) throws Exception {
        fx(() -> { train.reset(); train.play(); return null; });
        Thread.sleep((long) (WARM_UP * 1000));
        int epochBefore = fx(() -> train.getFrame().epoch());
        synchronized (frames) { frames.clear(); fxParts.clear(); }
        collecting = true;
        long start = System.nanoTime();
        Thread.sleep((long) (SECONDS * 1000));
        collecting = false;
        double elapsed = (System.nanoTime() - start) / 1e9;
        int epochs = fx(() -> train.getFrame().epoch()) - epochBefore;
        fx(() -> { train.pause(); return null; });
        List<Double> taken, fxTaken;
        synchronized (frames) { taken = new ArrayList<>(frames); fxTaken = new ArrayList<>(fxParts); }
        System.out.printf("train view %-10s frame median %5.1f ms  p95 %5.1f ms (FX thread's part: median %5.1f ms) (%d frames in %.1f s)  %,.0f epochs/s  %.2f epochs a frame%n",
                name, percentile(taken, 50), percentile(taken, 95), percentile(fxTaken, 50), taken.size(), elapsed,
                epochs / elapsed, taken.isEmpty() ? 0 : (double) epochs / taken.size());
    }

    private static <T> T fx(Callable<T> task) throws Exception { return RenderBenchmark.fx(task); }

    private static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) return Double.NaN;
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100 * sorted.size()) - 1));
    }
}
