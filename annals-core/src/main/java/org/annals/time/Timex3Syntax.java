package org.annals.time;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Checks that a string is a well-formed TIMEX3 value of the forms annals writes, and that a date it names exists
 * (no 30 February). A hand-written scanner: linear, no regular expressions.
 * <ul>
 *   <li>references: {@code PRESENT_REF}, {@code PAST_REF}, {@code FUTURE_REF};</li>
 *   <li>durations: {@code P} then amounts (digits, a decimal, or {@code X}) with designators
 *       {@code Y M W D Q S H DE CE ML WE}, and after {@code T}: {@code H M S} ({@code P3W}, {@code PT2H30M},
 *       {@code P1.5Y}, {@code PXY});</li>
 *   <li>dates: an optional {@code BC}, then a millennium (1 character), century (2), decade (3) or year (4 or more
 *       digits; {@code X} for unknown digits), then {@code -MM}, {@code -MM-DD}, {@code -Www}, {@code -Www-D},
 *       {@code -Www-WE}, {@code -Qn}, {@code -Hn}, {@code -SP/SU/FA/WI}, and an optional time: {@code Thh:mm},
 *       {@code Thh:mm:ss}, a zone ({@code Z}, {@code +hh}, {@code -hh}, {@code +hh:mm}) or a part of day
 *       ({@code TMO TMI TAF TEV TNI TDT}, {@code TXX}).</li>
 * </ul>
 */
public final class Timex3Syntax {

    private Timex3Syntax() {
    }

    /** Null when the value is well formed and possible, else what is wrong with it. */
    public static String problem(String v) {
        if (v == null || v.isEmpty()) {
            return "empty value";
        }
        if (v.equals("PRESENT_REF") || v.equals("PAST_REF") || v.equals("FUTURE_REF")) {
            return null;
        }
        if (v.charAt(0) == 'P') {
            return duration(v);
        }
        return date(v);
    }

    /** True when {@link #problem} finds nothing. */
    public static boolean isValid(String v) {
        return problem(v) == null;
    }

    private static String duration(String v) {
        int i = 1;
        boolean time = false;
        int parts = 0;
        while (i < v.length()) {
            if (v.charAt(i) == 'T') {
                if (time) {
                    return "two T in duration " + v;
                }
                time = true;
                i++;
                continue;
            }
            int start = i;
            if (v.charAt(i) == 'X') {
                i++;
            } else {
                while (i < v.length() && isDigit(v.charAt(i))) {
                    i++;
                }
                if (i < v.length() && v.charAt(i) == '.') {
                    i++;
                    int frac = i;
                    while (i < v.length() && isDigit(v.charAt(i))) {
                        i++;
                    }
                    if (i == frac) {
                        return "bad decimal in duration " + v;
                    }
                }
            }
            if (i == start) {
                return "amount expected at " + start + " in duration " + v;
            }
            if (i >= v.length()) {
                return "designator expected at the end of duration " + v;
            }
            int d = designator(v, i, time);
            if (d == 0) {
                return "bad designator at " + i + " in duration " + v;
            }
            i += d;
            parts++;
        }
        if (v.charAt(v.length() - 1) == 'T') {
            return "nothing after T in duration " + v;
        }
        return parts == 0 ? "duration without an amount: " + v : null;
    }

    /** The length of the designator at i, or 0. */
    private static int designator(String v, int i, boolean time) {
        char c = v.charAt(i);
        if (time) {
            return c == 'H' || c == 'M' || c == 'S' ? 1 : 0;
        }
        if (v.startsWith("DE", i) || v.startsWith("CE", i) || v.startsWith("ML", i) || v.startsWith("WE", i)) {
            return 2;
        }
        return "YMWDQSHL".indexOf(c) >= 0 ? 1 : 0;
    }

    private static String date(String v) {
        int i = v.startsWith("BC") ? 2 : 0;
        boolean bc = i == 2;
        int yearStart = i;
        while (i < v.length() && (isDigit(v.charAt(i)) || v.charAt(i) == 'X')) {
            i++;
        }
        int len = i - yearStart;
        if (len == 0) {
            return "year expected in " + v;
        }
        if (len < 4) {
            // millennium, century or decade: nothing may follow
            return i == v.length() ? null : "nothing may follow a " + len + "-digit year in " + v;
        }
        String year = v.substring(yearStart, i);
        if (i == v.length()) {
            return null;
        }
        if (v.charAt(i) == 'T') {
            return "a time needs a day in " + v;
        }
        if (v.charAt(i) != '-') {
            return "'-' expected after the year in " + v;
        }
        i++;
        String rest = v.substring(i);
        int t = rest.indexOf('T');
        String datePart = t < 0 ? rest : rest.substring(0, t);
        String timePart = t < 0 ? null : rest.substring(t + 1);
        String p = periodOfYear(datePart, year, bc);
        if (p != null) {
            return p + " in " + v;
        }
        if (timePart != null) {
            if (!dayLevel(datePart)) {
                return "a time needs a day in " + v;
            }
            String q = time(timePart);
            if (q != null) {
                return q + " in " + v;
            }
        }
        return null;
    }

    /** True for the forms that name a day: MM-DD, Www-D (X allowed). */
    private static boolean dayLevel(String s) {
        return s.length() == 5 && s.charAt(2) == '-' || s.length() == 5 && s.charAt(0) == 'W' && s.charAt(3) == '-';
    }

    private static String periodOfYear(String s, String year, boolean bc) {
        switch (s) {
            case "SP", "SU", "FA", "WI", "XX", "Q1", "Q2", "Q3", "Q4", "QX", "H1", "H2", "HX" -> {
                return null;
            }
            default -> { }
        }
        if (s.length() >= 3 && s.charAt(0) == 'W') {
            String week = s.substring(1, 3);
            if (!week.equals("XX") && !(isNumber(week) && between(week, 1, 53))) {
                return "bad week " + week;
            }
            if (s.length() == 3) {
                return null;
            }
            String tail = s.substring(3);
            if (tail.equals("-WE") || tail.length() == 2 && tail.charAt(0) == '-' && tail.charAt(1) >= '1'
                    && tail.charAt(1) <= '7') {
                return null;
            }
            return "bad day of week '" + tail + "'";
        }
        if (s.length() == 2) {
            return month(s);
        }
        if (s.length() == 5 && s.charAt(2) == '-') {
            String m = s.substring(0, 2);
            String d = s.substring(3);
            String p = month(m);
            if (p != null) {
                return p;
            }
            if (!d.equals("XX") && !(isNumber(d) && between(d, 1, 31))) {
                return "bad day " + d;
            }
            if (!bc && isNumber(year) && isNumber(m) && isNumber(d)) {
                try {
                    LocalDate.of(Integer.parseInt(year), Integer.parseInt(m), Integer.parseInt(d));
                } catch (DateTimeException | NumberFormatException e) {
                    return "impossible date " + year + "-" + s;
                }
            }
            return null;
        }
        return "bad period of the year '" + s + "'";
    }

    private static String month(String m) {
        return m.equals("XX") || isNumber(m) && between(m, 1, 12) ? null : "bad month " + m;
    }

    private static String time(String s) {
        switch (s) {
            case "MO", "MI", "AF", "EV", "NI", "DT", "XX" -> {
                return null;
            }
            default -> { }
        }
        if (s.length() < 5 || s.charAt(2) != ':' || !isNumber(s.substring(0, 2)) || !isNumber(s.substring(3, 5))) {
            return "bad time '" + s + "'";
        }
        int h = Integer.parseInt(s.substring(0, 2));
        int min = Integer.parseInt(s.substring(3, 5));
        if (h > 24 || min > 59 || h == 24 && min != 0) {
            return "impossible time " + s;
        }
        int i = 5;
        if (i < s.length() && s.charAt(i) == ':') {
            if (s.length() < i + 3 || !isNumber(s.substring(i + 1, i + 3))
                    || Integer.parseInt(s.substring(i + 1, i + 3)) > 60) {
                return "bad seconds in '" + s + "'";
            }
            i += 3;
        }
        String zone = s.substring(i);
        if (zone.isEmpty() || zone.equals("Z")) {
            return null;
        }
        if ((zone.charAt(0) == '+' || zone.charAt(0) == '-') && (zone.length() == 3 && isNumber(zone.substring(1))
                || zone.length() == 6 && zone.charAt(3) == ':' && isNumber(zone.substring(1, 3))
                && isNumber(zone.substring(4)))) {
            return Integer.parseInt(zone.substring(1, 3)) <= 14 ? null : "bad zone " + zone;
        }
        return "bad zone '" + zone + "'";
    }

    private static boolean between(String digits, int lo, int hi) {
        int n = Integer.parseInt(digits);
        return n >= lo && n <= hi;
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
