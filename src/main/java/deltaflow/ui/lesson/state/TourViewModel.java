package deltaflow.ui.lesson.state;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

import java.util.List;
import java.util.prefs.Preferences;

/**
 * Help ▸ Getting started: five cards that each show one thing a first-time user needs (step with →, switch
 * views, click a weight, open a lesson, F5 for the hall). It opens by itself on the first start only (the
 * preferences remember it was seen), and from the Help menu whenever asked. Holds no Node (the card, {@code lesson.TourCard}, draws it).
 */
public final class TourViewModel {
    /** The cards in order: each is the bundle key {@code tour.<id>} of its text. */
    public static final List<String> STEPS = List.of("step", "views", "weight", "lesson", "hall");
    static final String SEEN = "tourSeen";

    private Preferences preferences; // null: a window that remembers nothing (tests)
    private final IntegerProperty index = new SimpleIntegerProperty(0);
    private final BooleanProperty showing = new SimpleBooleanProperty(false);

    /**
     * For the real window's start only: remember in {@code preferences} that the tour was seen, and open it
     * if it never was. Tests build their windows without this, so no tour covers what they look at.
     */
    public void openIfFirstRun(Preferences preferences) {
        this.preferences = preferences;
        if (!preferences.getBoolean(SEEN, false)) open();
    }

    /** From the beginning; counts as seen, so the first start's tour is not forced on anyone twice. */
    public void open() {
        index.set(0);
        showing.set(true);
        if (preferences != null) preferences.putBoolean(SEEN, true);
    }

    public void close() { showing.set(false); }

    public void next() {
        if (index.get() < STEPS.size() - 1) index.set(index.get() + 1);
        else close();
    }

    public void back() {
        if (index.get() > 0) index.set(index.get() - 1);
    }

    public ReadOnlyBooleanProperty showingProperty() { return showing; }

    public ReadOnlyIntegerProperty indexProperty() { return index; }

    /** The bundle key of the card on show. */
    public String stepKey() { return "tour." + STEPS.get(index.get()); }

    public BooleanBinding atFirst() { return index.isEqualTo(0); }

    public BooleanBinding atLast() { return Bindings.createBooleanBinding(() -> index.get() == STEPS.size() - 1, index); }
}
