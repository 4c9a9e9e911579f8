package deltaflow.diagram.train;

import deltaflow.diagram.ColorRole;
import deltaflow.diagram.Primitive;
import deltaflow.model.Layer;

/**
 * What stands in for the plane when the inputs are 8×8 images (the digits): a strip of test images with the
 * class the network gives each and the true one (a wrong answer framed thick, its label bold, so it shows without colour),
 * the first layer's weights as 8×8 images, and — for any classes — the confusion matrix of the test set.
 */
final class DigitPanels {
    private final Pad pad;
    private final TrainingSnapshot s;
    private final PictureOptions o;
    private final Ramp heat;
    private final Ramp ink;

    DigitPanels(Pad pad, TrainingSnapshot s, PictureOptions o, Ramp heat, Ramp ink) {
        this.pad = pad;
        this.s = s;
        this.o = o;
        this.heat = heat;
        this.ink = ink;
    }

    /** The sample images in rows of five; returns the y below them. */
    double samples(double left, double top, double width) {
        double font = pad.font();
        pad.heading("samples-title", "title", left, top + pad.header() * 0.6, PictureWord.SAMPLES.in(o.texts()), width);
        int perRow = 5;
        double cell = width / perRow, image = Math.min(72, cell - 16);
        double y0 = top + pad.header() * 1.6;
        double rowHeight = image + font * 2.2;
        for (int k = 0; k < s.samples().size(); k++) {
            TrainingSnapshot.Sample sample = s.samples().get(k);
            double x = left + (k % perRow) * cell + (cell - image) / 2, y = y0 + (k / perRow) * rowHeight;
            String id = new PictureTarget.Sample(k).id();
            int[] rgb = new int[64];
            for (int p = 0; p < 64; p++) rgb[p] = ink.rgb(sample.pixel(p));
            pad.rect(id, "sample target" + (sample.right() ? " right" : " wrong"), x, y, image, image, 0, ColorRole.BACKGROUND, null, 0, 1);
            pad.raster(id + "-image", "sample-image", x, y, image, image, 8, 8, rgb, false);
            if (sample.right()) {
                pad.rect(id + "-frame", "frame", x, y, image, image, 0, null, ColorRole.NEURON_STROKE, 1, 1);
            } else {
                pad.add(new Primitive.Rect(id + "-frame", "frame wrong", x - 2, y - 2, image + 4, image + 4, 0, null, ColorRole.WARNING, 3, 1, null));
            }
            String label = TrainingPicture.className(s, sample.predicted()) + " (" + TrainingPicture.className(s, sample.actual()) + ")";
            pad.text(id + "-label", sample.right() ? "sample-label right" : "sample-label wrong", x + image / 2, y + image + font * 0.9, label, font,
                    Primitive.Anchor.MIDDLE, sample.right() ? ColorRole.TEXT : ColorRole.WARNING, !sample.right());
        }
        int rows = (s.samples().size() + perRow - 1) / perRow;
        return y0 + rows * rowHeight;
    }

    /** Layer 1's neurons' weights as 8×8 images, as many as fit in rows of eight. */
    void weights(double left, double top, double width, double height) {
        pad.heading("weights-title", "title", left, top + pad.header() * 0.6, PictureWord.FIRST_LAYER_WEIGHTS.in(o.texts()), width);
        Layer layer = s.network().layer(1);
        int n = Math.min(layer.size(), 64);
        double y0 = top + pad.header() * 1.6, room = top + height - y0;
        // The largest images that fit the neurons (at most 64 shown) in the area, in rows of equal length.
        int perRow = 1;
        double cell = 0;
        for (int columns = 1; columns <= n; columns++) {
            int rowsNeeded = (n + columns - 1) / columns;
            double c = Math.min(Math.min(width / columns, room / rowsNeeded), 96);
            if (c > cell + 1e-9) {
                cell = c;
                perRow = columns;
            }
        }
        int rows = (n + perRow - 1) / perRow;
        double image = cell - 6;
        int shown = Math.min(n, rows * perRow);
        for (int i = 0; i < shown; i++) {
            double x = left + (i % perRow) * cell, y = y0 + (i / perRow) * cell;
            String id = "weights-" + (i + 1);
            pad.raster(id, "weights-image", x, y, image, image, 8, 8, NetworkPanel.weightImage(layer, i, heat), false);
            pad.rect(id + "-frame", "frame", x, y, image, image, 0, null, ColorRole.NEURON_STROKE, 1, 1);
        }
    }

    /** The confusion matrix of the test set: rows the true class, columns the predicted one, each cell its count. */
    void confusion(double left, double top, double width, double height) {
        double font = pad.small();
        pad.heading("confusion-title", "title", left, top + pad.header() * 0.6, PictureWord.CONFUSION.in(o.texts()), width);
        int n = s.data().outputs();
        double labels = 64 * pad.scale;
        double cell = cell(width, height);
        double x0 = left + labels, y0 = top + pad.header() * 1.6 + font * 2.6;
        pad.text("confusion-predicted", "axis-title", x0 + n * cell / 2, y0 - font * 2, PictureWord.PREDICTED.in(o.texts()), font,
                Primitive.Anchor.MIDDLE, ColorRole.TEXT, false);
        pad.text("confusion-true", "axis-title", x0 - font * 2.2, y0 - font * 0.8, PictureWord.TRUE_CLASS.in(o.texts()), font,
                Primitive.Anchor.END, ColorRole.TEXT, false);
        for (int a = 0; a < n; a++) {
            int total = 0;
            for (int p = 0; p < n; p++) total += s.confusion(a, p);
            double y = y0 + a * cell;
            pad.text("confusion-row-" + a, "class-name", x0 - 6, y + cell / 2, TrainingPicture.className(s, a), font, Primitive.Anchor.END, ColorRole.TEXT, false);
            for (int p = 0; p < n; p++) {
                double x = x0 + p * cell;
                if (a == 0) {
                    pad.text("confusion-column-" + p, "class-name", x + cell / 2, y0 - font * 0.8, TrainingPicture.className(s, p), font,
                            Primitive.Anchor.MIDDLE, ColorRole.TEXT, false);
                }
                int count = s.confusion(a, p);
                // The share of the row, at most 60 % strong so the count stays legible on it.
                double share = total == 0 ? 0 : (double) count / total;
                String id = "confusion-" + a + "-" + p;
                pad.rect(id, "confusion-cell" + (a == p ? " right" : " wrong"), x, y, cell, cell, 0, a == p ? ColorRole.POSITIVE : ColorRole.NEGATIVE,
                        ColorRole.HIDDEN_TEXT, 0.5, count == 0 ? 0 : 0.12 + 0.48 * share);
                if (count > 0) {
                    pad.text(id + "-count", "count", x + cell / 2, y + cell / 2, String.valueOf(count), Math.min(font, 0.55 * cell), Primitive.Anchor.MIDDLE,
                            ColorRole.TEXT, a == p);
                }
            }
        }
    }

    /** A cell's side: at most 40, as fits the width and the height beside the labels. */
    private double cell(double width, double height) {
        int n = s.data().outputs();
        double above = pad.header() * 1.6 + pad.small() * 2.6;
        return Math.max(8, Math.min(40, Math.min((width - 64 * pad.scale) / n, (height - above) / n)));
    }

    /** The height the confusion matrix takes in this area. */
    double confusionHeight(double width, double height) {
        return pad.header() * 1.6 + pad.small() * 2.6 + s.data().outputs() * cell(width, height);
    }
}
