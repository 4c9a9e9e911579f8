package deltaflow.diagram;

import java.util.EnumMap;
import java.util.Map;

/**
 * The one set of colours every sink draws with, per {@link Theme}, as {@code #rrggbb}. Positive and negative
 * weights use a blue/orange diverging pair (Okabe–Ito), which stays distinct for colour-blind viewers;
 * negative edges are dashed as well.
 */
public final class Palette {
    private final Theme theme;
    private final Map<ColorRole, String> colors;

    private Palette(Theme theme, Map<ColorRole, String> colors) {
        this.theme = theme;
        this.colors = colors;
        for (ColorRole role : ColorRole.values()) {
            if (!colors.containsKey(role)) throw new IllegalStateException(theme + " has no colour for " + role);
        }
    }

    public Theme theme() { return theme; }

    /** The colour of a role as {@code #rrggbb}. */
    public String color(ColorRole role) { return colors.get(role); }

    /** Red, green, blue of a role, 0..255 each. */
    public int[] rgb(ColorRole role) {
        int v = Integer.parseInt(color(role).substring(1), 16);
        return new int[] {(v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff};
    }

    public static Palette of(Theme theme) {
        return switch (theme) {
            // Every ink at least 4.5:1 (WCAG AA for text) on the background, the neurons' and amplifiers' fills; labels
            // on a highlight plate are drawn in the text colour (Sketch), which keeps 4.5:1 on both plates.
            case LIGHT -> new Palette(theme, map(
                    "#ffffff", "#1a1a1a", "#6b6b6b", "#f4f6fa", "#33384a",
                    "#0072b2", "#b04c00", "#7b2cbf", "#0b7a3e", "#5a5a5a",
                    "#ffd23f", "#8fd3ff", "#c4001a", "#eef3fb"));
            case DARK -> new Palette(theme, map(
                    "#15171c", "#f0f0f0", "#9a9ea6", "#23262e", "#c8ccd6",
                    "#56b4e9", "#f0a03c", "#c59bff", "#5fd38d", "#b0b4bc",
                    "#7a5c00", "#1f5f8b", "#ff5a5a", "#1d2733"));
            case HIGH_CONTRAST -> new Palette(theme, map(
                    // Every ink at least 7:1 (WCAG AAA) on white and on both highlight plates; a symbol not yet
                    // computed shows bare (no "= value"), so its grey need not be faint to tell it apart.
                    "#ffffff", "#000000", "#3b3b3b", "#ffffff", "#000000",
                    "#0044cc", "#a02800", "#6a00b0", "#006400", "#000000",
                    "#ffe000", "#99ddff", "#a00000", "#ffffff"));
            // Okabe–Ito's hues, darkened where text in them would fall below 4.5:1 on white (#cc79a7 was 3.06:1).
            case COLORBLIND -> new Palette(theme, map(
                    "#ffffff", "#000000", "#6e6e6e", "#f7f7f7", "#000000",
                    "#0072b2", "#9c5700", "#a0406f", "#007356", "#555555",
                    "#f0e442", "#b3def5", "#b04500", "#f2f2f2"));
        };
    }

    /** Colours in the order of {@link ColorRole#values()}. */
    private static Map<ColorRole, String> map(String... hex) {
        ColorRole[] roles = ColorRole.values();
        if (hex.length != roles.length) throw new IllegalStateException("a palette needs " + roles.length + " colours");
        Map<ColorRole, String> map = new EnumMap<>(ColorRole.class);
        for (int k = 0; k < roles.length; k++) map.put(roles[k], hex[k]);
        return map;
    }
}
