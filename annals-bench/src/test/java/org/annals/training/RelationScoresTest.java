package org.annals.training;

import org.annals.eval.EvalResult;
import org.annals.eval.Evaluation;
import org.annals.eval.GoldFormat;
import org.annals.eval.RelationCounts;
import org.annals.eval.TimebankDense;

import org.annals.api.Annals;
import org.annals.event.RelationClassifier;
import org.annals.event.TemporalLinker;
import org.annals.gold.GoldTLink;
import org.annals.testing.Corpora;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression guard on temporal awareness end to end (annals' events, times and TLINKs against TempEval-3 train's
 * gold TLINKs and against TimeBank-Dense), held out: the relation classifier is scored by cross-validation, and the
 * shipped model only on the TimeBank-Dense test documents its training left out. Skipped when the shared corpora are
 * absent.
 */
class RelationScoresTest {

    /*
     * Floors, F1 in percent: the measured score minus 0.5, rounded down to one decimal. Issue target: >= 35.
     * Measured (2026-11-25, `bin/annals train-relations ... --folds 5 --dense-folds 4`, see relations.properties, and
     * `bin/annals eval --gold ../shared/corpora/tempeval3-train --relations --dense ... --split test`):
     *   rules alone, TE3 train gold TLINKs (256 docs)           P=30.02 R=31.40 F1=30.69
     *   rules alone, TimeBank-Dense (36 docs)                   P=41.42 R=28.23 F1=33.58
     *   classifier, TE3 train, 5-fold CV (te3 convention)       P=31.23 R=38.81 F1=34.61
     *   classifier, TimeBank-Dense train+dev, 4-fold CV (dense) P=39.77 R=43.06 F1=41.35
     *   shipped model, TimeBank-Dense test split, held out      P=41.89 R=42.67 F1=42.28
     * Re-measured 2026-12-02 after the time expression work of that day (more times found, weekdays and months
     * resolved by the tense of their clause), the relation code unchanged:
     *   rules alone, TE3 30.78; rules alone, Dense 33.68; TE3 5-fold CV 34.48; Dense 4-fold CV 40.78;
     *   shipped model, Dense test split 42.90.
     * The cross-validated scores retrain the classifier on features that include the times' values, so they move
     * when those values do: Dense CV gave 40.67, 40.22 and 40.78 at three commits of that day that changed no
     * relation code. DENSE_CV's floor is 0.5 under the lowest of them.
     */
    static final double TE3_RULES = 30.1;
    static final double DENSE_RULES = 33.0;
    static final double TE3_CV = 34.1;
    static final double DENSE_CV = 39.7;
    static final double DENSE_TEST = 41.7;

    @Test
    void awarenessStaysAboveItsFloors() throws Exception {
        Path te3 = Corpora.dir("tempeval3-train");
        Path denseDir = Corpora.dir("timebank-dense");
        Path dense = denseDir.resolve("TimebankDense.T3.txt");
        assertTrue(Files.isRegularFile(dense), dense.toString());
        Map<String, List<GoldTLink>> denseLinks = TimebankDense.read(dense);
        Set<String> testSplit = TimebankDense.split(denseDir.resolve("splits.txt"), "test");

        // the shipped model never saw the test split
        RelationClassifier shipped = RelationClassifier.shipped();
        assertNotNull(shipped, "no shipped relation model");
        Properties prov = new Properties();
        try (InputStream in = RelationClassifier.class.getClassLoader()
                .getResourceAsStream("org/annals/event/en/relations.properties")) {
            assertNotNull(in, "no relations.properties");
            prov.load(in);
        }
        List<String> excluded = List.of(prov.getProperty("excluded", "").split(" "));
        assertEquals("test", excluded.get(0), prov.getProperty("excluded"));
        assertTrue(excluded.containsAll(testSplit), "the shipped model was trained on test documents: " + excluded);
        assertEquals("dense-else-tlinks", prov.getProperty("labels"));

        List<RelationTraining.Doc> docs = RelationTraining.load(te3);
        assertEquals(256, docs.size());
        RelationTraining.GoldRelations tlinks = RelationTraining.tlinks();
        RelationTraining.GoldRelations denseGold = RelationTraining.dense(denseLinks);
        RelationTraining.GoldRelations train = RelationTraining.denseElseTlinks(denseLinks);
        if (shipped.domain() != null) {
            train = RelationTraining.withDomains(train, denseLinks);
        }
        RelationClassifier.Settings settings = shipped.settings();

        RelationCounts te3Rules = RelationTraining.score(null, docs, tlinks);
        RelationCounts denseRules = RelationTraining.score(null, docs, denseGold);
        int[] folds = new int[docs.size()];
        for (int k = 0; k < folds.length; k++) {
            folds[k] = k % 5;
        }
        RelationCounts te3Cv = RelationTraining.crossValidate(docs, folds, 5, train, tlinks, List.of(settings),
                "te3").get(0);
        List<RelationTraining.Doc> notTest = new ArrayList<>();
        for (RelationTraining.Doc d : docs) {
            if (!testSplit.contains(d.id())) {
                notTest.add(d);
            }
        }
        int[] denseFolds = new int[notTest.size()];
        int n = 0;
        for (int k = 0; k < denseFolds.length; k++) {
            denseFolds[k] = denseLinks.containsKey(notTest.get(k).id()) ? n++ % 4 : -1;
        }
        assertEquals(27, n);
        RelationCounts denseCv = RelationTraining.crossValidate(notTest, denseFolds, 4, train, denseGold,
                List.of(settings), "dense").get(0);

        // the shipped model through the whole pipeline, TimeBank-Dense's convention, on the held-out test split
        RelationClassifier denseModel = shipped.domain() == null ? shipped : shipped.withDomain("dense");
        Annals annals = Annals.builder().linker(new TemporalLinker(denseModel)).build();
        EvalResult test = Evaluation.run(annals, te3, GoldFormat.TIMEML, null, false,
                new Evaluation.Relations(denseLinks, testSplit));

        System.out.println("RelationScoresTest TE3 train, rules alone: " + te3Rules.summaryLine());
        System.out.println("RelationScoresTest TimeBank-Dense, rules alone: " + denseRules.summaryLine());
        System.out.println("RelationScoresTest TE3 train, classifier 5-fold CV: " + te3Cv.summaryLine());
        System.out.println("RelationScoresTest TimeBank-Dense train+dev, classifier 4-fold CV: "
                + denseCv.summaryLine());
        System.out.println("RelationScoresTest TimeBank-Dense test, shipped model: " + test.relationSummaryLine());

        assertEquals(256, te3Rules.documents());
        assertEquals(36, denseRules.documents());
        assertEquals(27, denseCv.documents());
        assertEquals(9, test.relations().documents());
        assertTrue(100 * te3Rules.prf().f1() >= TE3_RULES, te3Rules.summaryLine());
        assertTrue(100 * denseRules.prf().f1() >= DENSE_RULES, denseRules.summaryLine());
        assertTrue(100 * te3Cv.prf().f1() >= TE3_CV, te3Cv.summaryLine());
        assertTrue(100 * denseCv.prf().f1() >= DENSE_CV, denseCv.summaryLine());
        assertTrue(100 * test.relations().prf().f1() >= DENSE_TEST, test.relationSummaryLine());
    }
}
