package org.annals.resolve;

import org.annals.api.Annals;
import org.annals.model.Document;
import org.annals.model.DocumentDate;
import org.annals.model.Genre;
import org.annals.model.TaggedDocument;
import org.annals.model.Timex;
import org.annals.time.PartialTime;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The story's time as a text is read, step by step (the values of whole texts are in the corpus rows of
 * {@code corpus/en}: "that month", "the next day", asides).
 */
class StoryTimeTest {

    static final PartialTime DCT = PartialTime.ofDate(LocalDate.of(2020, 11, 2));

    @Test
    void startsAtTheDocumentDateAndMovesWithTheDatesOfTheStory() {
        StoryTime s = new StoryTime(DCT);
        assertEquals("2020-11-02", s.time().timex3());
        assertEquals("t0", s.tid());
        assertFalse(s.started());
        assertEquals(-1, s.lastDateToken());
        s.move(PartialTime.ofDate(LocalDate.of(1950, 10, 25)), "t2", 7);
        assertEquals("1950-10-25", s.time().timex3());
        assertEquals("t2", s.tid());
        assertTrue(s.started());
        assertEquals(7, s.lastDateToken());
    }

    @Test
    void aCoarserDateThatHoldsTheStorysDoesNotMoveIt() {
        StoryTime s = new StoryTime(DCT);
        s.move(PartialTime.ofDate(LocalDate.of(1950, 10, 25)), "t2", 7);
        s.move(PartialTime.ofYear(1950), "t3", 20); // "in 1950" while the story is at Oct. 25, 1950
        assertEquals("1950-10-25", s.time().timex3());
        assertEquals("t2", s.tid());
        assertEquals(20, s.lastDateToken(), "the last date read, all the same");
        s.move(PartialTime.ofMonth(1950, 11), "t4", 30); // "in November": a move
        assertEquals("1950-11", s.time().timex3());
    }

    @Test
    void anAsideHoldsToTheEndOfItsSentenceThenTheStoryIsBack() {
        StoryTime s = new StoryTime(DCT);
        s.move(PartialTime.ofMonth(2003, 4), "t1", 3); // "In April 2003, ..."
        s.startAside(40); // "In November 2008, protesters staged a similar stomping." ends at token 40
        s.move(PartialTime.ofMonth(2008, 11), "t2", 30);
        s.reach(35);
        assertEquals("2008-11", s.time().timex3(), "within the aside's sentence");
        s.reach(41);
        assertEquals("2003-04", s.time().timex3(), "back where the story was");
        assertEquals("t1", s.tid());
    }

    @Test
    void aNarrativeOpensInTheYearOfItsFirstStatedDateUntilADateMovesIt() {
        StoryTime s = new StoryTime(DCT);
        s.open(PartialTime.ofYear(1921)); // "On October 5 ... . The campaign had begun in the spring of 1921"
        assertEquals("1921", s.opening().timex3());
        assertEquals("2020-11-02", s.time().timex3(), "dates said from the present still take the document date");
        assertFalse(s.started());
        s.move(PartialTime.ofDate(LocalDate.of(1921, 10, 5)), "t1", 1);
        assertNull(s.opening(), "once a date has moved the story, the story's time anchors");
    }

    @Test
    void theBareDatesBeforeTheFirstYearAreAnchoredOnItsTimex() {
        String text = "On October 5 the rebels reached the river. The campaign had begun in the spring of 1921.";
        TaggedDocument d = Annals.builder().genre(Genre.NARRATIVE).build().tag(Document.of("x", text)
                .withDate(DocumentDate.of(LocalDate.of(2020, 11, 2), DocumentDate.Source.ARGUMENT)));
        Timex october = d.timexes().get(0);
        Timex spring = d.timexes().get(1);
        assertEquals("1921-10-05", october.value());
        assertEquals(spring.tid(), october.anchorTid());
        assertEquals("reference time 1921", october.anchor());
    }
}
