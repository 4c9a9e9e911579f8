package deltaflow.diagram;

import java.util.Locale;

/** What a colour means in a diagram. Sinks look the colour up in a {@link Palette}; SVG and CSS use {@link #cssName()}. */
public enum ColorRole {
    BACKGROUND, TEXT,
    /** Symbols whose values are not computed yet at this position. */
    HIDDEN_TEXT,
    NEURON_FILL, NEURON_STROKE,
    /** Edges with w ≥ 0 (drawn solid). */
    POSITIVE,
    /** Edges with w < 0 (drawn dashed, so the sign does not rest on colour alone). */
    NEGATIVE,
    DELTA, GRADIENT, BIAS,
    /** The value the current step computes. */
    CURRENT,
    /** The values the current step uses. */
    OPERAND,
    /** Saturated or dead neurons. */
    WARNING,
    /** Fill of the reverse network's amplifiers and Jacobian box. */
    AMPLIFIER_FILL;

    /** {@code NEURON_FILL} → {@code neuron-fill}: the name in SVG classes, CSS variables and TikZ colours. */
    public String cssName() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }
}
