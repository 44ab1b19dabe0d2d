package org.annals.timeline;

import org.annals.model.Interval;
import org.annals.model.Intervals;
import org.annals.time.Granularity;
import org.annals.time.Mod;
import org.annals.time.PartialTime;
import org.annals.time.TimeValue;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntervalsTest {

    private static final LocalDate DCT = LocalDate.of(2020, 11, 2);

    private static Interval of(PartialTime p, Mod mod) {
        return Intervals.of(p, mod, DCT);
    }

    private static Interval days(String a, String b, Granularity g) {
        return new Interval(LocalDate.parse(a), LocalDate.parse(b), g);
    }

    @Test
    void periods() {
        assertEquals(days("1950-10-01", "1950-10-31", Granularity.MONTH), of(PartialTime.ofMonth(1950, 10), null));
        assertEquals(days("1950-10-25", "1950-10-25", Granularity.DAY),
                of(PartialTime.ofDate(LocalDate.of(1950, 10, 25)), null));
        assertEquals(days("1945-01-01", "1945-12-31", Granularity.YEAR), of(PartialTime.ofYear(1945), null));
        PartialTime fall = PartialTime.builder(Granularity.SEASON).year(1950).season(PartialTime.Season.FA).build();
        assertEquals(days("1950-09-01", "1950-11-30", Granularity.SEASON), of(fall, null));
    }

    @Test
    void modsNarrowToThirdsAndOpenRanges() {
        PartialTime oct = PartialTime.ofMonth(1950, 10);
        assertEquals(days("1950-10-01", "1950-10-10", Granularity.MONTH), of(oct, Mod.START));
        assertEquals(days("1950-10-11", "1950-10-21", Granularity.MONTH), of(oct, Mod.MID));
        assertEquals(days("1950-10-22", "1950-10-31", Granularity.MONTH), of(oct, Mod.END));
        Interval before = of(oct, Mod.BEFORE);
        assertEquals(Intervals.OPEN_START, before.start());
        assertEquals(LocalDate.of(1950, 9, 30), before.end());
        assertNull(Intervals.startText(before));
        Interval after = of(oct, Mod.AFTER);
        assertEquals(LocalDate.of(1950, 11, 1), after.start());
        assertNull(Intervals.endText(after));
    }

    @Test
    void approximateWidensByItsOwnLengthOnEachSide() {
        // "about 1950": 1949 to 1951; "around 25 October 1950": the day before to the day after
        assertEquals(days("1949-01-01", "1951-12-31", Granularity.YEAR), of(PartialTime.ofYear(1950), Mod.APPROX));
        assertEquals(days("1950-10-24", "1950-10-26", Granularity.DAY),
                of(PartialTime.ofDate(LocalDate.of(1950, 10, 25)), Mod.APPROX));
    }

    @Test
    void referencesAndValuesWithoutInterval() {
        assertEquals(days("2020-11-02", "2020-11-02", Granularity.DAY),
                Intervals.of(TimeValue.Reference.PRESENT_REF, null, DCT));
        assertEquals(DCT, Intervals.of(TimeValue.Reference.PAST_REF, null, DCT).end());
        assertNull(Intervals.of(PartialTime.builder(Granularity.MONTH).month(10).build(), null, DCT));
    }

    @Test
    void endBeforeCutsThePastPerfect() {
        Interval oct = days("1950-10-01", "1950-10-31", Granularity.MONTH);
        assertEquals(days("1950-10-01", "1950-10-24", Granularity.MONTH),
                Intervals.endBefore(oct, LocalDate.of(1950, 10, 25)));
        assertNull(Intervals.endBefore(oct, LocalDate.of(1950, 10, 1)));
    }

    @Test
    void chronologicalOrder() {
        Interval month = days("1950-10-01", "1950-10-31", Granularity.MONTH);
        Interval day = days("1950-10-25", "1950-10-25", Granularity.DAY);
        Interval early = days("1950-10-01", "1950-10-10", Granularity.MONTH);
        Interval late = days("1950-10-22", "1950-10-31", Granularity.MONTH);
        Interval fall = days("1950-09-01", "1950-11-30", Granularity.SEASON);
        Interval year1945 = days("1945-01-01", "1945-12-31", Granularity.YEAR);
        List<Interval> all = new ArrayList<>(List.of(fall, month, late, day, early, year1945));
        all.sort(Intervals::chronological);
        // certainly earlier first; a day before the month that holds it; late October before the fall
        assertEquals(List.of(year1945, early, day, month, late, fall), all);
        assertTrue(Intervals.chronological(day, month) < 0);
    }
}
