package org.annals.resolve;

import org.annals.api.Annals;
import org.annals.model.Document;
import org.annals.model.DocumentDate;
import org.annals.model.TaggedDocument;
import org.annals.model.Timex;
import org.annals.time.Granularity;
import org.annals.time.PartialTime;
import org.annals.timeline.Timeline;
import org.annals.timeline.TimelineEntry;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A document without a date gets none: nothing is computed from the clock (the corpus rows {@code dd-14}..{@code dd-18}
 * of {@code document-date.tsv} give the values).
 */
class UnknownDocumentDateTest {

    /** A clock on a day the values must never show. */
    static final Annals ANNALS = Annals.builder()
            .clock(Clock.fixed(LocalDate.of(2023, 3, 20).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
            .build();

    @Test
    void theTwoDatesDifferInEveryField() {
        LocalDate a = UnknownDocumentDate.FIRST;
        LocalDate b = UnknownDocumentDate.SECOND;
        assertNotEquals(a.getYear() / 10, b.getYear() / 10, "decade");
        assertNotEquals(a.getYear() / 100, b.getYear() / 100, "century");
        assertNotEquals(a.getMonthValue(), b.getMonthValue());
        assertNotEquals(a.getDayOfMonth(), b.getDayOfMonth());
        assertNotEquals(a.getDayOfWeek(), b.getDayOfWeek());
        assertNotEquals(a.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), b.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        assertNotEquals(a.get(IsoFields.QUARTER_OF_YEAR), b.get(IsoFields.QUARTER_OF_YEAR));
        assertNotEquals(a.getMonthValue() <= 6, b.getMonthValue() <= 6, "half");
        assertTrue(Math.abs(ChronoUnit.DAYS.between(a, b)) > 366);
    }

    @Test
    void onlyTheFieldsBothAgreeOnAreKept() {
        PartialTime a = PartialTime.ofDate(LocalDate.of(2000, 6, 5));
        PartialTime b = PartialTime.ofDate(LocalDate.of(1986, 6, 5));
        assertEquals("XXXX-06-05", UnknownDocumentDate.common(a, b).timex3());
        PartialTime c = PartialTime.ofDate(LocalDate.of(1987, 10, 23));
        assertEquals("XXXX-XX-XX", UnknownDocumentDate.common(a, c).timex3());
        assertEquals(Granularity.DAY, UnknownDocumentDate.common(a, c).granularity());
    }

    @Test
    void anUndatedHistoryIsToldFromItsOwnYearsEvenWithOneWordOfNow() {
        TaggedDocument t = ANNALS.tag(Document.of("apollo.txt", "On May 25, 1961, Kennedy asked Congress to land a man"
                + " on the Moon before the end of the decade.\n\nApollo 11 lifted off on July 16, 1969. On July 20, the"
                + " lunar module landed. The crew splashed down on July 24, 1969."));
        assertNull(t.date());
        assertEquals(org.annals.model.Genre.NARRATIVE, t.genre());
        assertTrue(t.timexes().stream().anyMatch(x -> x.text().equals("July 20") && x.value().equals("1969-07-20")),
                t.timexes().toString());
        // an undated news story that points at "now" more than it gives years stays news: nothing is guessed
        TaggedDocument news = ANNALS.tag(Document.of("note.txt", "The minister said on Monday that the plan, first"
                + " made in 2019, would start next week and end this year."));
        assertEquals(org.annals.model.Genre.NEWS, news.genre());
        assertTrue(news.timexes().stream().noneMatch(x -> x.value() != null && x.value().matches("\\d{4}-\\d\\d-\\d\\d")),
                news.timexes().toString());
    }

    @Test
    void noDateGivenOrFoundMeansNoneAndNothingFromTheClock() {
        TaggedDocument t = ANNALS.tag(Document.of("note.txt", "The school closed yesterday and will reopen next"
                + " Monday, its head said on Tuesday. It first opened on Sept. 4, 1961."));
        assertNull(t.date(), "no date is made up");
        for (Timex x : t.timexes()) {
            assertFalse(x.value().contains("2023"), x.text() + " = " + x.value() + ": the clock's year");
            assertFalse("t0".equals(x.anchorTid()), x.text() + ": anchored to a document date that does not exist");
        }
        assertEquals(List.of("XXXX-XX-XX", "XXXX-XX-XX", "XXXX-XX-XX", "1961-09-04"),
                t.timexes().stream().map(Timex::value).toList());
        assertTrue(t.timexes().get(0).anchor().contains("unknown"), t.timexes().get(0).anchor());
        assertNull(t.timexes().get(3).anchor(), "an absolute date needs no anchor");
    }

    @Test
    void todayOnlyWhenAskedFor() {
        Document d = Document.of("note.txt", "The school closed yesterday.");
        DocumentDate today = ANNALS.today();
        assertEquals(LocalDate.of(2023, 3, 20), today.value());
        assertEquals(DocumentDate.Source.TODAY, today.from());
        assertEquals("2023-03-19", ANNALS.tag(d.withDate(today)).timexes().get(0).value());
    }

    @Test
    void onlyEventsTheTextDatesAreOnTheTimelineAndTheOthersOnNoDate() {
        Timeline t = ANNALS.timeline(List.of(Document.of("n.txt", "The museum reopened last week. It was first opened"
                + " on May 5, 1921, and a wing was added in 1950.")));
        for (TimelineEntry e : t.entries()) {
            assertFalse(e.value() != null && (e.value().startsWith("XXXX") || e.value().contains("2023")),
                    e.toString());
            assertFalse(e.event().equals("published"), "no publication entry without a date");
        }
        // "reopened last week" has no date without the document's: listed last, on no date
        assertEquals(List.of("opened 1921-05-05", "added 1950", "reopened null"),
                t.entries().stream().map(e -> e.event() + " " + e.value()).toList());
        assertEquals(org.annals.event.Anchor.Basis.NONE, t.entries().get(2).anchor());
    }

    @Test
    void hardWrappedProseIsNoByline() {
        String text = "The museum reopened last June after two years of repairs. Two days ago its director said the"
                + " roof would be\nfinished next spring. The building was first opened on May 5, 1921, and a second"
                + " wing was added in 1950.";
        assertNull(ANNALS.tag(Document.of("wrapped.txt", text)).date());
        assertEquals(LocalDate.of(2020, 11, 2), ANNALS.tag(Document.of("byline.txt",
                "Looking back\n\nwritten by Ann Lee\nNovember 2, 2020\n\nThe army crossed the river.")).date().value());
    }
}
