package org.annals.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartialTimeTest {

    private static PartialTime.Builder b(Granularity g) {
        return PartialTime.builder(g);
    }

    @Test
    void timex3ForEachGranularity() {
        assertEquals("2", b(Granularity.MILLENNIUM).year(2000).build().timex3());
        assertEquals("18", b(Granularity.CENTURY).century(18).build().timex3());
        assertEquals("195", b(Granularity.DECADE).decade(195).build().timex3());
        assertEquals("1950", PartialTime.ofYear(1950).timex3());
        assertEquals("1950-H2", b(Granularity.HALF).year(1950).half(2).build().timex3());
        assertEquals("1998-Q3", b(Granularity.QUARTER).year(1998).quarter(3).build().timex3());
        assertEquals("1950-FA", b(Granularity.SEASON).year(1950).season(PartialTime.Season.FA).build().timex3());
        assertEquals("1950-10", PartialTime.ofMonth(1950, 10).timex3());
        assertEquals("2020-W45", b(Granularity.WEEK).year(2020).week(45).build().timex3());
        assertEquals("2020-W45-WE", b(Granularity.WEEK).year(2020).week(45).weekend(true).build().timex3());
        assertEquals("1950-10-25", PartialTime.ofDate(LocalDate.of(1950, 10, 25)).timex3());
        assertEquals("2020-11-02TMO", PartialTime.ofDate(LocalDate.of(2020, 11, 2)).toBuilder()
                .granularity(Granularity.PART_OF_DAY).partOfDay(PartialTime.PartOfDay.MO).build().timex3());
        assertEquals("2020-11-02T15:30", PartialTime.ofDate(LocalDate.of(2020, 11, 2)).toBuilder()
                .granularity(Granularity.MINUTE).hour(15).minute(30).build().timex3());
        assertEquals("2020-11-02T14:05:30", PartialTime.ofDate(LocalDate.of(2020, 11, 2)).toBuilder()
                .granularity(Granularity.SECOND).hour(14).minute(5).second(30).build().timex3());
        assertEquals("2020-11-02T09:00-05", PartialTime.ofDate(LocalDate.of(2020, 11, 2)).toBuilder()
                .granularity(Granularity.MINUTE).hour(9).minute(0).zone("-05").build().timex3());
    }

    @Test
    void unknownFieldsRenderAsX() {
        assertEquals("XXXX-10-25", b(Granularity.DAY).month(10).day(25).build().timex3());
        assertEquals("XXXX-10", b(Granularity.MONTH).month(10).build().timex3());
        assertEquals("XXXX-SU", b(Granularity.SEASON).season(PartialTime.Season.SU).build().timex3());
        assertEquals("XXXX-WXX-1", b(Granularity.DAY).dayOfWeek(1).build().timex3());
        assertEquals("XXXX-XX-XXT15:30", b(Granularity.MINUTE).hour(15).minute(30).build().timex3());
        assertEquals("XXXX-XX-XXTMO", b(Granularity.PART_OF_DAY).partOfDay(PartialTime.PartOfDay.MO).build()
                .timex3());
        assertEquals("1998-QX", b(Granularity.QUARTER).year(1998).build().timex3());
        assertEquals("195X", b(Granularity.YEAR).decade(195).build().timex3());
        assertEquals("19XX", b(Granularity.YEAR).century(19).build().timex3());
    }

    @Test
    void bcYears() {
        assertEquals("BC0264", b(Granularity.YEAR).year(264).bc(true).build().timex3());
        assertEquals("BC0044", b(Granularity.YEAR).year(44).bc(true).build().timex3());
        assertEquals("BC04", b(Granularity.CENTURY).century(4).bc(true).build().timex3());
        assertEquals("0009", PartialTime.ofYear(9).timex3());
        PartialTime bc = b(Granularity.YEAR).year(264).bc(true).build();
        assertTrue(bc.bc());
        assertNull(b(Granularity.DAY).year(264).month(3).day(1).bc(true).build().date(), "no calendar date BC");
    }

    /** The days each value form covers, in the proleptic Gregorian calendar with astronomical years (1 BC is 0). */
    @Test
    void theDaysOfEveryValueForm() {
        // years BC: BC0264 is -0263; BC0001 is year 0, a leap year
        assertSpan("-0263-01-01", "-0263-12-31", b(Granularity.YEAR).year(264).bc(true).build());
        assertSpan("0000-01-01", "0000-12-31", b(Granularity.YEAR).year(1).bc(true).build());
        assertSpan("0000-02-01", "0000-02-29", b(Granularity.MONTH).year(1).month(2).bc(true).build());
        assertSpan("-0479-06-01", "-0479-08-31", b(Granularity.SEASON).year(480).season(PartialTime.Season.SU)
                .bc(true).build());
        // decades and centuries, AD and BC: the 1530s, the 12th century (11), the 480s BC, the 4th century BC (BC03)
        assertSpan("1530-01-01", "1539-12-31", b(Granularity.DECADE).decade(153).build());
        assertSpan("1100-01-01", "1199-12-31", b(Granularity.CENTURY).century(11).build());
        assertSpan("-0488-01-01", "-0479-12-31", b(Granularity.DECADE).decade(48).bc(true).build());
        assertSpan("-0398-01-01", "-0299-12-31", b(Granularity.CENTURY).century(3).bc(true).build());
        // years AD, months, seasons (a winter ends in its year), quarters, halves, weeks, weekends, days
        assertSpan("1066-01-01", "1066-12-31", PartialTime.ofYear(1066));
        assertSpan("1066-06-01", "1066-08-31", b(Granularity.SEASON).year(1066).season(PartialTime.Season.SU).build());
        assertSpan("1949-12-01", "1950-02-28", b(Granularity.SEASON).year(1950).season(PartialTime.Season.WI).build());
        assertSpan("1950-07-01", "1950-12-31", b(Granularity.HALF).year(1950).half(2).build());
        assertSpan("2020-10-26", "2020-11-01", b(Granularity.WEEK).year(2020).week(44).build());
        assertSpan("2020-10-31", "2020-11-01", b(Granularity.WEEK).year(2020).week(44).weekend(true).build());
        assertSpan("1950-10-25", "1950-10-25", PartialTime.ofDate(LocalDate.of(1950, 10, 25)));
        // nothing known of the year: no days
        assertNull(b(Granularity.MONTH).month(10).build().startDate());
    }

    private static void assertSpan(String start, String end, PartialTime p) {
        assertEquals(start, p.startDate().toString(), p.timex3());
        assertEquals(end, p.endDate().toString(), p.timex3());
    }

    @Test
    void impossibleDatesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> b(Granularity.DAY).year(1950).month(2).day(30).build());
        assertThrows(IllegalArgumentException.class, () -> b(Granularity.DAY).year(1900).month(2).day(29).build());
        assertThrows(IllegalArgumentException.class, () -> b(Granularity.DAY).year(1950).month(4).day(31).build());
        assertThrows(IllegalArgumentException.class, () -> b(Granularity.DAY).month(2).day(30).build());
        assertThrows(IllegalArgumentException.class, () -> PartialTime.ofMonth(1950, 13));
        assertThrows(IllegalArgumentException.class, () -> b(Granularity.DAY).month(0).build());
        assertThrows(IllegalArgumentException.class, () -> b(Granularity.MINUTE).hour(25).minute(0).build());
        assertThrows(IllegalArgumentException.class, () -> b(Granularity.MINUTE).hour(10).minute(60).build());
        assertThrows(IllegalArgumentException.class, () -> b(Granularity.QUARTER).year(1998).quarter(5).build());
        assertThrows(IllegalArgumentException.class, () -> b(Granularity.HALF).year(1998).half(3).build());
        assertThrows(IllegalArgumentException.class, () -> b(Granularity.WEEK).year(1998).week(54).build());
        assertThrows(IllegalArgumentException.class, () -> b(Granularity.YEAR).year(-1).build());
    }

    @Test
    void possibleEdgeDatesAreAccepted() {
        assertEquals("2000-02-29", b(Granularity.DAY).year(2000).month(2).day(29).build().timex3());
        assertEquals("XXXX-02-29", b(Granularity.DAY).month(2).day(29).build().timex3());
        assertEquals("2020-11-02T24:00", PartialTime.ofDate(LocalDate.of(2020, 11, 2)).toBuilder()
                .granularity(Granularity.MINUTE).hour(24).minute(0).build().timex3());
    }

    @Test
    void impliedFieldsAreRecordedAndCompared() {
        PartialTime stated = PartialTime.ofDate(LocalDate.of(1950, 10, 25));
        PartialTime implied = b(Granularity.DAY).impliedDate(LocalDate.of(1950, 10, 25)).build();
        assertEquals(stated.timex3(), implied.timex3());
        assertTrue(implied.isImplied(PartialTime.Field.YEAR));
        assertFalse(stated.isImplied(PartialTime.Field.YEAR));
        assertNotEquals(stated, implied);
        PartialTime restated = implied.toBuilder().stated(PartialTime.Field.YEAR).stated(PartialTime.Field.MONTH)
                .stated(PartialTime.Field.DAY).build();
        assertEquals(stated, restated);
    }

    @Test
    void startAndEndDates() {
        // the winter of a year is the one that ends in it ("the winter-spring of 1920" is 1920-WI)
        PartialTime winter = b(Granularity.SEASON).year(1950).season(PartialTime.Season.WI).build();
        assertEquals(LocalDate.of(1949, 12, 1), winter.startDate());
        assertEquals(LocalDate.of(1950, 2, 28), winter.endDate());
        PartialTime q3 = b(Granularity.QUARTER).year(1998).quarter(3).build();
        assertEquals(LocalDate.of(1998, 7, 1), q3.startDate());
        assertEquals(LocalDate.of(1998, 9, 30), q3.endDate());
        PartialTime w = b(Granularity.WEEK).year(2020).week(45).build();
        assertEquals(LocalDate.of(2020, 11, 2), w.startDate());
        assertEquals(LocalDate.of(2020, 11, 8), w.endDate());
        PartialTime decade = b(Granularity.DECADE).decade(195).year(1950).build();
        assertEquals(LocalDate.of(1959, 12, 31), decade.endDate());
        assertNull(b(Granularity.MONTH).month(10).build().startDate());
    }

    @Test
    void durations() {
        assertEquals("P3W", DurationValue.of(3, TimeUnit.WEEK).timex3());
        assertEquals("PT30M", DurationValue.of(30, TimeUnit.MINUTE).timex3());
        assertEquals("PXM", DurationValue.unknown(TimeUnit.MONTH).timex3());
        assertEquals("P1.5Y", DurationValue.of(new java.math.BigDecimal("1.50"), TimeUnit.YEAR).timex3());
        assertEquals("P2DE", DurationValue.of(2, TimeUnit.DECADE).timex3());
        assertThrows(IllegalArgumentException.class, () -> DurationValue.of(-1, TimeUnit.DAY));
    }
}
