package deltaflow.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import deltaflow.model.Network;
import deltaflow.model.Regularization;
import deltaflow.model.Scenario;
import deltaflow.model.Scenarios;
import deltaflow.model.data.Feature;
import deltaflow.model.train.TrainingFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainCommandTest {
    @TempDir Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    @Test
    void trainsWritesTheScenarioTheHistoryAndThePlot() throws Exception {
        Path trained = dir.resolve("trained.json"), history = dir.resolve("loss.csv"), plot = dir.resolve("boundary.png");
        assertEquals(0, run("train", "default", "--data", "xor", "--noise", "10", "--hidden", "4", "--epochs", "30", "--seed", "3",
                "--regularization", "l2", "--rate", "0.001", "-o", trained.toString(), "--history", history.toString(), "--plot", plot.toString()), err());
        assertEquals("", err(), "no progress bar when stderr is not a terminal");
        Scenario scenario = Scenarios.load(trained);
        assertEquals(List.of(2, 4, 1), List.of(scenario.network().inputs(), scenario.network().size(1), scenario.network().outputs()));
        assertEquals(10, scenario.batchSize(), "the next update's mini-batch");
        TrainingFields fields = TrainingFields.read(JsonParser.parseString(Files.readString(trained)).getAsJsonObject());
        assertEquals("xor", fields.data().source());
        assertEquals(10.0, fields.data().noisePercent(), 0.0);
        assertEquals(Feature.defaults(), fields.data().features());
        assertEquals(Regularization.L2, fields.regularization());
        assertEquals(30, fields.epochs());
        List<String> lines = Files.readAllLines(history);
        assertEquals("epoch,updates,train_loss,test_loss,train_accuracy,test_accuracy", lines.get(0));
        assertEquals(32, lines.size());
        assertTrue(lines.get(31).startsWith("30,750,"));
        BufferedImage image = ImageIO.read(plot.toFile());
        assertEquals(600, image.getWidth());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(3, files.count(), "no temporary files left");
        }
    }

    @Test
    void theSameCommandGivesTheSameNetwork() throws Exception {
        Path a = dir.resolve("a.json"), b = dir.resolve("b.json");
        assertEquals(0, run("train", "default", "--data", "spiral", "--epochs", "5", "--seed", "9", "-o", a.toString()));
        assertEquals(0, run("train", "default", "--data", "spiral", "--epochs", "5", "--seed", "9", "-o", b.toString()));
        assertEquals(Files.readString(a), Files.readString(b));
    }

    @Test
    void aTrainedScenarioTrainsOnWithItsOwnDataAndNetwork() throws Exception {
        Path first = dir.resolve("first.json"), more = dir.resolve("more.json"), once = dir.resolve("once.json");
        assertEquals(0, run("train", "default", "--data", "circle", "--epochs", "4", "-o", first.toString()));
        assertEquals(0, run("train", first.toString(), "--epochs", "3", "-o", more.toString()));
        Network continued = Scenarios.load(more).network();
        assertEquals(Scenarios.load(first).network().depth(), continued.depth());
        assertFalse(continued.equals(Scenarios.load(first).network()), "it trained on");
        JsonObject root = JsonParser.parseString(Files.readString(more)).getAsJsonObject();
        assertEquals("circle", root.getAsJsonObject("data").get("source").getAsString());
    }

    /**
     * A trained scenario trains on at the epoch it was saved at: 30 epochs, then 10 more from the file, are 40
     * straight — the same weights bit for bit (through the file's JSON), the same file; the summary and the
     * history count epochs on from 30.
     */
    @Test
    void aTrainedScenarioResumesAtItsEpochBitForBit() throws Exception {
        for (String[] options : new String[][] {{}, {"--regularization", "l1", "--rate", "0.01", "--batch", "7"}}) {
            Path first = dir.resolve("first.json"), more = dir.resolve("more.json"), straight = dir.resolve("straight.json");
            Path history = dir.resolve("more.csv");
            List<String> common = List.of("--data", "circle", "--noise", "10", "--seed", "4");
            assertEquals(0, run(args(List.of("train", "default", "--epochs", "30", "-o", first.toString()), common, options)), err());
            assertEquals(0, run(args(List.of("train", "default", "--epochs", "40", "-o", straight.toString()), common, options)), err());
            out.reset();
            assertEquals(0, run("train", first.toString(), "--epochs", "10", "-o", more.toString(), "--history", history.toString()), err());
            assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("deltaflow: trained 10 more epochs (31 to 40), train loss "), out.toString(StandardCharsets.UTF_8));

            Network resumed = Scenarios.load(more).network(), direct = Scenarios.load(straight).network();
            for (int l = 1; l <= direct.depth(); l++) {
                for (int i = 0; i < direct.size(l); i++) {
                    for (int j = 0; j < direct.size(l - 1); j++) assertTrue(direct.layer(l).weight(i, j) == resumed.layer(l).weight(i, j), "w " + l + i + j);
                    assertTrue(direct.layer(l).bias(i) == resumed.layer(l).bias(i), "b " + l + i);
                }
            }
            assertEquals(Files.readString(straight), Files.readString(more), "the same trained scenario, epochs 40 in it");
            assertEquals(40, Scenarios.load(more).training().epochs());

            List<String> lines = Files.readAllLines(history);
            assertEquals(12, lines.size(), "epoch 30 (where it started) and 31 … 40");
            assertTrue(lines.get(1).startsWith("30,"), lines.get(1));
            assertTrue(lines.get(2).startsWith("31,"), lines.get(2));
            assertTrue(lines.get(11).startsWith("40,"), lines.get(11));
        }
    }

    @Test
    void theProgressLineCountsOnFromTheSavedEpoch() {
        ByteArrayOutputStream bar = new ByteArrayOutputStream();
        var progress = new TrainCommand.EpochProgress(new PrintStream(bar, true, StandardCharsets.UTF_8), true, 300, 100);
        progress.show(new deltaflow.model.train.EpochRecord(400, 10_000, 0.1, 0.2, 0.9, 0.8));
        String line = bar.toString(StandardCharsets.UTF_8);
        assertTrue(line.contains("[########################] epoch 400/400"), line);
    }

    /** The film of a resumed training starts at its first epoch: nothing before it is known. */
    @Test
    void aResumedTrainingsGifAndPictureStartAtItsEpoch() throws Exception {
        Path first = dir.resolve("first.json"), gif = dir.resolve("g.gif"), picture = dir.resolve("p.svg");
        assertEquals(0, run("train", "default", "--data", "circle", "--epochs", "6", "-o", first.toString()), err());
        assertEquals(0, run("train", first.toString(), "--epochs", "4", "--every", "2", "--gif", gif.toString(), "--picture", picture.toString(),
                "-o", dir.resolve("more.json").toString()), err());
        assertTrue(Files.size(gif) > 0);
        String svg = Files.readString(picture);
        assertTrue(svg.contains("epochs (before 6: not in the file)"), "the axis says where its curve starts");
        assertTrue(svg.contains("epoch 10"), "the picture's heading is the file's epoch");
    }

    @Test
    void anotherNetworkOrDataStartsAtEpochZero() throws Exception {
        Path first = dir.resolve("first.json"), other = dir.resolve("other.json"), history = dir.resolve("h.csv");
        assertEquals(0, run("train", "default", "--data", "circle", "--epochs", "5", "-o", first.toString()), err());
        assertEquals(0, run("train", first.toString(), "--hidden", "3", "--epochs", "2", "-o", other.toString(), "--history", history.toString()), err());
        assertTrue(Files.readAllLines(history).get(1).startsWith("0,"));
        assertEquals(2, Scenarios.load(other).training().epochs());
        assertEquals(0, run("train", first.toString(), "--data", "xor", "--epochs", "2", "-o", other.toString(), "--history", history.toString()), err());
        assertTrue(Files.readAllLines(history).get(1).startsWith("0,"));
    }

    private static String[] args(List<String> head, List<String> common, String[] options) {
        List<String> all = new java.util.ArrayList<>(head);
        all.addAll(common);
        all.addAll(List.of(options));
        return all.toArray(String[]::new);
    }

    @Test
    void digitsAndCsvData() throws Exception {
        Path csv = Files.writeString(dir.resolve("points.csv"), "u,v,label\n" + "0,0,a\n1,1,b\n".repeat(20));
        assertEquals(0, run("train", "default", "--data", csv.toString(), "--hidden", "3", "--epochs", "2", "--batch", "4", "-o", dir.resolve("c.json").toString()), err());
        assertEquals(2, Scenarios.load(dir.resolve("c.json")).network().outputs(), "two classes, one-hot");
        assertEquals(0, run("train", "default", "--data", "digits", "--hidden", "32", "--epochs", "1", "-o", dir.resolve("d.json").toString()), err());
        assertEquals(64, Scenarios.load(dir.resolve("d.json")).network().inputs());
        assertEquals(List.of(), Scenarios.load(dir.resolve("d.json")).inputNames(), "the pixels stay x₁ … x₆₄");
        Scenario fromCsv = Scenarios.load(dir.resolve("c.json"));
        assertEquals(List.of("u", "v"), fromCsv.inputNames(), "the columns name the inputs");
        assertEquals(csv.toString(), fromCsv.training().data().source(), "the data file, wherever the scenario is read from");
    }

    @Test
    void theTrainedScenarioNamesItsFeaturesAndItsCsvFromWhereItIsWritten() throws Exception {
        Path trained = dir.resolve("f.json");
        assertEquals(0, run("train", "default", "--data", "spiral", "--features", "x1,sinx2,x1x2", "--epochs", "1", "-o", trained.toString()), err());
        assertEquals(List.of("x1", "x1x2", "sinx2"), Scenarios.load(trained).inputNames(), "in the features' fixed order");

        Path csv = Files.writeString(Files.createDirectories(dir.resolve("data")).resolve("p.csv"), "u,v,label\n" + "0,0,1\n1,1,-1\n".repeat(20));
        Path out = Files.createDirectories(dir.resolve("out")).resolve("t.json");
        assertEquals(0, run("train", "default", "--data", csv.toString(), "--epochs", "1", "-o", out.toString()), err());
        JsonObject root = JsonParser.parseString(Files.readString(out)).getAsJsonObject();
        assertEquals("../data/p.csv", root.getAsJsonObject("data").get("source").getAsString());
        Path again = dir.resolve("out/again.json");
        assertEquals(0, run("train", out.toString(), "--epochs", "1", "-o", again.toString()), err());
    }

    @Test
    void mistakesExitWithTwoAndOneLineAndWriteNothing() throws Exception {
        String[][] cases = {
                {"--data", "moon"}, {"--noise", "51"}, {"--batch", "300"}, {"--features", "x1,cos"}, {"--hidden", "0"},
                {"--data", "digits", "--plot", dir.resolve("p.png").toString()}, {"--lr", "-1"}, {"--epochs"}, {"--bogus"},
                {"--data", "digits", "--noise", "5"}, {"--target", "c"}};
        for (String[] c : cases) {
            err.reset();
            String[] args = Stream.concat(Stream.of("train", "default", "-o", dir.resolve("x.json").toString()), Stream.of(c)).toArray(String[]::new);
            assertEquals(2, run(args), String.join(" ", c));
            assertEquals(1, err().lines().count(), err());
            assertTrue(err().startsWith("deltaflow: "), err());
        }
        Path bad = Files.writeString(dir.resolve("bad.csv"), "a,b\n1,2\n3,4\nsix,5\n");
        err.reset();
        assertEquals(2, run("train", "default", "--data", bad.toString(), "-o", dir.resolve("x.json").toString()));
        assertEquals("deltaflow: bad.csv: line 4, column 1: 'six' is not a number\n", err().replace("\r", ""));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("bad.csv"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aBadDataFieldInTheScenarioIsNamedWithTheFile() throws Exception {
        Path scenario = dir.resolve("s.json");
        Files.writeString(scenario, Files.readString(Path.of("assets/scenarios/default.json")).replaceFirst("\\{", "{\"data\": {\"source\": \"circle\", \"noise\": 80},"));
        assertEquals(2, run("train", scenario.toString(), "-o", dir.resolve("x.json").toString()));
        assertEquals("deltaflow: " + scenario + ": data.noise: 80 is not from 0 to 50\n", err().replace("\r", ""));
    }
}
