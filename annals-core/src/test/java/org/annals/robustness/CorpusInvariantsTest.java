package org.annals.robustness;

import org.annals.api.Annals;
import org.annals.io.Readers;
import org.annals.model.Document;
import org.annals.model.Genre;
import org.annals.testing.Corpora;
import org.annals.testing.Invariants;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The output invariants ({@link Invariants}) on every document of the development corpora, in every genre. */
class CorpusInvariantsTest {

    private static List<Path> files(Path dir, String suffix) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void tempEval3AndWikiWarsInEveryGenre() throws Exception {
        List<Path> files = new java.util.ArrayList<>(files(Corpora.dir("tempeval3-train"), ".tml"));
        files.addAll(files(Corpora.dir("wikiwars-dev").resolve("in"), ".sgm"));
        assertTrue(files.size() > 250, "corpus files: " + files.size());
        for (Genre g : Genre.values()) {
            Annals annals = Annals.builder().genre(g).build();
            for (Path f : files) {
                Document d = Readers.read(f);
                try {
                    Invariants.check(annals.tag(d));
                } catch (AssertionError e) {
                    throw new AssertionError(f + " (" + g + "): " + e.getMessage(), e);
                }
            }
        }
    }
}
