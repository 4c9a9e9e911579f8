package deltaflow.bench;

import deltaflow.diagram.DiagramBuilder;
import deltaflow.diagram.View;
import deltaflow.model.Granularity;
import deltaflow.model.Phase;
import deltaflow.model.Scenarios;
import deltaflow.ui.DeltaflowApp;
import deltaflow.ui.FileChooserService;
import deltaflow.ui.RecentFiles;
import deltaflow.ui.ScenarioFiles;
import deltaflow.ui.StepperViewModel;
import deltaflow.ui.network.DiagramView;
import deltaflow.ui.reverse.BackwardAnimator;
import javafx.animation.Animation;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.prefs.Preferences;

/**
 * Frame times of the window animating the backward pass, under JavaFX's software pipeline, headless
 * (Monocle, prism.order=sw) in a 1920×1080 window: for each frame the animation is moved on by 1/60 s and
 * the network view (the only part an animation frame changes) is rendered with {@code Node.snapshot},
 * which does a screen pulse's rendering plus a read-back of the pixels, so these times are an upper bound.
 * A step is timed as the stepper's next() (new diagram, inspector, formula, cards) plus a snapshot of the
 * whole scene. Run with {@code bench/render}.
 */
public final class RenderBenchmark {
    private static final int FRAMES = 120;

    private RenderBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("headless.geometry", "1920x1080-32"); // Monocle's screen: the window's size
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        Platform.setImplicitExit(false); // closing one scenario's window must not end the toolkit
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
        BackwardAnimator animator = fx(() -> (BackwardAnimator) scene.lookup(".diagram-view").getProperties().get(BackwardAnimator.class));
        fx(() -> {
            animator.setStageDuration(Duration.seconds(2));
            stepper.setView(view);
            stepper.setGranularity(Granularity.NEURON);
            stepper.jumpTo(stepper.getTimeline().phaseStart(Phase.BACKWARD, 0));
            return null;
        });
        render(scene);
        javafx.scene.Node diagramView = fx(() -> scene.lookup(".diagram-view"));
        int size = fx(() -> stepper.getDiagram().primitives().size());
        // Steps: each one δ (a neuron step), into and across the backward pass.
        int stepsTimed = 12;
        double[] steps = new double[stepsTimed];
        double[] builds = new double[stepsTimed];
        double[] logic = new double[stepsTimed];
        double[] frames = new double[FRAMES * stepsTimed / 4];
        int f = 0;
        long budget = System.nanoTime() + 90_000_000_000L; // a slow configuration reports what it managed in 90 s
        int done = 0;
        for (int s = 0; s < stepsTimed && System.nanoTime() < budget; s++, done++) {
            long t0 = System.nanoTime();
            fx(() -> { stepper.next(); return null; });
            logic[s] = (System.nanoTime() - t0) / 1e6;
            render(scene);
            steps[s] = (System.nanoTime() - t0) / 1e6;
            long b0 = System.nanoTime();
            DiagramBuilder.build(stepper.getTimeline(), stepper.getPosition(), stepper.diagramOptions());
            builds[s] = (System.nanoTime() - b0) / 1e6;
            Animation a = fx(() -> { Animation running = animator.running(); if (running != null) running.pause(); return running; });
            if (a == null || s % 4 != 3) continue;
            // The animation of this step, frame by frame at 60 frames a second.
            for (int k = 0; k < FRAMES && f < frames.length; k++) {
                double at = 2000.0 * k / FRAMES;
                long t1 = System.nanoTime();
                fx(() -> { a.jumpTo(Duration.millis(at)); return null; });
                fx(() -> diagramView.snapshot(null, null));
                frames[f++] = (System.nanoTime() - t1) / 1e6;
            }
        }
        frames = Arrays.copyOf(frames, f);
        steps = Arrays.copyOf(steps, done);
        builds = Arrays.copyOf(builds, done);
        logic = Arrays.copyOf(logic, done);
        System.out.printf("%-14s %-7s %,7d primitives  frame median %6.1f ms  p95 %6.1f ms (%d frames)  step median %6.1f ms  p95 %6.1f ms  (next() and its listeners: median %6.1f ms; diagram build alone: median %6.1f ms)%n",
                name, view.name().toLowerCase(), size, percentile(frames, 50), percentile(frames, 95), frames.length, percentile(steps, 50), percentile(steps, 95), percentile(logic, 50), percentile(builds, 50));
        fx(() -> { ((Stage) scene.getWindow()).close(); return null; });
        prefs.removeNode();
    }

    private static void render(Scene scene) throws Exception {
        fx(() -> scene.snapshot(null));
    }

    private static double percentile(double[] values, double p) {
        if (values.length == 0) return Double.NaN;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int k = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, k))];
    }

    private static <T> T fx(Callable<T> work) throws Exception {
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
