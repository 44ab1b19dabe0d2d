package org.annals.timeline;

import org.annals.event.Anchor;
import org.annals.event.EventClass;
import org.annals.event.Participant;
import org.annals.model.Interval;
import org.annals.time.Granularity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Across documents, two reports on one day with a name in common are two statements unless they are the same
 * sentence (a wire story reprinted); two happenings on one day with a name in common are one event.
 */
class StatementMergeTest {

    private static final Interval DAY = new Interval(LocalDate.of(2000, 3, 28), LocalDate.of(2000, 3, 28),
            Granularity.DAY);

    private static TimelineEntry entry(String doc, String event, EventClass kind, String sentence, String name) {
        return new TimelineEntry("2000-03-28", null, DAY, event, event, sentence,
                List.of(new Participant(name, 0, name.length(), Participant.Type.PERSON)), List.of(),
                List.of(new TimelineEntry.Source(doc, 0, 1, sentence, "e1")), Anchor.Basis.CLAUSE, "t1", kind);
    }

    @Test
    void twoPapersQuotingCastroOnOneDayAreTwoStatements() {
        TimelineEntry a = entry("a", "said", EventClass.REPORTING,
                "Castro said his government had shared its concerns with the State Department.", "Castro");
        TimelineEntry b = entry("b", "said", EventClass.REPORTING,
                "Many Cuban Americans said Castro is orchestrating the visit.", "Castro");
        assertFalse(TimelineBuilder.sameEvent(a, b));
        TimelineEntry feared = entry("b", "feared", EventClass.I_STATE, "Castro feared the exiles would move.",
                "Castro");
        assertFalse(TimelineBuilder.sameEvent(entry("a", "feared", EventClass.I_STATE,
                "The exiles feared Castro.", "Castro"), feared));
    }

    @Test
    void theSameSentenceReprintedIsOneStatement() {
        TimelineEntry a = entry("a", "said", EventClass.REPORTING,
                "In the letter, Gonzalez said he does not recognize the jurisdiction of theU.S. court system.",
                "Gonzalez");
        TimelineEntry b = entry("b", "said", EventClass.REPORTING,
                "In the letter, Gonzalez said he does not recognize the jurisdiction of the U.S. court system.",
                "Gonzalez");
        assertTrue(TimelineBuilder.sameEvent(a, b));
        assertTrue(TimelineBuilder.sameSentence(a, b));
    }

    @Test
    void happeningsStillMergeOnASharedName() {
        TimelineEntry a = entry("a", "landed", EventClass.OCCURRENCE, "The plane landed in Havana.", "Castro");
        TimelineEntry b = entry("b", "landed", EventClass.OCCURRENCE, "Castro's plane landed at noon.", "Castro");
        assertTrue(TimelineBuilder.sameEvent(a, b));
        // an entry of no recorded kind (an older archive's) merges as before
        assertTrue(TimelineBuilder.sameEvent(entry("a", "said", null, "x", "Castro"),
                entry("b", "said", null, "y", "Castro")));
    }

    @Test
    void theTimelineOfTwoPapersKeepsTheirStatementsApart() {
        Timeline one = new Timeline(List.of(entry("a", "said", EventClass.REPORTING, "Castro said it.", "Castro")));
        Timeline two = new Timeline(List.of(entry("b", "said", EventClass.REPORTING, "Exiles said Castro lies.",
                "Castro")));
        assertEquals(2, new TimelineBuilder().merge(List.of(one, two)).entries().size());
    }
}
