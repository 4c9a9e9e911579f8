package deltaflow.diagram;

import deltaflow.model.MathText;

/** A font-independent estimate of text width, so the pure-Java layout can make room for labels without a toolkit. */
public final class TextMetrics {
    /** The font every sink draws labels in (SVG names fallbacks after it); widths here estimate its advances. */
    public static final String FONT_FAMILY = "DejaVu Sans";
    /** Scripts are drawn at this fraction of the font size by every sink. */
    public static final double SCRIPT_SIZE = 0.7;
    /** Average advance of a sans-serif glyph (digits, Greek letters) in ems. */
    private static final double AVERAGE_ADVANCE = 0.62;

    private TextMetrics() {}

    /** How far a script's middle sits below (+) or above (−) the line's middle: the same in every sink. */
    public static double shift(MathText.Script script, double fontSize) {
        return switch (script) { case NORMAL -> 0; case SUB -> 0.28 * fontSize; case SUP -> -0.38 * fontSize; };
    }

    /** Chinese characters and full-width punctuation take a whole em ("128 個神經元", "（輸出 y）"). */
    private static boolean wide(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF;
    }

    public static double width(MathText text, double fontSize) {
        double width = 0;
        for (MathText.Run run : text.runs()) {
            double size = run.script() == MathText.Script.NORMAL ? fontSize : fontSize * SCRIPT_SIZE;
            width += run.text().codePoints().mapToDouble(c -> wide(c) ? 1 : AVERAGE_ADVANCE).sum() * size;
        }
        return width;
    }
}
