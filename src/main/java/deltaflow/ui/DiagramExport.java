package deltaflow.ui;

import deltaflow.diagram.DiagramOptions;
import deltaflow.diagram.Shown;
import deltaflow.diagram.Theme;
import deltaflow.diagram.View;
import deltaflow.diagram.export.Exports;
import deltaflow.diagram.export.Exports.Format;
import deltaflow.diagram.export.Exports.Moment;
import deltaflow.diagram.raster.Java2DRenderer;
import deltaflow.ui.i18n.Messages;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * File ▸ Export: what to export (format, view, moment, values, digits, theme, title, formula, size) and the
 * writing itself, through the same {@link Exports} as {@code deltaflow export}, so a file from the window
 * and one from the command line are alike. Holds no Node: the dialog is a view of it.
 */
public final class DiagramExport {
    /** Where in the timeline to draw: the step on screen, or a phase boundary. */
    public static final Moment CURRENT_STEP = null;

    private final StepperViewModel stepper;
    private final FileChooserService chooser;
    private Consumer<String> onError = message -> {};

    private final ObjectProperty<Format> format = new SimpleObjectProperty<>(Format.SVG);
    private final ObjectProperty<View> view = new SimpleObjectProperty<>();
    private final ObjectProperty<Moment> moment = new SimpleObjectProperty<>(CURRENT_STEP);
    private final ObservableSet<Shown> values = FXCollections.observableSet(EnumSet.allOf(Shown.class));
    private final IntegerProperty digits = new SimpleIntegerProperty(4);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT); // light prints best
    private final StringProperty title = new SimpleStringProperty("");
    private final BooleanProperty formula = new SimpleBooleanProperty(false);
    private final BooleanProperty highlight = new SimpleBooleanProperty(true);
    private final IntegerProperty scale = new SimpleIntegerProperty((int) deltaflow.diagram.raster.BackwardAnimation.DEFAULT_FPS);
    private final BooleanProperty transparent = new SimpleBooleanProperty(false);
    private final IntegerProperty framesPerSecond = new SimpleIntegerProperty((int) deltaflow.diagram.raster.BackwardAnimation.DEFAULT_FPS);
    private final BooleanProperty bare = new SimpleBooleanProperty(false);

    public DiagramExport(StepperViewModel stepper, FileChooserService chooser) {
        this.stepper = stepper;
        this.chooser = chooser;
        view.set(stepper.getView());
    }

    public void setOnError(Consumer<String> handler) { onError = handler; }

    // ----- properties --------------------------------------------------------------------------

    public ObjectProperty<Format> formatProperty() { return format; }
    public ObjectProperty<View> viewProperty() { return view; }
    public ObjectProperty<Moment> momentProperty() { return moment; }
    public ObservableSet<Shown> values() { return values; }
    public IntegerProperty digitsProperty() { return digits; }
    public ObjectProperty<Theme> themeProperty() { return theme; }
    public StringProperty titleProperty() { return title; }
    public BooleanProperty formulaProperty() { return formula; }
    public BooleanProperty highlightProperty() { return highlight; }
    public IntegerProperty scaleProperty() { return scale; }
    public BooleanProperty transparentProperty() { return transparent; }
    public IntegerProperty framesPerSecondProperty() { return framesPerSecond; }
    public BooleanProperty bareProperty() { return bare; }

    /** Everything a preview depends on, to listen to. */
    public Observable[] dependencies() {
        return new Observable[] {format, view, moment, values, digits, theme, title, formula, highlight, scale, transparent,
                stepper.positionProperty(), stepper.timelineProperty()};
    }

    // ----- what is drawn -----------------------------------------------------------------------

    /** The position drawn: the step on screen, or the chosen phase boundary of the example on screen. */
    public int position() {
        Moment m = moment.get();
        return m == null ? stepper.getPosition() : m.position(stepper.getTimeline(), stepper.example());
    }

    public DiagramOptions options() {
        return DiagramOptions.defaults()
                .withView(format.get().isAnimation() ? View.REVERSE : view.get())
                .withValues(values.isEmpty() ? EnumSet.noneOf(Shown.class) : EnumSet.copyOf(values))
                .withSignificantDigits(digits.get())
                .withHighlightCurrent(highlight.get())
                .withTheme(theme.get())
                .withTitle(title.get().isBlank() ? null : title.get().strip())
                .withShowFormula(formula.get())
                .withScale(scale.get())
                .withSelected(stepper.getSelection())
                .withSummaries(stepper.summaries())
                .withExample(stepper.example());
    }

    /** The image the export will look like (for a GIF, its last frame), at most {@code maxWidth} pixels wide. */
    public BufferedImage preview(double maxWidth) {
        var diagram = deltaflow.diagram.DiagramBuilder.build(stepper.getTimeline(),
                format.get().isAnimation() ? stepper.getTimeline().phaseEnd(deltaflow.model.Phase.BACKWARD, stepper.example()) : position(),
                options());
        double pixelsPerUnit = Math.min(1, maxWidth / diagram.width());
        return Java2DRenderer.render(diagram, pixelsPerUnit, false);
    }

    /** The SVG text, for the clipboard. */
    public String svg() {
        return Exports.svg(stepper.getTimeline(), position(), options(), transparent.get());
    }

    /** The PNG image, for the clipboard. */
    public BufferedImage png() {
        return Exports.png(stepper.getTimeline(), position(), options(), transparent.get());
    }

    // ----- writing -------------------------------------------------------------------------------

    /** A file name for the current scenario, step and format. */
    public String suggestedName() {
        String stem = stepper.getScenario().title().replaceAll("[^A-Za-z0-9._-]+", "-") + "-step-" + position();
        return stem + "." + format.get().extension();
    }

    /** Asks where, then writes. */
    public void exportAs(Path directory) {
        chooser.chooseSave(directory, suggestedName()).ifPresent(this::export);
    }

    /**
     * Writes to {@code target}; the format follows the file's extension when it names one (.svg, .png, .tex,
     * .gif), else the chosen format's extension is added. Returns the files written, empty on failure.
     */
    public List<Path> export(Path target) {
        String name = target.getFileName().toString();
        Format chosen = Exports.Format.byFileName(name).orElse(format.get());
        if (chosen == Format.PNG && format.get() == Format.PNG_SEQUENCE) chosen = Format.PNG_SEQUENCE;
        Path file = chosen.named(name) ? target : target.resolveSibling(name + "." + chosen.extension());
        try {
            Exports.Settings settings = new Exports.Settings(transparent.get(), bare.get(), framesPerSecond.get(), bare.get() ? 12 : 0);
            return Exports.write(chosen, stepper.getTimeline(), position(), options(), settings, file);
        } catch (IOException | RuntimeException e) {
            onError.accept(Messages.get("file.cannotWrite", file, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return List.of();
        }
    }
}
