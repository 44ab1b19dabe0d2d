package org.annals.archive;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The bounds of a time range as people write them: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. A start is
 * the first day of what it names ({@code 1950-10} is 1950-10-01), an end the last ({@code 1950-12} is 1950-12-31).
 */
public final class QueryDates {

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
        try {
            if (t.length() == 4 && digits(t)) {
                int year = Integer.parseInt(t);
                return first ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
            }
            if (t.length() == 7 && t.charAt(4) == '-' && digits(t.substring(0, 4)) && digits(t.substring(5))) {
                YearMonth m = YearMonth.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5)));
                return first ? m.atDay(1) : m.atEndOfMonth();
            }
            if (t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
                return LocalDate.parse(t);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid date: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("'" + text + "' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
