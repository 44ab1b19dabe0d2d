package org.annals.event;

import org.annals.model.Genre;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemporalLinkerTest {

    private static final LocalDate DCT = LocalDate.of(2021, 6, 15);

    private static final String STORY = "On March 12, 1938, German troops crossed the border. Earlier that month, the"
            + " chancellor had resigned. The crowds cheered. In 1946 the court convicted him.";

    /** The rules alone (the relation classifier has its own tests). */
    private static LinkedDocument link(AnalyzedDocument d) {
        return new TemporalLinker(null).link(d);
    }

    private static boolean has(List<TLink> links, String source, TLink.Relation r, String target) {
        return links.stream().anyMatch(l -> l.source().equals(source) && l.target().equals(target)
                && l.relation() == r);
    }

    @Test
    void governingTimexReferenceTimeAndPastPerfect() {
        LinkedDocument l = link(Fixtures.doc("s", STORY, DCT, Genre.NARRATIVE,
                "crossed/PAST", "resigned/PAST/PERFECTIVE", "cheered/PAST", "convicted/PAST"));
        List<Anchor> a = l.anchors();
        // "crossed" in the sentence of March 12, 1938
        assertEquals("1938-03-12", a.get(0).value());
        assertEquals(TLink.Relation.IS_INCLUDED, a.get(0).relation());
        assertEquals("t1", a.get(0).tid());
        // "had resigned" after "Earlier that month": March 1938, ending before the 12th
        assertTrue(a.get(1).value().startsWith("1938-03"), a.get(1).toString());
        assertTrue(a.get(1).interval().end().isBefore(LocalDate.of(1938, 3, 12)), a.get(1).toString());
        assertTrue(has(l.document().tlinks(), "e2", TLink.Relation.BEFORE, "t1"));
        // the next event in the story follows the crossing
        assertTrue(has(l.document().tlinks(), "e1", TLink.Relation.AFTER, "e2"));
        // "cheered" has no timex: the reference time ("Earlier that month"), its mod dropped
        assertEquals("1938-03", a.get(2).value());
        assertNull(a.get(2).mod());
        assertEquals("narrative reference time", a.get(2).cue());
        assertEquals(LocalDate.of(1938, 3, 31), a.get(2).interval().end());
        // every event is before the document date
        for (int k = 1; k <= 4; k++) {
            assertTrue(has(l.document().tlinks(), "e" + k, TLink.Relation.BEFORE, "t0"), "e" + k);
        }
        assertEquals("1946", a.get(3).value());
        assertTrue(has(l.document().tlinks(), "e3", TLink.Relation.BEFORE, "e4"));
    }

    /** In coordinated clauses each verb takes the time of its own clause, not the one before the "and". */
    @Test
    void eachCoordinatedClauseTakesItsOwnTime() {
        LinkedDocument l = link(Fixtures.doc("c", "The treaty was signed in March 1648 and ratified in October of"
                + " that year. On Oct. 25, 1950, the army crossed the river before dawn on Oct. 26.", DCT,
                Genre.NARRATIVE, "signed/PAST", "ratified/PAST", "crossed/PAST"));
        assertEquals("1648-03", l.anchors().get(0).value());
        assertEquals("1648-10", l.anchors().get(1).value());
        // a comma after an opening time phrase is no clause boundary: at equal distance the time before still wins
        assertEquals("1950-10-25", l.anchors().get(2).value());
    }

    /** "before the end of the decade" is by its end, read "until the 1960s", not before its last third. */
    @Test
    void beforeTheEndOfAPeriodIsByItsEnd() {
        org.annals.api.Annals annals = org.annals.api.Annals.builder().genre(Genre.NARRATIVE).build();
        String text = "On May 25, 1961, President John F. Kennedy asked Congress to land a man on the Moon before the"
                + " end of the decade.";
        Anchor land = anchorOf(annals.anchor(org.annals.model.Document.of("k", text)), "land");
        assertEquals("ON_OR_BEFORE", land.mod(), land.toString());
        assertEquals("196", land.value(), land.toString());
        assertEquals(java.time.LocalDate.of(1969, 12, 31), land.interval().end(), land.toString());
        assertEquals("until the 1960s", org.annals.time.ReadableTime.of(land.value(), land.mod()));
    }

    /** A headline's event is the story's: the body's event of the same lemma, else the days before publication. */
    @Test
    void aHeadlinesEventTakesTheStorysTime() {
        org.annals.api.Annals annals = org.annals.api.Annals.create();
        String text = "Rebels seize bridge\n\nThe rebels seized the bridge on Tuesday, officials said.\n";
        LinkedDocument l = annals.anchor(org.annals.model.Document.of("h", text).withDate(
                org.annals.model.DocumentDate.of(DCT, org.annals.model.DocumentDate.Source.ARGUMENT)));
        Anchor seize = anchorOf(l, "seize");
        Anchor seized = anchorOf(l, "seized");
        assertEquals(seized.value(), seize.value(), seize.toString());
        assertEquals("t1", seized.tid(), "the body's event is dated by its Tuesday");
        assertEquals(seized.tid(), seize.tid());
        assertEquals("headline: the story's event, as told in the text", seize.cue());

        String alone = "Rebels seize bridge\n\nThe town was calm, officials said.\n";
        Anchor recent = anchorOf(annals.anchor(org.annals.model.Document.of("h", alone).withDate(
                org.annals.model.DocumentDate.of(DCT, org.annals.model.DocumentDate.Source.ARGUMENT))), "seize");
        assertEquals(TLink.Relation.BEFORE, recent.relation());
        assertEquals(DCT.minusDays(TemporalLinker.REPORTED_DAYS), recent.interval().start());
        assertEquals(DCT, recent.interval().end());

        // a first sentence with a final stop is no headline
        assertTrue(!TemporalLinker.headline("Rebels seize bridge.\nMore.", new org.annals.nlp.Sentence(0, 0, 20,
                List.of(new org.annals.nlp.Sentence.Word(0, 6, "Rebels", "NNS"),
                        new org.annals.nlp.Sentence.Word(19, 20, ".", ".")))));
    }

    private static Anchor anchorOf(LinkedDocument l, String word) {
        List<Event> events = l.document().events();
        for (int k = 0; k < events.size(); k++) {
            if (events.get(k).text().equals(word)) {
                return l.anchors().get(k);
            }
        }
        throw new AssertionError("no event " + word + " in " + events);
    }

    /** Anchors alone: the same anchors as with the TLINKs, and no TLINK. */
    @Test
    void anchorsAloneAreTheAnchorsOfLink() {
        AnalyzedDocument d = Fixtures.doc("s", STORY, DCT, Genre.NARRATIVE, "crossed/PAST",
                "resigned/PAST/PERFECTIVE", "cheered/PAST", "convicted/PAST");
        LinkedDocument anchors = new TemporalLinker(null).anchors(d);
        assertEquals(link(d).anchors(), anchors.anchors());
        assertEquals(List.of(), anchors.document().tlinks());
        assertEquals(d.events(), anchors.document().events());
    }

    @Test
    void documentDateByTenseAndSignals() {
        LinkedDocument l = link(Fixtures.doc("n", "The mayor resigned. The council will vote. Talks began "
                + "after May 3, 2021. They lasted until June 1, 2021.", DCT, Genre.NEWS,
                "resigned/PAST", "vote/FUTURE", "began/PAST", "lasted/PAST"));
        List<Anchor> a = l.anchors();
        assertEquals("t0", a.get(0).tid());
        assertEquals(TLink.Relation.BEFORE, a.get(0).relation());
        assertEquals(LocalDate.of(2021, 6, 14), a.get(0).interval().end());
        assertEquals(TLink.Relation.AFTER, a.get(1).relation());
        assertEquals(TLink.Relation.AFTER, a.get(2).relation());
        assertEquals(LocalDate.of(2021, 5, 4), a.get(2).interval().start());
        // "until June 1": the time ends the event (TimeML: t ENDS e)
        assertEquals(TLink.Relation.ENDED_BY, a.get(3).relation());
        assertTrue(l.document().tlinks().stream().anyMatch(x -> x.target().equals("e4")
                && x.relation() == TLink.Relation.ENDS));
    }

    @Test
    void pastPerfectWithoutTimexIsBeforeTheReferenceTime() {
        LinkedDocument l = link(Fixtures.doc("s", "In June 1944 the Allies landed. The Germans had fortified"
                + " the coast.", DCT, Genre.NARRATIVE, "landed/PAST", "fortified/PAST/PERFECTIVE"));
        Anchor a = l.anchors().get(1);
        assertEquals(TLink.Relation.BEFORE, a.relation());
        assertEquals("BEFORE", a.mod());
        assertEquals(LocalDate.of(1944, 5, 31), a.interval().end());
    }
}
