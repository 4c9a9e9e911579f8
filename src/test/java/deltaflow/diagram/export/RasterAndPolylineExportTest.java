package deltaflow.diagram.export;

import deltaflow.diagram.Diagram;
import deltaflow.diagram.Palette;
import deltaflow.diagram.Primitive;
import deltaflow.diagram.RasterAndPolylines;
import deltaflow.diagram.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static deltaflow.diagram.RasterAndPolylines.BLUE;
import static deltaflow.diagram.RasterAndPolylines.GREEN;
import static deltaflow.diagram.RasterAndPolylines.RED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class RasterAndPolylineExportTest {
    private static final String XLINK = "http://www.w3.org/1999/xlink";

    private static Element element(Document doc, String id) {
        var all = doc.getElementsByTagName("*");
        for (int k = 0; k < all.getLength(); k++) {
            Element e = (Element) all.item(k);
            if (id.equals(e.getAttribute("id"))) return e;
        }
        throw new AssertionError("no element " + id);
    }

    private static Document svg(Diagram d) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(new SvgWriter(false).write(d).getBytes(StandardCharsets.UTF_8)));
    }

    /** The picture an SVG image element carries, decoded by ImageIO (not by the encoder that wrote it). */
    private static BufferedImage picture(Element image) throws Exception {
        String href = image.getAttributeNS(XLINK, "href");
        assertTrue(href.startsWith("data:image/png;base64,"), href);
        return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(href.substring("data:image/png;base64,".length()))));
    }

    @Test
    void svgDrawsABlockRasterAsASharpEnlargedPngOverItsRectangle() throws Exception {
        Element image = element(svg(RasterAndPolylines.diagram(false)), "boundary");
        assertEquals("image", image.getLocalName());
        assertEquals(List.of("10", "10", "40", "40", "none", "raster"), List.of(image.getAttribute("x"), image.getAttribute("y"),
                image.getAttribute("width"), image.getAttribute("height"), image.getAttribute("preserveAspectRatio"), image.getAttribute("class")));
        assertTrue(image.getAttribute("style").contains("pixelated"));
        BufferedImage png = picture(image);
        assertEquals(16, png.getWidth()); // each cell 8 × 8 pixels: blocks even where image-rendering is ignored
        assertEquals(16, png.getHeight());
        assertEquals(RED, png.getRGB(0, 0));
        assertEquals(RED, png.getRGB(7, 7));
        assertEquals(GREEN, png.getRGB(8, 0));
        assertEquals(BLUE, png.getRGB(0, 15));
        assertEquals(0, png.getRGB(15, 15) >>> 24, "the transparent cell stays transparent");
    }

    @Test
    void svgDrawsASmoothRasterOnePixelPerCell() throws Exception {
        Element image = element(svg(RasterAndPolylines.diagram(true)), "boundary");
        assertFalse(image.hasAttribute("style"));
        BufferedImage png = picture(image);
        assertEquals(List.of(2, 2), List.of(png.getWidth(), png.getHeight()));
        assertEquals(List.of(RED, GREEN, BLUE), List.of(png.getRGB(0, 0), png.getRGB(1, 0), png.getRGB(0, 1)));
    }

    @Test
    void svgDrawsPolylinesUnfilledWithTheirWidthAndTheLinesDashes() throws Exception {
        Document doc = svg(RasterAndPolylines.diagram(false));
        Element curve = element(doc, "loss");
        assertEquals("polyline", curve.getLocalName());
        assertEquals("5,56 30,53 55,56", curve.getAttribute("points"));
        assertEquals("curve fill-none stroke-negative", curve.getAttribute("class"));
        assertEquals("2", curve.getAttribute("stroke-width"));
        assertFalse(curve.hasAttribute("stroke-dasharray"));
        // Dashed as a dashed line of the same width is (a negative weight): 3w + 2 on, 2w + 2 off.
        assertEquals("5 4", element(doc, "dashed").getAttribute("stroke-dasharray"));
        assertEquals("fill-none stroke-positive", element(doc, "dashed").getAttribute("class"));
    }

    @Test
    void tikzFillsOneRectanglePerRunOfCellsAndDrawsPolylinesAsPaths() {
        String tex = new TikzWriter(true, false, 12).write(RasterAndPolylines.diagram(false));
        assertTrue(tex.contains("\\fill[fill={rgb,255:red,255;green,0;blue,0}] (10,10) rectangle (30,30);"), tex);
        assertTrue(tex.contains("\\fill[fill={rgb,255:red,0;green,255;blue,0}] (30,10) rectangle (50,30);"), tex);
        assertTrue(tex.contains("\\fill[fill={rgb,255:red,0;green,0;blue,255}] (10,30) rectangle (30,50);"), tex);
        assertEquals(3, count(tex, "\\fill[fill={rgb"), "no fill for the transparent cell");
        double k = 12 / 2.54 * 72.27 / 60;
        assertTrue(tex.contains("\\draw[dfnegative,line width=" + SvgWriter.n(2 * k) + "pt,line join=round] (5,56) -- (30,53) -- (55,56);"), tex);
        assertTrue(tex.contains("\\draw[dfpositive,line width=" + SvgWriter.n(k) + "pt,line join=round,dash pattern=on " + SvgWriter.n(5 * k)
                + "pt off " + SvgWriter.n(4 * k) + "pt] (0,5) -- (60,5);"), tex);
    }

    @Test
    void tikzAveragesAFineRasterDownToAtMost64CellsASide() {
        int[] cells = new int[100 * 100];
        for (int k = 0; k < cells.length; k++) cells[k] = k % 100 < 50 ? RED : 0x800000ff;
        Primitive.Raster fine = new Primitive.Raster("field", "", 0, 0, 100, 100, 100, 100, cells, true, null);
        String tex = new TikzWriter(true, true, 12).write(new Diagram(100, 100, Palette.of(Theme.LIGHT), List.of(fine)));
        assertEquals(2 * 64, count(tex, "\\fill[fill={rgb"), "two runs in each of 64 rows");
        assertEquals(64, count(tex, "\\fill[fill={rgb,255:red,0;green,0;blue,255},fill opacity=0.5] (50,"), "half-transparent blue from x = 50");
    }

    @Test
    void aRasterAndPolylinesCompileWithPdflatexWhenItIsThere(@TempDir Path dir) throws Exception {
        assumeTrue(ExportWritersTest.onPath("pdflatex") || System.getenv("CI") != null, "pdflatex is not installed: the TikZ output was not compiled");
        Files.writeString(dir.resolve("picture.tex"), new TikzWriter(false, false, 12).write(RasterAndPolylines.diagram(false)));
        Process p = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error", "picture.tex")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "pdflatex finished");
        assertEquals(0, p.exitValue(), () -> {
            try { return Files.readString(dir.resolve("out.txt")); } catch (java.io.IOException e) { return e.toString(); }
        });
    }

    @Test
    void theEncodedPngDecodesToTheSamePixels() throws Exception {
        int[] argb = new int[7 * 5];
        for (int k = 0; k < argb.length; k++) argb[k] = (k * 37) << 24 | k * 0x030507;
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(7, 5, argb)));
        for (int y = 0; y < 5; y++) for (int x = 0; x < 7; x++) assertEquals(argb[y * 7 + x], back.getRGB(x, y), x + ", " + y);
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
