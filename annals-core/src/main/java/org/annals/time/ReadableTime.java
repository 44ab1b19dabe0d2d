package org.annals.time;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TIMEX3 value (and its mod) as people write it, for the timeline's readers: {@code BC0300} is "300 BC",
 * {@code 153} "the 1530s", {@code 11} "the 12th century", {@code 1538-WI} "winter 1538", {@code 1950-10} with mod END
 * "late October 1950", {@code 1618/1648} (a range) "1618–1648", {@code PRESENT_REF} "now", {@code P3W} "3 weeks",
 * {@code XXXX-10-25} "25 October, year unknown", and with {@link #ofSet} {@code XXXX-WXX-1T18:00} "every Monday at
 * 18:00". Only a value of none of these forms (a malformed one) is returned as it is. English; stateless.
 */
public final class ReadableTime {

    private static final Pattern DATE = Pattern.compile(
            "(?<year>\\d{4})(?:-(?<month>\\d{2})(?:-(?<day>\\d{2})(?:T(?<clock>\\d{2}:\\d{2})(?::\\d{2}(?:\\.\\d+)?)?|T(?<pod>MO|AF|EV|NI|DT))?)?"
                    + "|-(?<season>SP|SU|FA|WI)|-Q(?<quarter>[1-4])|-H(?<half>[12])|-W(?<week>\\d{2})(?<weekend>-WE)?)?");
    private static final Pattern BC_YEAR = Pattern.compile("BC(?<year>\\d{4})");
    private static final Pattern DECADE = Pattern.compile("(?<bc>BC)?(?<decade>\\d{3})");
    private static final Pattern CENTURY = Pattern.compile("(?<bc>BC)?(?<century>\\d{2})");
    /** A date some of whose fields are unknown: "XXXX-10-25", "XXXX-WXX-1", "XXXX-XX-XXT18:00", "XXXX-SU". */
    private static final Pattern PARTIAL = Pattern.compile(
            "XXXX(?:-(?:(?<month>\\d{2}|XX)(?:-(?<day>\\d{2}|XX))?|WXX-(?<dow>[1-7])|(?<season>SP|SU|FA|WI)))?"
                    + "(?:T(?:(?<clock>\\d{2}:\\d{2})(?::\\d{2})?|(?<pod>MO|AF|EV|NI|DT)))?");
    /** A duration: "P3W", "PT6H", "P2DT3H", "PXY", "P1DE", "P1.5H". */
    private static final Pattern DURATION = Pattern.compile("P(?<date>(?:(?:\\d+(?:\\.\\d+)?|X)(?:Y|M|W|D|DE|CE|ML|Q|WE))*)"
            + "(?:T(?<time>(?:(?:\\d+(?:\\.\\d+)?|X)(?:H|M|S|MO|AF|EV|NI|DT))+))?");
    private static final Pattern DURATION_PART = Pattern.compile(
            "(?<n>\\d+(?:\\.\\d+)?|X)(?<unit>DE|CE|ML|WE|MO|AF|EV|NI|DT|[YMWDQHS])");

    private ReadableTime() {
    }

    /** The value with its mod (null: none) in words. */
    public static String of(String value, String mod) {
        if (value == null) {
            return "";
        }
        switch (value) {
            case "PRESENT_REF":
                return withMod("now", mod);
            case "PAST_REF":
                return withMod("the past", mod);
            case "FUTURE_REF":
                return withMod("the future", mod);
            default:
                break;
        }
        if (value.startsWith("P")) {
            String d = duration(value);
            if (d != null) {
                return withMod(d, mod);
            }
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

    /**
     * The value of a SET time expression in words: "every Monday at 18:00" ({@code XXXX-WXX-1T18:00}), "every day"
     * ({@code P1D}), "every 2 weeks" ({@code P2W}), "every morning" ({@code XXXX-XX-XXTMO}), "every October"
     * ({@code XXXX-10}); a value of no such form as {@link #of}.
     */
    public static String ofSet(String value, String mod) {
        if (value == null) {
            return "";
        }
        if (value.startsWith("P")) {
            String d = duration(value);
            if (d != null) { // "every 1 day" is "every day"
                return withMod("every " + (d.startsWith("1 ") && d.indexOf(' ', 2) < 0 ? d.substring(2) : d), mod);
            }
        }
        Matcher m = PARTIAL.matcher(value);
        if (m.matches()) {
            String when = partial(m, true);
            if (when != null) {
                return withMod("every " + when, mod);
            }
        }
        return of(value, mod);
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
        m = PARTIAL.matcher(v);
        if (m.matches()) {
            String when = partial(m, false);
            if (when != null) {
                return when;
            }
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

    /**
     * A partial date in words: "25 October, year unknown", "Monday, date unknown", "18:00, day unknown"; for a set
     * ({@code every}) without the unknown part: "Monday at 18:00", "25 October", "morning". Null when nothing is known.
     */
    private static String partial(Matcher m, boolean every) {
        String month = m.group("month") == null || m.group("month").equals("XX") ? null
                : Month.of(Integer.parseInt(m.group("month"))).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String day = m.group("day") == null || m.group("day").equals("XX") ? null
                : Integer.toString(Integer.parseInt(m.group("day")));
        String dow = m.group("dow") == null ? null
                : java.time.DayOfWeek.of(Integer.parseInt(m.group("dow"))).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String time = m.group("clock") != null ? m.group("clock")
                : m.group("pod") != null ? partOfDay(m.group("pod")) : null;
        String date;
        String unknown;
        if (dow != null) {
            date = dow;
            unknown = "date unknown";
        } else if (m.group("season") != null) {
            date = season(m.group("season"));
            unknown = "year unknown";
        } else if (month != null) {
            date = day != null ? day + " " + month : month;
            unknown = "year unknown";
        } else if (day != null) {
            date = "day " + day + " of the month";
            unknown = "month unknown";
        } else {
            date = null;
            unknown = "day unknown";
        }
        if (date == null && time == null) {
            return null;
        }
        if (every) {
            if (date == null) {
                return m.group("clock") != null ? "day at " + time : time;
            }
            return time == null ? date : date + (m.group("clock") != null ? " at " : " ") + time;
        }
        String what = date == null ? time : time == null ? date : date + ", " + time;
        return what + ", " + unknown;
    }

    /** "3 weeks", "6 hours", "2 days 3 hours", "years" (PXY), "1.5 hours"; null when {@code v} is no duration. */
    private static String duration(String v) {
        Matcher m = DURATION.matcher(v);
        if (!m.matches() || m.group("date").isEmpty() && m.group("time") == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        parts(m.group("date"), false, sb);
        if (m.group("time") != null) {
            parts(m.group("time"), true, sb);
        }
        return sb.toString();
    }

    private static void parts(String s, boolean time, StringBuilder sb) {
        Matcher p = DURATION_PART.matcher(s);
        while (p.find()) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            String n = p.group("n");
            boolean one = n.equals("1");
            if (n.equals("X")) {
                sb.append(unit(p.group("unit"), true, time));
            } else {
                sb.append(n).append(' ').append(unit(p.group("unit"), !one, time));
            }
        }
    }

    private static String unit(String code, boolean plural, boolean time) {
        String one = switch (code) {
            case "Y" -> "year";
            case "M" -> time ? "minute" : "month";
            case "W" -> "week";
            case "D" -> "day";
            case "DE" -> "decade";
            case "CE" -> "century";
            case "ML" -> "millennium";
            case "Q" -> "quarter";
            case "WE" -> "weekend";
            case "H" -> "hour";
            case "S" -> "second";
            case "MO" -> "morning";
            case "AF" -> "afternoon";
            case "EV" -> "evening";
            case "NI" -> "night";
            default -> "daytime";
        };
        if (!plural) {
            return one;
        }
        return switch (one) {
            case "century" -> "centuries";
            case "millennium" -> "millennia";
            default -> one + "s";
        };
    }

    private static String season(String code) {
        return switch (code) {
            case "SP" -> "spring";
            case "SU" -> "summer";
            case "FA" -> "fall"; // as the issue and American news write it; "autumn" is read as the same
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
