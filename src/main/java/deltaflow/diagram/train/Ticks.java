package deltaflow.diagram.train;

import java.util.ArrayList;
import java.util.List;

/** Round numbers for an axis: 1, 2 or 5 times a power of ten apart, about {@code count} of them over a range. */
final class Ticks {
    private Ticks() {}

    /** A step of 1, 2 or 5 × 10^k giving about {@code count} intervals over {@code span}. */
    static double step(double span, int count) {
        if (!(span > 0)) return 1;
        double raw = span / Math.max(1, count);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double unit = raw / power;
        return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
    }

    /** The smallest multiple of a round step at or above {@code value} (a range's top that reads well). */
    static double niceCeiling(double value, int count) {
        if (!(value > 0)) return 1;
        double step = step(value, count);
        return Math.ceil(value / step - 1e-9) * step;
    }

    /** The multiples of {@code step} from 0 to {@code max}. */
    /** The multiples of {@code step} from {@code min} to {@code max} (with {@code min} 0, {@link #linear(double, double)}). */
    static List<Double> linear(double min, double max, double step) {
        if (min == 0) return linear(max, step);
        List<Double> ticks = new ArrayList<>();
        for (long k = (long) Math.ceil(min / step - 1e-9); k * step <= max * (1 + 1e-9); k++) ticks.add(k * step);
        return ticks;
    }

    static List<Double> linear(double max, double step) {
        List<Double> ticks = new ArrayList<>();
        for (int k = 0; k * step <= max * (1 + 1e-9); k++) ticks.add(k * step);
        return ticks;
    }

    /** A tick's text: as few digits as the step needs ("0.05", "100", "2k" is not used: plain numbers). */
    static String label(double value, double step) {
        if (step >= 1 && value == Math.rint(value)) return String.valueOf((long) value);
        int decimals = (int) Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
        return String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
    }
}
