package deltaflow.version;

import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VersionTest {
    private static Version parse(String version, String commit) {
        Properties p = new Properties();
        if (version != null) p.setProperty("version", version);
        if (commit != null) p.setProperty("commit", commit);
        return Version.parse(p);
    }

    @Test void aBuildFromGitNamesItsCommit() {
        assertEquals("0.1.0 (commit 1a2b3c4d5e6f)", parse("0.1.0", "1a2b3c4d5e6f").toString());
    }

    @Test void aBuildOutsideGitGivesTheVersionAlone() {
        // Maven leaves an undefined property as written.
        assertEquals("0.1.0", parse("0.1.0", "${git.commit}").toString());
        assertEquals("0.1.0", parse("0.1.0", "").toString());
    }

    @Test void withoutTheBuildsFileItIsADevelopmentBuild() {
        assertEquals("(development build)", parse(null, null).toString());
        assertEquals("(development build)", parse("${project.version}", null).toString());
    }

    @Test void thisBuildWroteItsVersion() {
        // Maven filtered version.properties before the tests: the pom's version, never the fallback.
        assertTrue(Version.current().version().matches("\\d+\\.\\d+\\.\\d+.*"), Version.current().toString());
    }
}
