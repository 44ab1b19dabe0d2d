package org.annals.eval;

import org.annals.api.Annals;
import org.annals.testing.Corpora;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression guard on the development scores: tags TempEval-3 train and WikiWars dev with the default tagger and fails
 * when a score drops below its floor. Skipped (with a message) when the shared corpora are absent: they are found at
 * {@code $ANNALS_CORPORA}, else {@code $ANNALS_CORPORA_DEFAULT} (surefire sets it to {@code ../shared/corpora}).
 */
class DevScoresTest {

    /*
     * Score floors, F1 in percent. All floors live here.
     *
     * Targets from the issue:   TE3 train relaxed >= 92, strict >= 86, value >= 86;
     *                           WikiWars dev lenient >= 92, lenient+value >= 86.
     * Measured (2026-12-02, `bin/annals eval --gold ../shared/corpora/...`):
     *                           TE3 relaxed 94.07, strict 88.44, value 80.70 (type 89.36);
     *                           WikiWars lenient 93.60, lenient+value 88.29 (strict 88.06).
     * Where a target is reached the floor is the target; elsewhere it is the measured score minus 0.5, rounded down
     * to one decimal, a guard against regressions until the target is reached. The tagger is deterministic.
     */
    static final double TE3_RELAXED = 92.0;
    static final double TE3_STRICT = 86.0;
    static final double TE3_VALUE = 80.8;  // 80.90 measured; issue 13 asks 82.5
    static final double WW_LENIENT = 92.0;
    static final double WW_LENIENT_VALUE = 86.0;

    @Test
    void devScoresStayAboveTheirFloors() throws Exception {
        Annals annals = Annals.builder().build();
        EvalResult te3 = Evaluation.run(annals, Corpora.dir("tempeval3-train"), GoldFormat.TIMEML, null);
        EvalResult ww = Evaluation.run(annals, Corpora.dir("wikiwars-dev"), GoldFormat.WIKIWARS, null);
        System.out.println("DevScoresTest TE3 train: " + te3.summaryLine());
        System.out.println("DevScoresTest WikiWars dev: " + ww.summaryLine());

        assertEquals(0, te3.failed(), "TE3 train documents that failed to read or tag");
        assertEquals(0, ww.failed(), "WikiWars dev documents that failed to read or tag");

        List<String> below = new ArrayList<>();
        check(below, "TE3 relaxed F1", te3.relaxed(), TE3_RELAXED);
        check(below, "TE3 strict F1", te3.strict(), TE3_STRICT);
        check(below, "TE3 value F1", te3.value(), TE3_VALUE);
        check(below, "WikiWars lenient F1", ww.relaxed(), WW_LENIENT);
        check(below, "WikiWars lenient+value F1", ww.value(), WW_LENIENT_VALUE);
        assertTrue(below.isEmpty(), "scores below their floors: " + String.join("; ", below));
    }

    private static void check(List<String> below, String name, Prf prf, double floor) {
        double f1 = 100 * prf.f1();
        if (f1 < floor) {
            below.add(String.format(Locale.ROOT, "%s %.2f < %.1f", name, f1, floor));
        }
    }
}
