package deltaflow.diagram.train;

import deltaflow.diagram.ColorRole;
import deltaflow.diagram.Primitive;
import deltaflow.diagram.TextMetrics;
import deltaflow.model.MathText;
import deltaflow.model.data.Point;
import deltaflow.model.train.Grid;

import java.util.List;

/**
 * The input plane: the network's output (or the focused neuron's) over it as a heatmap, the decision
 * boundary where it turns from orange to blue; the training points on it ringed in the background colour and
 * the test points ringed in the text colour, each filled with its class's colour at full strength.
 */
final class PlanePanel {
    /** The heatmap goes this much of the way to the class colours, so the points, at full colour, stand out. */
    static final double WASH = 0.7;

    private final Pad pad;
    private final TrainingSnapshot s;
    private final PictureOptions o;
    private final Ramp wash;

    PlanePanel(Pad pad, TrainingSnapshot s, PictureOptions o, Ramp wash) {
        this.pad = pad;
        this.s = s;
        this.o = o;
        this.wash = wash;
    }

    /**
     * Where the plane lies: a square of {@code side} at (left, top) whose cells are centred on the grid's points,
     * so it spans [−extent − h, extent + h] with h half the grid's spacing.
     */
    record Square(double left, double top, double side, Grid grid) {
        double half() { return grid.extent() / (grid.resolution() - 1); }

        double span() { return 2 * (grid.extent() + half()); }

        double x(double x1) { return left + (x1 + grid.extent() + half()) / span() * side; }

        double y(double x2) { return top + (grid.extent() + half() - x2) / span() * side; }

        /** x₁ at a diagram x, the inverse of {@link #x}. */
        double x1(double x) { return (x - left) / side * span() - grid.extent() - half(); }

        double x2(double y) { return grid.extent() + half() - (y - top) / side * span(); }
    }

    /** Draws the plane at (left, top), {@code side} units a side; its legend ends by {@code right}. */
    Square draw(double left, double top, double side, double right) {
        Heatmap map = s.plane();
        Square sq = new Square(left, top, side, s.grid());
        MathText heading = heading();
        double headingLeft = Math.max(right - Math.max(side, 470), Math.min(left, right - TextMetrics.width(heading, pad.header())));
        pad.heading("plane-title", "title plane-title", headingLeft, top - pad.header() * 0.9, heading, right - headingLeft);
        int n = map.resolution();
        int[] rgb = new int[n * n];
        for (int r = 0; r < n; r++) for (int c = 0; c < n; c++) rgb[r * n + c] = wash.rgb(map.at(r, c));
        pad.raster("plane-heatmap", "heatmap", left, top, side, side, n, n, rgb, true);
        points(sq, s.data().trainPoints(), false);
        if (o.showTest()) points(sq, s.data().testPoints(), true);
        pad.rect("plane-frame", "frame", left, top, side, side, 0, null, ColorRole.NEURON_STROKE, 1.5, 1);
        axes(sq);
        legend(left, top + side + pad.small() * 3.6, right);
        return sq;
    }

    /** "output over the plane", or "neuron a₂¹ over the plane" when a hidden neuron is focused. */
    private MathText heading() {
        PictureTarget.Neuron shown = s.planeNeuron();
        if (shown.layer() == s.network().depth()) return MathText.builder().text(PictureWord.OUTPUT_OVER_PLANE.in(o.texts())).build();
        String pattern = PictureWord.NEURON_OVER_PLANE.in(o.texts());
        int at = pattern.indexOf("{0}");
        MathText symbol = shown.layer() == 0 ? s.data().features().get(shown.index()).symbol()
                : MathText.symbol("a", "a", String.valueOf(shown.index() + 1), String.valueOf(shown.layer()));
        if (at < 0) return MathText.builder().text(pattern).build();
        return MathText.builder().text(pattern.substring(0, at)).append(symbol).text(pattern.substring(at + 3)).build();
    }

    private void points(Square sq, List<Point> points, boolean test) {
        double r = test ? 4.5 : 4;
        for (int k = 0; k < points.size(); k++) {
            Point p = points.get(k);
            ColorRole fill = p.label() < 0 ? ColorRole.NEGATIVE : ColorRole.POSITIVE;
            String id = new PictureTarget.DataPoint(test, k).id();
            pad.circle(id, (test ? "point test target " : "point train target ") + (p.label() < 0 ? "negative" : "positive"),
                    sq.x(p.x1()), sq.y(p.x2()), r, fill, test ? ColorRole.TEXT : ColorRole.BACKGROUND, test ? 1.5 : 1.2);
        }
    }

    private void axes(Square sq) {
        double font = pad.small();
        double extent = sq.grid().extent();
        for (double v : new double[] {-extent, 0, extent}) {
            String label = Ticks.label(v, 1).replace("-", "\u2212");
            double x = sq.x(v), y = sq.y(v);
            pad.line("plane-x-tick-" + (int) v, "tick", x, sq.top() + sq.side(), x, sq.top() + sq.side() + 5, 1, ColorRole.NEURON_STROKE, false, 1);
            pad.text("plane-x-label-" + (int) v, "tick-label", x, sq.top() + sq.side() + 5 + font * 0.7, label, font, Primitive.Anchor.MIDDLE, ColorRole.TEXT, false);
            pad.line("plane-y-tick-" + (int) v, "tick", sq.left() - 5, y, sq.left(), y, 1, ColorRole.NEURON_STROKE, false, 1);
            pad.text("plane-y-label-" + (int) v, "tick-label", sq.left() - 8, y, label, font, Primitive.Anchor.END, ColorRole.TEXT, false);
        }
        pad.text("plane-x-title", "axis-title", sq.x(extent / 2), sq.top() + sq.side() + 5 + font * 0.7,
                MathText.symbol("x", "x", "1", ""), font * 1.15, Primitive.Anchor.MIDDLE, ColorRole.TEXT, false);
        pad.text("plane-y-title", "axis-title", sq.left() - 8, sq.y(extent / 2), MathText.symbol("x", "x", "2", ""), font * 1.15,
                Primitive.Anchor.END, ColorRole.TEXT, false);
    }

    /** ● training points ○ test points, in the rings they are drawn with; moved left where it would pass {@code right}. */
    private void legend(double left, double y, double right) {
        double font = pad.small();
        String train = PictureWord.TRAINING_POINTS.in(o.texts()), test = PictureWord.TEST_POINTS.in(o.texts());
        boolean tests = o.showTest() && !s.data().testPoints().isEmpty();
        double trainWidth = 16 + TextMetrics.width(MathText.builder().text(train).build(), font);
        double total = trainWidth + (tests ? 24 + 16 + TextMetrics.width(MathText.builder().text(test).build(), font) : 0);
        double x = Math.min(left, right - total);
        pad.circle("legend-train-point", "legend point train", x + 6, y, 5, ColorRole.HIDDEN_TEXT, ColorRole.BACKGROUND, 1.2);
        pad.text("legend-train-points", "legend", x + 16, y, train, font, Primitive.Anchor.START, ColorRole.TEXT, false);
        if (!tests) return;
        x += trainWidth + 24;
        pad.circle("legend-test-point", "legend point test", x + 6, y, 5, ColorRole.HIDDEN_TEXT, ColorRole.TEXT, 1.5);
        pad.text("legend-test-points", "legend", x + 16, y, test, font, Primitive.Anchor.START, ColorRole.TEXT, false);
    }
}
