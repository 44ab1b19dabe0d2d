package org.annals.resolve;

import org.annals.time.Granularity;
import org.annals.time.PartialTime;
import org.annals.time.TimeUnit;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * Calendar arithmetic on partial times at a granularity: the unit containing a time moved by whole units ("last
 * week" of 1998-01-08 is 1998-W01), a time moved by an amount at the amount's granularity ("70 years before
 * 2020-11-02" is 1950), years across the BC/AD boundary. Stateless.
 */
final class CalendarMath {

    private CalendarMath() {
    }


    /** The unit containing the anchor, moved by shift units; null when the anchor is too coarse. */
    static PartialTime shiftUnit(PartialTime a, TimeUnit unit, int shift) {
        LocalDate d = a.startDate();
        if (d == null) {
            return null;
        }
        boolean known = !a.granularity().coarserThan(unit.granularity())
                || unit == TimeUnit.WEEKEND && !a.granularity().coarserThan(Granularity.WEEK);
        switch (unit) {
            case YEAR -> {
                return PartialTime.ofYear(a.year() + shift);
            }
            case DECADE -> {
                return PartialTime.builder(Granularity.DECADE).decade(a.year() / 10 + shift).build();
            }
            case CENTURY -> {
                return PartialTime.builder(Granularity.CENTURY).century(a.year() / 100 + shift).build();
            }
            case HALF -> {
                if (!known) {
                    return PartialTime.builder(Granularity.HALF).year(a.year()).build();
                }
                int h = (d.getMonthValue() - 1) / 6 + shift;
                int y = a.year() + Math.floorDiv(h, 2);
                return PartialTime.builder(Granularity.HALF).year(y).half(Math.floorMod(h, 2) + 1).build();
            }
            case QUARTER, SEASON -> {
                if (!known) {
                    return PartialTime.builder(Granularity.QUARTER).year(a.year()).build();
                }
                int q = (d.getMonthValue() - 1) / 3 + shift;
                int y = a.year() + Math.floorDiv(q, 4);
                return PartialTime.builder(Granularity.QUARTER).year(y).quarter(Math.floorMod(q, 4) + 1).build();
            }
            case MONTH -> {
                if (!known) {
                    return PartialTime.builder(Granularity.MONTH).year(a.year()).build();
                }
                LocalDate m = d.withDayOfMonth(1).plusMonths(shift);
                return PartialTime.ofMonth(m.getYear(), m.getMonthValue());
            }
            case WEEK, WEEKEND -> {
                if (!known) {
                    return PartialTime.builder(Granularity.WEEK).year(a.year()).weekend(unit == TimeUnit.WEEKEND)
                            .build();
                }
                LocalDate w = d.plusWeeks(shift);
                return PartialTime.builder(Granularity.WEEK).year(w.get(IsoFields.WEEK_BASED_YEAR))
                        .week(w.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).weekend(unit == TimeUnit.WEEKEND).build();
            }
            case DAY -> {
                if (!known) {
                    return PartialTime.builder(Granularity.DAY).year(a.year()).month(a.month()).build();
                }
                return PartialTime.ofDate(d.plusDays(shift));
            }
            default -> {
                return null;
            }
        }
    }
    static PartialTime truncate(PartialTime a, TimeUnit unit) {
        PartialTime v = shiftUnit(a, unit == TimeUnit.WEEK ? TimeUnit.DAY : unit, 0);
        return v == null ? a : v;
    }

    /** The anchor moved by n units, at the unit's granularity (at most as fine as the anchor allows). */
    /** {@code n} years, decades or centuries in years; 0 for any other unit. */
    static int years(TimeUnit unit, long n) {
        return switch (unit) {
            case YEAR -> (int) n;
            case DECADE -> (int) n * 10;
            case CENTURY -> (int) n * 100;
            default -> 0;
        };
    }

    /**
     * An offset from a decade or a century (no year) in the anchor's own grain: a decade moves by decades (or by
     * years in tens), a century by centuries (or by years and decades in hundreds); null when the offset is finer than
     * the grain ("three years after the 1530s": the year is unknown). Years AD only.
     */
    static PartialTime offsetCoarse(PartialTime a, TimeUnit unit, long n) {
        long years = years(unit, n);
        if (years == 0 || a.bc()) {
            return null;
        }
        if (a.decade() != null && years % 10 == 0) {
            long decade = a.decade() + years / 10;
            return decade > 0 ? PartialTime.builder(Granularity.DECADE).decade((int) decade).build() : null;
        }
        if (a.decade() == null && a.century() != null && years % 100 == 0) {
            long century = a.century() + years / 100;
            return century >= 0 ? PartialTime.builder(Granularity.CENTURY).century((int) century).build() : null;
        }
        return null;
    }

    static PartialTime offsetPoint(PartialTime a, TimeUnit unit, long n) {
        LocalDate d = a.startDate();
        switch (unit) {
            case YEAR -> {
                return PartialTime.ofYear((int) (a.year() + n));
            }
            case DECADE -> {
                return PartialTime.ofYear((int) (a.year() + 10 * n));
            }
            case CENTURY -> {
                return PartialTime.builder(Granularity.CENTURY).century((int) ((a.year() + 100 * n) / 100)).build();
            }
            case MONTH -> {
                if (a.granularity().coarserThan(Granularity.MONTH)) {
                    return PartialTime.ofYear(a.year());
                }
                LocalDate m = d.plusMonths(n);
                return PartialTime.ofMonth(m.getYear(), m.getMonthValue());
            }
            case QUARTER -> {
                if (a.granularity().coarserThan(Granularity.QUARTER)) {
                    return PartialTime.ofYear(a.year());
                }
                return shiftUnit(a, TimeUnit.QUARTER, (int) n);
            }
            case WEEK, WEEKEND -> {
                if (a.granularity().coarserThan(Granularity.DAY)) {
                    return a.granularity().coarserThan(Granularity.MONTH) ? PartialTime.ofYear(a.year())
                            : PartialTime.ofMonth(a.year(), a.month());
                }
                return PartialTime.ofDate(d.plusWeeks(n));
            }
            case DAY -> {
                if (a.granularity().coarserThan(Granularity.DAY)) {
                    return a.granularity().coarserThan(Granularity.MONTH) ? PartialTime.ofYear(a.year())
                            : PartialTime.ofMonth(a.year(), a.month());
                }
                return PartialTime.ofDate(d.plusDays(n));
            }
            case HOUR, MINUTE, SECOND -> {
                if (a.date() == null) {
                    return PartialTime.ofYear(a.year());
                }
                // the document date has no time of day: counted from its noon, the day most likely
                java.time.LocalDateTime t = a.date().atTime(a.hour() == null ? 12 : a.hour(),
                        a.minute() == null ? 0 : a.minute());
                if (a.hour() == null) {
                    // only the day is known
                    return PartialTime.ofDate(t.plus(n, unit == TimeUnit.HOUR ? java.time.temporal.ChronoUnit.HOURS
                            : java.time.temporal.ChronoUnit.MINUTES).toLocalDate());
                }
                t = t.plus(n, unit == TimeUnit.HOUR ? java.time.temporal.ChronoUnit.HOURS
                        : unit == TimeUnit.MINUTE ? java.time.temporal.ChronoUnit.MINUTES
                        : java.time.temporal.ChronoUnit.SECONDS);
                return PartialTime.builder(Granularity.MINUTE).year(t.getYear()).month(t.getMonthValue())
                        .day(t.getDayOfMonth()).hour(t.getHour()).minute(t.getMinute()).build();
            }
            default -> {
                return PartialTime.ofYear(a.year());
            }
        }
    }

    /** Sets the year of b to the anchor's year moved by shift, across the BC/AD boundary. */
    static PartialTime.Builder withYear(PartialTime anchor, PartialTime.Builder b, int shift) {
        int astro = anchor.bc() ? 1 - anchor.year() : anchor.year();
        int y = astro + shift;
        if (y <= 0) {
            return b.year(1 - y).bc(true);
        }
        return b.year(y).bc(false);
    }
}
