package deltaflow.model;

/**
 * Every message a command prints is one line: a newline or other control character inside a quoted value or a
 * file name is shown escaped ({@code \n}, {@code \u0007}) rather than breaking the line or driving the terminal.
 */
public final class OneLine {
    private OneLine() {}

    public static String of(String message) {
        if (message == null) return "";
        StringBuilder out = new StringBuilder(message.length());
        for (int k = 0; k < message.length(); k++) {
            char c = message.charAt(k);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.toString();
    }
}
