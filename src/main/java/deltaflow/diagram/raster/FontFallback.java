package deltaflow.diagram.raster;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a string into pieces each drawn by a font that has its glyphs: the diagram's font (DejaVu Sans) where it
 * can, else the first installed CJK font that can (Noto Sans CJK TC, as {@code .ci/run} installs, for a Taiwanese
 * course), else Java's logical Dialog font, which fontconfig completes. A physical Java2D font has no fallback of its
 * own and draws a missing glyph as a box, so Chinese labels need this. Text the diagram's font can show wholly stays
 * one piece in that font, so English images are drawn exactly as before.
 */
final class FontFallback {
    /** Tried in order after the diagram's font: Traditional Chinese first, the lecture's script. */
    static final List<String> FAMILIES = List.of("Noto Sans CJK TC", "Noto Sans TC", "Noto Sans CJK SC", "Noto Sans CJK JP",
            "Noto Sans CJK KR", "Noto Sans CJK HK", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "AR PL UMing TW", "Droid Sans Fallback");

    /** The installed ones, looked up once (listing the system's fonts takes a while). */
    private static final List<String> INSTALLED = installed();

    /** A piece of text and the font to draw it with. */
    record Piece(String text, Font font) {}

    private FontFallback() {}

    private static List<String> installed() {
        Set<String> present = new HashSet<>(Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
        return FAMILIES.stream().filter(present::contains).toList();
    }

    /** The families tried after the diagram's font that are on this machine, in order. */
    static List<String> installedFallbacks() { return INSTALLED; }

    /** {@code text} in pieces, each in {@code primary} or, where it lacks a glyph, a fallback of its style and size. */
    static List<Piece> pieces(String text, Font primary) {
        if (primary.canDisplayUpTo(text) < 0) return List.of(new Piece(text, primary));
        List<Piece> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Font currentFont = null;
        for (int k = 0; k < text.length(); ) {
            int c = text.codePointAt(k);
            // Spaces and other glyphs the diagram's font has stay in it, between Chinese words too.
            Font font = primary.canDisplay(c) ? primary : fallback(c, primary);
            if (currentFont != null && !font.equals(currentFont)) {
                pieces.add(new Piece(current.toString(), currentFont));
                current.setLength(0);
            }
            currentFont = font;
            current.appendCodePoint(c);
            k += Character.charCount(c);
        }
        if (!current.isEmpty()) pieces.add(new Piece(current.toString(), currentFont));
        return pieces;
    }

    /** The first installed fallback with a glyph for {@code c}, else the logical Dialog font (boxes only if none has it). */
    static Font fallback(int c, Font primary) {
        for (String family : INSTALLED) {
            Font font = derived(family, primary);
            if (font.canDisplay(c)) return font;
        }
        return derived(Font.DIALOG, primary);
    }

    private static Font derived(String family, Font primary) {
        return new Font(family, primary.getStyle(), 1).deriveFont(primary.getSize2D());
    }
}
