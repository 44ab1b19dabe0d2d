package org.annals.model;

import org.annals.time.Granularity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When something happened, as the range of days it may have happened on: [earliest start, latest end], both
 * inclusive, with the granularity it is known to ("1950-10" is 1950-10-01..1950-10-31 at month granularity,
 * "1950-10-25" one day). Orders entries sensibly and shows uncertainty.
 *
 * @param start       the earliest day
 * @param end         the latest day (not before start)
 * @param granularity how precisely it is known
 */
public record Interval(LocalDate start, LocalDate end, Granularity granularity) implements Comparable<Interval> {

    public Interval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(granularity, "granularity");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("interval ends before it starts: " + start + ".." + end);
        }
    }

    /** True when the two intervals share a day. */
    public boolean overlaps(Interval o) {
        return !end.isBefore(o.start) && !o.end.isBefore(start);
    }

    /** Chronological order: by start, then the more precise (shorter) first. */
    @Override
    public int compareTo(Interval o) {
        int c = start.compareTo(o.start);
        return c != 0 ? c : end.compareTo(o.end);
    }
}
