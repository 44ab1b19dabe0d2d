package org.annals.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the shared corpora: {@code $ANNALS_CORPORA}, else {@code ../shared/corpora} beside the project root (system
 * property {@code annals.root}, set by {@code bin/annals}, or {@code $ANNALS_ROOT}), else {@code ../shared/corpora}
 * relative to the current directory.
 */
final class Corpora {

    private Corpora() {
    }

    /** The first existing candidate corpora directory, or null. */
    static Path locate() {
        for (Path p : candidates()) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    static List<Path> candidates() {
        List<Path> c = new ArrayList<>();
        add(c, System.getenv("ANNALS_CORPORA"), null);
        add(c, System.getProperty("annals.root"), "../shared/corpora");
        add(c, System.getenv("ANNALS_ROOT"), "../shared/corpora");
        add(c, ".", "../shared/corpora");
        return c;
    }

    private static void add(List<Path> c, String base, String rel) {
        if (base != null && !base.isBlank()) {
            Path p = rel == null ? Path.of(base) : Path.of(base).resolve(rel);
            c.add(p.toAbsolutePath().normalize());
        }
    }
}
