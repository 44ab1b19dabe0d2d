package org.annals.io;

import java.time.LocalDate;
import java.time.DateTimeException;

/** Document dates from header values such as {@code 1998-01-08}, {@code 1998-01-08T12:00:00}, {@code 19980108}. */
final class Dates {

    private Dates() {
    }

    /** The calendar date at the start of a header value (surrounding whitespace ignored), or null when there is none. */
    static LocalDate datePart(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-' && digits(v, 0, 4) && digits(v, 5, 7)
                    && digits(v, 8, 10) && (v.length() == 10 || !Character.isDigit(v.charAt(10)))) {
                return LocalDate.parse(v.substring(0, 10));
            }
            if (v.length() >= 8 && digits(v, 0, 8) && (v.length() == 8 || !Character.isDigit(v.charAt(8)))) {
                return LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4, 6)),
                        Integer.parseInt(v.substring(6, 8)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
