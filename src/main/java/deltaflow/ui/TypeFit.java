package deltaflow.ui;

import javafx.scene.layout.Region;

/**
 * The type scale of one part of the window, where the whole scale would not fit: the largest quarter step from the
 * type scale down to 100 % at which the part fits its box. A lecturer at 300 % on a 1024×768 projector wants the
 * network and the formula large; the buttons, menus and cards that would then take the screen keep a size that
 * leaves the network its share. The font is set inline on the part, in em of the window's (which is the type scale's),
 * so its stylesheet's em sizes follow.
 */
final class TypeFit {
    /** The step Ctrl + and Ctrl − take. */
    private static final double STEP = 0.25;

    private TypeFit() {}

    /**
     * Sets {@code part}'s font to the largest scale from {@code typeScale} down to 1 at which it is no wider than
     * {@code width} and no higher than {@code height} when {@code width} wide; returns that scale (1 if none fits).
     */
    static double fit(Region part, double typeScale, double width, double height) { return fit(part, typeScale, width, height, w -> true); }

    /** As {@link #fit(Region, double, double, double)}, and where {@code uncut} says the part's text is whole at that width. */
    static double fit(Region part, double typeScale, double width, double height, java.util.function.DoublePredicate uncut) {
        for (double scale = typeScale; scale > 1; scale -= STEP) {
            apply(part, scale, typeScale);
            part.applyCss();
            if (uncut.test(width) && part.minWidth(-1) <= width && part.prefHeight(width) <= height) return scale;
        }
        apply(part, 1, typeScale);
        return 1;
    }

    /** Sets {@code part}'s font to {@code scale} where the window's is at {@code typeScale}. */
    static void apply(Region part, double scale, double typeScale) { apply(part, scale, typeScale, 1); }

    /** As {@link #apply(Region, double, double)} for a part its stylesheet sets {@code em} times the window's font. */
    static void apply(Region part, double scale, double typeScale, double em) {
        String style = "-fx-font-size: " + em * scale / typeScale + "em;";
        if (!style.equals(part.getStyle())) part.setStyle(style);
    }
}
