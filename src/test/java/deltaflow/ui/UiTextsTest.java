package deltaflow.ui;

import deltaflow.ui.hall.ShortcutOverlay;

import deltaflow.diagram.Theme;
import deltaflow.diagram.View;
import deltaflow.model.Granularity;
import deltaflow.model.Phase;
import deltaflow.model.Scenarios;
import deltaflow.ui.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every key the window asks for is in both bundles: a typo would show the key itself on the screen. */
class UiTextsTest {
    private static final Pattern LITERAL_KEY = Pattern.compile("Messages\\.(?:get|text)\\(\"([A-Za-z0-9.\\-]+)\"");

    @Test
    void everyKeyTheSourceUsesIsInEveryBundle() throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/deltaflow/ui"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(file));
                while (m.find()) if (!m.group(1).endsWith(".")) keys.add(m.group(1));
            }
        }
        // Keys made from ids at run time.
        for (Phase p : Phase.values()) keys.add("phase." + p.id());
        for (Granularity g : Granularity.values()) keys.add("granularity." + g.id());
        for (View v : View.values()) keys.add("view." + v.id());
        for (Theme t : Theme.values()) keys.add("theme." + t.id());
        for (String name : Scenarios.BUILT_IN) keys.add("scenario." + name);
        for (String[] k : ShortcutOverlay.KEYS) keys.add(k[1]);
        for (String k : List.of("input", "layer", "output", "saturated", "dead")) keys.add("diagram." + k);
        assertTrue(keys.size() > 60, "found " + keys.size());
        for (Locale locale : Messages.SUPPORTED) {
            ResourceBundle bundle = Messages.bundle(locale);
            TreeSet<String> missing = new TreeSet<>(keys);
            missing.removeAll(bundle.keySet());
            assertTrue(missing.isEmpty(), () -> "missing in " + locale + ": " + missing);
        }
    }
}
