package deltaflow.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** How numbers are shown: a fixed number of significant digits, a true minus sign, no exponent for everyday values. */
public final class Numbers {
    /** U+2212, wider and clearer than a hyphen from the back of a hall. */
    public static final String MINUS = "\u2212";

    private Numbers() {}

    /** {@code value} to {@code significantDigits} significant digits, trailing zeros dropped: 0.1385, −0.0381, 12.5. */
    public static String format(double value, int significantDigits) {
        String text = round(value, significantDigits);
        // A saturated σ(13) = 0.9999977 must not read as exactly 1: add digits until the difference shows.
        for (int digits = significantDigits + 1; digits <= 12 && looksWhole(text) && value != Math.rint(value); digits++) {
            text = round(value, digits);
        }
        return text;
    }

    private static boolean looksWhole(String text) {
        return text.indexOf('.') < 0 && text.indexOf('e') < 0 && !text.contains("∞") && !text.equals("NaN");
    }

    private static String round(double value, int significantDigits) {
        if (Double.isNaN(value)) return "NaN";
        if (Double.isInfinite(value)) return value > 0 ? "∞" : MINUS + "∞";
        if (value == 0) return "0";
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(significantDigits, RoundingMode.HALF_EVEN));
        double magnitude = Math.abs(rounded.doubleValue());
        String text;
        if (magnitude >= 1e-4 && magnitude < 1e7) {
            text = rounded.stripTrailingZeros().toPlainString();
        } else {
            BigDecimal unscaled = rounded.stripTrailingZeros();
            int exponent = unscaled.precision() - unscaled.scale() - 1;
            BigDecimal mantissa = unscaled.movePointLeft(exponent);
            text = mantissa.toPlainString() + "e" + exponent;
        }
        return text.replace("-", MINUS);
    }

    /** The LaTeX of a formatted number: a true minus and ×10^k for exponents. */
    public static String toLatex(String formatted) {
        String text = formatted.replace(MINUS, "-").replace("∞", "\\infty");
        int e = text.indexOf('e');
        if (e > 0) text = text.substring(0, e) + " \\times 10^{" + text.substring(e + 1) + "}";
        return text;
    }

    /** Parses what a person typed, accepting a true minus sign and a decimal comma; null when it is not a finite number. */
    public static Double parse(String text) {
        String cleaned = text.strip().replace(MINUS, "-").replace(',', '.');
        if (cleaned.isEmpty()) return null;
        try {
            double value = Double.parseDouble(cleaned);
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** True for a number written correctly but beyond a double's range ("1e400", "−2e308"): too large, not "not a number". */
    public static boolean isTooLarge(String text) {
        String cleaned = text.strip().replace(MINUS, "-").replace(',', '.');
        if (!cleaned.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) return false;
        return Double.isInfinite(Double.parseDouble(cleaned));
    }
}
