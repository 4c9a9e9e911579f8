package deltaflow.bench;

import deltaflow.model.RandomNetworks;
import deltaflow.diagram.Diagram;
import deltaflow.diagram.DiagramBuilder;
import deltaflow.diagram.DiagramOptions;
import deltaflow.diagram.View;
import deltaflow.diagram.export.AtomicFiles;
import deltaflow.diagram.export.SvgWriter;
import deltaflow.diagram.raster.Java2DRenderer;
import deltaflow.model.Timeline;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * Times the export of a 784-128-64-10 network (seeded random weights, 32 examples): building the diagram,
 * writing SVG, rendering and encoding PNG. A plain main (surefire skips bench/): run with the test class path,
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) deltaflow.bench.ExportBenchmark}.
 */
public final class ExportBenchmark {
    private static final int WARMUP = 2;
    private static final int RUNS = 5;

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path dir = Files.createTempDirectory("deltaflow-bench");
        long t0 = System.nanoTime();
        Timeline timeline = Timeline.of(RandomNetworks.sigmoid(new int[] {784, 128, 64, 10}, 32));
        System.out.printf("timeline: %,d steps, built in %.0f ms%n", timeline.size(), (System.nanoTime() - t0) / 1e6);
        for (View view : new View[] {View.FORWARD, View.BOTH}) {
            DiagramOptions options = DiagramOptions.defaults().withView(view);
            Diagram diagram = DiagramBuilder.build(timeline, timeline.size(), options);
            System.out.printf("%s: %,d primitives, %.0f × %.0f units%n", view.id(), diagram.primitives().size(), diagram.width(), diagram.height());
            time(view.id() + " build diagram", () -> DiagramBuilder.build(timeline, timeline.size(), options));
            Path svg = dir.resolve("big.svg");
            time(view.id() + " SVG write (string + atomic file)", () -> {
                String text = new SvgWriter(false).write(diagram);
                AtomicFiles.write(svg, o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
                return text.length();
            });
            System.out.printf("  SVG size: %,d bytes%n", Files.size(svg));
            Path png = dir.resolve("big.png");
            time(view.id() + " PNG render (Java2D)", () -> Java2DRenderer.render(diagram, 1, false));
            BufferedImage image = Java2DRenderer.render(diagram, 1, false);
            time(view.id() + " PNG encode + atomic file", () -> {
                AtomicFiles.write(png, o -> ImageIO.write(image, "png", o));
                return null;
            });
            System.out.printf("  PNG %d × %d, %,d bytes%n", image.getWidth(), image.getHeight(), Files.size(png));
        }
    }

    private static void time(String what, Callable<?> task) throws Exception {
        for (int k = 0; k < WARMUP; k++) task.call();
        double[] ms = new double[RUNS];
        for (int k = 0; k < RUNS; k++) {
            long start = System.nanoTime();
            task.call();
            ms[k] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("  %-40s median %7.1f ms (min %.1f, max %.1f, %d runs)%n", what, ms[RUNS / 2], ms[0], ms[RUNS - 1], RUNS);
    }
}
