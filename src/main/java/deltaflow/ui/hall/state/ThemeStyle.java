package deltaflow.ui.hall.state;

import deltaflow.diagram.ColorRole;
import deltaflow.diagram.Palette;

/**
 * The window's looked-up colours (-df-*), generated from the diagram's {@link Palette}: one source of truth,
 * so the panels, the phase bar and the network can never disagree about a theme. Also declares every palette
 * role as {@code -df-role-<name>} for stylesheets that want the diagram's colours.
 */
public final class ThemeStyle {
    private ThemeStyle() {}

    /** Inline declarations for the root: they override the stylesheet's defaults on .root. */
    public static String of(Palette p) {
        String background = p.color(ColorRole.BACKGROUND);
        StringBuilder css = new StringBuilder();
        put(css, "background", background);
        put(css, "panel", mix(p.color(ColorRole.NEURON_FILL), background, 0.5));
        put(css, "rule", p.color(ColorRole.HIDDEN_TEXT));
        put(css, "text", p.color(ColorRole.TEXT));
        put(css, "muted", p.color(ColorRole.BIAS));
        put(css, "positive", p.color(ColorRole.POSITIVE));
        put(css, "negative", p.color(ColorRole.NEGATIVE));
        put(css, "delta", p.color(ColorRole.DELTA));
        put(css, "current", p.color(ColorRole.CURRENT));
        put(css, "error", p.color(ColorRole.WARNING));
        // Phase blocks: a tint of the colour of what the phase computes, light enough (or dark enough) for text.
        put(css, "phase-forward", mix(p.color(ColorRole.POSITIVE), background, 0.25));
        put(css, "phase-cost", mix(p.color(ColorRole.CURRENT), background, 0.35));
        put(css, "phase-backward", mix(p.color(ColorRole.DELTA), background, 0.25));
        put(css, "phase-gradients", mix(p.color(ColorRole.GRADIENT), background, 0.25));
        put(css, "phase-average", mix(p.color(ColorRole.OPERAND), background, 0.4));
        put(css, "phase-update", mix(p.color(ColorRole.NEGATIVE), background, 0.25));
        // A phase still to come: one pale block, so the phases done stand out without fading any name.
        put(css, "phase-future", mix(p.color(ColorRole.HIDDEN_TEXT), background, 0.1));
        for (ColorRole role : ColorRole.values()) put(css, "role-" + role.cssName(), p.color(role));
        return css.toString();
    }

    private static void put(StringBuilder css, String name, String color) {
        css.append("-df-").append(name).append(": ").append(color).append("; ");
    }

    /** {@code share} of colour a over b, as #rrggbb. */
    static String mix(String a, String b, double share) {
        int x = Integer.parseInt(a.substring(1), 16), y = Integer.parseInt(b.substring(1), 16);
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int c = (int) Math.round(share * ((x >> shift) & 0xff) + (1 - share) * ((y >> shift) & 0xff));
            rgb |= c << shift;
        }
        return String.format("#%06x", rgb);
    }
}
