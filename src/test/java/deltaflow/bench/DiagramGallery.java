package deltaflow.bench;

import deltaflow.diagram.export.SvgWriter;

import deltaflow.diagram.DiagramBuilder;
import deltaflow.diagram.DiagramOptions;
import deltaflow.diagram.Theme;
import deltaflow.diagram.View;
import deltaflow.model.Phase;
import deltaflow.model.Scenarios;
import deltaflow.model.Timeline;

import java.nio.file.Files;
import java.nio.file.Path;

/** Not a test: writes sample SVGs of the built-in scenarios to look at (run with the test class path). */
public final class DiagramGallery {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/diagram-look");
        Files.createDirectories(dir);
        for (String name : new String[] {"default", "mazur", "softmax", "vanishing"}) {
            Timeline t = Timeline.of(Scenarios.builtIn(name));
            int mid = t.phaseStart(Phase.BACKWARD, 0) + 2;
            for (View v : View.values()) {
                DiagramOptions o = DiagramOptions.defaults().withView(v).withShowFormula(true).withTitle(name + " " + v.id());
                Files.writeString(dir.resolve(name + "-" + v.id() + ".svg"), new SvgWriter(false).write(DiagramBuilder.build(t, mid, o)));
            }
            Files.writeString(dir.resolve(name + "-dark.svg"), new SvgWriter(false).write(DiagramBuilder.build(t, t.size(),
                    DiagramOptions.defaults().withView(View.BOTH).withTheme(Theme.DARK))));
        }
    }
}
