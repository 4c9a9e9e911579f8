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
        // In 繁體中文 at the lecture hall's type scale, as the window would pass its words.
        TrainingSnapshot circle = snapshot("circle"), digits = snapshot("digits");
        for (double textScale : new double[] {1, 1.6, 3}) {
            for (TrainingSnapshot s : List.of(circle, digits)) {
                PictureOptions options = PictureOptions.defaults().withTexts(CHINESE).withEditable(true).withTextScale(textScale);
                Path file = dir.resolve((s == circle ? "circle" : "digits") + "-zh-" + textScale + ".png");
                ImageIO.write(Java2DRenderer.render(TrainingPicture.build(s, options), scale, false), "png", file.toFile());
                System.out.println(file);
            }
        }
    }

    /** The words a Taiwanese course would use, as the window's bundle gives them (the window owns the real ones). */
    static final deltaflow.diagram.DiagramTexts CHINESE = deltaflow.diagram.DiagramTexts.of(java.util.Map.ofEntries(
            java.util.Map.entry("input", "輸入 x"), java.util.Map.entry("layer", "第 {0} 層"), java.util.Map.entry("output", "（輸出 y）"),
            java.util.Map.entry("inputs", "{0} 個輸入"), java.util.Map.entry("neurons", "{0} 個神經元"),
            java.util.Map.entry("train.trainLoss", "訓練損失"), java.util.Map.entry("train.testLoss", "測試損失"),
            java.util.Map.entry("train.trainAccuracy", "訓練正確率"), java.util.Map.entry("train.testAccuracy", "測試正確率"),
            java.util.Map.entry("train.batchCost", "批次成本"), java.util.Map.entry("train.epoch", "第 {0} 個 epoch"),
            java.util.Map.entry("train.epochs", "epoch"), java.util.Map.entry("train.loss", "損失"), java.util.Map.entry("train.logLoss", "損失（對數刻度）"),
            java.util.Map.entry("train.accuracy", "正確率"), java.util.Map.entry("train.neurons", "{0} 個神經元"), java.util.Map.entry("train.oneNeuron", "1 個神經元"),
            java.util.Map.entry("train.hiddenLayers", "{0} 個隱藏層"), java.util.Map.entry("train.oneHiddenLayer", "1 個隱藏層"),
            java.util.Map.entry("train.outputOverPlane", "輸出在平面上的值"), java.util.Map.entry("train.neuronOverPlane", "神經元 {0} 在平面上的值"),
            java.util.Map.entry("train.trainingPoints", "訓練資料"), java.util.Map.entry("train.testPoints", "測試資料"),
            java.util.Map.entry("train.samples", "測試影像：預測（正確答案）"), java.util.Map.entry("train.confusion", "混淆矩陣（測試集）"),
            java.util.Map.entry("train.predicted", "預測"), java.util.Map.entry("train.trueClass", "正確"),
            java.util.Map.entry("train.firstLayerWeights", "第 1 層的權重"), java.util.Map.entry("train.noTestSet", "沒有測試集")));

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
