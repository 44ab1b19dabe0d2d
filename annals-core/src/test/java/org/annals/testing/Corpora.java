package org.annals.testing;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared corpora for corpus tests: {@code $ANNALS_CORPORA}, else {@code $ANNALS_CORPORA_DEFAULT}. */
public final class Corpora {

    private Corpora() {
    }

    /** The corpora folder, or skips the calling test (with a message) when it is not available. */
    public static Path root() {
        String dir = System.getenv("ANNALS_CORPORA");
        if (dir == null || dir.isBlank()) {
            dir = System.getenv("ANNALS_CORPORA_DEFAULT");
        }
        Assumptions.assumeTrue(dir != null && !dir.isBlank(),
                "corpus test skipped: neither ANNALS_CORPORA nor ANNALS_CORPORA_DEFAULT is set");
        Path p = Path.of(dir).toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(p), "corpus test skipped: no corpora folder at " + p);
        return p;
    }

    /** A sub-folder of the corpora, or skips the calling test when it is absent. */
    public static Path dir(String relative) {
        Path p = root().resolve(relative);
        Assumptions.assumeTrue(Files.isDirectory(p), "corpus test skipped: no folder " + p);
        return p;
    }
}
