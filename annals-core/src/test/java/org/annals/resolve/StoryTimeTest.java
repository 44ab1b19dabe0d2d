package org.annals.resolve;

import org.annals.time.PartialTime;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
}
