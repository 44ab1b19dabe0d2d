package org.annals.time;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TIMEX3 value (and its mod) as people write it, for the timeline's readers: {@code BC0300} is "300 BC",
 * {@code 153} "the 1530s", {@code 11} "the 12th century", {@code 1538-WI} "winter 1538", {@code 1950-10} with mod END
 * "late October 1950", {@code 1618/1648} (a range) "1618–1648". A value of no form below (durations, sets,
 * {@code XXXX} placeholders, references) is returned as it is. English; stateless.
 */
public final class ReadableTime {

    private static final Pattern DATE = Pattern.compile(
            "(?<year>\\d{4})(?:-(?<month>\\d{2})(?:-(?<day>\\d{2})(?:T(?<clock>\\d{2}:\\d{2})|T(?<pod>MO|AF|EV|NI|DT))?)?"
                    + "|-(?<season>SP|SU|FA|WI)|-Q(?<quarter>[1-4])|-H(?<half>[12])|-W(?<week>\\d{2})(?<weekend>-WE)?)?");
    private static final Pattern BC_YEAR = Pattern.compile("BC(?<year>\\d{4})");
    private static final Pattern DECADE = Pattern.compile("(?<bc>BC)?(?<decade>\\d{3})");
    private static final Pattern CENTURY = Pattern.compile("(?<bc>BC)?(?<century>\\d{2})");

    private ReadableTime() {
    }

    /** The value with its mod (null: none) in words. */
    public static String of(String value, String mod) {
        if (value == null) {
            return "";
        }
        int slash = value.indexOf('/');
        if (slash > 0) {
            return withMod(plain(value.substring(0, slash)) + "\u2013" + plain(value.substring(slash + 1)), mod);
        }
        String s = plain(value);
        // "the early 1530s", "the late 12th century": the part-of-period word goes after the article
        if (s.startsWith("the ") && (DECADE.matcher(value).matches() || CENTURY.matcher(value).matches())
                && mod != null && (mod.equals("START") || mod.equals("MID") || mod.equals("END"))) {
            return "the " + withMod(s.substring(4), mod);
        }
        return withMod(s, mod);
    }

    private static String withMod(String s, String mod) {
        if (mod == null) {
            return s;
        }
        return switch (mod) {
            case "START" -> "early " + s;
            case "MID" -> "mid-" + s;
            case "END" -> "late " + s;
            case "APPROX" -> "about " + s;
            case "BEFORE" -> "before " + s;
            case "AFTER" -> "after " + s;
            case "ON_OR_BEFORE" -> "until " + s;
            case "ON_OR_AFTER" -> "from " + s;
            default -> s;
        };
    }

    private static String plain(String v) {
        Matcher m = DATE.matcher(v);
        if (m.matches()) {
            return date(m);
        }
        m = BC_YEAR.matcher(v);
        if (m.matches()) {
            return Integer.parseInt(m.group("year")) + " BC";
        }
        m = DECADE.matcher(v);
        if (m.matches()) {
            return "the " + Integer.parseInt(m.group("decade")) * 10 + "s" + (m.group("bc") != null ? " BC" : "");
        }
        m = CENTURY.matcher(v);
        if (m.matches()) {
            return "the " + ordinal(Integer.parseInt(m.group("century")) + 1) + " century"
                    + (m.group("bc") != null ? " BC" : "");
        }
        return v;
    }

    private static String date(Matcher m) {
        String year = Integer.toString(Integer.parseInt(m.group("year")));
        if (m.group("season") != null) {
            return season(m.group("season")) + " " + year;
        }
        if (m.group("quarter") != null) {
            return "the " + ordinal(Integer.parseInt(m.group("quarter"))) + " quarter of " + year;
        }
        if (m.group("half") != null) {
            return (m.group("half").equals("1") ? "the first half of " : "the second half of ") + year;
        }
        if (m.group("week") != null) {
            return (m.group("weekend") != null ? "the weekend of week " : "week ") + Integer.parseInt(m.group("week"))
                    + " of " + year;
        }
        if (m.group("month") == null) {
            return year;
        }
        String month = Month.of(Integer.parseInt(m.group("month"))).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (m.group("day") == null) {
            return month + " " + year;
        }
        String day = Integer.parseInt(m.group("day")) + " " + month + " " + year;
        if (m.group("clock") != null) {
            return day + ", " + m.group("clock");
        }
        if (m.group("pod") != null) {
            return day + ", " + partOfDay(m.group("pod"));
        }
        return day;
    }

    private static String season(String code) {
        return switch (code) {
            case "SP" -> "spring";
            case "SU" -> "summer";
            case "FA" -> "autumn";
            default -> "winter";
        };
    }

    private static String partOfDay(String code) {
        return switch (code) {
            case "MO" -> "morning";
            case "AF" -> "afternoon";
            case "EV" -> "evening";
            case "NI" -> "night";
            default -> "daytime";
        };
    }

    /** 1st, 2nd, 3rd, 4th ... 11th, 12th, 13th, 21st. */
    static String ordinal(int n) {
        int tens = n % 100;
        String suffix = tens >= 11 && tens <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
