package deltaflow.bench;

import deltaflow.diagram.Diagram;
import deltaflow.diagram.DiagramBuilder;
import deltaflow.diagram.DiagramOptions;
import deltaflow.diagram.View;
import deltaflow.diagram.raster.Java2DRenderer;
import deltaflow.model.Scenarios;
import deltaflow.model.Timeline;

import javax.imageio.ImageIO;
import java.io.File;

/** Not a test: one screen layout as the window would fit it, to look at. Args: scenario position view textScale width height out.png */
public final class LayoutLook {
    public static void main(String[] a) throws Exception {
        Timeline t = Timeline.of(Scenarios.builtIn(a[0]));
        int p = a[1].equals("end") ? t.size() : Integer.parseInt(a[1]);
        double w = Double.parseDouble(a[4]), h = Double.parseDouble(a[5]);
        Diagram d = DiagramBuilder.build(t, p, DiagramOptions.defaults().withView(View.valueOf(a[2].toUpperCase())).withTextScale(Double.parseDouble(a[3]))
                .withViewport(w, h).withSignificantDigits(4));
        ImageIO.write(Java2DRenderer.render(d, Math.min(w / d.width(), h / d.height()), false), "png", new File(a[6]));
    }
}
