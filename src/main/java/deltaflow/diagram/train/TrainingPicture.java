package deltaflow.diagram.train;

import deltaflow.diagram.ColorRole;
import deltaflow.diagram.Diagram;
import deltaflow.diagram.Palette;
import deltaflow.diagram.Primitive;
import deltaflow.model.data.Task;

import java.util.List;
import java.util.Optional;

/**
 * The training picture: one moment of training as a {@link Diagram} of primitives, drawn alike by the window
 * and every export. For 2-D data: the network with a thumbnail of every neuron's output (left), the input plane
 * with the decision boundary and the points (right), the loss curves under it. For 8×8 images (the digits): the
 * network, sample test images with their predicted and true classes, the first layer's weights as images, the
 * confusion matrix and the loss curves. Other data: the network, the curves, and for classes the confusion
 * matrix.
 *
 * <p>The picture is {@link #WIDTH} × {@link #HEIGHT} units (16:9) whatever the network; a sink scales it to its
 * pixels. Built from scratch each time in well under the 5 ms a frame may take (measured by
 * {@code TrainingPictureBenchmark}).
 */
public final class TrainingPicture {
    public static final double WIDTH = 1600, HEIGHT = 900;
    static final double MARGIN = 24, FONT = 16, SMALL = 14, HEADER = 19, TITLE = 24;
    /** The plane's side in the 2-D layout. */
    static final double PLANE = 470;

    private TrainingPicture() {}

    public static Diagram build(TrainingSnapshot snapshot, PictureOptions options) {
        Palette palette = Palette.of(options.theme());
        Pad pad = new Pad();
        Ramp heat = Ramp.diverging(palette, 1), wash = Ramp.diverging(palette, PlanePanel.WASH), ink = Ramp.ink(palette);
        double top = MARGIN;
        if (options.title() != null && !options.title().isBlank()) {
            pad.text("title", "title", WIDTH / 2, top + TITLE * 0.5, options.title().replaceAll("\\p{Cntrl}", " "), TITLE,
                    Primitive.Anchor.MIDDLE, ColorRole.TEXT, true);
            top += TITLE * 1.6;
        }
        double bottom = HEIGHT - MARGIN;
        if (snapshot.isPlanar()) planar(pad, snapshot, options, top, bottom, heat, wash, ink);
        else if (TrainingSnapshot.isImage(snapshot.data()) && snapshot.hasConfusion()) images(pad, snapshot, options, top, bottom, heat, ink);
        else other(pad, snapshot, options, top, bottom, heat, ink);
        return new Diagram(WIDTH, HEIGHT, palette, pad.primitives);
    }

    private static void planar(Pad pad, TrainingSnapshot s, PictureOptions o, double top, double bottom, Ramp heat, Ramp wash, Ramp ink) {
        double planeLeft = WIDTH - MARGIN - PLANE;
        double planeTop = top + HEADER * 1.4;
        new PlanePanel(pad, s, o, wash).draw(planeLeft, planeTop, PLANE);
        double curvesTop = planeTop + PLANE + SMALL * 5.2;
        new CurvePanel(pad, s, o).draw(planeLeft - 58, curvesTop, PLANE + 58, bottom - curvesTop);
        new NetworkPanel(pad, s, o, heat, ink).draw(MARGIN, top, planeLeft - 58 - 60 - MARGIN, bottom - top);
    }

    private static void images(Pad pad, TrainingSnapshot s, PictureOptions o, double top, double bottom, Ramp heat, Ramp ink) {
        double column = (WIDTH - 2 * MARGIN - 2 * 40) / 3;
        double middle = MARGIN + column + 40, right = middle + column + 40;
        new NetworkPanel(pad, s, o, heat, ink).draw(MARGIN, top, column, bottom - top);
        DigitPanels digits = new DigitPanels(pad, s, o, heat, ink);
        double below = digits.samples(middle, top, column);
        digits.weights(middle, below + 20, column, bottom - below - 20);
        digits.confusion(right, top, column);
        double curvesTop = top + digits.confusionHeight(column) + 36;
        new CurvePanel(pad, s, o).draw(right, curvesTop, column, bottom - curvesTop);
    }

    private static void other(Pad pad, TrainingSnapshot s, PictureOptions o, double top, double bottom, Ramp heat, Ramp ink) {
        double right = WIDTH - MARGIN - 520;
        new NetworkPanel(pad, s, o, heat, ink).draw(MARGIN, top, right - 40 - MARGIN, bottom - top);
        double curvesTop = top;
        if (s.hasConfusion()) {
            DigitPanels digits = new DigitPanels(pad, s, o, heat, ink);
            digits.confusion(right, top, 520);
            curvesTop += digits.confusionHeight(520) + 36;
        }
        new CurvePanel(pad, s, o).draw(right, curvesTop, 520, bottom - curvesTop);
    }

    /** How class k is named: its digit for the digits, else its number from 1. */
    static String className(TrainingSnapshot s, int k) {
        if (s.data().task() == Task.BINARY) return k == 0 ? "+1" : "\u22121";
        return s.data().name().equals("digits") ? String.valueOf(k) : String.valueOf(k + 1);
    }

    /**
     * What the picture shows at (x, y), for a click: the topmost neuron, data point, sample image or enabled
     * button there. A greyed button is no target.
     */
    public static Optional<PictureTarget> hit(Diagram picture, double x, double y) {
        List<Primitive> primitives = picture.primitives();
        for (int k = primitives.size() - 1; k >= 0; k--) {
            Primitive p = primitives.get(k);
            if (!p.hasClass("target") || p.hasClass("disabled") || !contains(p, x, y)) continue;
            Optional<PictureTarget> target = PictureTarget.parse(p.id());
            if (target.isPresent()) return target;
        }
        return Optional.empty();
    }

    private static boolean contains(Primitive p, double x, double y) {
        if (p instanceof Primitive.Circle c) return Math.hypot(x - c.cx(), y - c.cy()) <= c.r() + Math.max(2, c.strokeWidth() / 2);
        if (p instanceof Primitive.Rect r) return x >= r.x() && x <= r.x() + r.width() && y >= r.y() && y <= r.y() + r.height();
        return false;
    }
}
