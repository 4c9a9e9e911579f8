package deltaflow.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Recognises a misspelt field name ("weigths", "learningrate", "bias"), so a reader can say so instead of ignoring it. */
final class FieldNames {
    private FieldNames() {}

    /** The known name this one is a near miss of: the same but for case, or a letter (two in a long name) typed wrong, swapped, added or left out. */
    static Optional<String> nearMiss(String name, List<String> known) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String k : known) {
            if (k.equals(name)) return Optional.empty();
        }
        for (String k : known) {
            String kl = k.toLowerCase(Locale.ROOT);
            if (kl.equals(lower)) return Optional.of(k);
            int allowed = k.length() <= 2 ? 0 : k.length() <= 7 ? 1 : 2;
            if (allowed > 0 && Math.abs(k.length() - name.length()) <= allowed && distance(lower, kl) <= allowed) return Optional.of(k);
        }
        return Optional.empty();
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
