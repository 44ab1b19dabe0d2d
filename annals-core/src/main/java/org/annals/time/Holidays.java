package org.annals.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * Holidays whose date depends on the year (US calendar; Easter: Western, Gregorian): Thanksgiving is the fourth
 * Thursday of November, Election Day the Tuesday after the first Monday of November, Labor Day the first Monday of
 * September... Names are the lower-case words that name them ("thanksgiving", "labor", "easter").
 */
public final class Holidays {

    /** The names {@link #date} knows. */
    public static final Set<String> NAMES = Set.of("thanksgiving", "easter", "labor", "memorial", "columbus",
            "election", "independence", "veterans");

    private Holidays() {
    }

    /** The date of a holiday in a year, or null for a name not in {@link #NAMES}. */
    public static LocalDate date(String holiday, int y) {
        return switch (holiday) {
            case "thanksgiving" -> LocalDate.of(y, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            case "election" -> LocalDate.of(y, 11, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusDays(1);
            case "labor" -> LocalDate.of(y, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
            case "memorial" -> LocalDate.of(y, 5, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
            case "columbus" -> LocalDate.of(y, 10, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.MONDAY));
            case "independence" -> LocalDate.of(y, 7, 4);
            case "veterans" -> LocalDate.of(y, 11, 11);
            case "easter" -> easter(y);
            default -> null;
        };
    }

    /** Western Easter Sunday (anonymous Gregorian algorithm). */
    static LocalDate easter(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int mm = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * mm + 114) / 31;
        int day = (h + l - 7 * mm + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }
}
