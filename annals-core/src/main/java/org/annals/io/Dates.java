package org.annals.io;

import java.time.LocalDate;
import java.time.DateTimeException;

/**
 * Document dates from header values: {@code 1998-01-08}, {@code 1998-01-08T12:00:00}, {@code 19980108},
 * {@code 2020/10/04 15:05}, {@code 16.12.2012}, {@code Sun, 11 Oct 2020 07:34:36 GMT}, {@code October 4, 2020}; and
 * from the path of a page's address ({@code /2014/05/18/}) and from a short byline in seven languages ("am 24. Juli
 * 2017"). Regular expressions on short strings only (header values, addresses, bylines of at most 200 characters).
 */
final class Dates {

    private Dates() {
    }

    /** "2020/10/04", "2020.10.04" at the start of a value. */
    private static final java.util.regex.Pattern YMD = java.util.regex.Pattern.compile(
            "(?<y>(1[89]|20)[0-9]{2})[/.](?<m>[01]?[0-9])[/.](?<d>[0-3]?[0-9])(?![0-9]).*");
    /** "16.12.2012", "16/12/2012" (day first, as written in most of the world's pages). */
    private static final java.util.regex.Pattern DMY = java.util.regex.Pattern.compile(
            "(?<d>[0-3]?[0-9])[.](?<m>[01]?[0-9])[.](?<y>(1[89]|20)[0-9]{2})(?![0-9]).*");
    /** "Sun, 11 Oct 2020 07:34:36 GMT", "11 October 2020", "Oct 11, 2020", "October 11 2020". */
    private static final java.util.regex.Pattern WRITTEN = java.util.regex.Pattern.compile(
            "(?:[A-Za-z]{3,9},?\\s+)?(?:(?<d1>[0-3]?[0-9])\\s+(?<m1>[A-Za-z]{3,9})\\.?|(?<m2>[A-Za-z]{3,9})\\.?\\s+"
                    + "(?<d2>[0-3]?[0-9])(?:st|nd|rd|th)?,?)\\s+(?<y>(1[89]|20)[0-9]{2})(?![0-9]).*");
    /** Month names in seven languages, lower case ({@code org/annals/io/months.tsv}). */
    private static final java.util.Map<String, Integer> MONTH_NAMES = monthNames();

    private static java.util.Map<String, Integer> monthNames() {
        java.util.Map<String, Integer> m = new java.util.HashMap<>();
        for (org.annals.text.ResourceLines.Line line : org.annals.text.ResourceLines.read(Dates.class,
                "/org/annals/io/months.tsv")) {
            String[] f = line.fields();
            for (String name : f[1].split(" ")) {
                m.put(name, Integer.parseInt(f[0]));
            }
        }
        return java.util.Map.copyOf(m);
    }

    /** "24. Juli 2017", "4 de octubre de 2020", "le 3 mars 2019", "2 November 2021". */
    private static final java.util.regex.Pattern DAY_MONTH_YEAR = java.util.regex.Pattern.compile(
            "(?<![0-9])(?<d>[0-3]?[0-9])(?:\\.|er|º|°)?\\s+(?:de\\s+)?(?<m>\\p{L}{3,10})\\.?,?\\s+(?:de\\s+)?"
                    + "(?<y>(19|20)[0-9]{2})(?![0-9])");
    /** "Juli 24, 2017", "October 4th 2020". */
    private static final java.util.regex.Pattern MONTH_DAY_YEAR = java.util.regex.Pattern.compile(
            "(?<m>\\p{L}{3,10})\\.?\\s+(?<d>[0-3]?[0-9])(?:st|nd|rd|th)?,?\\s+(?<y>(19|20)[0-9]{2})(?![0-9])");
    /** "24.07.2017", "24/07/2017" in running text (day first, as pages outside the US write it). */
    private static final java.util.regex.Pattern NUMERIC_IN_TEXT = java.util.regex.Pattern.compile(
            "(?<![0-9./])(?<d>[0-3]?[0-9])[./](?<m>[01]?[0-9])[./](?<y>(19|20)[0-9]{2})(?![0-9./])");

    /** "30.10.23" in a date line of at most {@value #SHORT_DATE_LINE} characters: a day, a month, a year of two digits. */
    private static final java.util.regex.Pattern DOTTED_SHORT_YEAR = java.util.regex.Pattern.compile(
            "(?<![0-9./])(?<d>[0-3]?[0-9])\\.(?<m>[01]?[0-9])\\.(?<y>[0-9]{2})(?![0-9./])");
    /** Words before a number that make it a version, not a date. */
    private static final java.util.regex.Pattern VERSION_BEFORE = java.util.regex.Pattern.compile(
            "(?i)(?:version|ver\\.|v|release|build|rev\\.?|nr\\.|no\\.)\\s*$");
    /** Only so short a line is read as a date with a year of two digits (not a version number in prose). */
    static final int SHORT_DATE_LINE = 40;
    /** Two-digit years below this are 20xx, the others 19xx (pages are younger than 1970). */
    static final int CENTURY_PIVOT = 70;

    /**
     * The first date written in a short text such as a byline ("von Moritz Gathmann am 21. April 2020", "Publié le 3
     * mars 2019", "02.11.2021"), with month names in seven languages; null when there is none.
     */
    static LocalDate inText(String text) {
        if (text == null || text.length() > 200) {
            return null;
        }
        LocalDate best = null;
        int at = Integer.MAX_VALUE;
        for (java.util.regex.Pattern p : new java.util.regex.Pattern[] {DAY_MONTH_YEAR, MONTH_DAY_YEAR,
                NUMERIC_IN_TEXT, DOTTED_SHORT_YEAR}) {
            if (p == DOTTED_SHORT_YEAR && (best != null || text.length() > SHORT_DATE_LINE)) {
                break;
            }
            java.util.regex.Matcher x = p.matcher(text);
            while (x.find() && x.start() < at) {
                boolean numeric = p == NUMERIC_IN_TEXT || p == DOTTED_SHORT_YEAR;
                Integer month = numeric ? Integer.valueOf(x.group("m"))
                        : MONTH_NAMES.get(x.group("m").toLowerCase(java.util.Locale.ROOT));
                if (month == null) {
                    continue;
                }
                int year = Integer.parseInt(x.group("y"));
                if (p == DOTTED_SHORT_YEAR) {
                    if (VERSION_BEFORE.matcher(text.substring(Math.max(0, x.start() - 12), x.start())).find()) {
                        continue; // "Version 1.10.23"
                    }
                    year += year < CENTURY_PIVOT ? 2000 : 1900;
                }
                try {
                    best = LocalDate.of(year, month, Integer.parseInt(x.group("d")));
                    at = x.start();
                    break;
                } catch (DateTimeException e) {
                    // "31.02.2020" is no date: look further
                }
            }
        }
        return best;
    }

    /** The lists of {@code date-cues.tsv}. */
    private static final org.annals.text.WordLists CUES = org.annals.text.WordLists.load(Dates.class,
            "/org/annals/io/date-cues.tsv");
    /** A cue of publication, then what follows it. */
    static final java.util.regex.Pattern PUBLISHED = cuePattern("published");
    /** A cue of change, then what follows it. */
    static final java.util.regex.Pattern CHANGED = cuePattern("changed");
    /** How far after its cue a date may start. */
    private static final int AFTER_CUE = 40;

    private static java.util.regex.Pattern cuePattern(String list) {
        return java.util.regex.Pattern.compile("(?<![\\p{L}])(?:" + phrases(CUES.get(list)) + ")(?![\\p{L}])",
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    }

    /**
     * A regex alternation of word-list phrases ({@code lesen_sie_auch}: its words joined by {@code _}), each matched
     * literally, with any white space between its words.
     */
    static String phrases(Iterable<String> entries) {
        StringBuilder alternatives = new StringBuilder();
        for (String entry : entries) {
            alternatives.append(alternatives.length() == 0 ? "" : "|")
                    .append(java.util.regex.Pattern.quote(entry.replace('_', ' ')).replace(" ", "\\E\\s+\\Q"));
        }
        return alternatives.toString();
    }

    /**
     * The date written right after the first cue of {@code cue} in a page's text that has one ({@link #PUBLISHED}:
     * "Erschienen am: 01.11.2023", "Publié le 3 mars 2019"; {@link #CHANGED}: "Aktualisiert: 30.12.2016"), within
     * {@value #AFTER_CUE} characters; null when no cue is followed by a date.
     */
    static LocalDate afterCue(String text, java.util.regex.Pattern cue) {
        if (text == null) {
            return null;
        }
        java.util.regex.Matcher m = cue.matcher(text);
        while (m.find()) {
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + AFTER_CUE));
            LocalDate d = inText(after);
            if (d == null) {
                d = isoAtStart(after);
            }
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** "2019-11-10" at the start of a text (after white space and a colon). */
    private static LocalDate isoAtStart(String text) {
        java.util.regex.Matcher x = ISO_AT_START.matcher(text);
        if (!x.lookingAt()) {
            return null;
        }
        try {
            return ymd(x);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static final java.util.regex.Pattern ISO_AT_START = java.util.regex.Pattern.compile(
            "[\\s:]*(?<y>(19|20)[0-9]{2})-(?<m>[01][0-9])-(?<d>[0-3][0-9])(?![0-9])");

    /** A date in an address's path: "/2014/05/18/", "/2020-10-04/". */
    private static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile(
            "/(?<y>(19|20)[0-9]{2})[/-](?<m>[01]?[0-9])[/-](?<d>[0-3]?[0-9])(?:[/_.-]|$)");
    private static final String MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec";

    /** The calendar date at the start of a header value (surrounding whitespace ignored), or null when there is none. */
    static LocalDate datePart(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        try {
            java.util.regex.Matcher x = YMD.matcher(v);
            if (x.matches()) {
                return ymd(x);
            }
            x = DMY.matcher(v);
            if (x.matches()) {
                return ymd(x);
            }
            x = WRITTEN.matcher(v);
            if (x.matches()) {
                String m = (x.group("m1") != null ? x.group("m1") : x.group("m2")).toLowerCase(java.util.Locale.ROOT);
                int month = m.length() >= 3 ? MONTHS.indexOf(m.substring(0, 3)) : -1;
                if (month >= 0 && month % 4 == 0) {
                    String d = x.group("d1") != null ? x.group("d1") : x.group("d2");
                    return LocalDate.of(Integer.parseInt(x.group("y")), month / 4 + 1, Integer.parseInt(d));
                }
            }
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

    /** The moment an ISO date-time with an offset names ({@code 2015-08-11T16:22:37+01:00}), or null. */
    static java.time.Instant instant(String value) {
        try {
            return java.time.OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Whether a header value gives its time in UTC: {@code ...Z}, {@code +00:00}, {@code +0000}, GMT or UTC. */
    static boolean isUtc(String value) {
        String v = value.strip();
        return v.length() > 10 && (v.endsWith("Z") || v.endsWith("z") || v.endsWith("+00:00") || v.endsWith("+0000")
                || v.endsWith(" GMT") || v.endsWith(" UTC"));
    }

    /** The day an address's path names ("https://example.org/2014/05/18/title"), or null. */
    static LocalDate inUrl(String url) {
        if (url == null) {
            return null;
        }
        for (java.util.regex.Pattern p : new java.util.regex.Pattern[] {URL, URL_DAY_FIRST}) {
            java.util.regex.Matcher x = p.matcher(url);
            if (x.find()) {
                try {
                    return ymd(x);
                } catch (DateTimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** A whole date segment of an address written day first: "/meldungen/29-10-2021". */
    private static final java.util.regex.Pattern URL_DAY_FIRST = java.util.regex.Pattern.compile(
            "/(?<d>[0-3]?[0-9])-(?<m>[01]?[0-9])-(?<y>(19|20)[0-9]{2})(?:[/?#.]|$)");

    /** The day of a match's groups {@code y}, {@code m} and {@code d}; throws for no such day. */
    private static LocalDate ymd(java.util.regex.Matcher x) {
        return LocalDate.of(Integer.parseInt(x.group("y")), Integer.parseInt(x.group("m")),
                Integer.parseInt(x.group("d")));
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
