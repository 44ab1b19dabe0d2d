package org.annals.eval;

import org.annals.api.Annals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluationTest {

    private static final String GOLD = "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\"/></DCT>"
            + "<TEXT>\r\nRates fell <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">yesterday</TIMEX3> and "
            + "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1998-01-06\">on Tuesday</TIMEX3>.\r\n</TEXT></TimeML>";

    @Test
    void runListsMissesAndCountsFailedDocuments(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/a.tml"), GOLD);
        Files.writeString(dir.resolve("b.tml"), "<TimeML><TEXT>broken</TimeML>");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        EvalResult r;
        try (PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            r = Evaluation.run(Annals.create(), dir, GoldFormat.TIMEML, out);
        }
        String listing = buf.toString(StandardCharsets.UTF_8);
        assertEquals(2, r.documents().size());
        assertEquals(1, r.failed());
        assertEquals(2, r.counts().gold());
        assertTrue(listing.contains("FAILED b.tml: "), listing);
        // the document's errors are listed under its header, each with its context (which errors there are depends
        // on the tagger: it no longer misses everything, so no particular finding is asserted)
        assertTrue(listing.contains("== sub/a.tml (dct 1998-01-08): gold 2, system "), listing);
        assertTrue(listing.lines().anyMatch(l -> l.startsWith("  ") && l.contains("Rates fell ")
                && l.contains("[[") && l.contains("]]")), listing);
        assertTrue(r.report().contains("documents: 2 (failed: 1)"), r.report());
    }

    @Test
    void emptyFolderIsAnError(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class,
                () -> Evaluation.run(Annals.create(), dir, GoldFormat.WIKIWARS, null));
        assertTrue(e.getMessage().startsWith("no *.key.xml files under "), e.getMessage());
    }

    @Test
    void compareAlignsWhitespaceAndPairsByName(@TempDir Path dir) throws IOException {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Path sys = Files.createDirectories(dir.resolve("sys"));
        Files.writeString(gold.resolve("a.tml"), GOLD);
        Files.writeString(gold.resolve("c.tml"), GOLD);
        // CRs dropped (as a baseline does), one exact and one relaxed match with a wrong value
        Files.writeString(sys.resolve("a.tml"), "<TimeML><TEXT>\nRates fell <TIMEX3 tid=\"t1\" type=\"DATE\" "
                + "value=\"1998-01-07\">yesterday</TIMEX3> and on <TIMEX3 tid=\"t2\" type=\"DATE\" "
                + "value=\"1998-01-13\">Tuesday</TIMEX3>.\n</TEXT></TimeML>");
        EvalResult r = Evaluation.compareTimeML(gold, sys, new PrintStream(new ByteArrayOutputStream()));
        assertEquals(1, r.failed());
        assertTrue(r.documents().get(1).error().startsWith("no system file c.tml"), r.documents().get(1).error());
        assertEquals(new Counts(2, 2, 1, 2, 1, 2), r.counts());
        assertEquals("strict-F1=50.00 relaxed-F1=100.00 value-F1=50.00 type-F1=100.00", r.summaryLine());
    }

    @Test
    void alignmentRefusesDifferentTexts() {
        TextAlignment.MismatchException e = assertThrows(TextAlignment.MismatchException.class,
                () -> TextAlignment.of("a b c", "a x c"));
        assertEquals("system text differs from gold text at gold offset 2 (system offset 2)", e.getMessage());
    }
}
