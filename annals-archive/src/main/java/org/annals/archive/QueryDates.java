package org.annals.archive;

import java.time.Year;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The bounds of a time range as people write them, one grammar for the command line, the API and the page: a year, a
 * month or a day ({@code 1950}, {@code 1950-10}, {@code 1950-10-25}); a year of any length ({@code 800}, {@code
 * 0800}); years before Christ with a minus sign, as TIMEX3's {@code BC0264} ({@code -264}, {@code -0264-03}: 264
 * BC, not ISO's astronomical year), with {@code BC}/{@code BCE} before or after ({@code 264 BC}, {@code BC0264}), and
 * years after with {@code AD}/{@code CE} ({@code AD 800}, {@code 800 CE}). A start is the first day of what it names
 * ({@code 1950-10} is 1950-10-01), an end the last ({@code 1950-12} is 1950-12-31). Days are proleptic Gregorian with
 * astronomical years, as the archive stores them (264 BC is year -263). There is no year 0.
 */
public final class QueryDates {

    /** A bound: era words around a year with its month and day. */
    private static final Pattern BOUND = Pattern.compile(
            "(?i)(?:(?<preEra>BCE?|AD|CE)\\s*)?(?<minus>-)?(?<y>[0-9]{1,9})(?:-(?<m>[0-9]{1,2})(?:-(?<d>[0-9]{1,2}))?)?"
                    + "(?:\\s*(?<postEra>BCE?|AD|CE|B\\.C\\.(?:E\\.)?|A\\.D\\.))?");

    private QueryDates() {
    }

    /** The first day of a year, month or day. */
    public static LocalDate start(String text) {
        return bound(text, true);
    }

    /** The last day of a year, month or day. */
    public static LocalDate end(String text) {
        return bound(text, false);
    }

    private static LocalDate bound(String text, boolean first) {
        String t = text == null ? "" : text.strip();
        Matcher x = BOUND.matcher(t);
        if (!x.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date: write a year, a month or a day (1950,"
                    + " 1950-10, 1950-10-25; 800; 264 BC or -264)");
        }
        String pre = x.group("preEra");
        String post = x.group("postEra");
        if (pre != null && post != null) {
            throw new IllegalArgumentException("'" + text + "' names its era twice");
        }
        String era = (pre != null ? pre : post == null ? "" : post).replace(".", "").toUpperCase(java.util.Locale.ROOT);
        boolean bc = x.group("minus") != null || era.startsWith("BC");
        if (x.group("minus") != null && !era.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' has both a minus sign and an era");
        }
        long written = Long.parseLong(x.group("y"));
        if (written == 0) {
            throw new IllegalArgumentException("'" + text + "': there is no year 0 (1 BC is the year before AD 1)");
        }
        if (written > Year.MAX_VALUE) {
            throw new IllegalArgumentException("'" + text + "': the year is too large");
        }
        int year = bc ? (int) (1 - written) : (int) written;
        try {
            if (x.group("m") == null) {
                return first ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
            }
            YearMonth m = YearMonth.of(year, Integer.parseInt(x.group("m")));
            if (x.group("d") == null) {
                return first ? m.atDay(1) : m.atEndOfMonth();
            }
            return m.atDay(Integer.parseInt(x.group("d")));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid date: " + e.getMessage(), e);
        }
    }
}
