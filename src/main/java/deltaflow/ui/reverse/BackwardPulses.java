package deltaflow.ui.reverse;

import deltaflow.diagram.BackwardFlow;
import deltaflow.diagram.ColorRole;
import deltaflow.diagram.PulseTimeline;
import deltaflow.diagram.ReverseWiring;
import deltaflow.diagram.Palette;
import javafx.animation.Animation;
import javafx.animation.Transition;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The window's player of {@link PulseTimeline}, the one definition of the backward pass's pulses (the exported
 * GIF plays the same one): JavaFX nodes for its pulses, sums, captions and rings, moved to where the timeline
 * says at each frame. The δ labels a stage computes are concealed until its pulse reaches the amplifier's tip:
 * the animation tells its owner which δ labels to conceal, a function of the time alone (so a jump back in time
 * conceals again), and conceals nothing once it finishes or is stopped. The pulses vanish with it, so
 * stepping back leaves nothing half-way.
 */
public final class BackwardPulses extends Transition {
    /** The moment within a stage its δ land, from {@link PulseTimeline#LAND}. */
    public static final double LAND = PulseTimeline.LAND;

    private final Group layer;
    private final Group own = new Group();
    private final PulseTimeline timeline;
    private final List<Shape> pulses = new ArrayList<>();
    private final List<Shape> sums = new ArrayList<>();
    private final List<Group> captionGroups = new ArrayList<>();
    private final List<Text> captionTexts = new ArrayList<>();
    private final List<Rectangle> rings = new ArrayList<>();
    private final Consumer<Set<String>> conceal;
    /** How many stages have landed, as last told to {@link #conceal}; −1 before the first time. */
    private int landed = -1;

    private BackwardPulses(BackwardFlow flow, Palette palette, Group layer, Duration perStage, Consumer<Set<String>> conceal) {
        this.layer = layer;
        this.conceal = conceal;
        this.timeline = new PulseTimeline(flow);
        own.setMouseTransparent(true);
        for (PulseTimeline.Pulse p : timeline.pulses()) pulses.add(shape(p.signal().value() < 0, palette));
        for (PulseTimeline.Sum s : timeline.sums()) sums.add(shape(s.arrival().sum() < 0, palette));
        for (PulseTimeline.Ring r : timeline.rings()) rings.add(ring(r.label(), palette));
        for (PulseTimeline.Caption c : timeline.captions()) caption(c, palette);
        own.getChildren().addAll(pulses);
        own.getChildren().addAll(sums);
        own.getChildren().addAll(rings);
        own.getChildren().addAll(captionGroups);
        setCycleDuration(perStage.multiply(Math.max(1, timeline.stages())));
        setOnFinished(e -> clear());
        statusProperty().addListener((o, was, is) -> {
            if (is == Status.RUNNING && landed < 0) land(0); // concealed from the first frame on
            if (is == Status.STOPPED) clear();
        });
    }

    /**
     * An un-played animation of {@code flow} drawn into {@code layer} (in diagram units), {@code perStage}
     * per layer of δ. Duration zero jumps straight to the end. While it plays, {@code conceal} is told the
     * ids of the δ labels whose pulses have not landed yet, each time that set changes; it ends told none.
     */
    public static Animation create(BackwardFlow flow, Palette palette, Group layer, Duration perStage, Consumer<Set<String>> conceal) {
        return new BackwardPulses(flow, palette, layer, perStage, conceal);
    }

    /** The nodes of the pulses while playing; empty before and after. */
    public Group nodes() { return own; }

    /** The number of stages: layers of δ, from the output back. */
    public int stages() { return timeline.stages(); }

    /** Sign by colour and by shape, so it survives a greyscale projector: a circle for +, a diamond for −. */
    private static Shape shape(boolean negative, Palette palette) {
        Color colour = Color.web(palette.color(negative ? ColorRole.NEGATIVE : ColorRole.POSITIVE));
        Shape shape = negative ? new Rectangle(-1, -1, 2, 2) : new Circle(1);
        if (negative) shape.setRotate(45);
        shape.setFill(colour.deriveColor(0, 1, 1, 0.85));
        shape.setStroke(Color.web(palette.color(ColorRole.BACKGROUND)));
        shape.setStrokeWidth(0.15);
        shape.setVisible(false);
        return shape;
    }

    /** A ring round a δ label that pops out and fades as the δ lands, so the eye finds where it went. */
    private static Rectangle ring(ReverseWiring.Label label, Palette palette) {
        Rectangle ring = new Rectangle();
        ring.setArcWidth(label.height() * 0.6);
        ring.setArcHeight(label.height() * 0.6);
        ring.setFill(null);
        ring.setStroke(Color.web(palette.color(ColorRole.DELTA)));
        ring.setStrokeWidth(label.height() * 0.12);
        ring.setVisible(false);
        return ring;
    }

    /** The caption's text on a plate of the background with the δ colour as its border, sized for the whole line. */
    private void caption(PulseTimeline.Caption c, Palette palette) {
        Text text = new Text(c.result());
        text.setFont(Font.font("DejaVu Sans", c.fontSize()));
        text.setFill(Color.web(palette.color(ColorRole.DELTA)));
        text.setTextOrigin(VPos.CENTER);
        text.setX(c.x());
        text.setY(c.y());
        // The timeline's plate, the one the GIF draws: it was placed where it covers none of the step's labels.
        var b = c.plate();
        Rectangle plate = new Rectangle(b.x0(), b.y0(), b.width(), b.height());
        plate.setArcWidth(c.fontSize() * 0.5);
        plate.setArcHeight(c.fontSize() * 0.5);
        plate.setFill(Color.web(palette.color(ColorRole.BACKGROUND)));
        plate.setStroke(Color.web(palette.color(ColorRole.DELTA)));
        plate.setStrokeWidth(c.fontSize() * 0.08);
        Group group = new Group(plate, text);
        group.setVisible(false);
        captionGroups.add(group);
        captionTexts.add(text);
    }

    @Override protected void interpolate(double t) {
        if (timeline.stages() == 0) return;
        if (t >= 1) {
            clear();
            return;
        }
        if (own.getParent() == null) layer.getChildren().add(own);
        PulseTimeline.Frame frame = timeline.at(t);
        for (int k = 0; k < pulses.size(); k++) place(pulses.get(k), frame.pulses().get(k));
        for (int k = 0; k < sums.size(); k++) place(sums.get(k), frame.sums().get(k));
        for (int k = 0; k < captionGroups.size(); k++) {
            PulseTimeline.Line line = frame.captions().get(k);
            captionGroups.get(k).setVisible(line.visible());
            captionTexts.get(k).setText(line.text());
        }
        for (int k = 0; k < rings.size(); k++) {
            PulseTimeline.Halo h = frame.rings().get(k);
            Rectangle r = rings.get(k);
            r.setVisible(h.visible());
            if (!h.visible()) continue;
            r.setX(h.x());
            r.setY(h.y());
            r.setWidth(h.width());
            r.setHeight(h.height());
            r.setOpacity(h.opacity());
        }
        land(timeline.landedAt(t));
    }

    private static void place(Shape shape, PulseTimeline.Mark mark) {
        shape.setVisible(mark.visible());
        if (!mark.visible()) return;
        shape.setTranslateX(mark.x());
        shape.setTranslateY(mark.y());
        shape.setScaleX(mark.size());
        shape.setScaleY(mark.size());
    }

    /** Tells the owner to conceal the labels of the stages from {@code count} on, if that changed. */
    private void land(int count) {
        if (count == landed) return;
        landed = count;
        conceal.accept(timeline.concealedAfter(count));
    }

    private void clear() {
        layer.getChildren().remove(own);
        land(timeline.stages());
    }

    /** For tests: whether any pulse node is on screen. */
    public boolean isShowing() { return own.getParent() != null; }
}
