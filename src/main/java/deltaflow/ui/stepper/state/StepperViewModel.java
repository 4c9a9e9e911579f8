package deltaflow.ui.stepper.state;

import deltaflow.diagram.Diagram;
import deltaflow.diagram.DiagramId;
import deltaflow.diagram.DiagramBuilder;
import deltaflow.diagram.DiagramOptions;
import deltaflow.diagram.DiagramTexts;
import deltaflow.diagram.Theme;
import deltaflow.diagram.UnicodeScripts;
import deltaflow.diagram.View;
import deltaflow.model.Activation;
import deltaflow.model.Cost;
import deltaflow.model.Granularity;
import deltaflow.model.Network;
import deltaflow.model.Numbers;
import deltaflow.model.Scenario;
import deltaflow.model.Step;
import deltaflow.model.StepFormula;
import deltaflow.model.Timeline;
import deltaflow.model.ValueRef;
import deltaflow.ui.i18n.Messages;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;

import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.UnaryOperator;

/**
 * The state of the window: which scenario, how far through its update, what is selected, and the commands
 * that change them. Holds no Node, so plain JUnit tests it. Stepping back is moving the position index.
 */
public final class StepperViewModel {
    /** Significant digits of the numbers on screen. */
    public static final int DIGITS = 4;

    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>(this, "scenario");
    private final ReadOnlyObjectWrapper<Timeline> timeline = new ReadOnlyObjectWrapper<>(this, "timeline");
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position");
    private final ReadOnlyObjectWrapper<Step> currentStep = new ReadOnlyObjectWrapper<>(this, "currentStep");
    private final ReadOnlyObjectWrapper<StepFormula> formula = new ReadOnlyObjectWrapper<>(this, "formula");
    private final ReadOnlyObjectWrapper<java.util.List<StepFormula>> formulas = new ReadOnlyObjectWrapper<>(this, "formulas", java.util.List.of());
    private final ReadOnlyObjectWrapper<Granularity> granularity = new ReadOnlyObjectWrapper<>(this, "granularity", Granularity.NEURON);
    private final ReadOnlyObjectWrapper<View> view = new ReadOnlyObjectWrapper<>(this, "view", View.FORWARD);
    private final ReadOnlyObjectWrapper<ValueRef> selection = new ReadOnlyObjectWrapper<>(this, "selection");
    private final ReadOnlyObjectWrapper<Diagram> diagram = new ReadOnlyObjectWrapper<>(this, "diagram");
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme", Theme.LIGHT);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
    /** The granularity chosen before a large network switched to layers; null while none did. */
    private Granularity granularityBeforeLarge;
    /** The scenario as last opened or saved: the edits since are what a discard would lose. */
    private Scenario saved;
    /** Diagram font sizes relative to its geometry, 1..3: the lecture hall's type scale. */
    private double textScale = 1;
    /** Width / height of the area the diagram fills (0: unknown), so the BOTH view can stack. */
    private double aspect;
    private double viewWidth;
    private double viewHeight;
    /** Steps per second while playing. */
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 2);
    private final EditHistory history = new EditHistory();
    /** Columns opened or closed by hand (header id → drawn as a summary); the others follow the level of detail. */
    private final java.util.Map<String, Boolean> summaries = new java.util.HashMap<>();
    /** Steps "next" must not reveal yet (an exercise's unanswered questions); null when none are held. */
    private IntPredicate held;

    public StepperViewModel(Scenario initial) {
        load(initial);
        // A new language redraws the status line and the diagram's headers; weak, so a closed window's model can go.
        Messages.localeProperty().addListener(new javafx.beans.WeakInvalidationListener(languageChanged));
    }

    private final javafx.beans.InvalidationListener languageChanged = o -> show(getTimeline(), getPosition());

    // ----- properties ------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() { return scenario.getReadOnlyProperty(); }
    public Scenario getScenario() { return scenario.get(); }

    public ReadOnlyObjectProperty<Timeline> timelineProperty() { return timeline.getReadOnlyProperty(); }
    public Timeline getTimeline() { return timeline.get(); }

    /** Steps done: 0 is before the first, timeline.size() after the last. */
    public ReadOnlyIntegerProperty positionProperty() { return position.getReadOnlyProperty(); }
    public int getPosition() { return position.get(); }

    /** The last step done, null at position 0. */
    public ReadOnlyObjectProperty<Step> currentStepProperty() { return currentStep.getReadOnlyProperty(); }
    public Step getCurrentStep() { return currentStep.get(); }

    /** The current step's equation; the whole layer's vector form in the layer and pass granularities. */
    public ReadOnlyObjectProperty<StepFormula> formulaProperty() { return formula.getReadOnlyProperty(); }
    public StepFormula getFormula() { return formula.get(); }

    /**
     * Every equation of what the last press of "next" covered: the step's own by neuron; the layer's (weights and biases)
     * by layer; by pass the list of the pass's layer equations, as the slides summarise a forward or backward pass.
     */
    public ReadOnlyObjectProperty<java.util.List<StepFormula>> formulasProperty() { return formulas.getReadOnlyProperty(); }
    public java.util.List<StepFormula> getFormulas() { return formulas.get(); }

    public ReadOnlyObjectProperty<Granularity> granularityProperty() { return granularity.getReadOnlyProperty(); }
    public Granularity getGranularity() { return granularity.get(); }

    public ReadOnlyObjectProperty<View> viewProperty() { return view.getReadOnlyProperty(); }
    public View getView() { return view.get(); }

    /** The neuron, weight or bias the inspector shows; null when nothing is selected. */
    public ReadOnlyObjectProperty<ValueRef> selectionProperty() { return selection.getReadOnlyProperty(); }
    public ValueRef getSelection() { return selection.get(); }

    /** The network drawn at the position, with the current step and the selection marked. */
    public ReadOnlyObjectProperty<Diagram> diagramProperty() { return diagram.getReadOnlyProperty(); }
    public Diagram getDiagram() { return diagram.get(); }

    /** The colours of the diagram and (through CSS) the window: light for slides, dark for a dim hall. */
    public ReadOnlyObjectProperty<Theme> themeProperty() { return theme.getReadOnlyProperty(); }
    public Theme getTheme() { return theme.get(); }

    public ReadOnlyBooleanProperty playingProperty() { return playing.getReadOnlyProperty(); }
    public boolean isPlaying() { return playing.get(); }

    /** "step 17 of 48 · backward · δ_1^1 · example 1 of 1". */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public String getStatus() { return status.get(); }

    public DoubleProperty speedProperty() { return speed; }

    /** True when the scenario differs from the one last opened or saved (undoing every edit makes it false again). */
    public ReadOnlyBooleanProperty modifiedProperty() { return modified.getReadOnlyProperty(); }
    public boolean isModified() { return modified.get(); }

    /** A one-line note in the status line (a setting that could not be restored), until the next step replaces it. */
    public void note(String text) { status.set(text); }

    /** The scenario on screen has been written where it came from: nothing is lost by discarding it now. */
    public void markSaved() {
        saved = getScenario();
        modified.set(false);
    }

    /** The example whose values are on show: the current step's, or the first before any step. */
    public int example() {
        Step step = currentStep.get();
        if (step == null) return 0;
        // After the per-example steps the diagram keeps showing the last example; so does the inspector.
        return step.kind().isBatchLevel() ? getScenario().batchSize() - 1 : step.example();
    }

    // ----- commands: stepping -------------------------------------------------------------------

    public void next() { jumpTo(getTimeline().next(getPosition(), getGranularity())); }

    public void back() { jumpTo(getTimeline().previous(getPosition(), getGranularity())); }

    public void first() { jumpTo(0); }

    public void last() { jumpTo(getTimeline().size()); }

    /** Moves to a position, clamped to 0..size; moving forward stops before a held step. */
    public void jumpTo(int target) {
        int to = target;
        if (held != null) {
            for (int k = Math.max(0, getPosition()); k < Math.min(target, getTimeline().size()); k++) {
                if (held.test(k)) {
                    to = k;
                    break;
                }
            }
        }
        show(getTimeline(), to);
    }

    /** Which steps are held back until answered (exercise mode); null to hold none. */
    public void setHeld(IntPredicate steps) { held = steps; }

    /** Starts playing; from the end, starts again from the beginning. */
    public void play() {
        if (getPosition() >= getTimeline().size()) first();
        playing.set(true);
    }

    public void pause() { playing.set(false); }

    public void togglePlay() {
        if (isPlaying()) pause();
        else play();
    }

    /** One beat of playing: the next step, stopping at the end. */
    public void tick() {
        if (!isPlaying()) return;
        int before = getPosition();
        next();
        if (getPosition() >= getTimeline().size() || getPosition() == before) pause();
    }

    public void setGranularity(Granularity g) {
        granularity.set(g);
        granularityBeforeLarge = null; // the user's own choice from now on
        show(getTimeline(), getPosition());
    }

    public void setView(View side) {
        view.set(side);
        redraw();
    }

    public void setTheme(Theme t) {
        theme.set(t);
        redraw();
    }

    /** Larger diagram labels, 1..3; the diagram's rows and columns make room for them. */
    public void setTextScale(double scale) {
        if (scale == textScale) return;
        textScale = Math.max(1, Math.min(3, scale));
        redraw();
    }

    public double getTextScale() { return textScale; }

    /** Every label, whatever the room: the export's layout fitted into the view, its text as small as that takes. */
    private boolean allLabels;

    public void setAllLabels(boolean all) {
        if (all == allLabels) return;
        allLabels = all;
        redraw();
    }

    public boolean isAllLabels() { return allLabels; }

    /** The shape of the diagram's area; redraws only when it matters (the BOTH view) and changed noticeably. */
    public void setAspect(double widthOverHeight) {
        double rounded = Math.round(widthOverHeight * 10) / 10.0;
        if (!(rounded > 0) || rounded == aspect) return;
        aspect = rounded;
        if (getView() == View.BOTH) redraw();
    }

    /**
     * The diagram's on-screen size in px: the builder lays out for it, so labels stay at a legible size. Rounded
     * to 8 px, so a window being dragged redraws a few times rather than on every pixel.
     */
    public void setViewport(double width, double height) {
        double w = Math.floor(width / 8) * 8, h = Math.floor(height / 8) * 8; // never larger than the view
        if (!(w > 0 && h > 0) || w == viewWidth && h == viewHeight) return;
        viewWidth = w;
        viewHeight = h;
        aspect = Math.round(w / h * 10) / 10.0;
        redraw();
    }

    /**
     * Closes a column of neurons into its summary box, or opens a summary (one the layout chose for a wide layer
     * too) into its neurons, by the id of the column's header ({@code header-forward-1}, {@code header-reverse-2}).
     */
    public void toggleSummary(String headerId) {
        Diagram d = getDiagram();
        DiagramId.Header header = (DiagramId.Header) DiagramId.parse(headerId).filter(DiagramId.Header.class::isInstance)
                .orElseThrow(() -> new IllegalArgumentException("not a column's header: " + headerId));
        boolean summary = d != null && d.find(header.summary().text()).isPresent();
        summaries.put(headerId, !summary);
        redraw();
    }

    /** The columns opened or closed by hand: exports follow them too. */
    public java.util.Map<String, Boolean> summaries() { return java.util.Map.copyOf(summaries); }

    public void select(ValueRef ref) {
        selection.set(ref);
        redraw();
    }

    // ----- commands: loading and editing ----------------------------------------------------------

    /** Why a scenario cannot be stepped through (more steps than a position can count), or empty. */
    public static Optional<String> tooLarge(Scenario s) {
        long steps = Timeline.countSteps(s.network(), s.batchSize(), s.trainBiases());
        if (steps > Timeline.MAX_STEPS) return Optional.of(Messages.get("scenario.tooLarge", steps));
        // Refused before the window computes it, rather than an OutOfMemoryError halfway (issue #13).
        long needed = deltaflow.model.MemoryBudget.trace(s.network(), s.batchSize());
        return deltaflow.model.MemoryBudget.fits(needed) ? Optional.empty()
                : Optional.of(Messages.get("scenario.needsMemory", deltaflow.model.MemoryBudget.megabytes(needed),
                        deltaflow.model.MemoryBudget.megabytes(Runtime.getRuntime().maxMemory())));
    }

    /**
     * Past this many steps a network is stepped by layer when opened: neuron by neuron, 784-128-64-10 is 3.7
     * million presses of →.
     */
    public static final long LARGE_STEPS = 10_000;

    /** Shows another scenario from its beginning; see {@link #tooLarge} first. A large network starts stepping by layer. */
    public void load(Scenario s) {
        pause();
        boolean large = Timeline.countSteps(s.network(), s.batchSize(), s.trainBiases()) > LARGE_STEPS;
        if (large && granularityBeforeLarge == null) {
            granularityBeforeLarge = getGranularity();
            granularity.set(Granularity.LAYER);
        } else if (!large && granularityBeforeLarge != null) {
            granularity.set(granularityBeforeLarge); // back to the way the user stepped small networks
            granularityBeforeLarge = null;
        }
        selection.set(null);
        summaries.clear();
        history.clear();
        saved = s;
        show(Timeline.of(s), 0);
    }

    /**
     * The end of one update is the start of the next: the updated network becomes the scenario, as an edit
     * (undo takes it back), shown from its first step so a class can run the next iteration.
     */
    public void applyUpdate() {
        pause();
        Scenario next = getScenario().withNetwork(getTimeline().trace().updated());
        if (!next.equals(getScenario())) history.record(state());
        show(Timeline.of(next), 0);
        onApplied.accept(next);
    }

    private java.util.function.Consumer<Scenario> onApplied = s -> {};
    private Runnable beforeSave = () -> {};

    /** Run before the scenario is saved to a file or a session (the train view hands over its training); null for nothing. */
    public void setBeforeSave(Runnable action) { beforeSave = action == null ? () -> {} : action; }

    /** The scenario is about to be saved: whoever asked brings it up to date first. */
    public void beforeSave() { beforeSave.run(); }

    /** The whole scenario replaced by another (the train view's training), as an edit: undo takes it back. */
    public Optional<String> replace(Scenario s) { return edit(x -> s); }

    /** Told the scenario an Apply update made (the train view's microscope trains on from it); null for no one. */
    public void setOnApplied(java.util.function.Consumer<Scenario> listener) { onApplied = listener == null ? s -> {} : listener; }

    // ----- commands: undo and redo -----------------------------------------------------------------

    public EditHistory history() { return history; }

    /** Goes back to the scenario before the last edit, and the position it was at. */
    public void undo() { history.undo(state()).ifPresent(this::restore); }

    public void redo() { history.redo(state()).ifPresent(this::restore); }

    private EditHistory.State state() { return new EditHistory.State(getScenario(), getPosition()); }

    private void restore(EditHistory.State s) { show(Timeline.of(s.scenario()), s.position()); }

    /** w_ij^l := text. Empty when accepted, else the reason it was refused. */
    public Optional<String> editWeight(int l, int i, int j, String text) {
        return number(text, v -> edit(s -> s.withNetwork(s.network().withWeight(l, i, j, v))));
    }

    public Optional<String> editBias(int l, int i, String text) {
        return number(text, v -> edit(s -> s.withNetwork(s.network().withBias(l, i, v))));
    }

    /** x_j of example r. */
    public Optional<String> editInput(int r, int j, String text) {
        return number(text, v -> edit(s -> s.withExample(r, s.example(r).withX(j, v))));
    }

    /** ŷ_n of example r. */
    public Optional<String> editTarget(int r, int n, String text) {
        return number(text, v -> edit(s -> s.withExample(r, s.example(r).withTarget(n, v))));
    }

    public Optional<String> editLearningRate(String text) {
        return number(text, v -> v <= 0 ? Optional.of(Messages.get("edit.rateNotPositive"))
                : edit(s -> s.withLearningRate(v)));
    }

    public Optional<String> setActivation(int l, Activation activation) {
        return edit(s -> {
            Network n = s.network();
            return s.withNetwork(n.withLayer(l, n.layer(l).withActivation(activation)));
        });
    }

    public Optional<String> setCost(Cost cost) { return edit(s -> s.withCost(cost)); }

    public Optional<String> setTrainBiases(boolean train) { return edit(s -> s.withTrainBiases(train)); }

    private static Optional<String> number(String text, java.util.function.DoubleFunction<Optional<String>> use) {
        Double value = Numbers.parse(text);
        if (value == null) return Optional.of(Messages.get(Numbers.isTooLarge(text) ? "edit.tooLarge" : "edit.notNumber", text.strip()));
        return use.apply(value);
    }

    /** Applies an edit as a new scenario and timeline, keeping the position (clamped) and the selection. */
    private Optional<String> edit(UnaryOperator<Scenario> change) {
        Scenario changed;
        Timeline rebuilt;
        try {
            changed = change.apply(getScenario());
            rebuilt = Timeline.of(changed);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        if (!changed.equals(getScenario())) history.record(state());
        show(rebuilt, getPosition());
        return Optional.empty();
    }

    // ----- derived state --------------------------------------------------------------------------

    /** The options the diagram is drawn with: the view and the selection; the builder's defaults otherwise. */
    public DiagramOptions diagramOptions() {
        return DiagramOptions.defaults().withTexts(diagramTexts()).withTextScale(textScale).withAspect(aspect).withViewport(allLabels ? 0 : viewWidth, allLabels ? 0 : viewHeight).withTheme(getTheme()).withView(getView()).withSelected(selectionInShownExample()).withSignificantDigits(DIGITS)
                .withSummaries(summaries).withGranularity(getGranularity());
    }

    /** The diagram's headers in the window's language. */
    static DiagramTexts diagramTexts() {
        return DiagramTexts.of(diagramWords());
    }

    /** The words of the diagram's headers ("input x", "layer 1", ...) in the window's language, by DiagramTexts key: the stepper's and the training picture's. */
    public static java.util.Map<String, String> diagramWords() {
        java.util.Map<String, String> words = new java.util.HashMap<>();
        for (String key : java.util.List.of("input", "layer", "output", "saturated", "dead", "neurons", "inputs", "max", "mean", "min", "hidden")) {
            words.put(key, Messages.bundle(Messages.locale()).getString("diagram." + key));
        }
        return words;
    }

    /** The selection, moved to the example on show: a neuron stays selected as the steps move through the examples. */
    private ValueRef selectionInShownExample() {
        ValueRef ref = getSelection();
        if (ref == null || !ref.quantity().isPerExample()) return ref;
        return new ValueRef(ref.quantity(), example(), ref.layer(), ref.neuron(), ref.source());
    }

    private void redraw() {
        diagram.set(DiagramBuilder.build(getTimeline(), getPosition(), diagramOptions()));
    }

    /**
     * Moves to a timeline and position (clamped) and updates everything derived from them, in an order views
     * can rely on: the diagram is set last, so a view listening to it sees all the rest already consistent.
     */
    private void show(Timeline t, int target) {
        int p = Math.max(0, Math.min(target, t.size()));
        scenario.set(t.scenario());
        modified.set(t.scenario() != saved && !t.scenario().equals(saved));
        timeline.set(t);
        position.set(p);
        Step step = t.current(p);
        currentStep.set(step);
        formulas.set(t.formulas(t.span(p, getGranularity()), DIGITS));
        if (step == null) {
            formula.set(null);
            status.set(Messages.get("status.begin", t.size()));
        } else {
            StepFormula own = t.formula(step, DIGITS);
            formula.set(getGranularity() == Granularity.NEURON ? own : t.layerFormula(step, DIGITS));
            int batch = t.scenario().batchSize();
            String example = step.kind().isBatchLevel() && batch > 1 ? Messages.get("status.allExamples", batch)
                    : Messages.get("status.example", step.example() + 1, batch);
            status.set(Messages.get("status.step", p, t.size(), Messages.get("phase." + step.phase().id()),
                    UnicodeScripts.of(formula.get().quantity()), example));
        }
        redraw();
    }
}
