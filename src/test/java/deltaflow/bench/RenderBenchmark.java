package deltaflow.bench;

import com.sun.javafx.perf.PerformanceTracker;
import deltaflow.diagram.DiagramBuilder;
import deltaflow.diagram.View;
import deltaflow.model.Granularity;
import deltaflow.model.Phase;
import deltaflow.model.Scenarios;
import deltaflow.ui.DeltaflowApp;
import deltaflow.ui.files.state.FileChooserService;
import deltaflow.ui.files.state.RecentFiles;
import deltaflow.ui.files.state.ScenarioFiles;
import deltaflow.ui.stepper.state.StepperViewModel;
import deltaflow.ui.reverse.BackwardAnimator;
import javafx.animation.Animation;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

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
 * What the window costs per frame under JavaFX's software pipeline, headless (Monocle, prism.order=sw) on a
 * 1920×1080 screen, timed on real pulses: a frame is one pulse of the window, from its start (CSS, layout,
 * copying the scene to the render graph) to the end of painting the screen, both read from JavaFX's own
 * PerformanceTracker. Two measures, after a warm-up walk so the JIT has compiled what a lecture runs:
 * <ul>
 *   <li><b>frames</b> of the backward-pass animation playing in real time (one second per layer of δ);</li>
 *   <li><b>steps</b>: the stepper's next() (diagram, inspector, formula, cards) plus the frame that shows it:
 *   the time from a key press to its result on screen, less the wait for the screen's next tick.</li>
 * </ul>
 * Run with {@code bench/render} (default, and 784-128-64-10 in the reverse and both views) or name
 * {@code scenario:VIEW} pairs.
 */
public final class RenderBenchmark {
    private static final int STEPS = Integer.getInteger("bench.steps", 24);
    /** Steps walked (there and back) before timing. */
    private static final int WARM_UP = 40;
    private static final boolean TRACE = Boolean.getBoolean("bench.trace");
    private static final boolean VERBOSE = System.getProperty("bench.verbose") != null;
    /** For profiling a step: no animation frames. */
    private static final boolean STEPS_ONLY = System.getProperty("bench.stepsOnly") != null;

    private final Scene scene;
    private final PerformanceTracker tracker;
    private volatile long pulseStarted;
    private volatile CompletableFuture<Long> nextFrame;
    private final List<Double> frames = new ArrayList<>();
    private volatile boolean collecting;

    private RenderBenchmark(Scene scene) {
        this.scene = scene;
        tracker = PerformanceTracker.getSceneTracker(scene);
        // FX thread, first thing in the scene's pulse: before its CSS and layout passes
        tracker.setOnPulse(() -> { pulseStarted = System.nanoTime(); if (TRACE) System.out.println("T tracker.pulse " + pulseStarted / 1000); });
        tracker.setOnRenderedFrameTask(this::rendered);              // render thread, after painting
        scene.addPreLayoutPulseListener(() -> {
            frameStarted = System.nanoTime();
            if (TRACE) System.out.println("T pre-layout " + frameStarted / 1000);
        });
        scene.addPostLayoutPulseListener(() -> { if (armed) laidOut = System.nanoTime(); armed = false; });
    }

    private volatile long frameStarted;
    private volatile long laidOut;
    private volatile long lastRendered;
    /** Set by a step, cleared by the pulse that shows it: that pulse's CSS and layout are timed. */
    private volatile boolean armed;

    private void rendered() {
        lastRendered = System.nanoTime();
        if (TRACE) System.out.println("T rendered " + lastRendered / 1000);
        long took = lastRendered - pulseStarted;
        CompletableFuture<Long> waiting = nextFrame;
        if (waiting != null) waiting.complete(took);
        if (collecting) synchronized (frames) { frames.add(took / 1e6); }
    }

    public static void main(String[] args) throws Exception {
        startHeadlessToolkit();
        String[] runs = args.length > 0 ? args : new String[] {"default:BOTH", "mnist-shaped:REVERSE", "mnist-shaped:BOTH"};
        for (String run : runs) {
            String[] parts = run.split(":");
            run(parts[0], parts.length > 1 ? View.valueOf(parts[1]) : View.BOTH);
        }
        Platform.exit();
    }

    private static void run(String name, View view) throws Exception {
        Preferences prefs = Preferences.userRoot().node("deltaflow-bench/" + UUID.randomUUID());
        StepperViewModel stepper = fx(() -> new StepperViewModel(Scenarios.builtIn(name)));
        FileChooserService none = new FileChooserService() {
            @Override public Optional<Path> chooseOpen(Path directory) { return Optional.empty(); }
            @Override public Optional<Path> chooseSave(Path directory, String suggestedName) { return Optional.empty(); }
        };
        Scene scene = fx(() -> DeltaflowApp.show(new Stage(), stepper, new ScenarioFiles(stepper, none, new RecentFiles(prefs)), 1920, 1080));
        RenderBenchmark bench = fx(() -> new RenderBenchmark(scene));
        BackwardAnimator animator = fx(() -> (BackwardAnimator) scene.lookup(".diagram-view").getProperties().get(BackwardAnimator.class));
        int start = fx(() -> {
            stepper.setView(view);
            stepper.setGranularity(Granularity.NEURON);
            return stepper.getTimeline().phaseStart(Phase.BACKWARD, 0);
        });
        // Warm-up: the same kind of steps, there and back, with the animations cut short.
        fx(() -> { animator.setStageDuration(Duration.ZERO); stepper.jumpTo(start - WARM_UP / 2); return null; });
        for (int k = 0; k < WARM_UP; k++) bench.step(stepper, k < WARM_UP / 2 || k % 2 == 0);
        fx(() -> { animator.setStageDuration(Duration.seconds(1)); stepper.jumpTo(start); return null; });
        bench.frame();
        int size = fx(() -> stepper.getDiagram().primitives().size());

        List<Double> steps = new ArrayList<>(), logic = new ArrayList<>(), builds = new ArrayList<>();
        long budget = System.nanoTime() + TimeUnit.SECONDS.toNanos(120); // a slow configuration reports what it managed
        for (int s = 0; s < STEPS && System.nanoTime() < budget; s++) {
            double[] timed = bench.step(stepper, true);
            logic.add(timed[0]);
            steps.add(timed[1]);
            long b0 = System.nanoTime();
            DiagramBuilder.build(stepper.getTimeline(), stepper.getPosition(), stepper.diagramOptions());
            builds.add((System.nanoTime() - b0) / 1e6);
            Animation running = fx(animator::running);
            if (running != null && !STEPS_ONLY) bench.playOut(running); // the step's animation, frame by frame
            else if (running != null) fx(() -> { running.stop(); return null; });
            if (VERBOSE) System.out.printf("  step %d: %s next() %.1f ms, shown after %.1f ms%n", s, fx(() -> stepper.getStatus()), timed[0], timed[1]);
        }
        System.out.printf("%-13s %-7s %,7d primitives  frame median %5.1f ms  p95 %5.1f ms (%d frames)  step median %5.1f ms  p95 %5.1f ms"
                        + "  (next() and its listeners: median %5.1f ms; diagram build alone: median %5.1f ms)%n",
                name, view.name().toLowerCase(), size, percentile(bench.frames, 50), percentile(bench.frames, 95), bench.frames.size(),
                percentile(steps, 50), percentile(steps, 95), percentile(logic, 50), percentile(builds, 50));
        fx(() -> { ((Stage) scene.getWindow()).close(); return null; });
        PerformanceTracker.releaseSceneTracker(scene);
        prefs.removeNode();
    }

    /** One step forward (or back): {next() alone, next() plus the frame that shows it} in ms. */
    private double[] step(StepperViewModel stepper, boolean forward) throws Exception {
        Thread.sleep(50); // the renderer idle, so the next frame painted is this step's
        CompletableFuture<Long> frame = new CompletableFuture<>();
        double logic = fx(() -> {
            long t0 = System.nanoTime();
            if (forward) stepper.next();
            else stepper.back();
            double took = (System.nanoTime() - t0) / 1e6;
            nextFrame = frame; // the next pulse to finish painting is the one that shows this step
            armed = true;
            Platform.requestNextPulse();
            return took;
        });
        double shown = frame.get(10, TimeUnit.SECONDS) / 1e6;
        nextFrame = null;
        if (VERBOSE) System.out.printf("    next() %.1f ms; pulse: css+layout %.1f ms, then sync and paint %.1f ms%n",
                logic, (laidOut - frameStarted) / 1e6, (lastRendered - laidOut) / 1e6);
        return new double[] {logic, logic + shown};
    }

    /** Waits for one painted frame. */
    private void frame() throws Exception {
        CompletableFuture<Long> frame = new CompletableFuture<>();
        fx(() -> { nextFrame = frame; Platform.requestNextPulse(); return null; });
        try {
            frame.get(10, TimeUnit.SECONDS);
        } catch (TimeoutException nothingToPaint) {
            // the scene was clean: nothing to wait for
        }
        nextFrame = null;
    }

    /** Lets the animation play to its end in real time, recording every frame. */
    private void playOut(Animation animation) throws Exception {
        collecting = true;
        fx(() -> { animation.playFrom(Duration.ZERO); return null; }); // its first frame was timed as the step's
        while (fx(animation::getStatus) == Animation.Status.RUNNING) Thread.sleep(20);
        collecting = false;
    }

    private static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) return Double.NaN;
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int k = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, k))];
    }

    /** Runs {@code work} on the FX thread and waits for its result. */
    /**
     * The JavaFX toolkit on Monocle's headless 1920×1080 screen under the software pipeline, as every window
     * benchmark measures it; closing one window must not end the toolkit.
     */
    static void startHeadlessToolkit() throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("headless.geometry", "1920x1080-32"); // Monocle's screen: the window's size
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        Platform.setImplicitExit(false);
    }

    static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }
}
