package org.annals.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A point in time known to some granularity, field by field: each field is stated (read from the text),
 * implied (taken from the context: the document date, the narrative's reference time) or absent.
 *
 * <p>Immutable. The TIMEX3 value string is produced by {@link #timex3()} only.
 */
public final class PartialTime implements TimeValue {

    /** The fields of a partial time. */
    public enum Field { CENTURY, DECADE, YEAR, HALF, QUARTER, SEASON, MONTH, WEEK, DAY_OF_WEEK, DAY, PART_OF_DAY, HOUR, MINUTE, SECOND }

    /** Seasons, with their TIMEX3 codes. */
    public enum Season {
        SP, SU, FA, WI;

        /** The month a season starts in (northern hemisphere, meteorological; winter starts the year before). */
        public int startMonth() {
            return switch (this) {
                case SP -> 3;
                case SU -> 6;
                case FA -> 9;
                case WI -> 12;
            };
        }
    }

    /** Parts of day, with their TIMEX3 codes. */
    public enum PartOfDay { MO, MI, AF, EV, NI, DT }

    private final Granularity granularity;
    private final boolean bc;
    private final Integer century;   // e.g. 19 for the 1900s
    private final Integer decade;    // e.g. 195 for the 1950s
    private final Integer year;
    private final Integer half;
    private final Integer quarter;
    private final Season season;
    private final Integer month;
    private final Integer week;      // ISO week of year
    private final Integer dayOfWeek; // 1 = Monday
    private final Integer day;
    private final PartOfDay partOfDay;
    private final Integer hour;
    private final Integer minute;
    private final Integer second;
    private final String zone;
    private final boolean weekend;
    /** Implied fields as a bit set over {@link Field} ordinals (cheap to copy: one is built per expression). */
    private final int implied;

    private PartialTime(Builder b) {
        this.granularity = Objects.requireNonNull(b.granularity, "granularity");
        this.bc = b.bc;
        this.century = b.century;
        this.decade = b.decade;
        this.year = b.year;
        this.half = b.half;
        this.quarter = b.quarter;
        this.season = b.season;
        this.month = b.month;
        this.week = b.week;
        this.dayOfWeek = b.dayOfWeek;
        this.day = b.day;
        this.partOfDay = b.partOfDay;
        this.hour = b.hour;
        this.minute = b.minute;
        this.second = b.second;
        this.zone = b.zone;
        this.weekend = b.weekend;
        this.implied = b.implied;
        check();
    }

    private void check() {
        range(month, 1, 12, "month");
        range(day, 1, 31, "day");
        range(hour, 0, 24, "hour");
        range(minute, 0, 59, "minute");
        range(second, 0, 60, "second");
        range(quarter, 1, 4, "quarter");
        range(half, 1, 2, "half");
        range(week, 1, 53, "week");
        range(dayOfWeek, 1, 7, "day of week");
        if (year != null && year < 0) {
            throw new IllegalArgumentException("negative year " + year);
        }
        if (year != null && month != null && day != null && !bc) {
            if (day > YearMonth.of(year, month).lengthOfMonth()) {
                throw new IllegalArgumentException("impossible date " + year + "-" + month + "-" + day);
            }
        } else if (month != null && day != null) {
            int max = month == 2 ? 29 : YearMonth.of(2000, month).lengthOfMonth();
            if (day > max) {
                throw new IllegalArgumentException("impossible date --" + month + "-" + day);
            }
        }
    }

    private static void range(Integer v, int lo, int hi, String what) {
        if (v != null && (v < lo || v > hi)) {
            throw new IllegalArgumentException(what + " out of range: " + v);
        }
    }

    public static Builder builder(Granularity g) {
        return new Builder(g);
    }

    /** A day, all fields stated. */
    public static PartialTime ofDate(LocalDate d) {
        return builder(Granularity.DAY).year(d.getYear()).month(d.getMonthValue()).day(d.getDayOfMonth()).build();
    }

    public static PartialTime ofYear(int year) {
        return builder(Granularity.YEAR).year(year).build();
    }

    public static PartialTime ofMonth(int year, int month) {
        return builder(Granularity.MONTH).year(year).month(month).build();
    }

    public Builder toBuilder() {
        Builder b = new Builder(granularity);
        b.bc = bc;
        b.century = century;
        b.decade = decade;
        b.year = year;
        b.half = half;
        b.quarter = quarter;
        b.season = season;
        b.month = month;
        b.week = week;
        b.dayOfWeek = dayOfWeek;
        b.day = day;
        b.partOfDay = partOfDay;
        b.hour = hour;
        b.minute = minute;
        b.second = second;
        b.zone = zone;
        b.weekend = weekend;
        b.implied = implied;
        return b;
    }

    public Granularity granularity() { return granularity; }
    public boolean bc() { return bc; }
    public Integer century() { return century; }
    public Integer decade() { return decade; }
    public Integer year() { return year; }
    public Integer half() { return half; }
    public Integer quarter() { return quarter; }
    public Season season() { return season; }
    public Integer month() { return month; }
    public Integer week() { return week; }
    public Integer dayOfWeek() { return dayOfWeek; }
    public Integer day() { return day; }
    public PartOfDay partOfDay() { return partOfDay; }
    public Integer hour() { return hour; }
    public Integer minute() { return minute; }
    public Integer second() { return second; }
    public String zone() { return zone; }
    public boolean weekend() { return weekend; }

    /** Fields taken from context rather than read from the text. */
    public Set<Field> implied() {
        EnumSet<Field> s = EnumSet.noneOf(Field.class);
        for (Field f : Field.values()) {
            if ((implied & (1 << f.ordinal())) != 0) {
                s.add(f);
            }
        }
        return s;
    }

    public boolean isImplied(Field f) {
        return (implied & (1 << f.ordinal())) != 0;
    }


    /** The calendar date, when year, month and day are all known (not BC). */
    public LocalDate date() {
        if (year == null || month == null || day == null || bc) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    @Override
    public String timex3() {
        StringBuilder sb = new StringBuilder();
        switch (granularity) {
            case MILLENNIUM -> {
                if (year != null) {
                    sb.append(prefix()).append(year / 1000);
                } else if (century != null) {
                    sb.append(prefix()).append(century / 10);
                } else {
                    sb.append('X');
                }
                return sb.toString();
            }
            case CENTURY -> {
                sb.append(prefix());
                sb.append(century != null ? pad(century, 2) : year != null ? pad(year / 100, 2) : "XX");
                return sb.toString();
            }
            case DECADE -> {
                sb.append(prefix());
                sb.append(decade != null ? pad(decade, 3) : year != null ? pad(year / 10, 3) : "XXX");
                return sb.toString();
            }
            default -> { }
        }
        sb.append(yearString());
        switch (granularity) {
            case YEAR -> { }
            case HALF -> sb.append("-H").append(half == null ? "X" : half);
            case QUARTER -> sb.append("-Q").append(quarter == null ? "X" : quarter);
            case SEASON -> sb.append('-').append(season == null ? "XX" : season.name());
            case MONTH -> sb.append('-').append(month == null ? "XX" : pad(month, 2));
            case WEEK -> {
                sb.append("-W").append(week == null ? "XX" : pad(week, 2));
                if (weekend) {
                    sb.append("-WE");
                }
            }
            default -> appendDay(sb);
        }
        if (granularity.ordinal() >= Granularity.PART_OF_DAY.ordinal()) {
            appendTime(sb);
        }
        return sb.toString();
    }

    private void appendDay(StringBuilder sb) {
        if (month == null && day == null && dayOfWeek != null) {
            sb.append("-W").append(week == null ? "XX" : pad(week, 2)).append('-').append(dayOfWeek);
            return;
        }
        if (month == null && day == null && year == null && granularity.ordinal() >= Granularity.HOUR.ordinal()) {
            sb.append("-XX-XX");
            return;
        }
        sb.append('-').append(month == null ? "XX" : pad(month, 2));
        sb.append('-').append(day == null ? "XX" : pad(day, 2));
    }

    private void appendTime(StringBuilder sb) {
        sb.append('T');
        if (granularity == Granularity.PART_OF_DAY || hour == null) {
            sb.append(partOfDay == null ? "XX" : partOfDay.name());
            return;
        }
        sb.append(pad(hour, 2));
        sb.append(':').append(minute == null ? "00" : pad(minute, 2));
        if (granularity == Granularity.SECOND && second != null) {
            sb.append(':').append(pad(second, 2));
        }
        if (zone != null) {
            sb.append(zone);
        }
    }

    private String prefix() {
        return bc ? "BC" : "";
    }

    private String yearString() {
        if (year != null) {
            return prefix() + pad(year, 4);
        }
        if (decade != null) {
            return prefix() + pad(decade, 3) + "X";
        }
        if (century != null) {
            return prefix() + pad(century, 2) + "XX";
        }
        return "XXXX";
    }

    private static String pad(int v, int width) {
        String s = Integer.toString(v);
        if (s.length() >= width) {
            return s;
        }
        return "0".repeat(width - s.length()) + s;
    }

    /**
     * The first day of the period this value denotes, when its year, decade or century is known, in the proleptic
     * Gregorian calendar with astronomical years: 218 BC is year -217 ({@code BC0218} starts on -0217-01-01), the
     * 1530s ({@code 153}) start on 1530-01-01, the 12th century ({@code 11}) on 1100-01-01, the 480s BC
     * ({@code BC048}) on -0488-01-01 (489 BC).
     */
    public LocalDate startDate() {
        if (year == null) {
            // a decade or a century without a year: "the 1530s", "the 12th century", "the 480s BC"
            if (granularity == Granularity.DECADE && decade != null) {
                return LocalDate.of(bc ? 1 - (decade * 10 + 9) : decade * 10, 1, 1);
            }
            if (granularity == Granularity.CENTURY && century != null) {
                return LocalDate.of(bc ? 1 - (century * 100 + 99) : century * 100, 1, 1);
            }
            return null;
        }
        if (bc) {
            // a year BC: astronomical numbering; the period in it is found in a year AD of the same place in the
            // Gregorian 400-year cycle (same leap years and weekdays), then moved back whole cycles
            int astronomical = 1 - year;
            int proxy = Math.floorMod(astronomical, 400) + 2000;
            LocalDate d = toBuilder().bc(false).year(proxy).build().startDate();
            return d == null ? null : d.minusYears(proxy - astronomical);
        }
        return switch (granularity) {
            case MILLENNIUM -> LocalDate.of(year / 1000 * 1000, 1, 1);
            case CENTURY -> LocalDate.of(year / 100 * 100, 1, 1);
            case DECADE -> LocalDate.of(year / 10 * 10, 1, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
            case HALF -> half == null ? LocalDate.of(year, 1, 1) : LocalDate.of(year, half == 1 ? 1 : 7, 1);
            case QUARTER -> quarter == null ? LocalDate.of(year, 1, 1) : LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
            // the winter of a year is the one that ends in it: 1920-WI is December 1919 to February 1920
            case SEASON -> season == null ? LocalDate.of(year, 1, 1)
                    : season == Season.WI ? LocalDate.of(year - 1, 12, 1) : LocalDate.of(year, season.startMonth(), 1);
            case MONTH -> month == null ? LocalDate.of(year, 1, 1) : LocalDate.of(year, month, 1);
            case WEEK -> week == null ? LocalDate.of(year, 1, 1)
                    : LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY)
                            .plusDays(weekend ? 5 : 0);
            default -> {
                if (month != null && day != null) {
                    yield LocalDate.of(year, month, day);
                }
                if (week != null && dayOfWeek != null) {
                    yield LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                            .with(DayOfWeek.of(dayOfWeek));
                }
                yield month != null ? LocalDate.of(year, month, 1) : LocalDate.of(year, 1, 1);
            }
        };
    }

    /** The last day of the period this value denotes, when its start is known ({@link #startDate}). */
    public LocalDate endDate() {
        LocalDate s = startDate();
        if (s == null) {
            return null;
        }
        return switch (granularity) {
            case MILLENNIUM -> s.plusYears(1000).minusDays(1);
            case CENTURY -> s.plusYears(100).minusDays(1);
            case DECADE -> s.plusYears(10).minusDays(1);
            case YEAR -> s.plusYears(1).minusDays(1);
            case HALF -> half == null ? s.plusYears(1).minusDays(1) : s.plusMonths(6).minusDays(1);
            case QUARTER, SEASON -> (quarter == null && season == null) ? s.plusYears(1).minusDays(1) : s.plusMonths(3).minusDays(1);
            case MONTH -> month == null ? s.plusYears(1).minusDays(1) : s.plusMonths(1).minusDays(1);
            case WEEK -> week == null ? s.plusYears(1).minusDays(1) : s.plusDays(weekend ? 1 : 6);
            default -> (day != null || dayOfWeek != null && week != null) ? s
                    : month != null ? s.plusMonths(1).minusDays(1) : s.plusYears(1).minusDays(1);
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialTime p && p.timex3().equals(timex3()) && p.implied == implied;
    }

    @Override
    public int hashCode() {
        return timex3().hashCode();
    }

    @Override
    public String toString() {
        return timex3() + (implied == 0 ? "" : " implied=" + implied().toString().toLowerCase(Locale.ROOT));
    }

    /** Builds partial times; every setter marks its field stated unless {@link #implied(Field)} says otherwise. */
    public static final class Builder {
        private Granularity granularity;
        private boolean bc;
        private Integer century;
        private Integer decade;
        private Integer year;
        private Integer half;
        private Integer quarter;
        private Season season;
        private Integer month;
        private Integer week;
        private Integer dayOfWeek;
        private Integer day;
        private PartOfDay partOfDay;
        private Integer hour;
        private Integer minute;
        private Integer second;
        private String zone;
        private boolean weekend;
        private int implied;

        private Builder(Granularity g) {
            this.granularity = g;
        }

        public Builder granularity(Granularity g) { this.granularity = g; return this; }
        public Builder bc(boolean v) { this.bc = v; return this; }
        public Builder century(Integer v) { this.century = v; return this; }
        public Builder decade(Integer v) { this.decade = v; return this; }
        public Builder year(Integer v) { this.year = v; return this; }
        public Builder half(Integer v) { this.half = v; return this; }
        public Builder quarter(Integer v) { this.quarter = v; return this; }
        public Builder season(Season v) { this.season = v; return this; }
        public Builder month(Integer v) { this.month = v; return this; }
        public Builder week(Integer v) { this.week = v; return this; }
        public Builder dayOfWeek(Integer v) { this.dayOfWeek = v; return this; }
        public Builder day(Integer v) { this.day = v; return this; }
        public Builder partOfDay(PartOfDay v) { this.partOfDay = v; return this; }
        public Builder hour(Integer v) { this.hour = v; return this; }
        public Builder minute(Integer v) { this.minute = v; return this; }
        public Builder second(Integer v) { this.second = v; return this; }
        public Builder zone(String v) { this.zone = v; return this; }
        public Builder weekend(boolean v) { this.weekend = v; return this; }

        /** Marks a field as taken from context. */
        public Builder implied(Field f) { implied |= 1 << f.ordinal(); return this; }

        public Builder stated(Field f) { implied &= ~(1 << f.ordinal()); return this; }

        /** Fills year, month and day from a date, marking them implied. */
        public Builder impliedDate(LocalDate d) {
            year = d.getYear();
            month = d.getMonthValue();
            day = d.getDayOfMonth();
            implied(Field.YEAR);
            implied(Field.MONTH);
            implied(Field.DAY);
            return this;
        }

        public PartialTime build() {
            return new PartialTime(this);
        }
    }
}
