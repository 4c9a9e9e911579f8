package deltaflow.version;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version the build wrote into {@code deltaflow/version/version.properties}: the project's version and, when it
 * was built from a git checkout, the commit. For {@code --version} and Help ▸ About.
 */
public record Version(String version, String commit) {
    private static final Version CURRENT = read();

    public static Version current() { return CURRENT; }

    /** {@code 0.1.0 (commit 1a2b3c4d5e6f)}, or just the version when the build had no commit. */
    @Override public String toString() {
        return commit.isEmpty() ? version : version + " (commit " + commit + ")";
    }

    static Version parse(Properties properties) {
        return new Version(filled(properties.getProperty("version"), "(development build)"), filled(properties.getProperty("commit"), ""));
    }

    /** A value the build did not fill in (unfiltered {@code ${...}}, or missing) reads as the fallback. */
    private static String filled(String value, String fallback) {
        return value == null || value.isBlank() || value.startsWith("${") ? fallback : value.trim();
    }

    private static Version read() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) properties.load(in);
        } catch (IOException e) {
            // an unreadable resource is a development build
        }
        return parse(properties);
    }
}
