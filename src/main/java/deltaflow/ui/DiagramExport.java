package deltaflow.ui;

import deltaflow.diagram.Diagram;
import deltaflow.diagram.export.AtomicFiles;
import deltaflow.diagram.export.SvgWriter;
import deltaflow.diagram.export.TikzWriter;
import deltaflow.diagram.raster.Java2DRenderer;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * File ▸ Export diagram: the diagram on screen, as SVG, TikZ (.tex) or PNG by the file's extension, drawn by
 * the same writers as {@code deltaflow export}, so the file looks like the screen.
 */
public final class DiagramExport {
    private final StepperViewModel stepper;
    private final FileChooserService chooser;
    private Consumer<String> onError = message -> {};

    public DiagramExport(StepperViewModel stepper, FileChooserService chooser) {
        this.stepper = stepper;
        this.chooser = chooser;
    }

    public void setOnError(Consumer<String> handler) { onError = handler; }

    /** Asks where, then writes; a name without a known extension gets ".svg". */
    public void exportAs(Path directory) {
        String suggested = stepper.getScenario().title().replaceAll("[^A-Za-z0-9._-]+", "-") + "-step-" + stepper.getPosition() + ".svg";
        chooser.chooseSave(directory, suggested).ifPresent(this::export);
    }

    public void export(Path target) {
        Diagram diagram = stepper.getDiagram();
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".png")) {
                AtomicFiles.write(target, out -> ImageIO.write(Java2DRenderer.render(diagram, 1, false), "png", out));
            } else if (name.endsWith(".tex") || name.endsWith(".tikz")) {
                String tex = new TikzWriter(false, false, 16).write(diagram);
                AtomicFiles.write(target, out -> out.write(tex.getBytes(StandardCharsets.UTF_8)));
            } else {
                Path svg = name.endsWith(".svg") ? target : target.resolveSibling(target.getFileName() + ".svg");
                String text = new SvgWriter(false).write(diagram);
                AtomicFiles.write(svg, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
            }
        } catch (IOException | RuntimeException e) {
            onError.accept(deltaflow.ui.i18n.Messages.get("file.cannotWrite", target, e.getMessage()));
        }
    }
}
