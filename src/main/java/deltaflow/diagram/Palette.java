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
            case LIGHT -> new Palette(theme, map(
                    "#ffffff", "#1a1a1a", "#a8a8a8", "#f4f6fa", "#33384a",
                    "#0072b2", "#d55e00", "#7b2cbf", "#0b7a3e", "#5a5a5a",
                    "#ffd23f", "#8fd3ff", "#c4001a", "#eef3fb"));
            case DARK -> new Palette(theme, map(
                    "#15171c", "#f0f0f0", "#6b6f78", "#23262e", "#c8ccd6",
                    "#56b4e9", "#f0a03c", "#c59bff", "#5fd38d", "#b0b4bc",
                    "#b8860b", "#1f5f8b", "#ff5a5a", "#1d2733"));
            case HIGH_CONTRAST -> new Palette(theme, map(
                    // Every ink at least 7:1 (WCAG AAA) on white and on both highlight plates; a symbol not yet
                    // computed shows bare (no "= value"), so its grey need not be faint to tell it apart.
                    "#ffffff", "#000000", "#3b3b3b", "#ffffff", "#000000",
                    "#0044cc", "#a02800", "#6a00b0", "#006400", "#000000",
                    "#ffe000", "#99ddff", "#a00000", "#ffffff"));
            case COLORBLIND -> new Palette(theme, map(
                    "#ffffff", "#000000", "#999999", "#f7f7f7", "#000000",
                    "#0072b2", "#e69f00", "#cc79a7", "#009e73", "#555555",
                    "#f0e442", "#b3def5", "#d55e00", "#f2f2f2"));
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
