package org.annals.eval;

import org.annals.eval.TemporalGraph.Rel;
import org.annals.eval.TemporalGraph.Relation;
import org.annals.gold.AnnotatedDocument;
import org.annals.gold.GoldTLink;
import org.annals.io.TimeMLReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The point-algebra closure, the reduced graph and temporal awareness on hand-made graphs with known scores. */
class TemporalAwarenessTest {

    private static Relation r(String a, Rel rel, String b) {
        return new Relation(a, b, rel);
    }

    @Test
    void closureChainsBeforeThroughInclusionAndEquality() {
        TemporalGraph g = TemporalGraph.of(List.of(r("a", Rel.BEFORE, "b"), r("c", Rel.IS_INCLUDED, "b"),
                r("c", Rel.SIMULTANEOUS, "d"), r("d", Rel.IBEFORE, "e")));
        assertTrue(g.entails(r("a", Rel.BEFORE, "c")));       // a.e < b.s < c.s
        assertTrue(g.entails(r("a", Rel.BEFORE, "d")));       // d = c
        assertTrue(g.entails(r("e", Rel.AFTER, "a")));        // a.e < d.e = e.s
        assertTrue(g.entails(r("b", Rel.INCLUDES, "d")));
        assertTrue(g.entails(r("d", Rel.SIMULTANEOUS, "c")));
        assertFalse(g.entails(r("b", Rel.BEFORE, "e")));      // b may overlap e
        assertFalse(g.entails(r("a", Rel.BEFORE, "x")));      // unknown node
        assertFalse(g.entails(r("a", Rel.IBEFORE, "b")));     // before, not meeting
        assertEquals(0, g.refused());
    }

    @Test
    void beginsAndEndsFollowTheirEndpoints() {
        TemporalGraph g = TemporalGraph.of(List.of(r("a", Rel.BEGINS, "b"), r("c", Rel.ENDS, "b"),
                r("a", Rel.BEFORE, "c")));
        assertTrue(g.entails(r("b", Rel.BEGUN_BY, "a")));
        assertTrue(g.entails(r("b", Rel.ENDED_BY, "c")));
        assertFalse(g.entails(r("b", Rel.INCLUDES, "c")));    // they share their end
        assertFalse(g.entails(r("c", Rel.IS_INCLUDED, "b")));
        assertTrue(g.entails(r("c", Rel.ENDS, "b")));
    }

    @Test
    void contradictingRelationsAreRefusedInOrder() {
        TemporalGraph g = TemporalGraph.of(List.of(r("a", Rel.BEFORE, "b"), r("b", Rel.BEFORE, "c"),
                r("c", Rel.BEFORE, "a"), r("a", Rel.SIMULTANEOUS, "c"), r("a", Rel.INCLUDES, "a")));
        assertEquals(3, g.refused());
        assertEquals(2, g.relations().size());
        assertTrue(g.entails(r("a", Rel.BEFORE, "c")));
    }

    @Test
    void reducedGraphDropsImpliedAndDuplicateRelations() {
        TemporalGraph g = TemporalGraph.of(List.of(r("a", Rel.BEFORE, "b"), r("b", Rel.BEFORE, "c"),
                r("a", Rel.BEFORE, "c"), r("c", Rel.AFTER, "b"), r("d", Rel.SIMULTANEOUS, "e"),
                r("e", Rel.SIMULTANEOUS, "f"), r("d", Rel.SIMULTANEOUS, "f")));
        List<Relation> reduced = g.reduced();
        assertEquals(4, reduced.size(), reduced.toString());
        assertTrue(reduced.contains(r("a", Rel.BEFORE, "b")));
        assertTrue(reduced.contains(r("b", Rel.BEFORE, "c")));
        // the reduced graph keeps the closure
        TemporalGraph again = TemporalGraph.of(reduced);
        assertTrue(again.entails(r("a", Rel.BEFORE, "c")));
        assertTrue(again.entails(r("f", Rel.SIMULTANEOUS, "d")));
    }

    @Test
    void awarenessCountsReducedRelationsAgainstTheOtherClosure() {
        // reference: a < b < c (reduced: 2 relations); system: a < c (1, entailed by the reference), c < d (1, wrong)
        List<Relation> ref = List.of(r("a", Rel.BEFORE, "b"), r("b", Rel.BEFORE, "c"), r("a", Rel.BEFORE, "c"));
        List<Relation> sys = List.of(r("a", Rel.BEFORE, "c"), r("c", Rel.BEFORE, "d"));
        RelationCounts c = RelationScorer.score(ref, sys);
        assertEquals(2, c.system());
        assertEquals(1, c.systemCorrect());
        assertEquals(2, c.gold());
        assertEquals(0, c.goldCorrect());         // a < c does not give a < b nor b < c
        assertEquals(0.5, c.prf().precision(), 1e-9);
        assertEquals(0.0, c.prf().recall(), 1e-9);

        // system a < b, b < c, c < d: P 2/3, R 2/2, F1 0.8
        RelationCounts d = RelationScorer.score(ref, List.of(r("a", Rel.BEFORE, "b"), r("c", Rel.AFTER, "b"),
                r("c", Rel.BEFORE, "d")));
        assertEquals(2.0 / 3, d.prf().precision(), 1e-9);
        assertEquals(1.0, d.prf().recall(), 1e-9);
        assertEquals(0.8, d.prf().f1(), 1e-9);
        assertEquals("relations P=66.67 R=100.00 F1=80.00", d.summaryLine());
        // the same relation in other words (IDENTITY/DURING are SIMULTANEOUS; an inverse is the same relation)
        RelationCounts e = RelationScorer.score(List.of(r("x", Rel.parse("IDENTITY"), "y")),
                List.of(r("y", Rel.parse("DURING"), "x")));
        assertEquals(1.0, e.prf().f1(), 1e-9);
        assertEquals(null, Rel.parse("VAGUE"));
    }

    @Test
    void endToEndSystemNodesAreMatchedToGoldBySpan() throws Exception {
        String tml = "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\">x</TIMEX3></DCT><TEXT>"
                + "He <EVENT eid=\"e1\" class=\"REPORTING\">said</EVENT> prices <EVENT eid=\"e2\" class=\"OCCURRENCE\">"
                + "fell</EVENT> <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">yesterday</TIMEX3>.</TEXT>"
                + "<MAKEINSTANCE eventID=\"e1\" eiid=\"ei10\" tense=\"PAST\"/>"
                + "<MAKEINSTANCE eventID=\"e2\" eiid=\"ei20\" tense=\"PAST\"/>"
                + "<TLINK lid=\"l1\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei20\" relatedToTime=\"t1\"/>"
                + "<TLINK lid=\"l2\" relType=\"AFTER\" eventInstanceID=\"ei10\" relatedToEventInstance=\"ei20\"/>"
                + "<TLINK lid=\"l3\" relType=\"BEFORE\" timeID=\"t1\" relatedToTime=\"t0\"/>"
                + "<TLINK lid=\"l4\" relType=\"VAGUE\" eventInstanceID=\"ei10\" relatedToTime=\"t1\"/>"
                + "</TimeML>";
        AnnotatedDocument a = TimeMLReader.read("x.tml", tml.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new GoldTLink("l1", "e2", "t1", "IS_INCLUDED"), new GoldTLink("l2", "e1", "e2", "AFTER"),
                new GoldTLink("l3", "t1", "t0", "BEFORE"), new GoldTLink("l4", "e1", "t1", "VAGUE")), a.tlinks());
        String text = a.document().text();
        int fell = text.indexOf("fell");
        int yest = text.indexOf("yesterday");
        int said = text.indexOf("said");
        // system: its own ids; "fell" as "prices fell" (overlap), an extra event "He" that gold lacks
        List<RelationScorer.Span> events = List.of(new RelationScorer.Span("e7", 0, 2),
                new RelationScorer.Span("e8", said, said + 4), new RelationScorer.Span("e9", fell - 7, fell + 4));
        List<RelationScorer.Span> timexes = List.of(new RelationScorer.Span("t4", yest, yest + 9));
        List<org.annals.event.TLink> links = List.of(
                new org.annals.event.TLink("l1", "e9", "t4", org.annals.event.TLink.Relation.IS_INCLUDED, "x"),
                new org.annals.event.TLink("l2", "e8", "t0", org.annals.event.TLink.Relation.BEFORE, "x"),
                new org.annals.event.TLink("l3", "e7", "t4", org.annals.event.TLink.Relation.BEFORE, "x"));
        RelationCounts c = RelationScorer.scoreSpans(a.events(), a.gold(), a.tlinks(), events, timexes, links);
        // reduced system: 3 relations; correct: e2 IS_INCLUDED t1; e1 BEFORE t0 is not entailed by the gold
        // (e1 is after e2, which is before t0: e1 may be later); e7 matches nothing
        assertEquals(3, c.system());
        assertEquals(1, c.systemCorrect());
        // reduced gold: 3 relations (VAGUE skipped); the system entails only e2 IS_INCLUDED t1
        assertEquals(3, c.gold());
        assertEquals(1, c.goldCorrect());
    }
}
