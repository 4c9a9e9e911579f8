package deltaflow.model.data;

import deltaflow.model.Example;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The UCI "Optical Recognition of Handwritten Digits" images (E. Alpaydin and C. Kaynak, 1998; CC BY 4.0,
 * doi:10.24432/C50P49), the 1,797 of scikit-learn's copy: 8×8 pixels counting 0–16 ink, a digit 0–9 each.
 * Inputs are the 64 pixels row by row, scaled to [0, 1]; targets one-hot over the ten digits.
 */
public final class Digits {
    public static final int IMAGES = 1797, PIXELS = 64, CLASSES = 10;
    /** Images to train on by default; the other 397 are the test set. */
    public static final int DEFAULT_TRAIN = 1400;
    private static final String RESOURCE = "/assets/data/digits-8x8.txt";
    private static final String DIGITS = "0123456789abcdefg";

    private Digits() {}

    /** Every image, in the file's order. */
    public static List<Example> all() {
        try (InputStream in = Digits.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            List<Example> examples = new ArrayList<>(IMAGES);
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) continue;
                double[] x = new double[PIXELS];
                for (int j = 0; j < PIXELS; j++) x[j] = DIGITS.indexOf(line.charAt(2 + j)) / 16.0;
                double[] y = new double[CLASSES];
                y[line.charAt(0) - '0'] = 1;
                examples.add(new Example(x, y));
            }
            if (examples.size() != IMAGES) throw new IllegalStateException(RESOURCE + ": " + examples.size() + " images, expected " + IMAGES);
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The digits shuffled from the seed, the first {@code train} of them to train on and the rest to test. */
    public static DataSet dataSet(int train, long seed) {
        if (train < 1 || train >= IMAGES) throw new IllegalArgumentException("train on 1 to " + (IMAGES - 1) + " images");
        List<Example> all = all();
        int[] order = new int[all.size()];
        for (int k = 0; k < order.length; k++) order[k] = k;
        new SeededRandom(seed ^ 0x5DEECE66DL).shuffle(order);
        List<Example> trainSet = new ArrayList<>(), testSet = new ArrayList<>();
        for (int k = 0; k < order.length; k++) (k < train ? trainSet : testSet).add(all.get(order[k]));
        List<String> names = new ArrayList<>();
        for (int j = 0; j < PIXELS; j++) names.add("pixel " + (j / 8 + 1) + "," + (j % 8 + 1));
        return DataSet.of("digits", Task.CLASSES, names, trainSet, testSet);
    }
}
