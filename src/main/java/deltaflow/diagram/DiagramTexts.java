package deltaflow.diagram;

import java.util.Map;

/**
 * The few words a diagram draws besides notation: column headers and the saturation notes. English by
 * default, so exports stay English; the window passes its language's words (no ResourceBundle here, so
 * this package stays free of any UI or locale machinery).
 */
public interface DiagramTexts {
    /** Header of the input column: "input x". */
    String input();

    /** Header of layer l: "layer 1". */
    String layer(int l);

    /** Appended to the last layer's header: "(output y)". */
    String output();

    /** A note beside a gain: "saturated" or "dead". */
    String note(Saturation saturation);

    /** The first line of a layer's summary box: "128 neurons", or "784 inputs" for layer 0. */
    String count(int l, int n);

    /** Words before the summary's numbers: "max", "mean", "min". */
    String statistic(String which);

    /** Under a screen layout that left labels out for want of room: what to do about it. */
    String labelsHidden();

    /**
     * The pattern under {@code key}, or {@code english} when there is none: the words of other drawings, such as
     * the training picture's ({@code deltaflow.diagram.train.PictureWord} names its keys, all starting {@code train.}).
     */
    default String pattern(String key, String english) { return english; }

    DiagramTexts ENGLISH = of(Map.of());

    /**
     * Texts from patterns under the keys {@code input}, {@code layer} (with {@code {0}} for l), {@code output},
     * {@code saturated}, {@code dead}, {@code neurons} and {@code inputs} (with {@code {0}} for the count), {@code max},
     * {@code mean} and {@code min}, {@code hidden} (the note that labels are hidden), and any key of {@link #pattern}; a missing
     * key keeps the English word.
     */
    static DiagramTexts of(Map<String, String> patterns) {
        Map<String, String> p = Map.copyOf(patterns);
        return new DiagramTexts() {
            @Override public String input() { return p.getOrDefault("input", "input x"); }
            @Override public String layer(int l) { return p.getOrDefault("layer", "layer {0}").replace("{0}", String.valueOf(l)); }
            @Override public String output() { return p.getOrDefault("output", "(output y)"); }
            @Override public String note(Saturation s) { return p.getOrDefault(s.label(), s.label()); }
            @Override public String count(int l, int n) {
                return (l == 0 ? p.getOrDefault("inputs", "{0} inputs") : p.getOrDefault("neurons", "{0} neurons")).replace("{0}", String.valueOf(n));
            }
            @Override public String statistic(String which) { return p.getOrDefault(which, which); }
            @Override public String labelsHidden() { return p.getOrDefault("hidden", "labels hidden — zoom or switch view (L shows them all)"); }
            @Override public String pattern(String key, String english) { return p.getOrDefault(key, english); }
        };
    }
}
