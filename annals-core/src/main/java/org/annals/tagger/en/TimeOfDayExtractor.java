package org.annals.tagger.en;

import org.annals.expression.TemporalExpression;
import org.annals.expression.TemporalExpression.AnchorKind;
import org.annals.expression.TemporalExpression.Clock;
import org.annals.model.TimexType;
import org.annals.tagger.RuleExtractor;
import org.annals.tagger.T;
import org.annals.tagger.TokenPattern.Match;
import org.annals.text.Lex;
import org.annals.text.Token;
import org.annals.text.WordLists;
import org.annals.time.Granularity;
import org.annals.time.PartialTime;

import java.util.function.Predicate;

import static org.annals.tagger.T.word;
import static org.annals.tagger.TokenPattern.cap;
import static org.annals.tagger.TokenPattern.of;
import static org.annals.tagger.TokenPattern.opt;
import static org.annals.tagger.TokenPattern.tok;

/**
 * Clock times: "3:30 p.m.", "3 p.m. EST", "15:30", "noon", "midnight", "10 o'clock", "around 7:15 p.m."; compact
 * forms "6pm", "4:45pm", "11.30am", "2.30 a.m.", "16h30", "at 9h", "0930 GMT", "at 1900 hours".
 */
public final class TimeOfDayExtractor extends RuleExtractor {

    private static final Predicate<Token> HOUR = t -> t.kind == Token.Kind.DIGITS && t.text.length() <= 2
            && t.intValue() <= 24;
    private static final Predicate<Token> MINUTE = t -> t.kind == Token.Kind.DIGITS && t.text.length() == 2
            && t.intValue() < 60 && !t.spaceBefore;
    /** Words before "3 in the afternoon" that make the number a clock time: {@code time-of-day.tsv}. */
    private static final java.util.Set<String> CLOCK_PREPOSITIONS = WordLists.load(TimeOfDayExtractor.class,
            "/org/annals/tagger/en/time-of-day.tsv").get("clock-prepositions");
    private static final Predicate<Token> COLON = t -> t.isPunct(':') && !t.spaceBefore;

    public TimeOfDayExtractor() {
        super("time-of-day");
        rule("hh-mm", 2, of(cap("h", HOUR), tok(COLON), cap("m", MINUTE), opt(COLON), cap("s", MINUTE).opt(),
                        cap("ampm", T.AMPM).opt(), cap("zone", T.lex(Lex.ZONE)).opt()),
                m -> clock(m, m.get("h").intValue(), m.get("m").intValue()));
        rule("h-ampm", 2, of(cap("h", t -> HOUR.test(t) && t.intValue() >= 1 && t.intValue() <= 12),
                        cap("ampm", T.AMPM), cap("zone", T.lex(Lex.ZONE)).opt()),
                m -> clock(m, m.get("h").intValue(), 0));
        // "3 o'clock", "9 o'clock in the evening" (the part of the day says a.m. or p.m.)
        rule("oclock", 2, of(cap("h", t -> (t.isInteger() && t.number >= 1 && t.number <= 12)),
                        tok(word("o")), tok(T.APOSTROPHE), tok(word("clock")), cap("ampm", T.AMPM).opt(),
                        cap("in", word("in", "at")).opt(), opt(word("the")),
                        cap("pod", PARTS_OF_DAY).opt()),
                TimeOfDayExtractor::oclock);
        rule("oclock-word", 2, of(cap("h", t -> (t.isInteger() && t.number >= 1 && t.number <= 12)),
                        tok(word("o'clock")), cap("in", word("in", "at")).opt(), opt(word("the")),
                        cap("pod", PARTS_OF_DAY).opt()),
                TimeOfDayExtractor::oclock);
        // "4 in the morning", "9 in the evening", "11 at night": the part of day says a.m. or p.m.
        rule("h-in-the-pod", 2, of(cap("h", t -> t.isInteger() && t.number >= 1 && t.number <= 12),
                        cap("in", word("in", "at")), opt(word("the")), cap("pod", PARTS_OF_DAY)),
                m -> {
                    Token prev = m.start > 0 ? m.tokens().get(m.start - 1) : null;
                    if (prev == null || !CLOCK_PREPOSITIONS.contains(prev.lower)) {
                        return null; // "won 3 in the afternoon session"
                    }
                    String pod = m.get("pod").lower;
                    if (!inThePartOfDay(m)) {
                        return null;
                    }
                    int h = m.get("h").intValue();
                    boolean pm = switch (pod) {
                        case "morning" -> false;
                        case "night" -> h >= 6 && h < 12;
                        default -> h < 12;
                    };
                    if (pod.equals("morning") && h == 12 || pod.equals("night") && h == 12) {
                        h = 0;
                    } else if (pm) {
                        h += 12;
                    }
                    return at(h, 0, null, null);
                });
        // "tonight at 8", "tomorrow morning at 9", "Friday evening at 7:30": an hour of the dial after "at", with a part
        // of the day just before that says a.m. or p.m. (alone, "at 8" may be anything)
        rule("at-hour-of-pod", 2, of(tok(word("at")), cap("h", t -> t.isInteger() && t.number >= 1 && t.number <= 11
                        && t.kind == Token.Kind.DIGITS), opt(COLON), cap("m", MINUTE).opt()),
                m -> {
                    String pod = podBefore(m.tokens(), m.start);
                    Token after = m.end < m.tokens().size() ? m.tokens().get(m.end) : null;
                    if (pod == null || after != null && (T.AMPM.test(after) || after.isNumber() || after.isPunct(':')
                            || after.kind == Token.Kind.WORD && AFTER_A_BARE_HOUR_NOT.contains(after.lower))) {
                        return null;
                    }
                    int h = m.get("h").intValue();
                    // the hours each part of the day holds on the dial: "tonight at 2" may be 2 a.m. or a slip
                    boolean pm = !pod.equals("morning");
                    boolean fits = switch (pod) {
                        case "morning" -> h >= 5;
                        case "afternoon" -> h <= 6;
                        default -> h >= 5; // evening, night, tonight
                    };
                    if (!fits) {
                        return null;
                    }
                    Reading r = twelveHour(h, m.has("m") ? m.get("m").intValue() : 0, pm, null);
                    return r == null ? null : r.trim(1, 0);
                });
        // compact forms, one token or glued to the minutes: "6pm", "630pm", "4:45pm", "11.30am", "2.30 a.m.",
        // "16h30", "9h" (after a clock preposition), "0930 GMT", "1900 hours"
        rule("compact-ampm", 2, of(cap("c", t -> t.kind == Token.Kind.WORD && COMPACT_AMPM.matcher(t.lower).matches()),
                        cap("zone", T.lex(Lex.ZONE)).opt()),
                m -> {
                    java.util.regex.Matcher x = COMPACT_AMPM.matcher(m.get("c").lower);
                    x.matches();
                    int minute = x.group("m") == null ? 0 : Integer.parseInt(x.group("m"));
                    return twelveHour(Integer.parseInt(x.group("h")), minute, x.group("ap").startsWith("p"),
                            m.get("zone"));
                });
        rule("hh-sep-mm-ampm", 2, of(cap("h", HOUR), tok(t -> (t.isPunct(':') || t.isPunct('.')) && !t.spaceBefore),
                        cap("c", t -> t.kind == Token.Kind.WORD && !t.spaceBefore
                                && MINUTES_AMPM.matcher(t.lower).matches()), cap("zone", T.lex(Lex.ZONE)).opt()),
                m -> {
                    java.util.regex.Matcher x = MINUTES_AMPM.matcher(m.get("c").lower);
                    x.matches();
                    return twelveHour(m.get("h").intValue(), Integer.parseInt(x.group("m")),
                            x.group("ap").startsWith("p"), m.get("zone"));
                });
        rule("dotted-ampm", 2, of(cap("n", t -> t.kind == Token.Kind.NUMBER && DOTTED.matcher(t.text).matches()),
                        cap("ampm", T.AMPM), cap("zone", T.lex(Lex.ZONE)).opt()),
                m -> {
                    java.util.regex.Matcher x = DOTTED.matcher(m.get("n").text);
                    x.matches();
                    return twelveHour(Integer.parseInt(x.group("h")), Integer.parseInt(x.group("m")),
                            T.isPm(m.get("ampm")), m.get("zone"));
                });
        rule("h-h-mm", 2, of(cap("c", t -> t.kind == Token.Kind.WORD && H_CLOCK.matcher(t.lower).matches())), m -> {
            java.util.regex.Matcher x = H_CLOCK.matcher(m.get("c").lower);
            x.matches();
            Token prev = m.start > 0 ? m.tokens().get(m.start - 1) : null;
            if (x.group("m") == null && (prev == null || !CLOCK_PREPOSITIONS.contains(prev.lower))) {
                return null; // "9h" alone may be anything; "at 9h" is a time
            }
            return twentyFourHour(Integer.parseInt(x.group("h")), x.group("m") == null ? 0
                    : Integer.parseInt(x.group("m")), null);
        });
        rule("military", 2, of(cap("n", t -> t.kind == Token.Kind.DIGITS && t.text.length() == 4),
                        cap("after", t -> t.is(Lex.ZONE) && t.text.equals(t.text.toUpperCase(java.util.Locale.ROOT))
                                || t.lower.equals("hours") || t.lower.equals("hrs") || t.lower.equals("h"))),
                m -> {
                    int v = m.get("n").intValue();
                    Token after = m.get("after");
                    Token prev = m.start > 0 ? m.tokens().get(m.start - 1) : null;
                    if (!after.is(Lex.ZONE) && (prev == null || !CLOCK_PREPOSITIONS.contains(prev.lower))) {
                        return null; // "1500 hours of flight time" is a length; "at 1900 hours" a time
                    }
                    // "at about 10:35 a.m. (0735 GMT)": the same instant in another zone, as wire reports restate
                    // it, not a time of its own
                    if (prev != null && prev.isPunct('(') && m.start >= 2 && (T.AMPM.test(m.tokens().get(m.start - 2))
                            || m.tokens().get(m.start - 2).is(Lex.ZONE))) {
                        return null;
                    }
                    return twentyFourHour(v / 100, v % 100, after.is(Lex.ZONE) ? after : null);
                });
        // "a quarter past six", "half past one", "twenty after nine", "ten to four", "a quarter of eight": minutes
        // before or after an hour of the dial (as written: "six" is 06, unless a.m./p.m. or a part of day says more)
        rule("minutes-past-hour", 3, of(opt(word("a")), cap("min", t -> t.lower.equals("quarter") || t.lower.equals("half")
                        || t.isInteger() && t.number >= 1 && t.number <= 29),
                        opt(word("minutes", "minute")), cap("rel", word("past", "after", "to", "till", "before", "of")),
                        cap("h", t -> t.isInteger() && t.number >= 1 && t.number <= 12 || t.is(Lex.CLOCK_WORD)),
                        opt(word("o'clock")), cap("ampm", T.AMPM).opt(), cap("in", word("in", "at")).opt(),
                        opt(word("the")), cap("pod", PARTS_OF_DAY).opt()),
                m -> {
                    Token min = m.get("min");
                    String rel = m.get("rel").lower;
                    boolean word = min.lower.equals("quarter") || min.lower.equals("half");
                    if (min.lower.equals("half") && !rel.equals("past")) {
                        return null; // "half past one" only
                    }
                    if (rel.equals("of") && !min.lower.equals("quarter")) {
                        return null; // "a quarter of eight"; "ten of them" is no time
                    }
                    boolean before = rel.equals("to") || rel.equals("till") || rel.equals("before") || rel.equals("of");
                    // "from 9 to 5", "open 9 till 5": digits before "to" are the start of a range of hours ("of"
                    // takes only "a quarter")
                    if (before && min.kind == Token.Kind.DIGITS && !m.tokens().get(min.index + 1).lower
                            .startsWith("minute")) {
                        return null;
                    }
                    // a number of minutes needs a clock context: "at ten to four", not "voted ten to four"
                    Token prev = m.start > 0 ? m.tokens().get(m.start - 1) : null;
                    if (!word && !m.has("ampm") && (prev == null || !CLOCK_PREPOSITIONS.contains(prev.lower)
                            && !prev.lower.equals("is") && !prev.lower.equals("'s"))) {
                        return null;
                    }
                    int minutes = min.lower.equals("quarter") ? 15 : min.lower.equals("half") ? 30 : min.intValue();
                    Token h = m.get("h");
                    int trim = podTrim(m);
                    if (h.is(Lex.CLOCK_WORD)) {
                        // "a quarter to noon" (11:45), "ten to midnight" (23:50), "half past midnight" (00:30)
                        if (m.has("ampm") || m.has("pod") || h.value(Lex.CLOCK_WORD) % 12 != 0) {
                            return null;
                        }
                        int base = h.value(Lex.CLOCK_WORD) == 24 && !before ? 0 : h.value(Lex.CLOCK_WORD);
                        int total = base * 60 + (before ? -minutes : minutes);
                        Reading r = twentyFourHour(total / 60, total % 60, null);
                        return r == null ? null : r.trim(0, trim);
                    }
                    int hour = h.intValue();
                    if (before) {
                        hour = hour == 1 ? 12 : hour - 1;
                        minutes = 60 - minutes;
                    }
                    Boolean pm = m.has("ampm") ? Boolean.valueOf(T.isPm(m.get("ampm"))) : podPm(m, hour);
                    if (m.has("ampm") && m.has("pod")) {
                        return null;
                    }
                    Reading r = pm != null ? twelveHour(hour, minutes, pm, null) : twentyFourHour(hour, minutes, null);
                    return r == null ? null : r.trim(0, trim);
                });
        // "noon", "midnight", and "twelve noon", "12 midnight": the twelve is part of the name (midnight is T24:00)
        rule("noon", 1, of(cap("twelve", t -> t.isInteger() && t.number == 12).opt(), cap("w", T.lex(Lex.CLOCK_WORD))),
                m -> {
            if (m.has("twelve") && m.get("w").value(Lex.CLOCK_WORD) % 12 != 0) {
                return null;
            }
            int h = m.get("w").value(Lex.CLOCK_WORD);
            return new Reading(new TemporalExpression.Point(PartialTime.builder(Granularity.MINUTE).hour(h).minute(0)
                    .build(), new Clock(h, 0, null, null, null), AnchorKind.DEICTIC), TimexType.TIME);
        });
    }

    /**
     * The part of the day (morning, afternoon, evening, night, tonight) in the two words before token {@code at}, or
     * null.
     */
    private static String podBefore(java.util.List<Token> ts, int at) {
        for (int i = at - 1; i >= Math.max(0, at - 2); i--) {
            String w = ts.get(i).lower;
            switch (w) {
                case "morning", "afternoon", "evening", "night", "tonight" -> {
                    return w;
                }
                default -> {
                }
            }
        }
        return null;
    }

    /** After "tonight at 8": words that make the number something else ("at 8 percent", "at 9 degrees"). */
    private static final java.util.Set<String> AFTER_A_BARE_HOUR_NOT = WordLists.load(TimeOfDayExtractor.class,
            "/org/annals/tagger/en/time-of-day.tsv").get("not-after-a-bare-hour");

    private static Reading oclock(Match m) {
        int trim = podTrim(m);
        int hour = m.get("h").intValue();
        Boolean pm = m.has("ampm") ? null : podPm(m, hour);
        Reading r;
        if (pm != null) {
            r = twelveHour(hour, 0, pm, null);
        } else if (m.has("pod") && trim == 0) {
            return null; // "3 o'clock at night" and other parts the hour cannot be in
        } else {
            r = clock(m, hour, 0);
        }
        return r == null ? null : r.trim(0, trim);
    }

    /**
     * After a clock: "in the morning", "in the afternoon", "in the evening", "at night" say a.m. or p.m. for the
     * hour (null when there is none, the words do not go together, or the hour is not in that part of the day).
     */
    private static Boolean podPm(Match m, int hour) {
        if (!m.has("pod") || !m.has("in")) {
            return null;
        }
        if (!inThePartOfDay(m)) {
            return null;
        }
        return switch (m.get("pod").lower) {
            case "morning" -> hour >= 1 && hour <= 11 ? Boolean.FALSE : null;
            case "afternoon" -> hour == 12 || hour >= 1 && hour <= 6 ? Boolean.TRUE : null;
            case "evening" -> hour >= 5 && hour <= 11 ? Boolean.TRUE : null;
            default -> hour >= 7 && hour <= 11 ? Boolean.TRUE : null; // night
        };
    }

    /** The words of a part of the day after a clock: "in the morning", "in the evening", "at night" only. */
    private static boolean inThePartOfDay(Match m) {
        boolean at = m.get("in").lower.equals("at");
        boolean the = m.tokens().get(m.get("in").index + 1).lower.equals("the");
        return at == m.get("pod").lower.equals("night") && at != the;
    }

    /** "morning", "afternoon", "evening", "night" after a clock's "in the" or "at". */
    private static final Predicate<Token> PARTS_OF_DAY = word("morning", "afternoon", "evening", "night");

    /** The tokens after the clock that are no part of it: "in the" without a part of the day it can be in. */
    private static int podTrim(Match m) {
        if (!m.has("in")) {
            return 0;
        }
        int hour = m.get("h").is(Lex.CLOCK_WORD) ? 12 : m.get("h").intValue();
        return podPm(m, hour) != null && !m.get("h").is(Lex.CLOCK_WORD) ? 0 : m.end - m.get("in").index;
    }

    /** "6pm", "630pm", "11am": an hour of 1 to 12, two optional minute digits, am or pm. */
    private static final java.util.regex.Pattern COMPACT_AMPM = java.util.regex.Pattern.compile(
            "(?<h>1[0-2]|0?[1-9])(?<m>[0-5][0-9])?(?<ap>am|pm|a\\.m\\.?|p\\.m\\.?)");
    /** "45pm" after "4:", "30am" after "11.". */
    private static final java.util.regex.Pattern MINUTES_AMPM = java.util.regex.Pattern.compile(
            "(?<m>[0-5][0-9])(?<ap>am|pm)");
    /** "2.30" before "a.m.". */
    private static final java.util.regex.Pattern DOTTED = java.util.regex.Pattern.compile(
            "(?<h>1[0-2]|0?[1-9])\\.(?<m>[0-5][0-9])");
    /** "16h30", "9h": the French and military writing of a 24-hour clock. */
    private static final java.util.regex.Pattern H_CLOCK = java.util.regex.Pattern.compile(
            "(?<h>[01]?[0-9]|2[0-3])h(?<m>[0-5][0-9])?");

    /** A clock time on a 12-hour dial: 12 a.m. is midnight (hour 0), 12 p.m. noon. */
    private static Reading twelveHour(int hour, int minute, boolean pm, Token zone) {
        if (hour < 1 || hour > 12 || minute > 59) {
            return null;
        }
        return twentyFourHour(onDial(hour, pm), minute, zone);
    }

    /** An hour of 1 to 12 with a.m. or p.m. as an hour of the day: 12 a.m. is 0, 12 p.m. is 12, 3 p.m. is 15. */
    private static int onDial(int hour, boolean pm) {
        return pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
    }

    /** A clock time on a 24-hour dial ("16h30", "0930 GMT"); null when it is no time of day. */
    private static Reading twentyFourHour(int hour, int minute, Token zone) {
        if (hour > 24 || minute > 59) {
            return null;
        }
        return at(hour, minute, null, zone);
    }

    /** The reading of a time of day; null for 24:00 with minutes or seconds ("24:15" is no time of day). */
    private static Reading at(int hour, int minute, Integer second, Token zone) {
        if (hour == 24 && (minute != 0 || second != null && second != 0)) {
            return null;
        }
        String z = zone == null ? null : T.zone(zone);
        PartialTime p = PartialTime.builder(second != null ? Granularity.SECOND : Granularity.MINUTE).hour(hour)
                .minute(minute).second(second).build();
        return new Reading(new TemporalExpression.Point(p, new Clock(hour, minute, second, z, null), AnchorKind.DEICTIC),
                TimexType.TIME);
    }

    private static Reading clock(Match m, int hour, int minute) {
        Token ampm = m.get("ampm");
        Token zone = m.get("zone");
        if (ampm != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = onDial(hour, T.isPm(ampm));
        } else if (m.get("s") == null) {
            // "3:30" without a.m./p.m.: a score or ratio unless it looks like a clock
            Token prev = m.start > 0 ? m.tokens().get(m.start - 1) : null;
            boolean at = prev != null && (prev.lower.equals("at") || prev.lower.equals("by") || prev.lower.equals("until")
                    || prev.lower.equals("around") || prev.lower.equals("about") || prev.lower.equals("after")
                    || prev.lower.equals("before"));
            if (!at && zone == null) {
                return null;
            }
        }
        return at(hour, minute, m.get("s") == null ? null : m.get("s").intValue(), zone);
    }
}
