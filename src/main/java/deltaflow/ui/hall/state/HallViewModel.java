package deltaflow.ui.hall.state;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

import java.util.prefs.Preferences;

/**
 * The lecturer's settings for the room: presentation mode, a blanked screen, the shortcut overlay, slow motion,
 * and the type scale (100% to 300%), which is remembered between runs in a preferences node (the user's own,
 * or a test's). Holds no Node, so plain JUnit tests it.
 */
public final class HallViewModel {
    public static final double MIN_SCALE = 1, MAX_SCALE = 3, SCALE_STEP = 0.25;
    /**
     * Steps per second in slow motion: time to say what each step does. A beat of 4 s lets a layer of δ's
     * pulses (3.4 s in slow motion) land before the next step.
     */
    public static final double SLOW_SPEED = 0.25;
    private static final String SCALE_KEY = "typeScale";

    private final Preferences node;
    private final DoubleProperty typeScale = new SimpleDoubleProperty(this, "typeScale", MIN_SCALE);
    private final BooleanProperty presenting = new SimpleBooleanProperty(this, "presenting");
    private final BooleanProperty blanked = new SimpleBooleanProperty(this, "blanked");
    private final BooleanProperty shortcutsShown = new SimpleBooleanProperty(this, "shortcutsShown");
    private final BooleanProperty slowMotion = new SimpleBooleanProperty(this, "slowMotion");
    private final BooleanProperty allLabels = new SimpleBooleanProperty(this, "allLabels");
    private final BooleanProperty stepCounterShown = new SimpleBooleanProperty(this, "stepCounterShown");

    public HallViewModel(Preferences node) {
        this.node = node;
        typeScale.set(clamp(node.getDouble(SCALE_KEY, MIN_SCALE)));
        typeScale.addListener((o, was, is) -> {
            double clamped = clamp(is.doubleValue());
            if (clamped != is.doubleValue()) typeScale.set(clamped);
            else node.putDouble(SCALE_KEY, clamped);
        });
        // Leaving presentation mode also unblanks: a lecturer must never lose the screen behind a hidden state.
        presenting.addListener((o, was, is) -> { if (!is) blanked.set(false); });
    }

    /** The program's own preferences node. */
    public static HallViewModel forUser() {
        return new HallViewModel(Preferences.userRoot().node("org/deltaflow/hall"));
    }

    private static double clamp(double scale) {
        if (!(scale >= MIN_SCALE)) return MIN_SCALE; // also NaN from a damaged preference
        return Math.min(MAX_SCALE, Math.round(scale / SCALE_STEP) * SCALE_STEP);
    }

    public DoubleProperty typeScaleProperty() { return typeScale; }
    public double getTypeScale() { return typeScale.get(); }
    public void setTypeScale(double scale) { typeScale.set(clamp(scale)); }
    public void larger() { setTypeScale(getTypeScale() + SCALE_STEP); }
    public void smaller() { setTypeScale(getTypeScale() - SCALE_STEP); }
    public void resetScale() { setTypeScale(MIN_SCALE); }

    public BooleanProperty presentingProperty() { return presenting; }
    public boolean isPresenting() { return presenting.get(); }
    public void setPresenting(boolean on) { presenting.set(on); }

    public BooleanProperty blankedProperty() { return blanked; }
    public boolean isBlanked() { return blanked.get(); }
    /** Blanking belongs to presentation mode; outside it the screen is never blanked. */
    public void toggleBlank() { blanked.set(!blanked.get() && isPresenting()); }
    public void unblank() { blanked.set(false); }

    public BooleanProperty shortcutsShownProperty() { return shortcutsShown; }
    public boolean isShortcutsShown() { return shortcutsShown.get(); }
    public void toggleShortcuts() { shortcutsShown.set(!shortcutsShown.get()); }

    /** Every label drawn, however small that makes the text (L): for a question about a label the layout left out. */
    public BooleanProperty allLabelsProperty() { return allLabels; }
    public boolean isAllLabels() { return allLabels.get(); }
    public void toggleAllLabels() { allLabels.set(!allLabels.get()); }

    /** The step counter (the status line) shown in presentation mode too (N). */
    public BooleanProperty stepCounterShownProperty() { return stepCounterShown; }
    public boolean isStepCounterShown() { return stepCounterShown.get(); }
    public void toggleStepCounter() { stepCounterShown.set(!stepCounterShown.get()); }

    /** The type scale as people say it: "150 %". */
    public String typeScaleText() { return Math.round(getTypeScale() * 100) + " %"; }

    public BooleanProperty slowMotionProperty() { return slowMotion; }
    public boolean isSlowMotion() { return slowMotion.get(); }
    public void toggleSlowMotion() { slowMotion.set(!slowMotion.get()); }
}
