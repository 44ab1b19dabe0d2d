package org.annals.bench;

import org.annals.cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tools join the {@code annals} command when this module is on the class path, and check their options. */
class BenchCommandsTest {

    @TempDir
    Path dir;

    @Test
    void theToolsAreAnnalsCommandsHere() {
        Run h = Run.of("--help");
        assertEquals(0, h.code());
        for (String cmd : new String[] {"bench", "bench-archive", "bench-server", "load", "bench-suite",
            "train-events", "train-relations"}) {
            assertTrue(h.out().contains(cmd), cmd + " in " + h.out());
            Run c = Run.of(cmd, "--help");
            assertEquals(0, c.code(), c.toString());
            assertTrue(c.out().contains("Usage: annals " + cmd), c.out());
        }
        Run none = Run.of();
        assertEquals(2, none.code());
        assertTrue(none.err().contains("tag, timeline") && none.err().contains("bench"), none.err());
    }

    @Test
    void benchRejectsBadArguments() {
        assertEquals(2, Run.of("bench", "--seconds", "0").code());
        assertEquals(2, Run.of("bench", "--corpus", dir.resolve("missing").toString()).code());
    }

    @Test
    void loadAndBenchSuiteCheckTheirOptions() {
        assertTrue(Run.of("load", "--help").out().contains("--clients"));
        assertTrue(Run.of("bench-suite", "--help").out().contains("--baselines"));
        Run load = Run.of("load", "--clients", "0");
        assertEquals(2, load.code());
        assertTrue(load.err().contains("at least 1"), load.err());
        assertEquals(2, Run.of("bench-suite", "--requests", "0").code());
        Run noHarness = Run.of("bench-suite", "--baselines", "--baselines-dir", "/nonexistent/baselines");
        assertEquals(2, noHarness.code());
        assertTrue(noHarness.err().contains("no baselines harness"), noHarness.err());
    }

    @Test
    void adversarialTextHasTheAskedLengthAndNoLineBreaks() {
        String t = AdversarialText.of(100_000);
        assertEquals(100_000, t.length());
        assertTrue(t.indexOf('\n') < 0);
    }
}
