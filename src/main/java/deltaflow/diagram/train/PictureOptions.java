package deltaflow.diagram.train;

import deltaflow.diagram.DiagramTexts;
import deltaflow.diagram.Theme;

/**
 * How the training picture is drawn.
 *
 * @param theme        the colours, as for every diagram
 * @param texts        the words (English by default; the window passes its language's, see {@link PictureWord})
 * @param showTest     draw the test points on the plane too
 * @param showAccuracy draw the accuracy curves (classification) beside the losses
 * @param logScale     the loss axis logarithmic
 * @param editable     draw the +/− buttons of hidden neurons and layers (the window; not exports)
 * @param maxLayers    hidden layers at most: the layers' + is greyed at this count
 * @param maxNeurons   neurons per hidden layer at most: a layer's + is greyed at this count
 * @param title        a line above the picture, or null
 * @param axisEpochs   the epoch axis reaches at least this far (0: to the current epoch), so the frames of an
 *                     animation share one axis and the curve grows along it
 * @param axisLoss     the top of the loss axis (0: the history's largest loss, rounded up)
 * @param textScale    text larger by this factor (1 to 3: the lecture hall's type scale, or a small window's), the
 *                     plane giving up room to the curves' legend and numbers; as far as the picture has room (at 300 %
 *                     the plane would vanish: the largest scale below that still fits is drawn)
 */
public record PictureOptions(Theme theme, DiagramTexts texts, boolean showTest, boolean showAccuracy, boolean logScale,
                             boolean editable, int maxLayers, int maxNeurons, String title, int axisEpochs, double axisLoss,
                             double textScale) {
    /** TensorFlow Playground's limits: 6 hidden layers of 8 neurons. */
    public static final int TFP_LAYERS = 6, TFP_NEURONS = 8;

    public PictureOptions {
        if (theme == null) theme = Theme.LIGHT;
        if (texts == null) texts = DiagramTexts.ENGLISH;
        if (maxLayers < 0 || maxNeurons < 1) throw new IllegalArgumentException("limits must be positive");
        if (axisEpochs < 0 || !(axisLoss >= 0) || !Double.isFinite(axisLoss)) throw new IllegalArgumentException("axes reach 0 or more");
        if (!(textScale >= 1 && textScale <= 3)) throw new IllegalArgumentException("the text scale is from 1 to 3, not " + textScale);
    }

    /** As before the text scale was added: at scale 1. */
    public PictureOptions(Theme theme, DiagramTexts texts, boolean showTest, boolean showAccuracy, boolean logScale,
                          boolean editable, int maxLayers, int maxNeurons, String title, int axisEpochs, double axisLoss) {
        this(theme, texts, showTest, showAccuracy, logScale, editable, maxLayers, maxNeurons, title, axisEpochs, axisLoss, 1);
    }

    /** Light, English, test points and accuracy shown, linear loss, no buttons, TensorFlow Playground's limits. */
    public static PictureOptions defaults() {
        return new PictureOptions(Theme.LIGHT, DiagramTexts.ENGLISH, true, true, false, false, TFP_LAYERS, TFP_NEURONS, null, 0, 0, 1);
    }

    public PictureOptions withTheme(Theme t) { return new PictureOptions(t, texts, showTest, showAccuracy, logScale, editable, maxLayers, maxNeurons, title, axisEpochs, axisLoss, textScale); }

    public PictureOptions withTexts(DiagramTexts t) { return new PictureOptions(theme, t, showTest, showAccuracy, logScale, editable, maxLayers, maxNeurons, title, axisEpochs, axisLoss, textScale); }

    public PictureOptions withShowTest(boolean b) { return new PictureOptions(theme, texts, b, showAccuracy, logScale, editable, maxLayers, maxNeurons, title, axisEpochs, axisLoss, textScale); }

    public PictureOptions withShowAccuracy(boolean b) { return new PictureOptions(theme, texts, showTest, b, logScale, editable, maxLayers, maxNeurons, title, axisEpochs, axisLoss, textScale); }

    public PictureOptions withLogScale(boolean b) { return new PictureOptions(theme, texts, showTest, showAccuracy, b, editable, maxLayers, maxNeurons, title, axisEpochs, axisLoss, textScale); }

    public PictureOptions withEditable(boolean b) { return new PictureOptions(theme, texts, showTest, showAccuracy, logScale, b, maxLayers, maxNeurons, title, axisEpochs, axisLoss, textScale); }

    public PictureOptions withLimits(int layers, int neurons) { return new PictureOptions(theme, texts, showTest, showAccuracy, logScale, editable, layers, neurons, title, axisEpochs, axisLoss, textScale); }

    /** Axes that reach {@code epochs} and {@code loss} (0: fitted to the history), for the frames of an animation. */
    public PictureOptions withAxes(int epochs, double loss) { return new PictureOptions(theme, texts, showTest, showAccuracy, logScale, editable, maxLayers, maxNeurons, title, epochs, loss, textScale); }

    /** Text larger by {@code scale} (1 to 3). */
    public PictureOptions withTextScale(double scale) { return new PictureOptions(theme, texts, showTest, showAccuracy, logScale, editable, maxLayers, maxNeurons, title, axisEpochs, axisLoss, scale); }

    public PictureOptions withTitle(String t) { return new PictureOptions(theme, texts, showTest, showAccuracy, logScale, editable, maxLayers, maxNeurons, t, axisEpochs, axisLoss, textScale); }
}
