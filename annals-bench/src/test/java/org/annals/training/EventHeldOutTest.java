package org.annals.training;

import org.annals.event.EventRecognizer;

import org.annals.testing.Corpora;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Held-out guard for the event recognizer: trains on 4/5 of TempEval-3 train (documents whose index in path order is
 * not a multiple of 5) and scores the other fifth. Skipped when the shared corpora are absent.
 */
class EventHeldOutTest {

    /*
     * Floors, F1 in percent. Measured (2026-11-25) on this split: strict 83.97, class 68.70 with OpenNLP's tokenizer
     * and sentence detector; strict 83.42, class 68.86 with the rule splitter (5-fold cross-validation, annals
     * train-events --folds 5: strict 84.07 -> 84.24, class 70.39 -> 70.35); with the event label bonus 4 (Settings):
     * strict 84.82, class 69.33 (cross-validation 84.97 / 70.42); with two context features (lemma with the next
     * POS, the previous POS with the lemma): strict 85.16, class 69.54 (cross-validation 85.10 / 70.57). Target
     * (issue 3): strict >= 85 (cross-validated). Floors are the measured score minus about 1.5, guards against
     * regressions.
     */
    static final double STRICT_FLOOR = 83.6;
    static final double CLASS_FLOOR = 68.0;

    @Test
    void heldOutFifthScoresAboveTheFloors() throws Exception {
        List<EventTraining.Doc> docs = EventTraining.load(Corpora.dir("tempeval3-train"));
        List<EventTraining.Doc> train = new ArrayList<>();
        List<EventTraining.Doc> test = new ArrayList<>();
        for (int k = 0; k < docs.size(); k++) {
            (k % 5 == 0 ? test : train).add(docs.get(k));
        }
        EventTraining.Scores s = EventTraining.score(
                EventTraining.train(train, EventRecognizer.Settings.DEFAULT), test);
        System.out.println("EventHeldOutTest: " + s.counts().summaryLine());
        double strict = 100 * s.counts().strictPrf().f1();
        double cls = 100 * s.counts().classPrf().f1();
        assertTrue(strict >= STRICT_FLOOR && cls >= CLASS_FLOOR, s.report());
    }
}
