package org.annals.cli;

import org.annals.eval.GoldFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    @TempDir
    Path dir;

    @Test
    void versionAndHelp() {
        Run v = Run.of("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("annals "), v.out());

        Run h = Run.of("--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("tag") && h.out().contains("eval") && h.out().contains("serve"), h.out());
        assertTrue(!h.out().contains("bench") && !h.out().contains("train-"),
                "the command line alone holds the product, not the developers' tools: " + h.out());

        for (String cmd : new String[] {"tag", "eval", "serve"}) {
            Run c = Run.of(cmd, "--help");
            assertEquals(0, c.code(), c.toString());
            assertTrue(c.out().contains("Usage: annals " + cmd), c.out());
        }
    }

    @Test
    void theSparkJobIsListedAndDescribedAndSaysHowToRunIt() {
        Run help = Run.of("--help");
        assertTrue(help.out().contains("spark ") && help.out().contains("Apache Spark job"), help.out());
        Run described = Run.of("help", "spark");
        assertEquals(0, described.code(), described.toString());
        assertTrue(described.out().contains("bin/annals spark --input PATH --output DIR"), described.out());
        Run fromTheJar = Run.of("spark", "--input", "corpus.jsonl", "--output", "out");
        assertEquals(2, fromTheJar.code(), fromTheJar.toString());
        assertEquals("annals spark: run it with bin/annals, which starts it with Spark and Hadoop on the class path:"
                + " bin/annals spark --help", fromTheJar.err().strip());
    }

    @Test
    void evalNeedsAnExistingGoldDirectory() {
        assertEquals(2, Run.of("eval").code());
        Run r = Run.of("eval", "--gold", dir.resolve("missing").toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("not a directory"), r.err());
        assertEquals(2, Run.of("eval", "--gold", dir.toString(), "--format", "timex2").code());
    }

    @Test
    void evalRelationsPrintsTheAwarenessLineBeforeTheSummary() throws Exception {
        Files.writeString(dir.resolve("d.tml"), "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\">"
                + "x</TIMEX3></DCT><TEXT>Prices <EVENT eid=\"e1\" class=\"OCCURRENCE\">fell</EVENT> "
                + "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">yesterday</TIMEX3>.</TEXT>"
                + "<MAKEINSTANCE eventID=\"e1\" eiid=\"ei1\" tense=\"PAST\"/>"
                + "<TLINK lid=\"l1\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei1\" relatedToTime=\"t1\"/>"
                + "</TimeML>");
        Run r = Run.of("eval", "--gold", dir.toString(), "--relations", "--no-events");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertTrue(lines[lines.length - 2].startsWith("relations P="), r.out());
        assertTrue(lines[lines.length - 1].startsWith("strict-F1="), r.out());
        assertEquals(2, Run.of("eval", "--gold", dir.toString(), "--dense", "x.txt").code());
        assertEquals(2, Run.of("eval", "--gold", dir.toString(), "--relations", "--dense",
                dir.resolve("missing.txt").toString()).code());
    }

    @Test
    void goldFormatIsInferredFromKeyFiles() throws Exception {
        Files.writeString(dir.resolve("a.tml"), "<TimeML/>");
        assertEquals(GoldFormat.TIMEML, EvalCommand.infer(dir));
        Files.createDirectories(dir.resolve("keyinline"));
        Files.writeString(dir.resolve("keyinline/a.key.xml"), "<DOC/>");
        assertEquals(GoldFormat.WIKIWARS, EvalCommand.infer(dir));
    }
}
