package deltaflow.bench;

import deltaflow.diagram.View;
import deltaflow.model.Exercise;
import deltaflow.model.Scenarios;
import deltaflow.ui.DeltaflowApp;
import deltaflow.ui.hall.state.HallViewModel;
import deltaflow.ui.files.state.RecentFiles;
import deltaflow.ui.files.state.ScenarioFiles;
import deltaflow.ui.stepper.state.StepperViewModel;
import deltaflow.ui.i18n.Messages;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.prefs.Preferences;

/**
 * Not a test: screenshots of the window to look at, at the size of the headless screen (-Dheadless.geometry),
 * at the desk and presenting, at 100/200/300 %, every view, English and 繁體中文. Run with the test class path under
 * Monocle: {@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1280x720-32
 * -cp ... deltaflow.bench.WindowGallery OUT_DIR [scenario [position|end|mid [exercise]]]}. {@code -Dgallery.scales=1,1.5}
 * and {@code -Dgallery.modes=desk} narrow the set, {@code -Dgallery.select=2,1,1} selects w₁₁² (default 1,2,3 and desk,present). The "150 %" indicator a change of type
 * scale shows for a moment is hidden before each shot, so it does not cover the diagram.
 */
public final class WindowGallery {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/window-look");
        String scenario = args.length > 1 ? args[1] : "default";
        String where = args.length > 2 ? args[2] : "mid";
        boolean exercise = args.length > 3 && args[3].equals("exercise");
        Files.createDirectories(dir);
        String[] geometry = System.getProperty("headless.geometry", "1920x1080-32").split("[x-]");
        double w = Double.parseDouble(geometry[0]), h = Double.parseDouble(geometry[1]);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Preferences prefs = Preferences.userRoot().node("deltaflow-gallery/" + UUID.randomUUID());
        Object[] made = new Object[4];
        run(() -> {
            Stage stage = new Stage();
            StepperViewModel stepper = new StepperViewModel(Scenarios.builtIn(scenario));
            HallViewModel hall = new HallViewModel(prefs);
            ScenarioFiles files = new ScenarioFiles(stepper, deltaflow.ui.GalleryAccess.noFiles(), new RecentFiles(prefs.node("recent")));
            Scene scene = DeltaflowApp.show(stage, stepper, files, hall, w, h);
            made[0] = stepper; made[1] = hall; made[2] = scene; made[3] = stage;
        });
        StepperViewModel stepper = (StepperViewModel) made[0];
        HallViewModel hall = (HallViewModel) made[1];
        Scene scene = (Scene) made[2];
        int size = stepper.getTimeline().size();
        int position = switch (where) {
            case "end" -> size;
            case "mid" -> stepper.getTimeline().phaseStart(deltaflow.model.Phase.BACKWARD, 0) + 2;
            default -> Integer.parseInt(where);
        };
        if (exercise) run(() -> deltaflow.ui.GalleryAccess.startExercise(scene, EnumSet.allOf(Exercise.Topic.class)));
        double[] scales = java.util.Arrays.stream(System.getProperty("gallery.scales", "1,2,3").split(",")).mapToDouble(Double::parseDouble).toArray();
        java.util.List<String> modes = java.util.List.of(System.getProperty("gallery.modes", "desk,present").split(","));
        for (boolean presenting : new boolean[] {false, true}) {
            if (!modes.contains(presenting ? "present" : "desk")) continue;
            for (double scale : scales) {
                for (View view : View.values()) {
                    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.TRADITIONAL_CHINESE}) {
                        run(() -> {
                            Messages.setLocale(locale);
                            hall.setPresenting(presenting);
                            hall.setTypeScale(scale);
                            stepper.setView(view);
                            stepper.jumpTo(position);
                            // -Dgallery.select=l,i,j selects weight w_ij^l (1-based), as a click on its edge does
                            String select = System.getProperty("gallery.select");
                            if (select != null) {
                                int[] k = java.util.Arrays.stream(select.split(",")).mapToInt(Integer::parseInt).toArray();
                                stepper.select(deltaflow.model.ValueRef.weight(k[0], k[1] - 1, k[2] - 1));
                            }
                        });
                        Thread.sleep(150);
                        run(() -> {
                            javafx.scene.Node indicator = scene.lookup("#type-scale-indicator");
                            if (indicator != null) indicator.setVisible(false);
                            javafx.scene.Node pane = scene.lookup(".diagram-view");
                            System.out.printf("viewport %s %s %s %s %.0f%%: %.0f x %.0f%n", (int) w + "x" + (int) h, exercise ? "exercise" : "-",
                                    presenting ? "present" : "desk", locale.getLanguage(), scale * 100,
                                    pane.getLayoutBounds().getWidth(), pane.getLayoutBounds().getHeight());
                        });
                        String name = String.format("%s-%s-%s-%s-%d-%s%s.png", scenario, (int) w + "x" + (int) h, presenting ? "present" : "desk",
                                view.id(), (int) (scale * 100), locale.getLanguage(), exercise ? "-ex" : "");
                        java.awt.image.BufferedImage[] img = new java.awt.image.BufferedImage[1];
                        run(() -> img[0] = SwingFXUtils.fromFXImage(scene.snapshot(null), null));
                        ImageIO.write(img[0], "png", dir.resolve(name).toFile());
                    }
                }
            }
        }
        prefs.removeNode();
        Platform.exit();
    }

    private static void run(Runnable r) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Throwable[] failed = new Throwable[1];
        Platform.runLater(() -> { try { r.run(); } catch (Throwable t) { failed[0] = t; } finally { done.countDown(); } });
        done.await();
        if (failed[0] != null) throw new RuntimeException(failed[0]);
        CountDownLatch idle = new CountDownLatch(1);
        Platform.runLater(idle::countDown);
        idle.await();
    }
}
