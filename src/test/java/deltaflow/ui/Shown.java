package deltaflow.ui;

import deltaflow.model.Numbers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads the last number out of a label and checks it against a reference to the digits the label shows. */
public final class Shown {
    private static final Pattern NUMBER = Pattern.compile("[−-]?\\d+(?:\\.(\\d+))?");

    private Shown() {}

    public static double lastNumber(String text) {
        Matcher m = NUMBER.matcher(text);
        String last = null;
        while (m.find()) last = m.group();
        if (last == null) throw new AssertionError("no number in \"" + text + "\"");
        return Numbers.parse(last);
    }

    /** The label's last number equals {@code expected} rounded to the decimals it shows. */
    public static void assertShows(double expected, String text) {
        Matcher m = NUMBER.matcher(text);
        String last = null;
        int decimals = 0;
        while (m.find()) {
            last = m.group();
            decimals = m.group(1) == null ? 0 : m.group(1).length();
        }
        assertTrue(last != null, "no number in \"" + text + "\"");
        double shown = Numbers.parse(last);
        double tolerance = 0.5 * Math.pow(10, -decimals) + 1e-12;
        assertTrue(Math.abs(shown - expected) <= tolerance, "\"" + text + "\" does not show " + expected);
    }
}
