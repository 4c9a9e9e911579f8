package deltaflow.diagram.train;

import deltaflow.diagram.ColorRole;
import deltaflow.diagram.Diagram;
import deltaflow.diagram.Palette;
import deltaflow.diagram.Primitive;
import deltaflow.diagram.TextMetrics;
import deltaflow.model.MathText;
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
    /** The loss curves' plot is at least this tall. */
    static final double PLOT = 150;

    private TrainingPicture() {}

    public static Diagram build(TrainingSnapshot snapshot, PictureOptions options) {
        Palette palette = Palette.of(options.theme());
        Pad pad = new Pad(fittedScale(snapshot, options));
        Ramp heat = Ramp.diverging(palette, 1), wash = Ramp.diverging(palette, PlanePanel.WASH), ink = Ramp.ink(palette);
        double top = top(pad, options);
        if (hasTitle(options)) {
            String title = options.title().replaceAll("\\p{Cntrl}", " ");
            double size = Math.min(pad.title(), pad.title() * (WIDTH - 2 * MARGIN) / TextMetrics.width(MathText.builder().text(title).build(), pad.title()));
            pad.text("title", "title", WIDTH / 2, MARGIN + pad.title() * 0.5, title, size, Primitive.Anchor.MIDDLE, ColorRole.TEXT, true);
        }
        double bottom = HEIGHT - MARGIN;
        if (snapshot.isPlanar()) planar(pad, snapshot, options, top, bottom, heat, wash, ink);
        else if (TrainingSnapshot.isImage(snapshot.data()) && snapshot.hasConfusion()) images(pad, snapshot, options, top, bottom, heat, ink);
        else other(pad, snapshot, options, top, bottom, heat, ink);
        return new Diagram(WIDTH, HEIGHT, palette, pad.primitives);
    }

    private static boolean hasTitle(PictureOptions o) { return o.title() != null && !o.title().isBlank(); }

    /** Where the panels start: under the title, if any. */
    private static double top(Pad pad, PictureOptions o) { return MARGIN + (hasTitle(o) ? pad.title() * 1.6 : 0); }

    /** The least a plane of 2-D data is drawn at, and a confusion matrix's cell, before the type gives way. */
    private static final double MIN_PLANE = 240, MIN_CELL = 16;

    /**
     * The options' text scale, or the largest below it (in steps of 0.1) at which the panels still fit: the plane at
     * least {@link #MIN_PLANE} (or the confusion matrix's cells {@link #MIN_CELL}) with a plot of {@link #PLOT} under it.
     * The hall's 300 % fills a 1600 × 900 picture with text before it leaves room for the data.
     */
    static double fittedScale(TrainingSnapshot s, PictureOptions o) {
        for (double k = o.textScale(); k > 1; k = Math.round((k - 0.1) * 10) / 10.0) {
            if (fits(s, o, new Pad(k))) return k;
        }
        return 1;
    }

    private static boolean fits(TrainingSnapshot s, PictureOptions o, Pad pad) {
        double top = top(pad, o), bottom = HEIGHT - MARGIN;
        CurvePanel curves = new CurvePanel(pad, s, o);
        if (s.isPlanar()) {
            double column = PLANE + 58 * pad.scale;
            return top + pad.header() * 1.4 + MIN_PLANE + pad.small() * 5.2 + curves.chrome(column) + PLOT <= bottom;
        }
        double width = TrainingSnapshot.isImage(s.data()) && s.hasConfusion() ? (WIDTH - 2 * MARGIN - 80) / 3 : 520;
        double room = bottom - top - curves.chrome(width) - PLOT - 36;
        return !s.hasConfusion() ? room >= 0 : room >= pad.header() * 1.6 + pad.small() * 2.6 + s.data().outputs() * MIN_CELL;
    }

    private static void planar(Pad pad, TrainingSnapshot s, PictureOptions o, double top, double bottom, Ramp heat, Ramp wash, Ramp ink) {
        double planeTop = top + pad.header() * 1.4;
        // The right column keeps its width at any type size; the plane leaves the curves their heading, legend, numbers
        // and a plot of PLOT units, so larger type takes room from the plane, which sits in the middle of the column.
        double numbers = 58 * pad.scale;
        double column = WIDTH - MARGIN - PLANE - numbers;
        CurvePanel curves = new CurvePanel(pad, s, o);
        double plane = Math.max(MIN_PLANE, Math.min(PLANE, bottom - planeTop - pad.small() * 5.2 - curves.chrome(WIDTH - MARGIN - column) - PLOT));
        double planeLeft = column + numbers + (PLANE - plane) / 2;
        new PlanePanel(pad, s, o, wash).draw(planeLeft, planeTop, plane, WIDTH - MARGIN);
        double curvesTop = planeTop + plane + pad.small() * 5.2;
        curves.draw(column, curvesTop, WIDTH - MARGIN - column, bottom - curvesTop);
        new NetworkPanel(pad, s, o, heat, ink).draw(MARGIN, top, column - 60 - MARGIN, bottom - top);
    }

    private static void images(Pad pad, TrainingSnapshot s, PictureOptions o, double top, double bottom, Ramp heat, Ramp ink) {
        double column = (WIDTH - 2 * MARGIN - 2 * 40) / 3;
        double middle = MARGIN + column + 40, right = middle + column + 40;
        new NetworkPanel(pad, s, o, heat, ink).draw(MARGIN, top, column, bottom - top);
        DigitPanels digits = new DigitPanels(pad, s, o, heat, ink);
        double below = digits.samples(middle, top, column);
        digits.weights(middle, below + 20, column, bottom - below - 20);
        CurvePanel curves = new CurvePanel(pad, s, o);
        double room = bottom - top - curves.chrome(column) - PLOT - 36;
        digits.confusion(right, top, column, room);
        double curvesTop = top + digits.confusionHeight(column, room) + 36;
        curves.draw(right, curvesTop, column, bottom - curvesTop);
    }

    private static void other(Pad pad, TrainingSnapshot s, PictureOptions o, double top, double bottom, Ramp heat, Ramp ink) {
        double right = WIDTH - MARGIN - 520;
        new NetworkPanel(pad, s, o, heat, ink).draw(MARGIN, top, right - 40 - MARGIN, bottom - top);
        double curvesTop = top;
        if (s.hasConfusion()) {
            DigitPanels digits = new DigitPanels(pad, s, o, heat, ink);
            double room = bottom - top - new CurvePanel(pad, s, o).chrome(520) - PLOT - 36;
            digits.confusion(right, top, 520, room);
            curvesTop += digits.confusionHeight(520, room) + 36;
        }
        new CurvePanel(pad, s, o).draw(right, curvesTop, 520, bottom - curvesTop);
    }

    /** How output k stands beside the network: its number and, when the classes have names (a CSV file's), its name. */
    static String outputName(TrainingSnapshot s, int k) {
        List<String> names = s.data().classNames();
        return names.isEmpty() ? className(s, k) : className(s, k) + " " + names.get(k);
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
