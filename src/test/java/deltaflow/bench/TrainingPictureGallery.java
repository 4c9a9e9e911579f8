package deltaflow.bench;

import deltaflow.diagram.Diagram;
import deltaflow.diagram.Theme;
import deltaflow.diagram.raster.Java2DRenderer;
import deltaflow.diagram.train.BatchCosts;
import deltaflow.diagram.train.PictureOptions;
import deltaflow.diagram.train.TrainingPicture;
import deltaflow.diagram.train.TrainingSnapshot;
import deltaflow.model.Activation;
import deltaflow.model.Network;
import deltaflow.model.data.DataSet;
import deltaflow.model.data.Digits;
import deltaflow.model.data.Feature;
import deltaflow.model.data.Generator;
import deltaflow.model.train.Initializer;
import deltaflow.model.train.Training;
import deltaflow.model.train.TrainingSettings;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

/**
 * Renders the training picture of circle, xor, spiral, a regression and the digits mid-training, in the light,
 * dark and colour-blind themes, as PNGs to look at: {@code java -cp ... deltaflow.bench.TrainingPictureGallery DIR [scale]}.
 */
public final class TrainingPictureGallery {
    private TrainingPictureGallery() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/training-gallery");
        double scale = args.length > 1 ? Double.parseDouble(args[1]) : 1;
        Files.createDirectories(dir);
        for (String name : List.of("circle", "xor", "spiral", "plane", "digits")) {
            TrainingSnapshot snapshot = snapshot(name);
            for (Theme theme : List.of(Theme.LIGHT, Theme.DARK, Theme.COLORBLIND)) {
                PictureOptions options = PictureOptions.defaults().withTheme(theme).withEditable(name.equals("circle"));
                Diagram diagram = TrainingPicture.build(snapshot, options);
                Path file = dir.resolve(name + "-" + theme.id() + ".png");
                ImageIO.write(Java2DRenderer.render(diagram, scale, false), "png", file.toFile());
                System.out.println(file);
            }
        }
    }

    /** The data set trained part of the way, as a lecture would stop it to look. */
    static TrainingSnapshot snapshot(String name) {
        DataSet data;
        int[] sizes;
        int epochs;
        double eta = 0.03;
        switch (name) {
            case "digits" -> {
                data = Digits.dataSet(Digits.DEFAULT_TRAIN, 1);
                sizes = new int[] {64, 32, 10};
                epochs = 4;
                eta = 0.1;
            }
            case "spiral" -> {
                data = DataSet.planar(Generator.SPIRAL, 500, 0, 0.5, 1, EnumSet.allOf(Feature.class));
                sizes = new int[] {7, 8, 8, 8, 1};
                epochs = 120;
            }
            case "plane" -> {
                data = DataSet.planar(Generator.PLANE, 1200, 0, 0.5, 1, Feature.defaults());
                sizes = new int[] {2, 4, 2, 1};
                epochs = 20;
            }
            default -> {
                data = DataSet.planar(name.equals("xor") ? Generator.XOR : Generator.CIRCLE, 500, 0, 0.5, 1, Feature.defaults());
                sizes = new int[] {2, 4, 2, 1};
                epochs = 150;
            }
        }
        Network network = Initializer.network(sizes, Activation.TANH, Training.outputFor(data.task()), 1);
        Training training = new Training(data, network, TrainingSettings.defaults(1).withLearningRate(eta));
        BatchCosts.Log log = new BatchCosts.Log();
        while (training.epoch() < epochs) {
            training.step();
            log.recordLastUpdate(training);
        }
        return TrainingSnapshot.compute(training, log.snapshot(), TrainingSnapshot.Detail.DEFAULT);
    }
}
