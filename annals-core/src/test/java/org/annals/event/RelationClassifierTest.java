package org.annals.event;

import org.annals.model.Genre;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The relation classifier on hand-made documents: candidates, features, a toy model, the linker using it. */
class RelationClassifierTest {

    private static final LocalDate DCT = LocalDate.of(2021, 6, 15);
    private static final String TEXT = "The mayor resigned after the council voted on May 3, 2021. The city mourned.";

    private static AnalyzedDocument doc() {
        return Fixtures.doc("n", TEXT, DCT, Genre.NEWS, "resigned/PAST", "voted/PAST", "mourned/PAST");
    }

    private static LinkedDocument rules(AnalyzedDocument d) {
        return new TemporalLinker(null).link(d);
    }

    private static List<String> features(RelationClassifier.Kind kind, String source, String target) {
        AnalyzedDocument d = doc();
        for (RelationClassifier.Pair p : RelationClassifier.pairs(d, rules(d))) {
            if (p.candidate().kind() == kind && p.candidate().source().equals(source)
                    && p.candidate().target().equals(target)) {
                return p.features();
            }
        }
        throw new AssertionError("no " + kind + " pair " + source + " " + target);
    }

    @Test
    void candidatesOfEachKind() {
        AnalyzedDocument d = doc();
        List<RelationClassifier.Pair> pairs = RelationClassifier.pairs(d, rules(d));
        List<String> got = new ArrayList<>();
        for (RelationClassifier.Pair p : pairs) {
            got.add(p.candidate().kind() + " " + p.candidate().source() + " " + p.candidate().target());
        }
        assertEquals(List.of(
                "SAME_SENTENCE e1 e2", "NEXT_SENTENCE e2 e3",
                "EVENT_TIME e1 t1", "EVENT_TIME e2 t1",
                "EVENT_DCT e1 t0", "EVENT_DCT e2 t0", "EVENT_DCT e3 t0"), got);
    }

    @Test
    void eventEventFeatures() {
        List<String> f = features(RelationClassifier.Kind.SAME_SENTENCE, "e1", "e2");
        assertTrue(f.contains("xt=PAST"), f.toString());
        assertTrue(f.contains("tt=PAST|PAST"), f.toString());
        assertTrue(f.contains("sig=after"), f.toString());
        assertTrue(f.contains("w=the") && f.contains("w=council"), f.toString());
        assertTrue(f.contains("fw=after"), f.toString());
        // the rules' own relation: "x after y" is x AFTER y
        assertTrue(f.contains("r=AFTER"), f.toString());
        assertTrue(f.contains("d=4-5"), f.toString());
        List<String> n = features(RelationClassifier.Kind.NEXT_SENTENCE, "e2", "e3");
        assertTrue(n.contains("xr=1|last"), n.toString());
        assertTrue(n.contains("yr=0"), n.toString());
    }

    @Test
    void eventTimeAndDocumentDateFeatures() {
        List<String> t = features(RelationClassifier.Kind.EVENT_TIME, "e2", "t1");
        assertTrue(t.contains("ty=DATE"), t.toString());
        assertTrue(t.contains("tb=on"), t.toString());
        assertTrue(t.contains("o=e<tx"), t.toString());
        assertTrue(t.contains("tv=BEFORE"), t.toString());     // May 3 is before the document date
        assertTrue(t.contains("gov"), t.toString());
        List<String> d = features(RelationClassifier.Kind.EVENT_DCT, "e3", "t0");
        assertTrue(d.contains("xc=OCCURRENCE"), d.toString());
        assertTrue(d.contains("r=BEFORE"), d.toString());       // past tense, before the document date
        assertTrue(d.contains("ak=t0"), d.toString());
    }

    /** A model trained to say e1 BEFORE e2 where the rules say AFTER ("resigned after ... voted"). */
    private static RelationClassifier toy(RelationClassifier.Mode mode) {
        AnalyzedDocument d = doc();
        List<RelationClassifier.Example> ex = new ArrayList<>();
        for (int rep = 0; rep < 3; rep++) {
            for (RelationClassifier.Pair p : RelationClassifier.pairs(d, rules(d))) {
                String label = p.candidate().kind() == RelationClassifier.Kind.SAME_SENTENCE ? "BEFORE" : "NONE";
                ex.add(new RelationClassifier.Example(p.candidate().kind(), p.features(), label));
            }
        }
        RelationClassifier.KindSettings s = new RelationClassifier.KindSettings(mode, 0);
        RelationClassifier.KindSettings r = new RelationClassifier.KindSettings(RelationClassifier.Mode.RULES, 0);
        return RelationClassifier.train(ex, new RelationClassifier.Settings(5, 1, Map.of(
                RelationClassifier.Kind.SAME_SENTENCE, s, RelationClassifier.Kind.NEXT_SENTENCE, s,
                RelationClassifier.Kind.EVENT_TIME, r, RelationClassifier.Kind.EVENT_DCT, s,
                RelationClassifier.Kind.TIME_DCT, r, RelationClassifier.Kind.TIME_TIME, r)));
    }

    /** A link without its id: source, relation, target, cue. */
    private static String text(TLink l) {
        return l.source() + " " + l.relation() + " " + l.target() + " (" + l.cue() + ")";
    }

    private static List<String> text(List<TLink> links) {
        return links.stream().map(RelationClassifierTest::text).toList();
    }

    private static TLink find(List<TLink> links, String a, String b) {
        return links.stream().filter(l -> l.source().equals(a) && l.target().equals(b)).findFirst().orElse(null);
    }

    @Test
    void linkerUsesATrainedModel() throws Exception {
        AnalyzedDocument d = doc();
        assertEquals(TLink.Relation.AFTER, find(rules(d).document().tlinks(), "e1", "e2").relation());
        assertNotNull(find(rules(d).document().tlinks(), "e3", "t0"));

        RelationClassifier model = toy(RelationClassifier.Mode.MODEL);
        List<TLink> links = new TemporalLinker(model).link(d).document().tlinks();
        TLink l = find(links, "e1", "e2");
        assertEquals(TLink.Relation.BEFORE, l.relation());
        assertTrue(l.cue().startsWith("classifier same_sentence"), l.cue());
        // the model learned NONE for the document date: no event - t0 link; event-time links stay the rules'
        assertTrue(links.stream().noneMatch(x -> x.target().equals("t0") && x.source().startsWith("e")), links.toString());
        assertEquals(text(find(rules(d).document().tlinks(), "e2", "t1")), text(find(links, "e2", "t1")));

        // MODEL_THEN_RULES: the rules' links where the model says NONE
        List<TLink> fallback = new TemporalLinker(toy(RelationClassifier.Mode.MODEL_THEN_RULES)).link(d).document()
                .tlinks();
        assertEquals(TLink.Relation.BEFORE, find(fallback, "e1", "e2").relation());
        assertEquals(TLink.Relation.BEFORE, find(fallback, "e3", "t0").relation());

        // a written and read model links the same way
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        RelationClassifier read = RelationClassifier.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(links, new TemporalLinker(read).link(d).document().tlinks());
        assertEquals(model.settings(), read.settings());

        // every kind on RULES: the rules' links
        RelationClassifier off = model.with(Map.of(
                RelationClassifier.Kind.SAME_SENTENCE, new RelationClassifier.KindSettings(RelationClassifier.Mode.RULES, 0),
                RelationClassifier.Kind.NEXT_SENTENCE, new RelationClassifier.KindSettings(RelationClassifier.Mode.RULES, 0),
                RelationClassifier.Kind.EVENT_DCT, new RelationClassifier.KindSettings(RelationClassifier.Mode.RULES, 0)));
        assertEquals(text(rules(d).document().tlinks()), text(new TemporalLinker(off).link(d).document().tlinks()));
    }

    @Test
    void theDefaultLinkerUsesTheShippedModel() {
        RelationClassifier shipped = RelationClassifier.shipped();
        assertNotNull(shipped, "no shipped relation model");
        AnalyzedDocument d = doc();
        List<TLink> links = new TemporalLinker().link(d).document().tlinks();
        assertFalse(links.isEmpty());
        assertTrue(links.stream().anyMatch(l -> l.cue().startsWith("classifier")), links.toString());
        // anchors come from the rules either way
        assertEquals(rules(d).anchors(), new TemporalLinker().link(d).anchors());
    }
}
