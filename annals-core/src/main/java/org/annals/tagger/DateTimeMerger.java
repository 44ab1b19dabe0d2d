package org.annals.tagger;

import org.annals.expression.Candidate;
import org.annals.expression.TemporalExpression;
import org.annals.model.TimexType;
import org.annals.text.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins a clock time and the day it is on into one TIME expression: "10 p.m. Wednesday", "5 p.m. EST, Nov. 9", "9:34 p.m., March 19 EST",
 * "3:30 p.m. yesterday", "Wednesday at 10 p.m." is left as two expressions, as TimeBank annotates it. A clock time of a
 * schedule joins its set: "every Tuesday from 10 a.m." is {@code XXXX-WXX-2T10:00}, not a Tuesday set and a 10 a.m. on
 * the day the story is at.
 */
public final class DateTimeMerger {

    private DateTimeMerger() {
    }

    /** Candidates sorted by start, not overlapping. */
    public static List<Candidate> merge(List<Token> tokens, List<Candidate> in) {
        in = zoneNames(tokens, in);
        in = partOfDayOf(tokens, in);
        in = rangeYears(tokens, in);
        List<Candidate> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Candidate c = in.get(i);
            if (i + 1 < in.size() && c.type() == TimexType.SET && clockOnly(in.get(i + 1))) {
                Candidate schedule = schedule(tokens, c, in.get(i + 1));
                if (schedule != null) {
                    out.add(schedule);
                    i++;
                    continue;
                }
            }
            if (i + 1 < in.size() && clockOnly(c)) {
                Candidate d = in.get(i + 1);
                if (adjacent(tokens, c, d)) {
                    Candidate merged = withClock(tokens, c, d);
                    if (merged != null) {
                        out.add(merged);
                        i++;
                        continue;
                    }
                }
            }
            out.add(c);
        }
        return out;
    }

    /**
     * "the morning of 31 January 1965", "the night of May 13", "early in the morning of 29 April 1975", "the early
     * morning hours of 30 April": the part of day joins the date, which becomes a TIME.
     */
    private static List<Candidate> partOfDayOf(List<Token> tokens, List<Candidate> in) {
        List<Candidate> out = new ArrayList<>(in.size());
        int previousEnd = 0;
        for (Candidate c : in) {
            Candidate r = c;
            if (c.expr() instanceof TemporalExpression.Point p && p.clock() == null && p.time().day() != null
                    && c.start() >= 3 && tokens.get(c.start() - 1).lower.equals("of")) {
                int k = c.start() - 2;
                if (tokens.get(k).lower.equals("hours")) {
                    k--;
                }
                Token pod = tokens.get(k);
                if (k >= 1 && pod.is(org.annals.text.Lex.PART_OF_DAY) && !pod.lower.endsWith("s")) {
                    int s = k;
                    org.annals.time.Mod mod = c.mod();
                    if (s >= 1 && (tokens.get(s - 1).lower.equals("early") || tokens.get(s - 1).lower.equals("late"))) {
                        mod = tokens.get(s - 1).lower.equals("early") ? org.annals.time.Mod.START
                                : org.annals.time.Mod.END;
                        s--;
                    }
                    if (s >= 1 && tokens.get(s - 1).lower.equals("the")) {
                        s--;
                    }
                    if (s >= 2 && tokens.get(s - 1).lower.equals("in") && (tokens.get(s - 2).lower.equals("early")
                            || tokens.get(s - 2).lower.equals("late"))) {
                        mod = tokens.get(s - 2).lower.equals("early") ? org.annals.time.Mod.START
                                : org.annals.time.Mod.END;
                        s -= 2;
                    }
                    if (s >= previousEnd) {
                        org.annals.time.PartialTime.PartOfDay part = org.annals.time.PartialTime.PartOfDay.values()[
                                pod.value(org.annals.text.Lex.PART_OF_DAY)];
                        r = new Candidate(s, c.end(), new TemporalExpression.Point(p.time(),
                                TemporalExpression.Clock.of(part), p.anchor(), p.shift()), TimexType.TIME, mod,
                                c.rule() + "+part-of-day", c.priority());
                    }
                }
            }
            out.add(r);
            previousEnd = r.end();
        }
        return out;
    }

    /**
     * "from April to June 1968", "April and June 1955", "August/September 1956": the first month of a range
     * takes the year written after the second.
     */
    private static List<Candidate> rangeYears(List<Token> tokens, List<Candidate> in) {
        List<Candidate> out = new ArrayList<>(in);
        for (int i = 0; i + 1 < out.size(); i++) {
            Candidate a = out.get(i);
            Candidate b = out.get(i + 1);
            if (!(a.expr() instanceof TemporalExpression.Point pa) || !(b.expr() instanceof TemporalExpression.Point pb)
                    || pa.time().year() != null || pb.time().year() == null || pa.shift() != 0
                    || pa.time().month() == null && pa.time().season() == null || b.start() - a.end() != 1) {
                continue;
            }
            Token between = tokens.get(a.end());
            if (!(between.lower.equals("to") || between.lower.equals("and") || between.lower.equals("or")
                    || between.lower.equals("through") || between.lower.equals("until") || between.isPunct('-')
                    || between.isPunct('/') || between.text.equals("\u2013"))) {
                continue;
            }
            org.annals.time.PartialTime withYear = pa.time().toBuilder().year(pb.time().year()).bc(pb.time().bc())
                    .build();
            if (pa.time().month() != null && withYear.startDate() != null && pb.time().startDate() != null
                    && withYear.startDate().isAfter(pb.time().startDate())) {
                // "December to March 1942": December of the year before
                withYear = withYear.toBuilder().year(pb.time().year() - 1).build();
            }
            out.set(i, a.withExpr(new TemporalExpression.Point(withYear, pa.clock(), pa.anchor(), 0), a.type()));
        }
        return out;
    }

    /** Words between a set and its clock time: "every Tuesday at 10 a.m.", "each morning from 9:30". */
    private static final java.util.Set<String> SCHEDULE_WORDS = java.util.Set.of("at", "from", "after", "until",
            "till", "before", "by");

    /**
     * "every Tuesday from 10 a.m.", "daily at 9:30", "every Sunday, 8 p.m.": the set at that time of day; null when
     * the set already has a time, or something else stands between them.
     */
    private static Candidate schedule(List<Token> tokens, Candidate set, Candidate time) {
        int gap = time.start() - set.end();
        if (gap > 1 || gap == 1 && !(SCHEDULE_WORDS.contains(tokens.get(set.end()).lower)
                || tokens.get(set.end()).isPunct(','))) {
            return null;
        }
        if (!(set.expr() instanceof TemporalExpression.Recurrence r)
                || !(r.value() instanceof org.annals.time.PartialTime p) || p.hour() != null
                || p.granularity().finerThan(org.annals.time.Granularity.DAY)) {
            return null;
        }
        TemporalExpression.Clock clock = ((TemporalExpression.Point) time.expr()).clock();
        if (clock.hour() == null) {
            return null;
        }
        org.annals.time.PartialTime at = p.toBuilder()
                .granularity(clock.minute() == null ? org.annals.time.Granularity.HOUR
                        : org.annals.time.Granularity.MINUTE)
                .hour(clock.hour()).minute(clock.minute() == null ? 0 : clock.minute()).build();
        return new Candidate(set.start(), time.end(), new TemporalExpression.Recurrence(at, r.quant(), r.freq()),
                TimexType.SET, set.mod(), set.rule() + "+" + time.rule(), set.priority());
    }

    private static boolean clockOnly(Candidate c) {
        return c.type() == TimexType.TIME && c.expr() instanceof TemporalExpression.Point p && p.clock() != null
                && p.time().month() == null && p.time().year() == null;
    }

    /** Only a comma or "on" between the two. */
    private static boolean adjacent(List<Token> tokens, Candidate a, Candidate b) {
        int gap = b.start() - a.end();
        if (gap == 0) {
            return true;
        }
        if (gap == 1) {
            Token t = tokens.get(a.end());
            return t.isPunct(',') || t.lower.equals("on");
        }
        return gap == 2 && tokens.get(a.end()).isPunct(',') && tokens.get(a.end() + 1).lower.equals("on");
    }

    /**
     * "3 p.m. Eastern Standard Time", "14:30 Central European Time", "noon Pacific time": a zone written in words
     * ({@link ZoneNames}) after a clock time is the clock's, and part of the expression (a zone that does not say its
     * offset adds no zone to the value).
     */
    private static List<Candidate> zoneNames(List<Token> tokens, List<Candidate> in) {
        List<Candidate> out = null;
        for (int i = 0; i < in.size(); i++) {
            Candidate c = in.get(i);
            if (c.type() != TimexType.TIME || c.end() >= tokens.size()) {
                continue;
            }
            ZoneNames.Found z = ZoneNames.at(tokens, c.end());
            if (z == null || i + 1 < in.size() && in.get(i + 1).start() < c.end() + z.length()) {
                continue;
            }
            TemporalExpression.Clock clock = clockOf(c.expr());
            if (clock == null || clock.hour() == null || clock.zone() != null) {
                continue;
            }
            TemporalExpression zoned = withClockOf(c.expr(), clock.withZone(z.zone()));
            if (out == null) {
                out = new ArrayList<>(in);
            }
            out.set(i, new Candidate(c.start(), c.end() + z.length(), zoned, c.type(), c.mod(), c.rule() + "+zone",
                    c.priority()));
        }
        return out == null ? in : out;
    }

    private static TemporalExpression.Clock clockOf(TemporalExpression e) {
        return switch (e) {
            case TemporalExpression.Point p -> p.clock();
            case TemporalExpression.Weekday w -> w.clock();
            case TemporalExpression.DayShift d -> d.clock();
            default -> null;
        };
    }

    private static TemporalExpression withClockOf(TemporalExpression e, TemporalExpression.Clock clock) {
        return switch (e) {
            case TemporalExpression.Point p -> new TemporalExpression.Point(p.time(), clock, p.anchor(), p.shift());
            case TemporalExpression.Weekday w -> new TemporalExpression.Weekday(w.dayOfWeek(), w.shift(), clock,
                    w.anchor(), w.sameWeek());
            case TemporalExpression.DayShift d -> new TemporalExpression.DayShift(d.days(), clock, d.anchor());
            default -> e;
        };
    }

    private static Candidate withClock(List<Token> tokens, Candidate time, Candidate day) {
        TemporalExpression.Clock clock = ((TemporalExpression.Point) time.expr()).clock();
        // "9:34 p.m., March 19 EST": the zone written after the day is the clock's
        int end = day.end();
        String zone = clock.zone() == null && end < tokens.size()
                && tokens.get(end).text.equals(tokens.get(end).text.toUpperCase(java.util.Locale.ROOT))
                ? T.zone(tokens.get(end)) : null;
        if (zone != null) {
            clock = clock.withZone(zone);
        }
        // a day without a clock of its own takes this one
        boolean takes = switch (day.expr()) {
            case TemporalExpression.Point p -> p.clock() == null && p.time().day() != null;
            case TemporalExpression.Weekday w -> w.clock() == null;
            case TemporalExpression.DayShift d -> d.clock() == null;
            default -> false;
        };
        if (!takes) {
            return null;
        }
        return new Candidate(time.start(), zone != null ? end + 1 : end, withClockOf(day.expr(), clock), TimexType.TIME,
                time.mod() != null ? time.mod() : day.mod(), time.rule() + "+" + day.rule(), time.priority());
    }
}
