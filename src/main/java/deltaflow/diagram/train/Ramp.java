package deltaflow.diagram.train;

import deltaflow.diagram.ColorRole;
import deltaflow.diagram.Palette;

/**
 * Colours for values, from a theme's palette, as 0xRRGGBB: the diverging ramp of the heatmaps (the background
 * at 0, towards the positive weights' colour up to +1 and the negative weights' down to −1 — blue and orange,
 * told apart with any colour vision) and the ink ramp of the digit images (background at 0, text colour at 1).
 * A table of {@link #STEPS} + 1 colours, so a 100×100 heatmap costs a lookup a cell.
 */
public final class Ramp {
    /** Steps from −1 to +1 (or 0 to 1): finer than the eye tells apart on a wash. */
    public static final int STEPS = 256;

    private final int[] table;
    private final double low;

    private Ramp(int[] table, double low) {
        this.table = table;
        this.low = low;
    }

    /**
     * Values from −1 to +1: the background mixed with the negative or positive colour, {@code strength} of the
     * way at |v| = 1 (below 1 leaves room for points drawn on it to stand out).
     */
    public static Ramp diverging(Palette palette, double strength) {
        int[] background = palette.rgb(ColorRole.BACKGROUND), positive = palette.rgb(ColorRole.POSITIVE), negative = palette.rgb(ColorRole.NEGATIVE);
        int[] table = new int[STEPS + 1];
        for (int k = 0; k <= STEPS; k++) {
            double v = -1 + 2.0 * k / STEPS;
            table[k] = mix(background, v < 0 ? negative : positive, Math.abs(v) * strength);
        }
        return new Ramp(table, -1);
    }

    /** Values from 0 to 1: the background to the text colour, like ink on paper (dark ink on light, light on dark). */
    public static Ramp ink(Palette palette) {
        int[] background = palette.rgb(ColorRole.BACKGROUND), ink = palette.rgb(ColorRole.TEXT);
        int[] table = new int[STEPS + 1];
        for (int k = 0; k <= STEPS; k++) table[k] = mix(background, ink, (double) k / STEPS);
        return new Ramp(table, 0);
    }

    /** The colour of a value, 0xRRGGBB; beyond the ends, the end's colour; NaN the colour of the middle. */
    public int rgb(double v) {
        double t = (v - low) / (1 - low);
        if (Double.isNaN(t)) t = low < 0 ? 0.5 : 0;
        int k = (int) Math.round(Math.max(0, Math.min(1, t)) * STEPS);
        return table[k];
    }

    private static int mix(int[] from, int[] to, double t) {
        int r = (int) Math.round(from[0] + (to[0] - from[0]) * t);
        int g = (int) Math.round(from[1] + (to[1] - from[1]) * t);
        int b = (int) Math.round(from[2] + (to[2] - from[2]) * t);
        return (r << 16) | (g << 8) | b;
    }
}
