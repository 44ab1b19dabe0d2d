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

/**
 * Holidays whose date a rule gives each year, read from {@code org/annals/time/holidays.tsv} (its comment lists the
 * rules): Thanksgiving is the fourth Thursday of November, Labor Day the first Monday of September, Good Friday two
 * days before Western Easter, Black Friday the day after Thanksgiving. Each has an id ("thanksgiving", "labor",
 * "good-friday") and the names that call it ("good friday"). Dates are in the proleptic Gregorian calendar; Orthodox
 * Easter is computed by the Julian computus and given in the Gregorian calendar. Immutable, thread-safe.
 */
public final class Holidays {

    /** One holiday: its id, its rule, the lower-case names (without apostrophes or periods) that call it. */
    public record Holiday(String id, String rule, List<String> names) {
    }

    private static final Map<String, Holiday> BY_ID = load();

    private Holidays() {
    }

    /** The holidays of the file, in its order. */
    public static List<Holiday> all() {
        return List.copyOf(BY_ID.values());
    }

    /** The date of a holiday in a year, or null for an id not in the file or a year the rule cannot give. */
    public static LocalDate date(String id, int y) {
        if (y < 1 || y > 9999) {
            return null;
        }
        return date(BY_ID, id, y);
    }

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
            if (date(out, h.id(), 2000) == null) {
                throw new IllegalStateException(name + ": no date for " + h.id() + " (" + h.rule() + ")");
            }
        }
        return out;
    }

    /** The date of holiday {@code id} of {@code table} in year {@code y} ({@code after:} rules look up another). */
    private static LocalDate date(Map<String, Holiday> table, String id, int y) {
        Holiday h = table.get(id);
        if (h == null) {
            return null;
        }
        String[] r = h.rule().split(":");
        if (r[0].equals("after")) {
            LocalDate base = r[1].equals(id) ? null : date(table, r[1], y);
            return base == null ? null : base.plusDays(Integer.parseInt(r[2]));
        }
        return dateOfRule(r, y);
    }

    private static LocalDate dateOfRule(String[] r, int y) {
        return switch (r[0]) {
            case "fixed" -> {
                String[] md = r[1].split("-");
                yield LocalDate.of(y, Integer.parseInt(md[0]), Integer.parseInt(md[1]));
            }
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
