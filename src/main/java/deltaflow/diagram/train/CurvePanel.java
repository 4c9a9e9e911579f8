package deltaflow.diagram.train;

import deltaflow.diagram.ColorRole;
import deltaflow.diagram.Primitive;
import deltaflow.diagram.TextMetrics;
import deltaflow.model.MathText;
import deltaflow.model.Numbers;
import deltaflow.model.data.Task;
import deltaflow.model.train.EpochRecord;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The loss curves: train and test loss per epoch (and, for classes, accuracy on a second axis), linear or
 * logarithmic, the batch costs as a faint line beneath, the current epoch marked. Test loss is solid, train
 * loss dashed, so the two differ without colour too.
 */
final class CurvePanel {
    /** Room left of the axes for their numbers, and below for the epochs. */
    private static final double LEFT = 58, RIGHT = 48, BOTTOM = 40;
    /** Points a curve keeps at most: about one per unit of width is all the eye sees. */
    private static final int MAX_POINTS = 600;

    private final Pad pad;
    private final TrainingSnapshot s;
    private final PictureOptions o;

    CurvePanel(Pad pad, TrainingSnapshot s, PictureOptions o) {
        this.pad = pad;
        this.s = s;
        this.o = o;
    }

    /** Where the axes lie, for tests: the plot's box in diagram units and its ranges. */
    /**
     * The axes: epochs from {@code first} (0, or the epoch a trained scenario was saved at, whose earlier history
     * is not in its file) to {@code epochs}.
     */
    record Frame(double left, double top, double right, double bottom, double first, double epochs, double lossLow, double lossHigh, boolean log) {
        double x(double epoch) { return left + (right - left) * (epoch - first) / (epochs - first); }

        /** y of a loss: clipped to the box, as a spike of the batch cost would leave it. */
        double y(double loss) {
            double t = log ? (Math.log10(Math.max(loss, lossLow)) - Math.log10(lossLow)) / (Math.log10(lossHigh) - Math.log10(lossLow))
                    : (loss - lossLow) / (lossHigh - lossLow);
            if (Double.isNaN(t)) t = 0;
            return bottom - (bottom - top) * Math.max(0, Math.min(1, t));
        }

        double yAccuracy(double accuracy) { return bottom - (bottom - top) * Math.max(0, Math.min(1, accuracy)); }
    }

    Frame draw(double left, double top, double width, double height) {
        List<EpochRecord> history = s.history();
        EpochRecord last = s.last();
        boolean classes = s.data().task() != Task.REGRESSION;
        boolean accuracy = classes && o.showAccuracy();
        boolean test = !Double.isNaN(last.testLoss());
        double headerY = top + pad.header() * 0.6;
        pad.heading("epoch", "epoch", left, headerY, PictureWord.EPOCH.in(o.texts(), String.format(Locale.ROOT, "%,d", last.epoch())), width);
        double legendY = headerY + pad.header() * 1.3;
        // The legend, wrapped to the panel's width: each entry a line in its curve's style and the value now.
        double x = left;
        for (Legend entry : legend()) {
            double w = entry.width(pad, o);
            if (x > left && x + w > left + width) {
                x = left;
                legendY += pad.font() * 1.4;
            }
            x = entry.draw(pad, o, x, legendY);
        }

        double boxTop = legendY + pad.font() * 2.6;
        Frame f = frame(left + LEFT * pad.scale, boxTop, left + width - (accuracy ? RIGHT * pad.scale : 12), top + height - BOTTOM * pad.scale);
        axes(f, accuracy);
        BatchCosts costs = s.batchCosts();
        if (costs.size() > 1) pad.polyline("curve-batch-cost", "curve batch-cost", batchLine(costs, f), 1, ColorRole.HIDDEN_TEXT, false);
        if (accuracy) {
            if (test) pad.polyline("curve-test-accuracy", "curve accuracy test", points(history, f, r -> f.yAccuracy(r.testAccuracy())), 2, ColorRole.GRADIENT, false);
            pad.polyline("curve-train-accuracy", "curve accuracy train", points(history, f, r -> f.yAccuracy(r.trainAccuracy())), 1.5, ColorRole.GRADIENT, true);
        }
        pad.polyline("curve-train-loss", "curve loss train", points(history, f, r -> f.y(r.trainLoss())), 2, ColorRole.TEXT, true);
        if (test) pad.polyline("curve-test-loss", "curve loss test", points(history, f, r -> f.y(r.testLoss())), 3, ColorRole.TEXT, false);
        // The current epoch: a rule across the plot and a dot on each curve.
        double cx = f.x(last.epoch());
        pad.line("current-epoch", "current-epoch", cx, f.top(), cx, f.bottom(), 1.5, ColorRole.DELTA, false, 1);
        if (test) pad.circle("current-test-loss", "current test", cx, f.y(last.testLoss()), 5, ColorRole.TEXT, null, 0);
        pad.circle("current-train-loss", "current train", cx, f.y(last.trainLoss()), 4, ColorRole.BACKGROUND, ColorRole.TEXT, 2);
        if (accuracy) pad.circle("current-accuracy", "current accuracy", cx, f.yAccuracy(test ? last.testAccuracy() : last.trainAccuracy()), 4, ColorRole.GRADIENT, null, 0);
        return f;
    }

    /** The legend's entries: test loss (if there is a test set), train loss, and accuracy for classes if asked. */
    private List<Legend> legend() {
        EpochRecord last = s.last();
        boolean test = !Double.isNaN(last.testLoss());
        List<Legend> entries = new java.util.ArrayList<>();
        if (test) entries.add(new Legend("legend-test-loss", PictureWord.TEST_LOSS, last.testLoss(), false, ColorRole.TEXT, false));
        entries.add(new Legend("legend-train-loss", PictureWord.TRAIN_LOSS, last.trainLoss(), false, ColorRole.TEXT, true));
        if (s.data().task() != Task.REGRESSION && o.showAccuracy()) {
            entries.add(test ? new Legend("legend-test-accuracy", PictureWord.TEST_ACCURACY, last.testAccuracy(), true, ColorRole.GRADIENT, false)
                    : new Legend("legend-train-accuracy", PictureWord.TRAIN_ACCURACY, last.trainAccuracy(), true, ColorRole.GRADIENT, true));
        }
        return entries;
    }

    /** The height of all but the plot at this width: heading, legend lines, the room above and below the plot. */
    double chrome(double width) {
        int lines = 1;
        double x = 0;
        for (Legend entry : legend()) {
            double w = entry.width(pad, o);
            if (x > 0 && x + w > width) {
                x = 0;
                lines++;
            }
            x += w;
        }
        return pad.header() * 1.9 + (lines - 1) * pad.font() * 1.4 + pad.font() * 2.6 + BOTTOM * pad.scale;
    }

    /**
     * The axes' ranges: epochs from the first recorded (0, or where a trained scenario was saved) to the end (or the
     * options' span), losses from 0 (or a power of ten, log) to a round top.
     */
    Frame frame(double left, double top, double right, double bottom) {
        double first = s.history().get(0).epoch();
        double epochs = Math.max(first + 1, Math.max(o.axisEpochs(), s.last().epoch()));
        double high = 0, low = Double.POSITIVE_INFINITY;
        for (EpochRecord r : s.history()) {
            for (double v : new double[] {r.trainLoss(), r.testLoss()}) {
                if (!Double.isFinite(v)) continue;
                high = Math.max(high, v);
                if (v > 0) low = Math.min(low, v);
            }
        }
        if (o.axisLoss() > 0) high = o.axisLoss();
        if (o.logScale()) {
            double top10 = Math.pow(10, Math.ceil(Math.log10(high > 0 ? high : 1)));
            double low10 = Math.pow(10, Math.floor(Math.log10(Double.isFinite(low) ? low : top10 / 100)));
            if (low10 >= top10) low10 = top10 / 10;
            return new Frame(left, top, right, bottom, first, epochs, low10, top10, true);
        }
        return new Frame(left, top, right, bottom, first, epochs, 0, Ticks.niceCeiling(high > 0 ? high : 1, 4), false);
    }

    private void axes(Frame f, boolean accuracy) {
        double font = pad.small();
        pad.line("curves-x-axis", "axis", f.left(), f.bottom(), f.right(), f.bottom(), 1.5, ColorRole.NEURON_STROKE, false, 1);
        pad.line("curves-y-axis", "axis", f.left(), f.top(), f.left(), f.bottom(), 1.5, ColorRole.NEURON_STROKE, false, 1);
        double epochStep = Ticks.step(f.epochs() - f.first(), 5);
        epochStep = Math.max(1, epochStep);
        for (double e : Ticks.linear(f.first(), f.epochs(), epochStep)) {
            double x = f.x(e);
            pad.line("curves-x-tick-" + (long) e, "tick", x, f.bottom(), x, f.bottom() + 5, 1, ColorRole.NEURON_STROKE, false, 1);
            pad.text("curves-x-label-" + (long) e, "tick-label", x, f.bottom() + 5 + font * 0.7, Ticks.label(e, epochStep), font, Primitive.Anchor.MIDDLE, ColorRole.TEXT, false);
        }
        // A curve that starts later than 0 says why: the scenario was saved after that many epochs, and only they are known.
        String title = f.first() > 0 ? PictureWord.EPOCHS_FROM.in(o.texts(), String.format(Locale.ROOT, "%,d", (long) f.first())) : PictureWord.EPOCHS.in(o.texts());
        pad.text("curves-x-title", "axis-title", f.right(), f.bottom() + 5 + font * 1.9, title, font, Primitive.Anchor.END, ColorRole.TEXT, false);
        if (f.log()) {
            int from = (int) Math.round(Math.log10(f.lossLow())), to = (int) Math.round(Math.log10(f.lossHigh()));
            int every = Math.max(1, (to - from + 3) / 4);
            for (int k = from; k <= to; k += every) {
                double v = Math.pow(10, k), y = f.y(v);
                yTick("curves-y-" + k, f, y, k >= 0 ? String.valueOf((long) v) : Numbers.format(v, 1), font);
            }
        } else {
            double step = Ticks.step(f.lossHigh() - f.lossLow(), 4);
            for (double v : Ticks.linear(f.lossHigh(), step)) yTick("curves-y-" + Ticks.label(v, step), f, f.y(v), Ticks.label(v, step), font);
        }
        // Above the top tick, clear of the curves (which start at the top: the loss before training is the largest).
        pad.text("curves-y-title", "axis-title", f.left() - LEFT * pad.scale + 4, f.top() - font * 1.3, (f.log() ? PictureWord.LOG_LOSS : PictureWord.LOSS).in(o.texts()),
                font, Primitive.Anchor.START, ColorRole.TEXT, false);
        if (!accuracy) return;
        pad.line("curves-accuracy-axis", "axis accuracy", f.right(), f.top(), f.right(), f.bottom(), 1.5, ColorRole.GRADIENT, false, 1);
        for (int percent = 0; percent <= 100; percent += 50) {
            double y = f.yAccuracy(percent / 100.0);
            pad.line("curves-accuracy-tick-" + percent, "tick accuracy", f.right(), y, f.right() + 5, y, 1, ColorRole.GRADIENT, false, 1);
            pad.text("curves-accuracy-label-" + percent, "tick-label accuracy", f.right() + 8, y, percent + " %", font, Primitive.Anchor.START, ColorRole.GRADIENT, false);
        }
    }

    private void yTick(String id, Frame f, double y, String label, double font) {
        pad.line(id + "-tick", "tick", f.left() - 5, y, f.left(), y, 1, ColorRole.NEURON_STROKE, false, 1);
        pad.line(id + "-grid", "grid", f.left(), y, f.right(), y, 1, ColorRole.HIDDEN_TEXT, false, 0.25);
        pad.text(id + "-label", "tick-label", f.left() - 8, y, label, font, Primitive.Anchor.END, ColorRole.TEXT, false);
    }

    /** A legend entry: a short line in the curve's style, then "test loss 0.0341". */
    private record Legend(String id, PictureWord word, double value, boolean percent, ColorRole role, boolean dashed) {
        private static final double SWATCH = 22, GAP = 6, AFTER = 22;

        String text(PictureOptions o) {
            String number = Double.isNaN(value) ? "–" : percent ? Numbers.format(100 * value, 3) + " %" : Numbers.format(value, 3);
            return word.in(o.texts()) + " " + number;
        }

        double width(Pad pad, PictureOptions o) {
            return SWATCH + GAP + TextMetrics.width(MathText.builder().text(text(o)).build(), pad.font()) + AFTER;
        }

        /** Draws it at x; returns where the next one starts. */
        double draw(Pad pad, PictureOptions o, double x, double y) {
            pad.line(id + "-swatch", "legend-swatch", x, y, x + SWATCH, y, dashed ? 2 : 3, role, dashed, 1);
            pad.text(id, "legend", x + SWATCH + GAP, y, text(o), pad.font(), Primitive.Anchor.START, role, false);
            return x + width(pad, o);
        }
    }

    /**
     * The batch costs, averaged over runs of batches a unit or two of width each: one batch of ten is noise
     * (thousands of spikes would paint the plot grey), the mean of a few shows how C moves within epochs.
     */
    static double[] batchLine(BatchCosts costs, Frame f) {
        int n = costs.size();
        int buckets = (int) Math.max(2, Math.min(n, (f.right() - f.left()) / 2));
        double[] points = new double[2 * buckets];
        int p = 0;
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) b * n / buckets), to = (int) ((long) (b + 1) * n / buckets);
            double sum = 0, at = 0;
            for (int k = from; k < to; k++) {
                sum += costs.cost(k);
                at += costs.epoch(k);
            }
            if (to == from) continue;
            points[p++] = f.x(at / (to - from));
            points[p++] = f.y(sum / (to - from));
        }
        return java.util.Arrays.copyOf(points, p);
    }

    /** The curve through the history's epochs, thinned to at most {@link #MAX_POINTS} (the last always kept). */
    private static double[] points(List<EpochRecord> history, Frame f, ToDoubleFunction<EpochRecord> y) {
        int n = history.size(), stride = Math.max(1, (n + MAX_POINTS - 1) / MAX_POINTS);
        int count = (n - 1) / stride + 1 + ((n - 1) % stride == 0 ? 0 : 1);
        double[] points = new double[2 * count];
        int p = 0;
        for (int k = 0; k < n; k += stride) {
            EpochRecord r = history.get(k);
            points[p++] = f.x(r.epoch());
            points[p++] = y.applyAsDouble(r);
        }
        if ((n - 1) % stride != 0) {
            EpochRecord r = history.get(n - 1);
            points[p++] = f.x(r.epoch());
            points[p++] = y.applyAsDouble(r);
        }
        return points;
    }
}
