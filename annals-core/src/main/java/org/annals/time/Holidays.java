package org.annals.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holidays whose date a rule gives each year, read from {@code org/annals/time/holidays.tsv} (its comment lists the
 * rules): Thanksgiving is the fourth Thursday of November, Labor Day the first Monday of September, Good Friday two
 * days before Western Easter, Black Friday the day after Thanksgiving. Each has an id ("thanksgiving", "labor",
 * "good-friday") and the names that call it ("good friday"). Dates are in the proleptic Gregorian calendar; Orthodox
 * Easter is computed by the Julian computus and given in the Gregorian calendar; Jewish, Islamic and Chinese feasts
 * by their calendars ({@link OtherCalendars}). A feast that lasts a month (Ramadan) is a span, and one whose date
 * nothing here computes (Diwali) only a window of days it always falls in. Immutable, thread-safe.
 */
public final class Holidays {

    /** One holiday: its id, its rule, the lower-case names (without apostrophes or periods) that call it. */
    public record Holiday(String id, String rule, List<String> names) {
    }

    /**
     * A holiday's days in one year: {@code first} to {@code last}, one day for most. Not {@code exact} when the days
     * are only a window the holiday falls in (Diwali), or two occurrences in one Gregorian year (an Islamic feast).
     */
    public record Occurrence(LocalDate first, LocalDate last, boolean exact) {

        /**
         * The value the text can be given: the day of an exact one-day holiday, else the smallest unit that holds
         * every day (the month of an exact span within one month, the year of the first day): never a guessed day.
         */
        public PartialTime value() {
            if (exact && first.equals(last)) {
                return PartialTime.ofDate(first);
            }
            if (exact && first.getYear() == last.getYear() && first.getMonthValue() == last.getMonthValue()) {
                return PartialTime.builder(Granularity.MONTH).year(first.getYear()).month(first.getMonthValue())
                        .build();
            }
            return PartialTime.builder(Granularity.YEAR).year(first.getYear()).build();
        }
    }

    private static final Map<String, Holiday> BY_ID = load();

    private Holidays() {
    }

    /** The holidays of the file, in its order. */
    public static List<Holiday> all() {
        return List.copyOf(BY_ID.values());
    }

    /**
     * The date of a one-day holiday in a year, or null for an id not in the file, a year the rule cannot give, or a
     * holiday that is no one day that year ({@link #occurrence}).
     */
    public static LocalDate date(String id, int y) {
        Occurrence o = occurrence(id, y);
        return o != null && o.exact() && o.first().equals(o.last()) ? o.first() : null;
    }

    /** A holiday's days in a year, or null for an id not in the file or a year the rule cannot give. */
    public static Occurrence occurrence(String id, int y) {
        if (y < 1 || y > 9999) {
            return null;
        }
        String key = id + "@" + y;
        Optional<Occurrence> known = CACHE.get(key);
        if (known == null) {
            // the other calendars take ICU some microseconds: each holiday-year is computed once (a bounded cache)
            known = Optional.ofNullable(occurrence(BY_ID, id, y));
            if (CACHE.size() < CACHE_LIMIT) {
                CACHE.put(key, known);
            }
        }
        return known.orElse(null);
    }

    private static final int CACHE_LIMIT = 20_000;
    private static final Map<String, Optional<Occurrence>> CACHE = new ConcurrentHashMap<>();

    private static DayOfWeek dow(String s) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(s)) {
                return d;
            }
        }
        throw new IllegalArgumentException("no weekday " + s);
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

    /**
     * Orthodox Easter Sunday: the Julian computus (Meeus), its Julian date moved to the Gregorian calendar by the
     * days between the two calendars in that century.
     */
    static LocalDate orthodoxEaster(int y) {
        int a = y % 4;
        int b = y % 7;
        int c = y % 19;
        int d = (19 * c + 15) % 30;
        int e = (2 * a + 4 * b - d + 34) % 7;
        int month = (d + e + 114) / 31;
        int day = (d + e + 114) % 31 + 1;
        int gap = y / 100 - y / 400 - 2; // Julian to Gregorian: 13 days in 1900-2099
        return LocalDate.of(y, month, day).plusDays(gap);
    }

    private static Map<String, Holiday> load() {
        String name = "/org/annals/time/holidays.tsv";
        Map<String, Holiday> out = new LinkedHashMap<>();
        try (InputStream in = Holidays.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length != 3) {
                    throw new IllegalStateException(name + ":" + n + ": id, rule and names expected");
                }
                List<String> names = new ArrayList<>();
                for (String v : c[2].split("\\|")) {
                    if (!v.isBlank()) {
                        names.add(v.strip());
                    }
                }
                if (out.put(c[0], new Holiday(c[0], c[1], List.copyOf(names))) != null) {
                    throw new IllegalStateException(name + ":" + n + ": " + c[0] + " twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // every rule must give a date
        for (Holiday h : out.values()) {
            if (occurrence(out, h.id(), 2000) == null) {
                throw new IllegalStateException(name + ": no date for " + h.id() + " (" + h.rule() + ")");
            }
        }
        return out;
    }

    /** The days of holiday {@code id} of {@code table} in year {@code y} ({@code after:} rules look up another). */
    private static Occurrence occurrence(Map<String, Holiday> table, String id, int y) {
        Holiday h = table.get(id);
        if (h == null) {
            return null;
        }
        String[] r = h.rule().split(":");
        try {
            return switch (r[0]) {
                case "after" -> {
                    Occurrence base = r[1].equals(id) ? null : occurrence(table, r[1], y);
                    yield base == null || !base.exact() ? null
                            : day(base.first().plusDays(Integer.parseInt(r[2])));
                }
                case "hebrew", "islamic", "chinese" -> {
                    OtherCalendars.Kind kind = OtherCalendars.Kind.of(r[0]);
                    List<LocalDate> days = OtherCalendars.days(kind, OtherCalendars.month(kind, r[1]),
                            Integer.parseInt(r[2]), y);
                    yield days.isEmpty() ? null : new Occurrence(days.getFirst(), days.getLast(), days.size() == 1);
                }
                case "islamic-month" -> {
                    OtherCalendars.Kind kind = OtherCalendars.Kind.ISLAMIC;
                    LocalDate[] span = OtherCalendars.monthSpan(kind, OtherCalendars.month(kind, r[1]), y);
                    yield span == null ? null : new Occurrence(span[0], span[1], true);
                }
                case "window" -> new Occurrence(monthDay(r[1], y), monthDay(r[2], y), false);
                default -> day(dateOfRule(r, y));
            };
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static Occurrence day(LocalDate d) {
        return d == null ? null : new Occurrence(d, d, true);
    }

    private static LocalDate monthDay(String mmdd, int y) {
        String[] md = mmdd.split("-");
        return LocalDate.of(y, Integer.parseInt(md[0]), Integer.parseInt(md[1]));
    }

    private static LocalDate dateOfRule(String[] r, int y) {
        return switch (r[0]) {
            case "fixed" -> monthDay(r[1], y);
            case "nth" -> LocalDate.of(y, Integer.parseInt(r[3]), 1)
                    .with(TemporalAdjusters.dayOfWeekInMonth(Integer.parseInt(r[1]), dow(r[2])));
            case "last" -> LocalDate.of(y, Integer.parseInt(r[2]), 1).with(TemporalAdjusters.lastInMonth(dow(r[1])));
            case "after-first" -> LocalDate.of(y, Integer.parseInt(r[3]), 1)
                    .with(TemporalAdjusters.firstInMonth(dow(r[2]))).with(TemporalAdjusters.next(dow(r[1])));
            case "easter" -> easter(y).plusDays(Integer.parseInt(r[1]));
            case "orthodox-easter" -> orthodoxEaster(y).plusDays(Integer.parseInt(r[1]));
            default -> null;
        };
    }
}
