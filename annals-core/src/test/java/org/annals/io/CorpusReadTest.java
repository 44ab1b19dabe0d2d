package org.annals.io;

import org.annals.gold.AnnotatedDocument;
import org.annals.gold.GoldTimex;
import org.annals.model.Document;
import org.annals.testing.Corpora;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads the shared corpora (skipped when they are absent). */
class CorpusReadTest {

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static void checkSpans(AnnotatedDocument a) {
        String text = a.document().text();
        for (GoldTimex g : a.gold()) {
            assertEquals(g.text(), text.substring(g.begin(), g.end()), a.document().source() + " " + g);
        }
    }

    @Test
    void tempEval3TrainReadsWithGoldCounts() throws Exception {
        Path te3 = Corpora.dir("tempeval3-train");
        int timebank = 0;
        int aquaint = 0;
        int docs = 0;
        int crlf = 0;
        int rawCr = 0;
        for (Path p : files(te3, ".tml")) {
            AnnotatedDocument a = Readers.readAnnotated(p);
            docs++;
            assertNotNull(a.document().date(), p + " has a DCT");
            checkSpans(a);
            assertTrue(a.gold().stream().noneMatch(g -> "t0".equals(g.id())), p.toString());
            if (new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.US_ASCII).indexOf('\r') >= 0) {
                rawCr++;
            }
            if (a.document().text().indexOf('\r') >= 0) {
                crlf++;
            }
            if (p.getParent().getFileName().toString().equals("TimeBank")) {
                timebank += a.gold().size();
            } else {
                aquaint += a.gold().size();
            }
        }
        System.out.printf("TE3 train: %d documents, TIMEX3 in TEXT: TimeBank %d, AQUAINT %d, total %d; "
                + "%d files with CR characters, %d of them in TEXT%n", docs, timebank, aquaint, timebank + aquaint,
                rawCr, crlf);
        assertEquals(256, docs);
        // the README's "23 files with CRLF": they hold stray CRs in their headers (EXTRAINFO), none in TEXT
        assertEquals(23, rawCr);
        assertEquals(0, crlf);
        assertEquals(1243, timebank);
        assertEquals(579, aquaint);
    }

    @Test
    void wikiWarsKeysMatchTheirSgmlText() throws Exception {
        Path ww = Corpora.dir("wikiwars-dev");
        List<Path> keys = files(ww.resolve("keyinline"), ".key.xml");
        assertEquals(11, keys.size());
        int gold = 0;
        for (Path k : keys) {
            AnnotatedDocument a = Readers.readAnnotated(k);
            checkSpans(a);
            gold += a.gold().size();
            String base = k.getFileName().toString().replace(".key.xml", ".sgm");
            Document sgm = Readers.read(ww.resolve("in").resolve(base));
            assertEquals(sgm.text(), a.document().text(), k.toString());
            assertEquals(sgm.date(), a.document().date());
            assertEquals(sgm.source(), a.document().source());
            assertEquals("2009-12-19", a.document().date().value().toString());
        }
        System.out.printf("WikiWars dev: %d documents, %d TIMEX2 in TEXT%n", keys.size(), gold);
        assertEquals(1371 - 11, gold); // all TIMEX2 tags minus the 11 of DATETIME
    }
}
