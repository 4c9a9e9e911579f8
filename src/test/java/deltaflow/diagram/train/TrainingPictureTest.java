package deltaflow.diagram.train;

import deltaflow.diagram.Diagram;
import deltaflow.diagram.DiagramTexts;
import deltaflow.diagram.Palette;
import deltaflow.diagram.Primitive;
import deltaflow.diagram.Theme;
import deltaflow.model.Activation;
import deltaflow.model.Example;
import deltaflow.model.Layer;
import deltaflow.model.Network;
import deltaflow.model.data.DataSet;
import deltaflow.model.data.Digits;
import deltaflow.model.data.Feature;
import deltaflow.model.data.Generator;
import deltaflow.model.data.Point;
import deltaflow.model.train.EpochRecord;
import deltaflow.model.train.Grid;
import deltaflow.model.train.Initializer;
import deltaflow.model.train.Training;
import deltaflow.model.train.TrainingSettings;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The training picture against computations of its own: the network's output worked out by hand (tanh of
 * Σ w a + b, with Math.tanh) at the points the picture says it shows, colours mixed from the palette's hex
 * codes, curve points placed by the axes' own tick marks.
 */
class TrainingPictureTest {
    private static final DataSet CIRCLE = DataSet.planar(Generator.CIRCLE, 500, 0, 0.5, 1, Feature.defaults());

    private static Training trained(DataSet data, int[] sizes, int epochs, double eta, BatchCosts.Log log) {
        Network network = Initializer.network(sizes, Activation.TANH, Training.outputFor(data.task()), 1);
        Training training = new Training(data, network, TrainingSettings.defaults(1).withLearningRate(eta));
        while (training.epoch() < epochs) {
            training.step();
            if (log != null) log.recordLastUpdate(training);
        }
        return training;
    }

    private static final Training CIRCLE_TRAINED = trained(CIRCLE, new int[] {2, 4, 2, 1}, 30, 0.03, null);

    private static TrainingSnapshot circle() {
        return TrainingSnapshot.compute(CIRCLE_TRAINED, BatchCosts.NONE, TrainingSnapshot.Detail.DEFAULT);
    }

    /** Every neuron's a for input x, layer by layer, with Math.tanh: a[l][i]. */
    static double[][] byHand(Network network, double[] x) {
        double[][] a = new double[network.depth() + 1][];
        a[0] = x;
        for (int l = 1; l <= network.depth(); l++) {
            Layer layer = network.layer(l);
            a[l] = new double[layer.size()];
            for (int i = 0; i < layer.size(); i++) {
                double z = layer.bias(i);
                for (int j = 0; j < layer.inputs(); j++) z += layer.weight(i, j) * a[l - 1][j];
                a[l][i] = switch (layer.activation()) {
                    case TANH -> Math.tanh(z);
                    case LINEAR, SOFTMAX -> z; // softmax keeps the order of z, all the picture needs of it
                    default -> throw new IllegalStateException("not in these tests: " + layer.activation());
                };
            }
        }
        return a;
    }

    /** The colour a value in [−1, 1] should have: the background mixed towards blue (+) or orange (−), strength · |v| of the way. */
    static int[] expectedColour(Palette palette, double v, double strength) {
        int[] bg = rgb(palette.color(deltaflow.diagram.ColorRole.BACKGROUND));
        int[] end = rgb(palette.color(v < 0 ? deltaflow.diagram.ColorRole.NEGATIVE : deltaflow.diagram.ColorRole.POSITIVE));
        double t = Math.min(1, Math.abs(v)) * strength;
        return new int[] {(int) Math.round(bg[0] + (end[0] - bg[0]) * t), (int) Math.round(bg[1] + (end[1] - bg[1]) * t),
                (int) Math.round(bg[2] + (end[2] - bg[2]) * t)};
    }

    private static int[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new int[] {v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff};
    }

    private static void assertColour(int[] expected, int argb, String where) {
        assertEquals(0xff, argb >>> 24, where + ": opaque");
        int[] actual = {argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff};
        for (int k = 0; k < 3; k++) {
            // The ramp has 256 steps from −1 to 1: within 1 of the exact mix, and 1 more for rounding.
            assertTrue(Math.abs(expected[k] - actual[k]) <= 2, where + ": " + Arrays.toString(expected) + " vs " + Arrays.toString(actual));
        }
    }

    private static <T extends Primitive> T find(Diagram d, String id, Class<T> type) {
        Primitive p = d.find(id).orElseThrow(() -> new AssertionError("no primitive " + id));
        return type.cast(p);
    }

    @Test
    void aHeatmapCellHasThePaletteColourOfTheOutputWorkedOutByHandAtItsCentre() {
        TrainingSnapshot snapshot = circle();
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK, Theme.COLORBLIND)) {
            Diagram picture = TrainingPicture.build(snapshot, PictureOptions.defaults().withTheme(theme));
            Primitive.Raster heatmap = find(picture, "plane-heatmap", Primitive.Raster.class);
            // Where x₁ = −6 and 6 are, by the plane's own tick marks; x₂ likewise.
            double left = find(picture, "plane-x-tick--6", Primitive.Line.class).x1(), right = find(picture, "plane-x-tick-6", Primitive.Line.class).x1();
            double top = find(picture, "plane-y-tick-6", Primitive.Line.class).y1(), bottom = find(picture, "plane-y-tick--6", Primitive.Line.class).y1();
            Network network = snapshot.network();
            for (int[] cell : new int[][] {{0, 0}, {50, 50}, {99, 99}, {12, 80}, {73, 31}, {40, 60}}) {
                int row = cell[0], column = cell[1];
                double cx = heatmap.x() + (column + 0.5) * heatmap.width() / heatmap.columns();
                double cy = heatmap.y() + (row + 0.5) * heatmap.height() / heatmap.rows();
                double x1 = -6 + 12 * (cx - left) / (right - left), x2 = 6 - 12 * (cy - top) / (bottom - top);
                double output = byHand(network, new double[] {x1, x2})[network.depth()][0];
                assertColour(expectedColour(picture.palette(), output, 0.7), heatmap.argb(column, row), theme + " cell " + row + "," + column);
            }
        }
    }

    @Test
    void theThumbnailOfAHiddenNeuronIsItsOwnOutputOverThePlane() {
        TrainingSnapshot snapshot = circle();
        Diagram picture = TrainingPicture.build(snapshot, PictureOptions.defaults());
        Network network = snapshot.network();
        for (int[] neuron : new int[][] {{1, 0}, {1, 3}, {2, 1}, {3, 0}}) {
            int l = neuron[0], i = neuron[1];
            Primitive.Raster thumbnail = find(picture, "neuron-" + l + "-" + (i + 1) + "-map", Primitive.Raster.class);
            assertEquals(TrainingSnapshot.DEFAULT_THUMBNAIL, thumbnail.columns());
            Primitive.Rect square = find(picture, "neuron-" + l + "-" + (i + 1), Primitive.Rect.class);
            assertEquals(square.width(), thumbnail.width(), 1e-9, "the thumbnail fills the neuron's square");
            for (int[] pixel : new int[][] {{0, 0}, {12, 12}, {24, 3}, {7, 19}}) {
                int r = pixel[0], c = pixel[1];
                // Pixel (r, c) of 25 shows the grid point of 100 nearest its centre: 4c + 1.5 rounded up.
                double x1 = Grid.DEFAULT.x1(4 * c + 2), x2 = Grid.DEFAULT.x2(4 * r + 2);
                double a = byHand(network, new double[] {x1, x2})[l][i];
                assertColour(expectedColour(picture.palette(), a, 1), thumbnail.argb(c, r), "a of neuron " + l + "," + i + " at pixel " + r + "," + c);
            }
        }
    }

    @Test
    void theCurvesPassThroughTheHistoryOnTheAxesTheirTicksName() {
        BatchCosts.Log log = new BatchCosts.Log();
        Training training = trained(CIRCLE, new int[] {2, 4, 2, 1}, 40, 0.03, log);
        TrainingSnapshot snapshot = TrainingSnapshot.compute(training, log.snapshot(), TrainingSnapshot.Detail.DEFAULT);
        for (boolean log10 : new boolean[] {false, true}) {
            Diagram picture = TrainingPicture.build(snapshot, PictureOptions.defaults().withLogScale(log10));
            double[] xAxis = axis(picture, "curves-x-label-", "curves-x-tick-", true);
            double[] yAxis = axis(picture, "curves-y-", null, false);
            List<EpochRecord> history = training.history().records();
            for (String curve : List.of("curve-test-loss", "curve-train-loss")) {
                Primitive.Polyline line = find(picture, curve, Primitive.Polyline.class);
                assertEquals(history.size(), line.size(), "one point per epoch (41 epochs are few enough to keep all)");
                for (int k = 0; k < history.size(); k++) {
                    EpochRecord r = history.get(k);
                    double loss = curve.contains("test") ? r.testLoss() : r.trainLoss();
                    assertEquals(xAxis[0] + xAxis[1] * r.epoch(), line.x(k), 1e-6, curve + " x at epoch " + k);
                    double v = log10 ? Math.log10(loss) : loss;
                    assertEquals(yAxis[0] + yAxis[1] * v, line.y(k), 1e-6, curve + " y at epoch " + k + (log10 ? " (log)" : ""));
                }
            }
            // The current epoch: a rule at its x, a dot on the test loss.
            Primitive.Line rule = find(picture, "current-epoch", Primitive.Line.class);
            assertEquals(xAxis[0] + xAxis[1] * 40, rule.x1(), 1e-6);
            Primitive.Circle dot = find(picture, "current-test-loss", Primitive.Circle.class);
            assertEquals(yAxis[0] + yAxis[1] * (log10 ? Math.log10(training.history().last().testLoss()) : training.history().last().testLoss()), dot.cy(), 1e-6);
            assertTrue(picture.find("curve-batch-cost").isPresent(), "the batch costs, faint");
        }
    }

    /**
     * The axis as its tick labels say: {offset, units per value} from the first and last labelled tick (the value
     * read from the label, the place from the tick; log axes are labelled 0.01, 0.1, 1).
     */
    private static double[] axis(Diagram picture, String labelPrefix, String tickPrefix, boolean horizontal) {
        List<double[]> ticks = new ArrayList<>();
        for (Primitive p : picture.primitives()) {
            if (!(p instanceof Primitive.Text t) || !t.id().startsWith(labelPrefix) || !t.hasClass("tick-label")) continue;
            double value = Double.parseDouble(t.text().plain());
            boolean log = picture.find("curves-y-title").map(y -> ((Primitive.Text) y).text().plain().contains("log")).orElse(false);
            double v = !horizontal && log ? Math.log10(value) : value;
            double at = horizontal ? find(picture, tickPrefix + (long) value, Primitive.Line.class).x1() : t.y();
            ticks.add(new double[] {v, at});
        }
        assertTrue(ticks.size() >= 2, "at least two ticks on " + labelPrefix);
        double[] a = ticks.get(0), b = ticks.get(ticks.size() - 1);
        double slope = (b[1] - a[1]) / (b[0] - a[0]);
        return new double[] {a[1] - slope * a[0], slope};
    }

    @Test
    void edgesAreColouredBySignDashedWhenNegativeAndAsWideAsTheWeightIsLarge() {
        TrainingSnapshot snapshot = circle();
        Diagram picture = TrainingPicture.build(snapshot, PictureOptions.defaults());
        Network network = snapshot.network();
        double max = 0;
        for (int l = 1; l <= network.depth(); l++) {
            for (int i = 0; i < network.size(l); i++) for (int j = 0; j < network.size(l - 1); j++) max = Math.max(max, Math.abs(network.layer(l).weight(i, j)));
        }
        int edges = 0;
        for (int l = 1; l <= network.depth(); l++) {
            for (int i = 0; i < network.size(l); i++) {
                for (int j = 0; j < network.size(l - 1); j++) {
                    double w = network.layer(l).weight(i, j);
                    Primitive.Line edge = find(picture, "edge-" + l + "-" + (i + 1) + "-" + (j + 1), Primitive.Line.class);
                    assertEquals(w < 0 ? deltaflow.diagram.ColorRole.NEGATIVE : deltaflow.diagram.ColorRole.POSITIVE, edge.role());
                    assertEquals(w < 0, edge.dashed());
                    assertEquals(1 + 4.5 * Math.abs(w) / max, edge.width(), 1e-9, "as the network diagram sizes them");
                    edges++;
                }
            }
        }
        assertEquals(8 + 8 + 2, edges);
    }

    @Test
    void pointsSitWhereTheirCoordinatesAreInTheirClassColourTestPointsOnlyWhenAsked() {
        TrainingSnapshot snapshot = circle();
        Diagram picture = TrainingPicture.build(snapshot, PictureOptions.defaults());
        double left = find(picture, "plane-x-tick--6", Primitive.Line.class).x1(), right = find(picture, "plane-x-tick-6", Primitive.Line.class).x1();
        double top = find(picture, "plane-y-tick-6", Primitive.Line.class).y1(), bottom = find(picture, "plane-y-tick--6", Primitive.Line.class).y1();
        List<Point> train = CIRCLE.trainPoints();
        for (int k : new int[] {0, 17, train.size() - 1}) {
            Point p = train.get(k);
            Primitive.Circle dot = find(picture, "point-train-" + (k + 1), Primitive.Circle.class);
            assertEquals(left + (p.x1() + 6) / 12 * (right - left), dot.cx(), 1e-6);
            assertEquals(top + (6 - p.x2()) / 12 * (bottom - top), dot.cy(), 1e-6);
            assertEquals(p.label() < 0 ? deltaflow.diagram.ColorRole.NEGATIVE : deltaflow.diagram.ColorRole.POSITIVE, dot.fill());
        }
        assertTrue(picture.find("point-test-1").isPresent());
        assertFalse(TrainingPicture.build(snapshot, PictureOptions.defaults().withShowTest(false)).find("point-test-1").isPresent());
    }

    @Test
    void aClickFindsTheNeuronPointOrButtonUnderItAndAGreyedButtonIsNone() {
        TrainingSnapshot snapshot = circle();
        Diagram picture = TrainingPicture.build(snapshot, PictureOptions.defaults().withEditable(true).withLimits(2, 4));
        Primitive.Rect neuron = find(picture, "neuron-1-3", Primitive.Rect.class);
        assertEquals(Optional.of(new PictureTarget.Neuron(1, 2)), TrainingPicture.hit(picture, neuron.x() + 3, neuron.y() + neuron.height() - 3));
        Primitive.Rect add = find(picture, "add-neuron-2", Primitive.Rect.class);
        assertEquals(Optional.of(new PictureTarget.AddNeuron(2)), TrainingPicture.hit(picture, add.x() + add.width() / 2, add.y() + add.height() / 2));
        Primitive.Rect remove = find(picture, "remove-neuron-1", Primitive.Rect.class);
        assertEquals(Optional.of(new PictureTarget.RemoveNeuron(1)), TrainingPicture.hit(picture, remove.x() + 1, remove.y() + 1));
        // Layer 1 has 4 neurons, the limit: its + is greyed and hits nothing; so is + for layers (2 hidden, the limit).
        Primitive.Rect full = find(picture, "add-neuron-1", Primitive.Rect.class);
        assertTrue(full.hasClass("disabled"));
        assertEquals(Optional.empty(), TrainingPicture.hit(picture, full.x() + full.width() / 2, full.y() + full.height() / 2));
        Primitive.Rect addLayer = find(picture, "add-layer", Primitive.Rect.class);
        assertEquals(Optional.empty(), TrainingPicture.hit(picture, addLayer.x() + 5, addLayer.y() + 5));
        Primitive.Rect removeLayer = find(picture, "remove-layer", Primitive.Rect.class);
        assertEquals(Optional.of(new PictureTarget.RemoveLayer()), TrainingPicture.hit(picture, removeLayer.x() + 5, removeLayer.y() + 5));
        Primitive.Circle point = find(picture, "point-train-5", Primitive.Circle.class);
        assertEquals(Optional.of(new PictureTarget.DataPoint(false, 4)), TrainingPicture.hit(picture, point.cx(), point.cy()));
        assertEquals(Optional.empty(), TrainingPicture.hit(picture, 1, TrainingPicture.HEIGHT - 1), "empty paper");
        assertFalse(TrainingPicture.build(snapshot, PictureOptions.defaults()).find("add-layer").isPresent(), "no buttons in exports");
    }

    @Test
    void idsReadBackAsTheTargetsTheyStandFor() {
        for (PictureTarget t : List.of(new PictureTarget.Neuron(0, 1), new PictureTarget.Neuron(3, 7), new PictureTarget.AddNeuron(2),
                new PictureTarget.RemoveNeuron(6), new PictureTarget.AddLayer(), new PictureTarget.RemoveLayer(),
                new PictureTarget.DataPoint(true, 0), new PictureTarget.DataPoint(false, 249), new PictureTarget.Sample(9))) {
            assertEquals(Optional.of(t), PictureTarget.parse(t.id()), t.id());
        }
        for (String decoration : List.of("edge-1-2-1", "neuron-1-2-map", "neuron-1-0", "add-neuron-1-label", "point-train-99999999999", "plane-heatmap")) {
            assertEquals(Optional.empty(), PictureTarget.parse(decoration), decoration);
        }
    }

    @Test
    void theFocusedNeuronIsDrawnLargeOverThePlaneAndRingedInTheNetwork() {
        double[][][] outputs = deltaflow.model.train.GridOutputs.newOutputs(CIRCLE_TRAINED.network(), Grid.DEFAULT);
        new deltaflow.model.train.GridOutputs(Grid.DEFAULT, CIRCLE.features(), CIRCLE_TRAINED.network()).compute(CIRCLE_TRAINED.network(), outputs);
        TrainingSnapshot snapshot = TrainingSnapshot.of(CIRCLE_TRAINED, Grid.DEFAULT, outputs, BatchCosts.NONE,
                TrainingSnapshot.Detail.DEFAULT.withFocus(new PictureTarget.Neuron(1, 2)));
        outputs[1][2][0] = 99; // the snapshot keeps its own copy
        Diagram picture = TrainingPicture.build(snapshot, PictureOptions.defaults());
        Primitive.Raster heatmap = find(picture, "plane-heatmap", Primitive.Raster.class);
        double a = byHand(snapshot.network(), new double[] {Grid.DEFAULT.x1(0), Grid.DEFAULT.x2(0)})[1][2];
        assertColour(expectedColour(picture.palette(), a, 0.7), heatmap.argb(0, 0), "a of neuron 1,3 at the top left");
        assertEquals("neuron a\u2083\u00b9 over the plane".replace("\u2083\u00b9", "31"),
                find(picture, "plane-title", Primitive.Text.class).text().plain().replace("_", "").replace("^", ""));
        assertTrue(picture.find("neuron-1-3-halo").isPresent());
    }

    @Test
    void digitsShowTheTestImagesWithTheClassTheNetworkGivesThemAndTheConfusionMatrix() {
        DataSet digits = Digits.dataSet(Digits.DEFAULT_TRAIN, 1);
        Training training = trained(digits, new int[] {64, 16, 10}, 1, 0.1, null);
        TrainingSnapshot snapshot = TrainingSnapshot.compute(training, BatchCosts.NONE, TrainingSnapshot.Detail.DEFAULT);
        Diagram picture = TrainingPicture.build(snapshot, PictureOptions.defaults());
        Network network = snapshot.network();
        int[][] confusion = new int[10][10];
        List<Example> test = digits.test();
        for (int r = 0; r < test.size(); r++) {
            double[] z = byHand(network, test.get(r).x())[network.depth()];
            int predicted = argmax(z), actual = argmax(test.get(r).target());
            confusion[actual][predicted]++;
            if (r < TrainingSnapshot.SAMPLES) {
                assertEquals(predicted + " (" + actual + ")", find(picture, "sample-" + (r + 1) + "-label", Primitive.Text.class).text().plain());
                Primitive.Raster image = find(picture, "sample-" + (r + 1) + "-image", Primitive.Raster.class);
                assertFalse(image.smooth(), "pixels are blocks");
                // Ink: background at 0, the text colour at 1 (pixel 0..16 / 16).
                int[] bg = rgb(picture.palette().color(deltaflow.diagram.ColorRole.BACKGROUND)), ink = rgb(picture.palette().color(deltaflow.diagram.ColorRole.TEXT));
                for (int p = 0; p < 64; p += 9) {
                    double v = test.get(r).x(p);
                    int[] expected = new int[3];
                    for (int k = 0; k < 3; k++) expected[k] = (int) Math.round(bg[k] + (ink[k] - bg[k]) * v);
                    assertColour(expected, image.argb(p % 8, p / 8), "sample " + r + " pixel " + p);
                }
            }
        }
        int total = 0;
        for (int a = 0; a < 10; a++) {
            for (int p = 0; p < 10; p++) {
                Optional<Primitive> count = picture.find("confusion-" + a + "-" + p + "-count");
                assertEquals(confusion[a][p] == 0 ? "" : String.valueOf(confusion[a][p]), count.map(c -> ((Primitive.Text) c).text().plain()).orElse(""),
                        "true " + a + " predicted " + p);
                total += confusion[a][p];
            }
        }
        assertEquals(test.size(), total);
        // The first layer's weights as 8×8 images, blocks, scaled to each neuron's largest |w|.
        Primitive.Raster weights = find(picture, "weights-3", Primitive.Raster.class);
        assertEquals(8, weights.columns());
        Layer first = network.layer(1);
        double most = 0;
        for (int j = 0; j < 64; j++) most = Math.max(most, Math.abs(first.weight(2, j)));
        for (int j = 0; j < 64; j += 7) {
            assertColour(expectedColour(picture.palette(), first.weight(2, j) / most, 1), weights.argb(j % 8, j / 8), "w_3," + (j + 1));
        }
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int k = 1; k < v.length; k++) if (v[k] > v[best]) best = k;
        return best;
    }

    @Test
    void everyWordComesFromTheTextsUnderItsKey() {
        Map<String, String> zh = new java.util.HashMap<>();
        for (PictureWord w : PictureWord.values()) {
            assertTrue(w.key().startsWith("train."), w.key());
            zh.put(w.key(), "〔" + w.english() + "〕");
        }
        assertEquals(PictureWord.values().length, zh.size(), "keys are distinct");
        zh.put("input", "輸入 x");
        zh.put("layer", "第 {0} 層");
        zh.put("output", "（輸出 y）");
        DiagramTexts texts = DiagramTexts.of(zh);
        Diagram picture = TrainingPicture.build(circle(), PictureOptions.defaults().withTexts(texts).withEditable(true));
        assertEquals("〔epoch 30〕", find(picture, "epoch", Primitive.Text.class).text().plain().replace("{0}", "30"));
        assertTrue(find(picture, "legend-test-loss", Primitive.Text.class).text().plain().startsWith("〔test loss〕 "));
        assertEquals("〔4 neurons〕", find(picture, "neurons-1", Primitive.Text.class).text().plain());
        assertEquals("第 2 層", find(picture, "header-2", Primitive.Text.class).text().plain());
        assertEquals("〔output over the plane〕", find(picture, "plane-title", Primitive.Text.class).text().plain());
        // Nothing English left where the texts have words: every drawn word is a pattern of the texts or a number/symbol.
        for (Primitive p : picture.primitives()) {
            if (p instanceof Primitive.Text t && t.text().plain().matches(".*[a-z]{4,}.*") && !t.text().plain().contains("〔")) {
                throw new AssertionError("untranslated text " + t.id() + ": " + t.text().plain());
            }
        }
    }

    @Test
    void everythingStaysOnThePictureAndTheCurvesKeepTheirPlotAtEveryTextScale() {
        List<Example> rows = new ArrayList<>();
        java.util.Random random = new java.util.Random(5);
        for (int r = 0; r < 60; r++) {
            double[] x = {random.nextDouble(), random.nextDouble(), random.nextDouble()};
            double[] y = new double[3];
            y[r % 3] = 1;
            rows.add(new Example(x, y));
        }
        DataSet table = DataSet.of("table", deltaflow.model.data.Task.CLASSES, List.of("a", "b", "c"), rows.subList(0, 40), rows.subList(40, 60));
        List<TrainingSnapshot> snapshots = List.of(circle(),
                TrainingSnapshot.compute(trained(DataSet.planar(Generator.SPIRAL, 300, 0, 0.5, 2, java.util.EnumSet.allOf(Feature.class)),
                        new int[] {7, 8, 8, 8, 8, 8, 8, 1}, 2, 0.03, null), BatchCosts.NONE, TrainingSnapshot.Detail.DEFAULT),
                TrainingSnapshot.compute(trained(Digits.dataSet(Digits.DEFAULT_TRAIN, 1), new int[] {64, 32, 10}, 1, 0.1, null), BatchCosts.NONE,
                        TrainingSnapshot.Detail.DEFAULT),
                TrainingSnapshot.compute(trained(table, new int[] {3, 5, 3}, 3, 0.1, null), BatchCosts.NONE, TrainingSnapshot.Detail.DEFAULT));
        for (TrainingSnapshot snapshot : snapshots) {
            for (double scale : new double[] {1, 1.6, 2.2, 3}) {
                String where = snapshot.data().name() + " at text scale " + scale;
                Diagram picture = TrainingPicture.build(snapshot, PictureOptions.defaults().withEditable(true).withTextScale(scale).withTitle("A title"));
                assertEquals(TrainingPicture.WIDTH, picture.width());
                assertEquals(TrainingPicture.HEIGHT, picture.height());
                for (Primitive p : picture.primitives()) {
                    double[] box = bounds(p);
                    assertTrue(box[0] >= -0.5 && box[1] >= -0.5 && box[2] <= picture.width() + 0.5 && box[3] <= picture.height() + 0.5,
                            where + ": " + p.id() + " at " + Arrays.toString(box));
                }
                Primitive.Line axis = find(picture, "curves-y-axis", Primitive.Line.class);
                assertTrue(axis.y2() - axis.y1() >= 140, where + ": a plot of " + (axis.y2() - axis.y1()));
            }
        }
    }

    @Test
    void aTablesInputsAreNamedByTheirColumnsALongNameMadeSmallerOrCutToFitLeftOfItsNeuron() {
        List<Example> rows = new ArrayList<>();
        for (int r = 0; r < 20; r++) rows.add(new Example(new double[] {r, r % 3}, r % 2 == 0 ? new double[] {1, 0} : new double[] {0, 1}));
        DataSet table = DataSet.of("iris.csv", deltaflow.model.data.Task.CLASSES, List.of("sepal length in centimetres as measured by the second assistant on Tuesdays", "w"),
                rows.subList(0, 14), rows.subList(14, 20)).withClassNames(List.of("cat", "a very long name for the second class"));
        for (double scale : new double[] {1, 2}) {
            Diagram picture = TrainingPicture.build(TrainingSnapshot.compute(trained(table, new int[] {2, 3, 2}, 1, 0.1, null), BatchCosts.NONE,
                    TrainingSnapshot.Detail.DEFAULT), PictureOptions.defaults().withTextScale(scale));
            Primitive.Text longName = find(picture, "neuron-0-1-name", Primitive.Text.class), shortName = find(picture, "neuron-0-2-name", Primitive.Text.class);
            String shown = longName.text().plain();
            assertTrue(shown.equals("sepal length in centimetres as measured by the second assistant on Tuesdays") || shown.endsWith("…") && "sepal length in centimetres as measured by the second assistant on Tuesdays".startsWith(shown.substring(0, shown.length() - 1)),
                    "the name, or its start and an ellipsis: " + shown);
            assertEquals("w", shortName.text().plain());
            assertTrue(longName.fontSize() < shortName.fontSize(), "the long name is smaller: " + longName.fontSize() + " vs " + shortName.fontSize());
            Primitive.Rect neuron = find(picture, "neuron-0-1", Primitive.Rect.class);
            double width = deltaflow.diagram.TextMetrics.width(longName.text(), longName.fontSize());
            assertTrue(longName.x() <= neuron.x() && longName.x() - width >= TrainingPicture.MARGIN - 0.5,
                    "at " + scale + ": from " + (longName.x() - width) + " to " + longName.x() + ", the neuron at " + neuron.x());
            // The outputs: the class's number (as the confusion matrix counts them) and its name, the long one cut to fit.
            int depth = 2;
            assertEquals("1 cat", find(picture, "neuron-" + depth + "-1-class", Primitive.Text.class).text().plain());
            Primitive.Text second = find(picture, "neuron-" + depth + "-2-class", Primitive.Text.class);
            assertTrue(second.text().plain().startsWith("2 a very long"), second.text().plain());
            double right = second.x() + deltaflow.diagram.TextMetrics.width(second.text(), second.fontSize());
            Primitive.Text matrix = find(picture, "confusion-title", Primitive.Text.class);
            assertTrue(right < matrix.x(), "the name ends at " + right + ", before the confusion matrix at " + matrix.x());
        }
        // Pixels are no columns to name: the digits draw their 64 inputs as one box, with no names.
        Diagram digits = TrainingPicture.build(TrainingSnapshot.compute(trained(Digits.dataSet(Digits.DEFAULT_TRAIN, 1), new int[] {64, 10}, 0, 0.1, null),
                BatchCosts.NONE, TrainingSnapshot.Detail.DEFAULT), PictureOptions.defaults());
        assertTrue(digits.primitives().stream().noneMatch(p -> p.id() != null && p.id().startsWith("neuron-0-") && p.id().endsWith("-name")));
    }

    /** left, top, right, bottom of what a primitive draws (text by its estimated width). */
    private static double[] bounds(Primitive p) {
        if (p instanceof Primitive.Line l) return new double[] {Math.min(l.x1(), l.x2()), Math.min(l.y1(), l.y2()), Math.max(l.x1(), l.x2()), Math.max(l.y1(), l.y2())};
        if (p instanceof Primitive.Circle c) return new double[] {c.cx() - c.r(), c.cy() - c.r(), c.cx() + c.r(), c.cy() + c.r()};
        if (p instanceof Primitive.Rect r) return new double[] {r.x(), r.y(), r.x() + r.width(), r.y() + r.height()};
        if (p instanceof Primitive.Raster r) return new double[] {r.x(), r.y(), r.x() + r.width(), r.y() + r.height()};
        if (p instanceof Primitive.Polyline q) {
            double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (int k = 0; k < q.size(); k++) {
                box[0] = Math.min(box[0], q.x(k));
                box[1] = Math.min(box[1], q.y(k));
                box[2] = Math.max(box[2], q.x(k));
                box[3] = Math.max(box[3], q.y(k));
            }
            return box;
        }
        if (p instanceof Primitive.Text t) {
            double w = t.estimatedWidth();
            double left = switch (t.anchor()) { case START -> t.x(); case MIDDLE -> t.x() - w / 2; case END -> t.x() - w; };
            return new double[] {left, t.y() - t.fontSize() / 2, left + w, t.y() + t.fontSize() / 2};
        }
        throw new AssertionError("not drawn by the training picture: " + p);
    }
}
