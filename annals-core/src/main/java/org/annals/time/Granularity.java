package org.annals.time;

/** How fine a point in time is known, coarsest first. */
public enum Granularity {
    MILLENNIUM, CENTURY, DECADE, YEAR, HALF, QUARTER, SEASON, MONTH, WEEK, DAY, PART_OF_DAY, HOUR, MINUTE, SECOND;

    public boolean coarserThan(Granularity o) {
        return ordinal() < o.ordinal();
    }

    public boolean finerThan(Granularity o) {
        return ordinal() > o.ordinal();
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
