package org.annals.eval;

import org.annals.api.Annals;
import org.annals.testing.Corpora;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runs the evaluation over the shared corpora (skipped when they are absent). */
class CorpusEvaluationTest {

    @Test
    void goldAgainstItselfIsPerfect() throws Exception {
        Path te3 = Corpora.dir("tempeval3-train");
        EvalResult r = Evaluation.compareTimeML(te3, te3);
        assertEquals(0, r.failed());
        assertEquals(1822, r.counts().gold());
        assertEquals("strict-F1=100.00 relaxed-F1=100.00 value-F1=100.00 type-F1=100.00", r.summaryLine());
    }

    @Test
    void runsOverTempEval3AndWikiWars() throws Exception {
        Annals annals = Annals.create();
        EvalResult te3 = Evaluation.run(annals, Corpora.dir("tempeval3-train"), GoldFormat.TIMEML, null);
        assertEquals(256, te3.documents().size());
        assertEquals(0, te3.failed());
        assertEquals(1822, te3.counts().gold());
        EvalResult ww = Evaluation.run(annals, Corpora.dir("wikiwars-dev"), GoldFormat.WIKIWARS, null);
        assertEquals(11, ww.documents().size());
        assertEquals(0, ww.failed());
        assertEquals(1360, ww.counts().gold());
        System.out.println("annals on TE3 train: " + te3.summaryLine());
        System.out.println("annals on WikiWars dev: " + ww.summaryLine());
    }
}
