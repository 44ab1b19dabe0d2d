package org.annals.expression;

import org.annals.time.DurationValue;
import org.annals.time.PartialTime;
import org.annals.time.TimeUnit;
import org.annals.time.TimeValue;

import java.math.BigDecimal;

/**
 * A time expression as an extractor reads it, before it is anchored. The resolver turns it into a {@link TimeValue}.
 */
public sealed interface TemporalExpression {

    /** What a relative expression is computed from. */
    enum AnchorKind {
        /** The document date, always ("today", "two days ago", "now"). */
        DOCUMENT,
        /** The time the story last moved to, always ("that month", "five years earlier", "the next day"). */
        NARRATIVE,
        /** The document date in news, the story's time in narratives ("last week", bare "June", "Monday"). */
        DEICTIC
    }

    /** A time of day: clock time and/or part of day. All fields may be null. */
    record Clock(Integer hour, Integer minute, Integer second, String zone, PartialTime.PartOfDay partOfDay) {
        public static Clock of(PartialTime.PartOfDay pod) {
            return new Clock(null, null, null, null, pod);
        }

        /** The same reading of the clock in another zone ({@code null}: none written). */
        public Clock withZone(String z) {
            return new Clock(hour, minute, second, z, partOfDay);
        }
    }

    /**
     * A point whose fields were read from the text; missing coarser fields (a year for "March 22", everything for
     * "noon") are filled from the anchor. {@code shift} picks the occurrence of a named period ("June", "fall")
     * relative to the anchor: -1 the last one before it ("last November"), +1 the next one ("next spring"), 0 the
     * one in the anchor's year.
     */
    record Point(PartialTime time, Clock clock, AnchorKind anchor, int shift) implements TemporalExpression {
        public Point(PartialTime time) {
            this(time, null, AnchorKind.DEICTIC, 0);
        }

        public Point(PartialTime time, Clock clock, AnchorKind anchor) {
            this(time, clock, anchor, 0);
        }
    }

    /**
     * The calendar unit containing the anchor, shifted: "this year" (0), "last week" (-1), "next month" (+1),
     * "that month" (0, narrative), "the following year" (+1, narrative).
     */
    record UnitShift(TimeUnit unit, int shift, AnchorKind anchor) implements TemporalExpression {
    }

    /**
     * The document's day of the year in a year the text gives: "On this day in 1941" (1941 with the document date's
     * month and day).
     */
    record DocumentDayIn(int year) implements TemporalExpression {
    }

    /** A day relative to the anchor: "today" (0), "yesterday" (-1), "the next day" (+1, narrative), with a time. */
    record DayShift(int days, Clock clock, AnchorKind anchor) implements TemporalExpression {
    }

    /**
     * An amount of time before or after the anchor: "two days ago" (-1, document), "five years earlier" (-1,
     * narrative), "two weeks later" (+1). A null amount is unknown ("years ago").
     */
    record Offset(BigDecimal amount, TimeUnit unit, int direction, AnchorKind anchor) implements TemporalExpression {
    }

    /**
     * A date whose year is given relative to the anchor's: "August of that year" (0, narrative), "July 25 of the
     * following year" (+1), "March of last year" (-1, deictic).
     */
    record InYear(PartialTime time, int yearShift, AnchorKind anchor) implements TemporalExpression {
    }

    /**
     * The period a financial report speaks of: "the quarter", "the latest quarter" (the last quarter completed
     * before the document date), "the year-ago quarter" (yearsBack 1), "the 1988 quarter" (that quarter in 1988).
     */
    record ReportingPeriod(TimeUnit unit, int yearsBack, Integer year) implements TemporalExpression {
        public ReportingPeriod(TimeUnit unit, int yearsBack) {
            this(unit, yearsBack, null);
        }
    }

    /**
     * A day of the week: bare "Monday" (0), "last Friday" (-1), "next Friday" (+1), with an optional time;
     * {@code sameWeek} for "this Saturday", "that Friday": the day in the anchor's week.
     */
    record Weekday(int dayOfWeek, int shift, Clock clock, AnchorKind anchor, boolean sameWeek)
            implements TemporalExpression {
        public Weekday(int dayOfWeek, int shift, Clock clock, AnchorKind anchor) {
            this(dayOfWeek, shift, clock, anchor, false);
        }
    }

    /**
     * A holiday whose date depends on its year ("Thanksgiving", "Election Day", "last Easter"; names of
     * {@link org.annals.time.Holidays}): the year is picked as for a month and day, {@code shift} as in {@link Point}.
     */
    record Holiday(String name, int shift, AnchorKind anchor) implements TemporalExpression {
    }

    /**
     * A day counted in a month: "the first Monday in October" (n 1, dayOfWeek 1, month 10), "the last Friday in June"
     * (n -1), "the last day of June 2011" (dayOfWeek 0: any day). Without a year the resolver picks one as for a
     * holiday.
     *
     * @param n         1 to 5 from the month's start, -1 the last
     * @param dayOfWeek 1 (Monday) to 7, or 0 for any day
     * @param month     1 to 12
     * @param year      the year written, or null
     */
    record NthDayOfMonth(int n, int dayOfWeek, int month, Integer year, AnchorKind anchor) implements TemporalExpression {
        /** The date in {@code y}, or null when the month has no such day ("the fifth Monday" of a short month). */
        public java.time.LocalDate in(int y) {
            java.time.LocalDate first = java.time.LocalDate.of(y, month, 1);
            if (dayOfWeek == 0) {
                return n == -1 ? first.withDayOfMonth(first.lengthOfMonth())
                        : n <= first.lengthOfMonth() ? first.withDayOfMonth(n) : null;
            }
            java.time.DayOfWeek d = java.time.DayOfWeek.of(dayOfWeek);
            java.time.LocalDate r = n == -1 ? first.with(java.time.temporal.TemporalAdjusters.lastInMonth(d))
                    : first.with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(n, d));
            return r.getMonthValue() == month ? r : null;
        }
    }

    /**
     * The nth weekday or day of the anchor's month, shifted: "the first Thursday of next month" (+1), "the last day of
     * the month" (0), "the last Friday of last month" (-1). {@code n} and {@code dayOfWeek} as in
     * {@link NthDayOfMonth}.
     */
    record NthDayOfShiftedMonth(int n, int dayOfWeek, int monthShift, AnchorKind anchor) implements TemporalExpression {
    }

    /** A duration: "three weeks", "months". */
    record Duration(DurationValue value) implements TemporalExpression {
    }

    /**
     * A duration ending at (or starting from) the anchor, annotated as a duration: "the past three months".
     * Resolved as a DURATION; the anchor is recorded.
     */
    record AnchoredDuration(DurationValue value, int direction, AnchorKind anchor) implements TemporalExpression {
    }

    /**
     * An amount of time before or after an event the text names, not a time: "ten days before the murder", "a year
     * after Marathon", "four days after the vote" ({@code direction} -1 or +1). When the text dates the event (a date
     * in a sentence that names it), at a granularity as fine as the unit, this is the date that far from it;
     * otherwise the length of time alone, a duration, or for a {@code point} ("the day before the election") a date
     * whose fields are unknown.
     */
    record EventOffset(DurationValue value, int direction, boolean point) implements TemporalExpression {
        /** "Ten days before the murder": without the event's date, a duration. */
        public EventOffset(DurationValue value, int direction) {
            this(value, direction, false);
        }
    }

    /** A set: "every Monday" (XXXX-WXX-1, EVERY), "annually" (P1Y), "twice a week" (P1W, 2X). */
    record Recurrence(TimeValue value, String quant, String freq) implements TemporalExpression {
    }

    /**
     * Text shaped like a date that is no date ("30 February 1950", "13/25/1950"): it takes its span from smaller
     * readings ("February 1950") and is then dropped.
     */
    enum Impossible implements TemporalExpression {
        INSTANCE
    }

    /**
     * The time the story has reached, named by an anaphoric noun: "at the time", "by that time", "at the same time".
     * It takes the story's time as it is; with no date of the text to refer to it is no time expression (it is
     * dropped, never given the document date). {@code narrativeOnly}: a time only where the text tells a story
     * ("At the same time, Lacoste proposed ..." in a history; in news it says "meanwhile" or "also").
     */
    record StoryAnaphor(boolean narrativeOnly) implements TemporalExpression {
    }

    /** PRESENT_REF, PAST_REF, FUTURE_REF ("now", "recently", "the future"). */
    record Ref(TimeValue.Reference ref) implements TemporalExpression {
    }

    /** The ISO week that holds a day: "the week of March 6" ({@code 2000-W10}). */
    record WeekOf(TemporalExpression day) implements TemporalExpression {
    }

    /**
     * An amount of time before or after a day the text names by a word, a holiday or a weekday: "three weeks from
     * tomorrow", "a month after Easter", "two days before Christmas" ({@code direction} -1 or +1). The value is in the
     * amount's grain, as for "two days ago".
     */
    record Shifted(TemporalExpression base, java.math.BigDecimal amount, TimeUnit unit, int direction)
            implements TemporalExpression {
    }
}
