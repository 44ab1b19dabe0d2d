package org.annals.time;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.HebrewCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Days of the Hebrew, Islamic and Chinese calendars in the (proleptic) Gregorian one, through ICU4J: 15 Nisan
 * (Passover), 1 Shawwal (Eid al-Fitr), the first day of the first Chinese month (the Chinese New Year). The Islamic
 * calendar is Umm al-Qura, the published calendar of Saudi Arabia (ICU falls back to the arithmetic civil calendar
 * outside 1300-1600 AH); a day seen by the moon elsewhere can be a day later. Stateless: each call builds its own
 * calendar (ICU calendars are not thread-safe).
 */
final class OtherCalendars {

    /** A calendar of the file's rules: "hebrew", "islamic" or "chinese". */
    enum Kind {
        HEBREW, ISLAMIC, CHINESE;

        static Kind of(String rule) {
            return valueOf(rule.toUpperCase(Locale.ROOT));
        }
    }

    private OtherCalendars() {
    }

    /**
     * The Hebrew month of a name (TISHRI, HESHVAN, KISLEV, TEVET, SHEVAT, ADAR_1, ADAR, NISAN, IYAR, SIVAN, TAMUZ, AV,
     * ELUL; ADAR is Adar II in a leap year), or for the other calendars the month's number from 1; ICU's 0-based month.
     */
    static int month(Kind kind, String month) {
        if (kind != Kind.HEBREW) {
            int m = Integer.parseInt(month);
            if (m < 1 || m > 12) {
                throw new IllegalArgumentException("no month " + month);
            }
            return m - 1;
        }
        return switch (month) {
            case "TISHRI" -> HebrewCalendar.TISHRI;
            case "HESHVAN" -> HebrewCalendar.HESHVAN;
            case "KISLEV" -> HebrewCalendar.KISLEV;
            case "TEVET" -> HebrewCalendar.TEVET;
            case "SHEVAT" -> HebrewCalendar.SHEVAT;
            case "ADAR_1" -> HebrewCalendar.ADAR_1;
            case "ADAR" -> HebrewCalendar.ADAR;
            case "NISAN" -> HebrewCalendar.NISAN;
            case "IYAR" -> HebrewCalendar.IYAR;
            case "SIVAN" -> HebrewCalendar.SIVAN;
            case "TAMUZ" -> HebrewCalendar.TAMUZ;
            case "AV" -> HebrewCalendar.AV;
            case "ELUL" -> HebrewCalendar.ELUL;
            default -> throw new IllegalArgumentException("no Hebrew month " + month);
        };
    }

    /**
     * The Gregorian days of Gregorian year {@code y} that are day {@code day} of month {@code month} (ICU's 0-based
     * month) of the calendar: none, one, or two (an Islamic year is 11 days shorter than the Gregorian one).
     */
    static List<LocalDate> days(Kind kind, int month, int day, int y) {
        List<LocalDate> out = new ArrayList<>(2);
        Calendar cal = calendar(kind);
        int year = yearAt(cal, LocalDate.of(y, 1, 1));
        for (int e = year - 1; e <= year + 1; e++) {
            LocalDate d = day(cal, e, month, day);
            if (d != null && d.getYear() == y) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * The first and last Gregorian days of month {@code month} (0-based) of the calendar's year that begins it in
     * Gregorian year {@code y}; the first of two such months, or null for none.
     */
    static LocalDate[] monthSpan(Kind kind, int month, int y) {
        Calendar cal = calendar(kind);
        int year = yearAt(cal, LocalDate.of(y, 1, 1));
        for (int e = year - 1; e <= year + 1; e++) {
            LocalDate first = day(cal, e, month, 1);
            if (first != null && first.getYear() == y) {
                int length = cal.getActualMaximum(Calendar.DAY_OF_MONTH);
                return new LocalDate[] {first, first.plusDays(length - 1)};
            }
        }
        return null;
    }

    private static Calendar calendar(Kind kind) {
        TimeZone utc = TimeZone.GMT_ZONE;
        Calendar cal = switch (kind) {
            case HEBREW -> new HebrewCalendar(utc, ULocale.ROOT);
            case ISLAMIC -> {
                IslamicCalendar c = new IslamicCalendar(utc, ULocale.ROOT);
                c.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
                yield c;
            }
            case CHINESE -> new ChineseCalendar(utc, ULocale.ROOT);
        };
        cal.setLenient(false);
        return cal;
    }

    /** The calendar's extended year on a Gregorian day. */
    private static int yearAt(Calendar cal, LocalDate d) {
        cal.clear();
        cal.setTimeInMillis(d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        return cal.get(Calendar.EXTENDED_YEAR);
    }

    /** The Gregorian day of a day of the calendar, or null when the calendar has no such day. */
    private static LocalDate day(Calendar cal, int extendedYear, int month, int day) {
        if (extendedYear < 1) {
            return null;
        }
        cal.clear();
        cal.set(Calendar.EXTENDED_YEAR, extendedYear);
        cal.set(Calendar.MONTH, month);
        if (cal instanceof ChineseCalendar) {
            cal.set(Calendar.IS_LEAP_MONTH, 0);
        }
        cal.set(Calendar.DAY_OF_MONTH, day);
        try {
            return Instant.ofEpochMilli(cal.getTimeInMillis()).atZone(ZoneOffset.UTC).toLocalDate();
        } catch (IllegalArgumentException noSuchDay) {
            return null;
        }
    }
}
