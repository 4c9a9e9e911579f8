package deltaflow.diagram;

import deltaflow.diagram.raster.Java2DRenderer;
import deltaflow.model.Phase;
import deltaflow.model.Scenarios;
import deltaflow.model.Timeline;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every ink of every theme, measured on rendered pixels: each label's colour against what it is drawn on (the
 * colour most pixels in its box have, leaving out its own ink and the anti-aliased blends towards it) is at least
 * 4.5:1 (WCAG AA for text), and 7:1 (AAA) in the high-contrast theme.
 */
class ThemeContrastTest {
    static double contrast(int a, int b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(int rgb) {
        return 0.2126 * linear((rgb >> 16) & 0xff) + 0.7152 * linear((rgb >> 8) & 0xff) + 0.0722 * linear(rgb & 0xff);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** The most common colour in the box that is not a blend of the ink with something else: what the text sits on. */
    static int ground(BufferedImage image, double[] box, int ink) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = (int) Math.max(0, Math.ceil(box[1])); y < Math.min(image.getHeight(), box[3]); y++) {
            for (int x = (int) Math.max(0, Math.ceil(box[0])); x < Math.min(image.getWidth(), box[2]); x++) {
                counts.merge(image.getRGB(x, y) & 0xffffff, 1, Integer::sum);
            }
        }
        counts.remove(ink);
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0xffffff);
    }

    @Test
    void everyLabelOfEveryThemeStandsOutFromWhatItIsDrawnOn() {
        List<String> problems = new ArrayList<>();
        for (String name : List.of("default", "dead-relu")) {
            Timeline t = Timeline.of(Scenarios.builtIn(name));
            int[] positions = {0, t.phaseStart(Phase.BACKWARD, 0) + 1, t.size()};
            for (Theme theme : Theme.values()) {
                double least = theme == Theme.HIGH_CONTRAST ? 7 : 4.5;
                Palette palette = Palette.of(theme);
                for (View view : View.values()) {
                    for (int p : positions) {
                        Diagram d = DiagramBuilder.build(t, p, DiagramOptions.defaults().withTheme(theme).withView(view).withShowFormula(true));
                        BufferedImage image = Java2DRenderer.render(d, 1, false);
                        for (Primitive.Text text : TextLayout.texts(d)) {
                            int ink = Integer.parseInt(palette.color(text.role()).substring(1), 16);
                            double[] b = TextLayout.box(text);
                            double ratio = contrast(ink, ground(image, b, ink));
                            if (ratio < least) {
                                problems.add(String.format("%s %s %s at %d: %s (%s) %.2f:1 on #%06x", name, theme, view.id(), p, text.id(),
                                        palette.color(text.role()), ratio, ground(image, b, ink)));
                            }
                        }
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " labels:\n" + String.join("\n", problems.subList(0, Math.min(40, problems.size()))));
    }
}
