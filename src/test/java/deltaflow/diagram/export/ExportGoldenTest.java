package deltaflow.diagram.export;

import deltaflow.diagram.DiagramOptions;
import deltaflow.model.Granularity;
import deltaflow.diagram.Theme;
import deltaflow.diagram.View;
import deltaflow.model.Scenarios;
import deltaflow.model.Timeline;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Restructuring guard: the SVG and TikZ of every built-in scenario, at every phase end, in every view (and a few
 * option variants: a viewport as on screen, a title with the formula, dark theme, whole layers), are the same bytes as
 * recorded in {@code golden/exports.sha256}. A change that means to alter the output re-records the digests with
 * {@code -Dgolden.record=true} and says why in its commit; {@code -Dgolden.dump=DIR} writes every output to DIR so two
 * revisions can be compared file by file. Digests, not files, are committed: 400 files of SVG would swamp the repository.
 */
class ExportGoldenTest {
    private static final Path DIGESTS = Path.of("src/test/resources/golden/exports.sha256");

    @Test
    void everyExportIsByteIdenticalToTheRecordedOne() throws IOException {
        Map<String, String> actual = new LinkedHashMap<>();
        String dump = System.getProperty("golden.dump");
        for (Case c : cases()) {
            byte[] bytes = c.render();
            actual.put(c.name(), sha256(bytes));
            if (dump != null) {
                Path file = Path.of(dump, c.name());
                Files.createDirectories(file.getParent());
                Files.write(file, bytes);
            }
        }
        String recorded = format(actual);
        if (Boolean.getBoolean("golden.record")) {
            Files.writeString(DIGESTS, recorded, StandardCharsets.UTF_8);
            return;
        }
        Map<String, String> expected = parse(Files.readString(DIGESTS, StandardCharsets.UTF_8));
        List<String> differing = new ArrayList<>();
        for (var e : expected.entrySet()) {
            if (!e.getValue().equals(actual.get(e.getKey()))) differing.add(e.getKey());
        }
        for (String name : actual.keySet()) if (!expected.containsKey(name)) differing.add(name + " (new)");
        assertTrue(differing.isEmpty(), differing.size() + " of " + expected.size() + " exports differ from the recorded bytes: "
                + differing.subList(0, Math.min(20, differing.size())) + " — compare with -Dgolden.dump=DIR on both revisions");
    }

    private record Case(String name, String scenario, Exports.Format format, Exports.Moment moment, DiagramOptions options) {
        byte[] render() {
            Timeline timeline = Timeline.of(Scenarios.builtIn(scenario));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                Exports.write(format, timeline, moment.position(timeline, 0), options, new Exports.Settings(false, false, 12, 0), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        List<String> scenarios = new ArrayList<>(Scenarios.BUILT_IN);
        scenarios.addAll(Scenarios.LARGE);
        for (String scenario : scenarios) {
            for (Exports.Moment moment : Exports.Moment.values()) {
                for (View view : View.values()) {
                    DiagramOptions plain = DiagramOptions.defaults().withView(view);
                    add(cases, scenario, moment, view.name().toLowerCase(), plain);
                }
                if (scenario.equals("mnist-shaped")) continue;
                DiagramOptions d = DiagramOptions.defaults();
                add(cases, scenario, moment, "both-titled-dark", new DiagramOptions(View.BOTH, d.values(), 6, true, Theme.DARK,
                        "Backpropagation — " + scenario, true, null, 1.5, 0, d.texts(), 1, 0));
                add(cases, scenario, moment, "reverse-screen", new DiagramOptions(View.REVERSE, d.values(), 4, true, Theme.HIGH_CONTRAST,
                        null, false, null, 1, DiagramOptions.FOLLOW_STEP, d.texts(), 1.5, 16.0 / 9, 1280, 720, Map.of(), Granularity.NEURON));
                add(cases, scenario, moment, "forward-layers", new DiagramOptions(View.FORWARD, d.values(), 4, true, Theme.COLORBLIND,
                        null, true, null, 2, DiagramOptions.FOLLOW_STEP, d.texts(), 1, 0, 1024, 768, Map.of(), Granularity.LAYER));
            }
        }
        return cases;
    }

    private static void add(List<Case> cases, String scenario, Exports.Moment moment, String variant, DiagramOptions options) {
        for (Exports.Format format : List.of(Exports.Format.SVG, Exports.Format.TIKZ)) {
            String name = scenario + "/" + moment.id() + "-" + variant + "." + format.extension();
            cases.add(new Case(name, scenario, format, moment, options));
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String format(Map<String, String> digests) {
        StringBuilder s = new StringBuilder();
        digests.forEach((name, digest) -> s.append(digest).append("  ").append(name).append('\n'));
        return s.toString();
    }

    private static Map<String, String> parse(String text) {
        Map<String, String> digests = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) continue;
            digests.put(line.substring(66), line.substring(0, 64));
        }
        return digests;
    }
}
