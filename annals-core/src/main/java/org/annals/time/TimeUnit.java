package org.annals.time;

import java.util.Locale;

/** Units of durations and offsets, with their TIMEX3 duration designators. */
public enum TimeUnit {
    SECOND("S", true, Granularity.SECOND),
    MINUTE("M", true, Granularity.MINUTE),
    HOUR("H", true, Granularity.HOUR),
    DAY("D", false, Granularity.DAY),
    WEEKEND("WE", false, Granularity.DAY),
    WEEK("W", false, Granularity.WEEK),
    MONTH("M", false, Granularity.MONTH),
    QUARTER("Q", false, Granularity.QUARTER),
    SEASON("S", false, Granularity.SEASON),
    HALF("H", false, Granularity.HALF),
    YEAR("Y", false, Granularity.YEAR),
    DECADE("DE", false, Granularity.DECADE),
    CENTURY("CE", false, Granularity.CENTURY),
    MILLENNIUM("ML", false, Granularity.MILLENNIUM);

    private final String designator;
    private final boolean timePart;
    private final Granularity granularity;

    TimeUnit(String designator, boolean timePart, Granularity granularity) {
        this.designator = designator;
        this.timePart = timePart;
        this.granularity = granularity;
    }

    /** The letter(s) after the number in an ISO 8601 / TIMEX3 duration. */
    public String designator() {
        return designator;
    }

    /** True for units written after the {@code T} of a duration (hours, minutes, seconds). */
    public boolean timePart() {
        return timePart;
    }

    /** The granularity of a point reached by moving in this unit. */
    public Granularity granularity() {
        return granularity;
    }

    public static TimeUnit parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
