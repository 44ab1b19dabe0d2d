package org.annals.model;

import org.annals.time.Granularity;
import org.annals.time.Mod;
import org.annals.time.PartialTime;
import org.annals.time.TimeValue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The {@link Interval} a time expression stands for.
 * <ul>
 *   <li>a dated value is its period: {@code 1950-10} is 1950-10-01..1950-10-31 (month), {@code 1950-FA} September
 *       to November 1950 (season);</li>
 *   <li>mods START / MID / END narrow it to its first / middle / last third ("late October 1950" is 1950-10-21..31);
 *       BEFORE / AFTER open it on one side (ON_OR_... keep the period itself on that side); APPROX widens it by its
 *       own length on each side ("about 1950" is 1949-01-01..1951-12-31);</li>
 *   <li>PRESENT_REF is the document date; PAST_REF ends and FUTURE_REF starts there;</li>
 *   <li>durations, sets and values without a year have no interval (null); BC years, decades and centuries have
 *       theirs in astronomical years ({@code BC0218} is -0217).</li>
 * </ul>
 * An open side is {@link #OPEN_START} / {@link #OPEN_END}. Stateless.
 */
public final class Intervals {

    /** The start of an interval open towards the past. */
    public static final LocalDate OPEN_START = LocalDate.MIN;
    /** The end of an interval open towards the future. */
    public static final LocalDate OPEN_END = LocalDate.MAX;

    private Intervals() {
    }

    /** The interval of a time expression, or null when it has none. */
    public static Interval of(Timex t, LocalDate documentDate) {
        if (t.type() == TimexType.DURATION || t.type() == TimexType.SET) {
            return null;
        }
        return of(t.time(), t.mod(), documentDate);
    }

    /** The interval of a value with an optional mod, or null when it has none. */
    public static Interval of(TimeValue value, Mod mod, LocalDate documentDate) {
        if (value instanceof TimeValue.Reference r) {
            if (documentDate == null) {
                return null;
            }
            return switch (r) {
                case PRESENT_REF -> new Interval(documentDate, documentDate, Granularity.DAY);
                case PAST_REF -> new Interval(OPEN_START, documentDate, Granularity.DAY);
                case FUTURE_REF -> new Interval(documentDate, OPEN_END, Granularity.DAY);
            };
        }
        if (!(value instanceof PartialTime p)) {
            return null;
        }
        LocalDate s;
        LocalDate e;
        try {
            s = p.startDate();
            e = p.endDate();
        } catch (RuntimeException ex) {
            return null;
        }
        if (s == null || e == null) {
            return null;
        }
        Granularity g = p.granularity().finerThan(Granularity.DAY) ? Granularity.DAY : p.granularity();
        return withMod(new Interval(s, e, g), mod);
    }

    /** Applies a TIMEX3 mod to a period. */
    public static Interval withMod(Interval i, Mod mod) {
        if (mod == null || isOpen(i)) {
            return i;
        }
        long days = ChronoUnit.DAYS.between(i.start(), i.end()) + 1;
        long third = Math.max(1, days / 3);
        return switch (mod) {
            case START -> new Interval(i.start(), i.start().plusDays(third - 1), i.granularity());
            case END -> new Interval(i.end().minusDays(third - 1), i.end(), i.granularity());
            case MID -> days < 3 ? i : new Interval(i.start().plusDays(third), i.end().minusDays(third), i.granularity());
            case BEFORE -> new Interval(OPEN_START, i.start().minusDays(1), i.granularity());
            case ON_OR_BEFORE -> new Interval(OPEN_START, i.end(), i.granularity());
            case AFTER -> new Interval(i.end().plusDays(1), OPEN_END, i.granularity());
            case ON_OR_AFTER -> new Interval(i.start(), OPEN_END, i.granularity());
            // "about 1950", "around May 1950": the period and one as long on each side (1949 to 1951), the mod
            // telling it is approximate
            case APPROX -> widened(i, days);
            default -> i;
        };
    }

    /** The period widened by {@code days} on each side, within the calendar LocalDate can hold. */
    private static Interval widened(Interval i, long days) {
        try {
            return new Interval(i.start().minusDays(days), i.end().plusDays(days), i.granularity());
        } catch (java.time.DateTimeException e) {
            return i;
        }
    }

    /** True when a side is open. */
    public static boolean isOpen(Interval i) {
        return i.start().equals(OPEN_START) || i.end().equals(OPEN_END);
    }

    /** The start as an ISO date, or null when open. */
    public static String startText(Interval i) {
        return i.start().equals(OPEN_START) ? null : i.start().toString();
    }

    /** The end as an ISO date, or null when open. */
    public static String endText(Interval i) {
        return i.end().equals(OPEN_END) ? null : i.end().toString();
    }

    /** The interval cut to end before {@code day} (past perfect: before the reference), or null when nothing is left. */
    public static Interval endBefore(Interval i, LocalDate day) {
        LocalDate last = day.minusDays(1);
        if (!i.end().isAfter(last)) {
            return i;
        }
        if (last.isBefore(i.start())) {
            return null;
        }
        return new Interval(i.start(), last, i.granularity());
    }

    /**
     * Timeline order: by the latest day an entry can have happened on, then by the earliest, so that anything
     * certainly before something else comes first, a day inside a month comes before the month taken as a whole
     * ("1950-10-25" then "1950-10"), "late October" before "the fall", and an open end last.
     */
    public static int chronological(Interval a, Interval b) {
        int c = a.end().compareTo(b.end());
        return c != 0 ? c : a.start().compareTo(b.start());
    }
}
