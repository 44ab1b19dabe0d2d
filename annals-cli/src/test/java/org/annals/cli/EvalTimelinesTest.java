package org.annals.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code annals eval --timelines}: the SemEval-2015 TimeLine trial corpus, scored by the task's official scorer
 * (Python 2.7). Skipped, with a message, without the corpus or the scorer.
 */
class EvalTimelinesTest {

    /** The target, under the micro F1 measured with arguments, coreference and the story's day (32.1). */
    static final double FLOOR = 30.0;

    private static Path corpora() {
        String dir = System.getenv("ANNALS_CORPORA");
        if (dir == null || dir.isBlank()) {
            dir = System.getenv("ANNALS_CORPORA_DEFAULT");
        }
        Assumptions.assumeTrue(dir != null && !dir.isBlank(), "corpus test skipped: no ANNALS_CORPORA");
        Path p = Path.of(dir).toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(p.resolve("timeline-2015-trial")),
                "corpus test skipped: no timeline-2015-trial in " + p);
        return p;
    }

    @Test
    void theTrialCorpusIsScoredByTheOfficialScorer(@TempDir Path out) throws Exception {
        Path corpora = corpora();
        Path scorer = corpora.resolveSibling("tools").resolve("timeline-scorer");
        Assumptions.assumeTrue(Files.isRegularFile(scorer.resolve("evaluation_all.py")),
                "scorer test skipped: no " + scorer);
        Run r = Run.of("eval", "--timelines", corpora.resolve("timeline-2015-trial").toString(), "--scorer",
                scorer.toString(), "--out", out.toString());
        Assumptions.assumeTrue(r.code() == 0 || !r.err().contains("needs Python 2.7") && !r.err().contains(
                "cannot run python"), "scorer test skipped: no Python 2.7 here: " + r.err());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("30 documents, 6 targets; timelines written to " + out), r.out());
        assertTrue(Files.readAllLines(out.resolve("steve_jobs.txt")).get(0).equals("Steve Jobs"));
        Matcher m = Pattern.compile("micro \\(official scorer\\) +P= *([\\d.]+) R= *([\\d.]+) F1= *([\\d.]+)")
                .matcher(r.out());
        assertTrue(m.find(), r.out());
        double f1 = Double.parseDouble(m.group(3));
        assertTrue(f1 >= FLOOR, "micro F1 " + f1 + " under " + FLOOR + ":\n" + r.out());
    }

    @Test
    void usageErrors() {
        assertEquals(2, Run.of("eval").code());
        assertEquals(2, Run.of("eval", "--timelines", "x", "--gold", "y").code());
        assertEquals(2, Run.of("eval", "--gold", "y", "--out", "z").code());
        Run missing = Run.of("eval", "--timelines", "/nonexistent");
        assertEquals(2, missing.code(), missing.toString());
        assertTrue(missing.err().contains("expected its documents-cat/ and gold-timelines/ folders"), missing.err());
    }
}
