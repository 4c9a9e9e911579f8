package deltaflow.diagram.train;

import deltaflow.diagram.ColorRole;
import deltaflow.diagram.DiagramTexts;
import deltaflow.diagram.Primitive;
import deltaflow.model.Layer;
import deltaflow.model.MathText;
import deltaflow.model.Network;
import deltaflow.model.data.Task;

/**
 * The network as the diagram draws it — layers as columns left to right, edges coloured by the sign of w
 * (negative ones dashed) and as wide as |w| is large, the widths scaled to the largest |w| — with TensorFlow
 * Playground's signature: inside each neuron a thumbnail of its own output over the plane (for 8×8 images,
 * each first-layer neuron's 64 weights as an image instead). In the window, +/− buttons above each hidden
 * layer change its neurons and a pair at the top changes the number of hidden layers.
 */
final class NetworkPanel {
    /** A hidden layer of more neurons than this is drawn as one box. */
    static final int MAX_DRAWN = 64;
    /** An input layer of more inputs than this (an image) is drawn as one box. */
    static final int MAX_INPUTS_DRAWN = 16;
    /** A neuron's square at most, and at least for it to hold a thumbnail (smaller ones are plain dots). */
    static final double MAX_SIDE = 96, MIN_THUMBNAIL = 12;
    /** More edges than this between two layers are drawn thin and translucent, as the diagram does (Grid.DENSE_EDGES). */
    static final int DENSE_EDGES = 2000;
    /** A +/− button's side, and the room left of the inputs for their names, at text scale 1. */
    private static final double BUTTON_SIDE = 26, NAME_ROOM = 62;
    /** How far the outputs' class names may reach past the panel, into the gap before the next one (at least 40). */
    private static final double OUTPUT_OVERHANG = 30;

    private final Pad pad;
    private final TrainingSnapshot s;
    private final PictureOptions o;
    private final Ramp heat;
    private final Ramp ink;
    private final Network network;
    private final int depth;

    private double[] columnX;
    private double bodyTop, bodyHeight, slot, side;
    private boolean[] summary;
    private double boxWidth;
    private double left, width;
    private final double buttonSide;

    NetworkPanel(Pad pad, TrainingSnapshot s, PictureOptions o, Ramp heat, Ramp ink) {
        this.pad = pad;
        this.s = s;
        this.o = o;
        this.heat = heat;
        this.ink = ink;
        this.network = s.network();
        this.depth = network.depth();
        this.buttonSide = BUTTON_SIDE * pad.scale;
    }

    void draw(double left, double top, double width, double height) {
        this.left = left;
        this.width = width;
        summary = new boolean[depth + 1];
        summary[0] = network.inputs() > MAX_INPUTS_DRAWN;
        for (int l = 1; l <= depth; l++) summary[l] = network.size(l) > MAX_DRAWN;
        double labelRoom = summary[0] ? 0 : NAME_ROOM * pad.scale;
        if (columnNamed()) {
            // A CSV file's column names are longer than x₁ or sin(x₁): as much room as the longest needs, up to a fifth of the panel.
            double longest = 0;
            for (String name : s.data().inputNames()) longest = Math.max(longest, width(name, pad.font()) + 8);
            labelRoom = Math.max(labelRoom, Math.min(longest, width / 5));
        }
        double classRoom = 0;
        if (!s.data().classNames().isEmpty()) {
            // Named classes beside the outputs take room of the panel's too, past what reaches into the gap after it.
            double longest = 0;
            for (int k = 0; k < network.outputs(); k++) longest = Math.max(longest, width(TrainingPicture.outputName(s, k), pad.font()) + 8);
            classRoom = Math.max(0, Math.min(longest, width / 5) - OUTPUT_OVERHANG);
        }
        double gap = (width - labelRoom - classRoom) / (depth + 1);
        columnX = new double[depth + 1];
        for (int l = 0; l <= depth; l++) columnX[l] = left + labelRoom + gap * (l + 0.5);
        double y = top;
        if (o.editable()) y = layerButtons(left, y);
        double headerY = y + pad.font();
        if (o.editable()) {
            for (int l = 1; l < depth; l++) neuronButtons(l, y);
            headerY += buttonSide + pad.small() * 1.9;
        }
        headers(headerY);
        bodyTop = headerY + pad.font() * 2.6;
        bodyHeight = top + height - bodyTop;
        int most = 1;
        for (int l = 0; l <= depth; l++) if (!summary[l]) most = Math.max(most, network.size(l));
        slot = bodyHeight / most;
        side = Math.min(MAX_SIDE, Math.min(0.74 * slot, 0.48 * gap));
        boxWidth = Math.min(0.7 * gap, 120);
        edges();
        for (int l = 0; l <= depth; l++) {
            if (summary[l]) box(l);
            else for (int i = 0; i < network.size(l); i++) neuron(l, i);
        }
    }

    /**
     * A name beside a neuron in {@code room} units: at the body's size where it fits, else smaller down to a size still
     * read, and a name longer still cut short with an ellipsis.
     */
    private void fitted(String id, String classes, double x, double y, String name, double room, Primitive.Anchor anchor) {
        double size = Math.min(pad.font(), 0.9 * slot), wide = width(name, size);
        if (wide > room) size = Math.max(pad.small() * 0.75, size * room / wide);
        while (name.length() > 1 && width(name, size) > room) name = name.substring(0, name.length() - (name.endsWith("…") ? 2 : 1)) + "…";
        pad.text(id, classes, x, y, name, size, anchor, ColorRole.TEXT, false);
    }

    private static double width(String text, double size) { return deltaflow.diagram.TextMetrics.width(MathText.builder().text(text).build(), size); }

    /**
     * Whether the inputs are named columns (a CSV file's) to write beside them: not the 2-D data's features (drawn
     * as symbols) and not an image's pixels, which are drawn as one box.
     */
    private boolean columnNamed() {
        return !s.data().isPlanar() && !summary[0] && !TrainingSnapshot.isImage(s.data()) && s.data().inputNames().size() == network.inputs();
    }

    /** y of neuron i of layer l: the column centred on the body. */
    double y(int l, int i) { return bodyTop + bodyHeight / 2 + (i - (network.size(l) - 1) / 2.0) * slot; }

    /** Half the width of what layer l draws: the squares, or its box. */
    private double reach(int l) {
        if (summary[l]) return boxWidth / 2;
        return side >= MIN_THUMBNAIL ? side / 2 : dotRadius();
    }

    private double dotRadius() { return Math.max(2.5, Math.min(slot * 0.4, 8)); }

    private double boxHeight(int l) {
        if (l == 0 && TrainingSnapshot.isImage(s.data())) return boxWidth;
        return Math.min(bodyHeight, Math.max(boxWidth, bodyHeight * 0.6));
    }

    private double boxTop(int l) { return bodyTop + (bodyHeight - boxHeight(l)) / 2; }

    /** Where edge ends meet neuron j of layer l: its row, or a share of its box's height. */
    private double endY(int l, int j) {
        if (!summary[l]) return y(l, j);
        return boxTop(l) + (j + 0.5) * boxHeight(l) / network.size(l);
    }

    private void edges() {
        double max = 0;
        for (int l = 1; l <= depth; l++) {
            Layer layer = network.layer(l);
            for (int i = 0; i < layer.size(); i++) for (int j = 0; j < layer.inputs(); j++) max = Math.max(max, Math.abs(layer.weight(i, j)));
        }
        if (max == 0) max = 1;
        double thin = Math.min(1, slot / 36);
        for (int l = 1; l <= depth; l++) {
            Layer layer = network.layer(l);
            long count = (long) layer.size() * layer.inputs();
            boolean dense = count > DENSE_EDGES;
            double opacity = dense ? Math.max(0.04, Math.min(1, 30 / Math.sqrt(count))) : 1;
            double x1 = columnX[l - 1] + reach(l - 1), x2 = columnX[l] - reach(l);
            for (int i = 0; i < layer.size(); i++) {
                double y2 = endY(l, i);
                for (int j = 0; j < layer.inputs(); j++) {
                    double w = layer.weight(i, j);
                    double width = dense ? 0.5 : (1 + 4.5 * Math.abs(w) / max) * thin;
                    pad.line("edge-" + l + "-" + (i + 1) + "-" + (j + 1), w < 0 ? "edge negative" : "edge positive", x1, endY(l - 1, j), x2, y2,
                            width, w < 0 ? ColorRole.NEGATIVE : ColorRole.POSITIVE, w < 0 && !dense, opacity);
                }
            }
        }
    }

    private void neuron(int l, int i) {
        double x = columnX[l], y = y(l, i);
        PictureTarget.Neuron target = new PictureTarget.Neuron(l, i);
        String id = target.id();
        String kind = l == 0 ? "input" : l == depth ? "output" : "hidden";
        boolean focused = s.isPlanar() && target.equals(s.planeNeuron()) && l < depth;
        if (side < MIN_THUMBNAIL) {
            if (focused) pad.circle(id + "-halo", "halo", x, y, dotRadius() + 5, ColorRole.CURRENT, null, 0);
            pad.circle(id, "neuron target " + kind, x, y, dotRadius(), ColorRole.NEURON_FILL, ColorRole.NEURON_STROKE, 1.5);
        } else {
            double h = side / 2;
            if (focused) pad.rect(id + "-halo", "halo", x - h - 6, y - h - 6, side + 12, side + 12, 6, ColorRole.CURRENT, null, 0, 1);
            pad.rect(id, "neuron target " + kind, x - h, y - h, side, side, 3, ColorRole.NEURON_FILL, null, 0, 1);
            thumbnail(l, i, x - h, y - h);
            pad.rect(id + "-frame", "frame", x - h, y - h, side, side, 3, null, ColorRole.NEURON_STROKE, focused ? 3 : 1.5, 1);
        }
        double r = reach(l);
        if (l == 0 && s.data().isPlanar()) {
            pad.text(id + "-name", "feature-name", x - r - 8, y, s.data().features().get(i).symbol(), pad.font(),
                    Primitive.Anchor.END, ColorRole.TEXT, false);
        } else if (l == 0 && columnNamed()) {
            // A CSV file's column by its own name.
            fitted(id + "-name", "column-name", x - r - 8, y, s.data().inputNames().get(i), columnX[0] - r - 8 - left, Primitive.Anchor.END);
        }
        if (l == depth && !s.data().classNames().isEmpty()) {
            // Classes with names (a CSV file's labels): the number the confusion matrix uses, and the name.
            fitted(id + "-class", "class-name", x + r + 8, y, TrainingPicture.outputName(s, i), left + width + OUTPUT_OVERHANG - (x + r + 8),
                    Primitive.Anchor.START);
        } else if (l == depth && s.data().task() == Task.CLASSES) {
            pad.text(id + "-class", "class-name", x + r + 8, y, TrainingPicture.className(s, i), Math.min(pad.font(), 0.9 * slot),
                    Primitive.Anchor.START, ColorRole.TEXT, false);
        }
    }

    /** Inside neuron i of layer l: its output over the plane, or (images, layer 1) its weights from the 8×8 pixels. */
    private void thumbnail(int l, int i, double x, double y) {
        String id = "neuron-" + l + "-" + (i + 1) + "-map";
        Heatmap map = s.thumbnail(l, i);
        if (map != null) {
            int n = map.resolution();
            double scale = 1;
            if (l == 0) {
                // A feature is a number over the plane (x₁² up to 36): scaled to its largest size, so its shape shows.
                double most = 0;
                for (int r = 0; r < n; r++) for (int c = 0; c < n; c++) most = Math.max(most, Math.abs(map.at(r, c)));
                scale = most > 0 ? 1 / most : 1;
            }
            int[] rgb = new int[n * n];
            for (int r = 0; r < n; r++) for (int c = 0; c < n; c++) rgb[r * n + c] = heat.rgb(map.at(r, c) * scale);
            pad.raster(id, "thumbnail", x, y, side, side, n, n, rgb, true);
        } else if (l == 1 && TrainingSnapshot.isImage(s.data())) {
            pad.raster(id, "weights-image", x, y, side, side, 8, 8, weightImage(network.layer(1), i, heat), false);
        }
    }

    /** Neuron i's 64 weights w_ij as an 8×8 image, scaled to their largest size: blue where ink excites it, orange where it inhibits. */
    static int[] weightImage(Layer layer, int i, Ramp heat) {
        double most = 0;
        for (int j = 0; j < 64; j++) most = Math.max(most, Math.abs(layer.weight(i, j)));
        double scale = most > 0 ? 1 / most : 1;
        int[] rgb = new int[64];
        for (int j = 0; j < 64; j++) rgb[j] = heat.rgb(layer.weight(i, j) * scale);
        return rgb;
    }

    /** A layer too large to draw neuron by neuron: one box with its count (an image input shows a sample image in it). */
    private void box(int l) {
        double x = columnX[l] - boxWidth / 2, top = boxTop(l), h = boxHeight(l);
        String id = "layer-" + l + "-box";
        pad.rect(id, "summary", x, top, boxWidth, h, 4, ColorRole.NEURON_FILL, null, 0, 1);
        if (l == 0 && TrainingSnapshot.isImage(s.data()) && !s.samples().isEmpty()) {
            TrainingSnapshot.Sample sample = s.samples().get(0);
            int[] rgb = new int[64];
            for (int k = 0; k < 64; k++) rgb[k] = ink.rgb(sample.pixel(k));
            pad.raster(id + "-image", "input-image", x, top, boxWidth, h, 8, 8, rgb, false);
        }
        pad.rect(id + "-frame", "frame", x, top, boxWidth, h, 4, null, ColorRole.NEURON_STROKE, 1.5, 1);
        pad.text(id + "-count", "count", columnX[l], top + h + pad.small() * 1.2, o.texts().count(l, network.size(l)),
                pad.small(), Primitive.Anchor.MIDDLE, ColorRole.TEXT, false);
    }

    private void headers(double y) {
        DiagramTexts texts = o.texts();
        for (int l = 0; l <= depth; l++) {
            String header = l == 0 ? texts.input() : texts.layer(l);
            pad.text("header-" + l, "header", columnX[l], y, header, pad.font(), Primitive.Anchor.MIDDLE, ColorRole.TEXT, true);
            if (l == depth) {
                pad.text("header-" + l + "-output", "header", columnX[l], y + pad.font() * 1.25, texts.output(), pad.small(),
                        Primitive.Anchor.MIDDLE, ColorRole.TEXT, false);
            }
        }
    }

    /** − and + for the number of hidden layers, and how many there are; returns the y below them. */
    private double layerButtons(double left, double top) {
        int hidden = depth - 1;
        double y = top + buttonSide / 2;
        button(new PictureTarget.RemoveLayer(), left, y, hidden > 0);
        button(new PictureTarget.AddLayer(), left + buttonSide + 6, y, hidden < o.maxLayers());
        String count = hidden == 1 ? PictureWord.ONE_HIDDEN_LAYER.in(o.texts()) : PictureWord.HIDDEN_LAYERS.in(o.texts(), hidden);
        pad.text("hidden-layers", "count", left + 2 * buttonSide + 18, y, count, pad.font(), Primitive.Anchor.START, ColorRole.TEXT, false);
        return top + buttonSide + 14;
    }

    /** − and + above hidden layer l, and its count of neurons under them. */
    private void neuronButtons(int l, double top) {
        double x = columnX[l], y = top + buttonSide / 2;
        int n = network.size(l);
        button(new PictureTarget.RemoveNeuron(l), x - buttonSide - 3, y, n > 1);
        button(new PictureTarget.AddNeuron(l), x + 3, y, n < o.maxNeurons());
        String count = n == 1 ? PictureWord.ONE_NEURON.in(o.texts()) : PictureWord.NEURONS.in(o.texts(), n);
        pad.text("neurons-" + l, "count", x, top + buttonSide + pad.small() * 0.9, count, pad.small(), Primitive.Anchor.MIDDLE,
                ColorRole.TEXT, false);
    }

    /** A square button with + or −, its left edge at x; greyed (and no target) when the limit is reached. */
    private void button(PictureTarget target, double x, double y, boolean enabled) {
        boolean add = target instanceof PictureTarget.AddLayer || target instanceof PictureTarget.AddNeuron;
        String classes = "button target " + (add ? "add" : "remove") + (enabled ? "" : " disabled");
        ColorRole ink = enabled ? ColorRole.TEXT : ColorRole.HIDDEN_TEXT;
        pad.rect(target.id(), classes, x, y - buttonSide / 2, buttonSide, buttonSide, 5, ColorRole.NEURON_FILL, enabled ? ColorRole.NEURON_STROKE : ColorRole.HIDDEN_TEXT,
                1.5, 1);
        pad.text(target.id() + "-label", "button-label", x + buttonSide / 2, y, add ? "+" : "\u2212", 20 * pad.scale, Primitive.Anchor.MIDDLE, ink, true);
    }
}
