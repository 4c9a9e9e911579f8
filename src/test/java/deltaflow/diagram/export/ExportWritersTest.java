package deltaflow.diagram.export;

import deltaflow.diagram.Diagram;
import deltaflow.diagram.DiagramBuilder;
import deltaflow.diagram.DiagramOptions;
import deltaflow.diagram.View;
import deltaflow.diagram.raster.BackwardAnimation;
import deltaflow.diagram.raster.Java2DRenderer;
import deltaflow.model.Phase;
import deltaflow.model.Scenarios;
import deltaflow.model.Timeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ExportWritersTest {
    private final Timeline mazur = Timeline.of(Scenarios.builtIn("mazur"));
    private final int backwardEnd = mazur.phaseEnd(Phase.BACKWARD, 0);

    /** Mazur's δ to four significant digits: δ_o1 = 0.138498562, δ_o2 = −0.038098236; δ_h1 = 0.008771354, δ_h2 = 0.009954254. */
    private static final Map<String, String> DELTAS = Map.of(
            "2-1", "δ_1^2 = 0.1385", "2-2", "δ_2^2 = −0.0381", "1-1", "δ_1^1 = 0.008771", "1-2", "δ_2^1 = 0.009954");

    private static Map<String, Element> byId(Document doc) {
        Map<String, Element> map = new HashMap<>();
        NodeList all = doc.getElementsByTagName("*");
        for (int k = 0; k < all.getLength(); k++) {
            Element e = (Element) all.item(k);
            if (e.hasAttribute("id")) map.put(e.getAttribute("id"), e);
        }
        return map;
    }

    /** The text of an SVG text element with its scripts written back as _ and ^, as MathText.plain() does. */
    private static String plain(Element text) {
        StringBuilder s = new StringBuilder();
        NodeList spans = text.getElementsByTagName("tspan");
        double shift = 0;
        for (int k = 0; k < spans.getLength(); k++) {
            Element span = (Element) spans.item(k);
            if (span.hasAttribute("dy")) shift += Double.parseDouble(span.getAttribute("dy"));
            s.append(shift > 1e-6 ? "_" : shift < -1e-6 ? "^" : "").append(span.getTextContent());
        }
        return s.toString();
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void svgIsXmlWithEveryNeuronAndItsDelta() throws Exception {
        Diagram d = DiagramBuilder.build(mazur, backwardEnd, DiagramOptions.defaults());
        Document doc = parse(new SvgWriter(false).write(d));
        Map<String, Element> ids = byId(doc);
        for (String neuron : List.of("0-1", "0-2", "1-1", "1-2", "2-1", "2-2")) {
            assertTrue(ids.containsKey("neuron-" + neuron + "-circle"), neuron);
            assertEquals("circle", ids.get("neuron-" + neuron + "-circle").getTagName());
        }
        DELTAS.forEach((neuron, delta) -> assertEquals(delta, plain(ids.get("delta-" + neuron))));
        assertTrue(ids.get("edge-2-1-1").getAttribute("class").contains("edge positive"));
        String style = doc.getElementsByTagName("style").item(0).getTextContent();
        assertTrue(style.contains(".stroke-positive { stroke: #0072b2; }"), style);
    }

    @Test
    void svgReverseViewCarriesTheGainsOnItsAmplifiers() throws Exception {
        Diagram d = DiagramBuilder.build(mazur, backwardEnd, DiagramOptions.defaults().withView(View.REVERSE));
        Map<String, Element> ids = byId(parse(new SvgWriter(true).write(d)));
        assertEquals("polygon", ids.get("amp-2-1-shape").getTagName());
        assertEquals("σ'(z_1^2) = 0.1868", plain(ids.get("amp-2-1")));
        assertEquals("σ'(z_2^2) = 0.1755", plain(ids.get("amp-2-2")));
        assertEquals("σ'(z_1^1) = 0.2413", plain(ids.get("amp-1-1")));
        assertEquals("σ'(z_2^1) = 0.2406", plain(ids.get("amp-1-2")));
        assertTrue(!ids.containsKey("background"), "transparent: no background");
    }

    @Test
    void tikzHasEveryNeuronAndValueAndCompilesWhenPdflatexIsThere(@TempDir Path dir) throws Exception {
        Diagram d = DiagramBuilder.build(mazur, backwardEnd, DiagramOptions.defaults().withShowFormula(true).withTitle("Mazur & δ"));
        String tex = new TikzWriter(false, false, 16).write(d);
        for (String neuron : List.of("0-1", "0-2", "1-1", "1-2", "2-1", "2-2")) assertTrue(tex.contains("% neuron-" + neuron + "-circle"), neuron);
        assertTrue(tex.contains("$\\delta^{2}_{1}{} = 0.1385$"), "δ_1^2 as math");
        assertTrue(tex.contains("$\\delta^{2}_{2}{} = -0.0381$"), "δ_2^2 with an ASCII minus in math");
        assertTrue(tex.contains("{0.5933}"), "a_1^1 inside its neuron");
        assertEquals(1, tex.split("\\\\definecolor\\{dfpositive\\}", -1).length - 1, "each colour defined once");
        String bare = new TikzWriter(true, false, 12).write(d);
        assertTrue(bare.startsWith("%") && !bare.contains("\\documentclass") && bare.contains("\\begin{tikzpicture}"));

        // .ci/run installs TeX (texlive-latex-base, texlive-pictures), so in CI a missing pdflatex fails; at a desk it skips.
        assumeTrue(onPath("pdflatex") || System.getenv("CI") != null, "pdflatex is not installed: the TikZ output was not compiled");
        assertTrue(onPath("pdflatex"), "pdflatex is not installed: .ci/run installs texlive-latex-base and texlive-pictures");
        Files.writeString(dir.resolve("mazur.tex"), tex);
        Process p = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error", "mazur.tex")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "pdflatex finished");
        assertEquals(0, p.exitValue(), () -> readQuietly(dir.resolve("out.txt")));
        assertTrue(Files.size(dir.resolve("mazur.pdf")) > 1000);
    }

    @Test
    void pngDecodesToTheRequestedSize() throws Exception {
        Diagram d = DiagramBuilder.build(mazur, backwardEnd, DiagramOptions.defaults().withScale(1));
        for (int scale : new int[] {1, 4}) {
            BufferedImage image = Java2DRenderer.render(d, scale, scale == 4);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(image, "png", bytes);
            BufferedImage back = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
            assertEquals((int) Math.ceil(d.width() * scale), back.getWidth());
            assertEquals((int) Math.ceil(d.height() * scale), back.getHeight());
            assertEquals(scale == 4, back.getColorModel().hasAlpha());
        }
    }

    /**
     * Mazur's two layers of δ at 12 fps: the start held 1 s, then per layer 18 frames of pulses (1.5 s) and the
     * landed layer held 1 s; 1 + 2 × 19 = 39 pictures. GIF delays are hundredths: each frame ends at its time
     * rounded, so the 1/12 s frames alternate 8 and 9 and the whole lasts 1 + 2 × 2.5 = 6 s exactly.
     */
    @Test
    void gifPlaysThePulsesAtTheChosenRateHoldsEachLandedLayerAndLoops() throws Exception {
        DiagramOptions options = DiagramOptions.defaults().withScale(1);
        assertEquals(39, BackwardAnimation.count(mazur, options, 12));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BackwardAnimation.writeGif(BackwardAnimation.frames(mazur, options, false, 12), 12, bytes);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(39, reader.getNumImages(true));
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            NodeList apps = root.getElementsByTagName("ApplicationExtension");
            assertEquals(1, apps.getLength());
            Element app = (Element) apps.item(0);
            assertEquals("NETSCAPE", app.getAttribute("applicationID"));
            assertEquals("2.0", app.getAttribute("authenticationCode"));
            byte[] loop = (byte[]) ((IIOMetadataNode) app).getUserObject();
            assertEquals(0, (loop[1] & 0xff) | (loop[2] & 0xff) << 8, "loop forever");
            int total = 0;
            List<Integer> delays = new java.util.ArrayList<>();
            for (int k = 0; k < 39; k++) {
                IIOMetadataNode meta = (IIOMetadataNode) reader.getImageMetadata(k).getAsTree("javax_imageio_gif_image_1.0");
                int delay = Integer.parseInt(((Element) meta.getElementsByTagName("GraphicControlExtension").item(0)).getAttribute("delayTime"));
                delays.add(delay);
                total += delay;
            }
            assertEquals(600, total, "6 s in all: " + delays);
            assertEquals(100, delays.get(0), "the start held 1 s");
            assertEquals(100, delays.get(19), "layer 2 landed, held 1 s");
            assertEquals(100, delays.get(38), "layer 1 landed, held 1 s");
            for (int k : new int[] {1, 2, 10, 18, 20, 37}) assertTrue(delays.get(k) == 8 || delays.get(k) == 9, "frame " + k + ": " + delays);
        }
    }

    /**
     * What a frame shows, on Mazur's δ¹ (drawn from δ² along Wᵀ): a quarter into the layer its pulses w·δ are on
     * their way and δ¹'s labels are not drawn yet; at the landed still δ¹ is labelled with the engine's values.
     */
    @Test
    void aFrameShowsPulsesOnTheirWayAndConcealsTheDeltaTheyCarry() throws Exception {
        DiagramOptions options = DiagramOptions.defaults().withScale(1).withView(View.REVERSE);
        int from = mazur.indexOf(deltaflow.model.ValueRef.delta(0, 1, 0)), to = from + 2; // δ₁¹, δ₂¹
        Diagram landed = DiagramBuilder.build(mazur, to, options);
        deltaflow.diagram.PulseTimeline pulses = new deltaflow.diagram.PulseTimeline(deltaflow.diagram.BackwardFlow.between(landed, mazur, from, to));
        Diagram quarter = pulses.over(landed, 0.25);
        Map<String, deltaflow.diagram.Primitive> ids = new HashMap<>();
        for (var p : quarter.primitives()) ids.put(p.id(), p);
        assertTrue(!ids.containsKey("rdelta-1-1") && !ids.containsKey("rdelta-1-2"), "δ¹ waits for its pulses");
        assertTrue(ids.containsKey("rdelta-2-1"), "δ² is known");
        // Four signals w_ki² δ_k²: w₁₁² δ₁² = 0.4 × 0.1385 > 0, a circle; w₂₁² δ₂² = 0.5 × (−0.0381) < 0, a diamond.
        assertTrue(ids.get("pulse-1") instanceof deltaflow.diagram.Primitive.Circle, "" + ids.get("pulse-1"));
        assertTrue(ids.get("pulse-2") instanceof deltaflow.diagram.Primitive.Polygon, "" + ids.get("pulse-2"));
        var circle = (deltaflow.diagram.Primitive.Circle) ids.get("pulse-1");
        var edge = (deltaflow.diagram.Primitive.Line) landed.find("redge-2-1-1").orElseThrow();
        // On the W^T edge from δ₁²'s amplifier to δ₁¹'s, a little way along (eased: 0.5 of the travel is 0.5).
        double along = (circle.cx() - edge.x1()) / (edge.x2() - edge.x1());
        assertTrue(along > 0.2 && along < 0.8, "along " + along);
        assertEquals(edge.y1() + along * (edge.y2() - edge.y1()), circle.cy(), 1e-9);
        // On the picture: the pulse's colour at its centre.
        BufferedImage image = Java2DRenderer.render(quarter, 1, false);
        java.awt.Color positive = java.awt.Color.decode(landed.palette().color(deltaflow.diagram.ColorRole.POSITIVE));
        java.awt.Color at = new java.awt.Color(image.getRGB((int) circle.cx(), (int) circle.cy()));
        assertEquals(positive, at);
        Diagram end = pulses.over(landed, 1);
        assertEquals(landed.primitives(), end.primitives(), "landed: the layer's diagram as it is, nothing concealed or added");
    }

    @Test
    void atomicWriteReportsTheFailureAndLeavesNoFile(@TempDir Path dir) {
        Path target = dir.resolve("x.svg");
        java.io.IOException reported = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () ->
                AtomicFiles.write(target, out -> {
                    out.write(1);
                    throw new java.io.IOException("disk full");
                }));
        assertTrue(reported.getMessage().contains("disk full"), reported.getMessage());
        assertTrue(Files.notExists(target));
        assertEquals(0, new File(dir.toString()).list().length, "no temp file left behind");
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(File.pathSeparator)) if (Files.isExecutable(Path.of(dir, program))) return true;
        return false;
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "(no output)";
        }
    }
}
