package deltaflow.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Reports when the window's first frame has been painted, for the start-up benchmark ({@code bench/startup}):
 * with {@code -Ddeltaflow.firstFrame=report} it prints {@code deltaflow: first frame at <epoch ms>} on
 * standard error, with {@code =exit} it then also ends the program. Without the property it does nothing.
 *
 * <p>JavaFX lays out and syncs a frame on the FX thread, then paints it on the render thread; the next
 * pulse starts only once that painting is done. So the first frame counts as painted when the pulse after
 * it begins, which the first one requests.
 */
final class FirstFrame {
    static final String PROPERTY = "deltaflow.firstFrame";

    private FirstFrame() {}

    /** Reports the first frame if the property asks for it. */
    static void watch(Scene scene) {
        String mode = System.getProperty(PROPERTY);
        if (mode == null) return;
        after(scene, () -> {
            System.err.println("deltaflow: first frame at " + System.currentTimeMillis());
            System.err.flush();
            if (mode.equals("exit")) Platform.exit();
        });
    }

    /** Runs {@code action} on the FX thread once, when the scene's first frame has been painted. */
    static void after(Scene scene, Runnable action) {
        Runnable[] afterFirst = new Runnable[1];
        Runnable first = new Runnable() {
            @Override public void run() {
                scene.removePostLayoutPulseListener(this);
                scene.addPreLayoutPulseListener(afterFirst[0]);
                Platform.requestNextPulse();
            }
        };
        afterFirst[0] = new Runnable() {
            @Override public void run() {
                scene.removePreLayoutPulseListener(this);
                action.run();
            }
        };
        scene.addPostLayoutPulseListener(first);
    }
}
