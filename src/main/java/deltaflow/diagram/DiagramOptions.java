package deltaflow.diagram;

import deltaflow.model.Granularity;
import deltaflow.model.ValueRef;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What to draw and how.
 *
 * @param view             forward, reverse or both side by side
 * @param values           the numbers to label; each appears once the timeline has computed it
 * @param significantDigits digits of every number shown
 * @param highlightCurrent mark the current step's result and operands
 * @param theme            the colours
 * @param title            a title above the network, or null for none
 * @param showFormula      the current step's equation beneath the network
 * @param selected         the value a person selected (outlined), or null
 * @param scale            multiplies every length and font size: 1 is compact, 2 is for a 1920×1080 screen
 * @param example          the example r drawn, or {@link #FOLLOW_STEP} for the example of the current step
 * @param texts            the words of headers and notes (English for exports, the window's language on screen)
 * @param textScale        multiplies font sizes only, 1..3 (a lecture hall's type scale); the rows and columns
 *                         grow to keep room for the larger labels
 * @param aspect           width / height of the area the diagram will fill, or 0 when unknown: the BOTH view
 *                         stacks the reverse network under the forward one when that fills a tall area better
 * @param viewWidth        the on-screen width in px the diagram will fill, or 0 when unknown (exports)
 * @param viewHeight       the on-screen height in px; with both known the builder lays out for that area so every
 *                         text drawn is at least {@link #MIN_FONT_PX} × textScale px on screen, dropping labels
 *                         that would be smaller rather than drawing them tiny
 * @param summaries        columns asked to be drawn as one summary box (true) or neuron by neuron (false), by the id of
 *                         their header ({@code header-forward-1}, {@code header-reverse-2}); a column not named here is a
 *                         summary when its neurons would be too small to carry a label (level of detail)
 * @param granularity      how far a press of "next" went: a layer step marks every value of the layer and every operand it
 *                         read, a pass step all of the pass's; by neuron (the default) the one step's
 */
public record DiagramOptions(View view, Set<Shown> values, int significantDigits, boolean highlightCurrent, Theme theme,
                             String title, boolean showFormula, ValueRef selected, double scale, int example,
                             DiagramTexts texts, double textScale, double aspect,
                             double viewWidth, double viewHeight, Map<String, Boolean> summaries, Granularity granularity) {
    /** Draw the example the current step belongs to. */
    public static final int FOLLOW_STEP = -1;
    /** The smallest font a screen diagram draws at 100% type scale, in px: read from the back of a hall. */
    public static final double MIN_FONT_PX = 14;

    public DiagramOptions {
        if (view == null || theme == null) throw new IllegalArgumentException("view and theme are required");
        values = values.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(values));
        if (significantDigits < 1 || significantDigits > 17) throw new IllegalArgumentException("significant digits must be 1..17, not " + significantDigits);
        if (!(scale > 0) || scale > 16) throw new IllegalArgumentException("scale must be in (0, 16], not " + scale);
        if (example < FOLLOW_STEP) throw new IllegalArgumentException("example must be ≥ 0 or FOLLOW_STEP");
        if (texts == null) texts = DiagramTexts.ENGLISH;
        if (!(textScale >= 1 && textScale <= 3)) throw new IllegalArgumentException("text scale must be 1..3, not " + textScale);
        if (!(aspect >= 0)) throw new IllegalArgumentException("aspect must be ≥ 0, not " + aspect);
        if (!(viewWidth >= 0 && viewHeight >= 0)) throw new IllegalArgumentException("the view size must be ≥ 0, not " + viewWidth + " × " + viewHeight);
        summaries = summaries == null ? Map.of() : Map.copyOf(summaries);
        if (granularity == null) granularity = Granularity.NEURON;
    }

    /** Options without a view size: the fixed layout scale exports use. */
    public DiagramOptions(View view, Set<Shown> values, int significantDigits, boolean highlightCurrent, Theme theme,
                          String title, boolean showFormula, ValueRef selected, double scale, int example,
                          DiagramTexts texts, double textScale, double aspect) {
        this(view, values, significantDigits, highlightCurrent, theme, title, showFormula, selected, scale, example, texts, textScale, aspect, 0, 0, Map.of(), Granularity.NEURON);
    }

    /** Whether the builder knows the on-screen area (and so lays out for legibility there). */
    public boolean hasViewport() { return viewWidth > 0 && viewHeight > 0; }

    /** Forward view, every value, 4 digits, highlighting on, light theme, no title or formula, scale 2. */
    public static DiagramOptions defaults() {
        return new DiagramOptions(View.FORWARD, EnumSet.allOf(Shown.class), 4, true, Theme.LIGHT, null, false, null, 2, FOLLOW_STEP, DiagramTexts.ENGLISH, 1, 0);
    }

    public boolean shows(Shown value) { return values.contains(value); }

    /** Whether the column with this header was asked to be a summary (true) or every neuron (false); empty: level of detail. */
    public java.util.Optional<Boolean> summary(String headerId) { return java.util.Optional.ofNullable(summaries.get(headerId)); }

    /** The column with this header drawn as a summary box (true) or neuron by neuron (false), whatever its size. */
    public DiagramOptions withSummary(String headerId, boolean summary) {
        Map<String, Boolean> s = new HashMap<>(summaries);
        s.put(headerId, summary);
        return withSummaries(s);
    }

    public DiagramOptions withView(View v) { return new DiagramOptions(v, values, significantDigits, highlightCurrent, theme, title, showFormula, selected, scale, example, texts, textScale, aspect, viewWidth, viewHeight, summaries, granularity); }
    public DiagramOptions withValues(Set<Shown> v) { return new DiagramOptions(view, v, significantDigits, highlightCurrent, theme, title, showFormula, selected, scale, example, texts, textScale, aspect, viewWidth, viewHeight, summaries, granularity); }
    public DiagramOptions withSignificantDigits(int d) { return new DiagramOptions(view, values, d, highlightCurrent, theme, title, showFormula, selected, scale, example, texts, textScale, aspect, viewWidth, viewHeight, summaries, granularity); }
    public DiagramOptions withHighlightCurrent(boolean h) { return new DiagramOptions(view, values, significantDigits, h, theme, title, showFormula, selected, scale, example, texts, textScale, aspect, viewWidth, viewHeight, summaries, granularity); }
    public DiagramOptions withTheme(Theme t) { return new DiagramOptions(view, values, significantDigits, highlightCurrent, t, title, showFormula, selected, scale, example, texts, textScale, aspect, viewWidth, viewHeight, summaries, granularity); }
    public DiagramOptions withTitle(String t) { return new DiagramOptions(view, values, significantDigits, highlightCurrent, theme, t, showFormula, selected, scale, example, texts, textScale, aspect, viewWidth, viewHeight, summaries, granularity); }
    public DiagramOptions withShowFormula(boolean f) { return new DiagramOptions(view, values, significantDigits, highlightCurrent, theme, title, f, selected, scale, example, texts, textScale, aspect, viewWidth, viewHeight, summaries, granularity); }
    public DiagramOptions withSelected(ValueRef s) { return new DiagramOptions(view, values, significantDigits, highlightCurrent, theme, title, showFormula, s, scale, example, texts, textScale, aspect, viewWidth, viewHeight, summaries, granularity); }
    public DiagramOptions withScale(double s) { return new DiagramOptions(view, values, significantDigits, highlightCurrent, theme, title, showFormula, selected, s, example, texts, textScale, aspect, viewWidth, viewHeight, summaries, granularity); }
    public DiagramOptions withTexts(DiagramTexts t) { return new DiagramOptions(view, values, significantDigits, highlightCurrent, theme, title, showFormula, selected, scale, example, t, textScale, aspect, viewWidth, viewHeight, summaries, granularity); }
    public DiagramOptions withTextScale(double t) { return new DiagramOptions(view, values, significantDigits, highlightCurrent, theme, title, showFormula, selected, scale, example, texts, t, aspect, viewWidth, viewHeight, summaries, granularity); }
    public DiagramOptions withAspect(double a) { return new DiagramOptions(view, values, significantDigits, highlightCurrent, theme, title, showFormula, selected, scale, example, texts, textScale, a, viewWidth, viewHeight, summaries, granularity); }
    /** The on-screen area in px the diagram will fill (0 × 0: unknown); also sets the aspect. */
    public DiagramOptions withViewport(double w, double h) { return new DiagramOptions(view, values, significantDigits, highlightCurrent, theme, title, showFormula, selected, scale, example, texts, textScale, w > 0 && h > 0 ? w / h : aspect, w, h, summaries, granularity); }
    public DiagramOptions withSummaries(Map<String, Boolean> s) { return new DiagramOptions(view, values, significantDigits, highlightCurrent, theme, title, showFormula, selected, scale, example, texts, textScale, aspect, viewWidth, viewHeight, s, granularity); }
    public DiagramOptions withGranularity(Granularity g) { return new DiagramOptions(view, values, significantDigits, highlightCurrent, theme, title, showFormula, selected, scale, example, texts, textScale, aspect, viewWidth, viewHeight, summaries, g); }
    public DiagramOptions withExample(int r) { return new DiagramOptions(view, values, significantDigits, highlightCurrent, theme, title, showFormula, selected, scale, r, texts, textScale, aspect, viewWidth, viewHeight, summaries, granularity); }
}
