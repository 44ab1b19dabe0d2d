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
        assertTrue(h.out().contains("tag") && h.out().contains("eval") && h.out().contains("bench"), h.out());

        for (String cmd : new String[] {"tag", "eval", "bench"}) {
            Run c = Run.of(cmd, "--help");
            assertEquals(0, c.code(), c.toString());
            assertTrue(c.out().contains("Usage: annals " + cmd), c.out());
        }
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
    void goldFormatIsInferredFromKeyFiles() throws Exception {
        Files.writeString(dir.resolve("a.tml"), "<TimeML/>");
        assertEquals(GoldFormat.TIMEML, EvalCommand.infer(dir));
        Files.createDirectories(dir.resolve("keyinline"));
        Files.writeString(dir.resolve("keyinline/a.key.xml"), "<DOC/>");
        assertEquals(GoldFormat.WIKIWARS, EvalCommand.infer(dir));
    }

    @Test
    void benchRejectsBadArguments() {
        assertEquals(2, Run.of("bench", "--seconds", "0").code());
        assertEquals(2, Run.of("bench", "--corpus", dir.resolve("missing").toString()).code());
    }

    @Test
    void adversarialTextHasTheAskedLengthAndNoLineBreaks() {
        String t = AdversarialText.of(100_000);
        assertEquals(100_000, t.length());
        assertTrue(t.indexOf('\n') < 0);
    }
}
