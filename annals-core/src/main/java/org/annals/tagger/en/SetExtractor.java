package org.annals.tagger.en;

import org.annals.expression.TemporalExpression;
import org.annals.model.TimexType;
import org.annals.tagger.RuleExtractor;
import org.annals.tagger.T;
import org.annals.text.Lex;
import org.annals.text.Token;
import org.annals.time.DurationValue;
import org.annals.time.Granularity;
import org.annals.time.PartialTime;
import org.annals.time.TimeUnit;

import java.util.Map;

import static org.annals.tagger.T.word;
import static org.annals.tagger.TokenPattern.cap;
import static org.annals.tagger.TokenPattern.of;
import static org.annals.tagger.TokenPattern.opt;
import static org.annals.tagger.TokenPattern.tok;

/**
 * Recurring times (TIMEX3 SET): "every Monday" (XXXX-WXX-1), "each year" (P1Y), "daily" (P1D), "annually",
 * "twice a week" (P1W, 2X), "three times a year", "on Mondays", "every other week".
 */
public final class SetExtractor extends RuleExtractor {

    private static final Map<String, TimeUnit> ADVERBS = Map.ofEntries(Map.entry("daily", TimeUnit.DAY),
            Map.entry("nightly", TimeUnit.DAY), Map.entry("weekly", TimeUnit.WEEK),
            Map.entry("biweekly", TimeUnit.WEEK), Map.entry("monthly", TimeUnit.MONTH),
            Map.entry("annually", TimeUnit.YEAR),
            Map.entry("yearly", TimeUnit.YEAR), Map.entry("hourly", TimeUnit.HOUR),
            Map.entry("annual", TimeUnit.YEAR));

    public SetExtractor() {
        super("set");
        rule("every-unit", 1, of(cap("q", word("every", "each")), opt(word("other", "second")), cap("unit", T.UNIT)),
                m -> {
                    TimeUnit u = Readings.unit(m.get("unit"));
                    String between = m.tokens().get(m.get("q").index + 1).lower;
                    Token after = m.end < m.tokens().size() ? m.tokens().get(m.end) : null;
                    if (m.get("unit").lower.equals("second") && after != null && (after.is(Lex.WEEKDAY)
                            || after.is(Lex.UNIT) || after.is(Lex.MONTH))) {
                        return null; // "every second Tuesday", "every second week": "second" ranks, it is no unit
                    }
                    long n = between.equals("other") || between.equals("second") && m.end - m.start == 3 ? 2 : 1;
                    return set(Readings.durationOf(java.math.BigDecimal.valueOf(n), m.get("unit")),
                            m.get("q").lower.toUpperCase(java.util.Locale.ROOT), null);
                });
        rule("every-n-units", 1, of(cap("q", word("every")), cap("n", T.NUMBER), cap("unit", T.UNITS)),
                m -> set(Readings.durationOf(Readings.amount(m.get("n")), m.get("unit")), "EVERY",
                        null));
        // "every Tuesday", "every other Tuesday" (a set of Tuesdays; TIMEX3 has no value for every second one)
        rule("every-weekday", 1, of(cap("q", word("every", "each")), opt(word("other", "second")), cap("wd", T.WEEKDAY),
                        cap("pod", T.PART_OF_DAY).opt()),
                m -> {
                    PartialTime wd = weekday(m.get("wd"));
                    Token pod = m.get("pod");
                    if (pod != null) {
                        wd = wd.toBuilder().granularity(Granularity.PART_OF_DAY).partOfDay(
                                PartialTime.PartOfDay.values()[pod.value(Lex.PART_OF_DAY)]).build();
                    }
                    return set(wd, m.get("q").lower.toUpperCase(java.util.Locale.ROOT), null);
                });
        // "every Tuesday and Thursday": the second day is a set too ("every Tuesday" is the rule above)
        rule("every-weekday-and-weekday", 2, of(cap("q", word("every", "each")), tok(T.WEEKDAY),
                        tok(word("and", "or")), cap("wd", T.WEEKDAY)),
                m -> set(weekday(m.get("wd")), m.get("q").lower.toUpperCase(java.util.Locale.ROOT), null).trim(3, 0));
        rule("weekdays-plural", of(cap("on", word("on")), cap("wd", t -> t.is(Lex.WEEKDAY) && t.capitalized()
                        && t.lower.endsWith("s") && t.text.length() > 4)),
                m -> set(weekday(m.get("wd")), null, null).trim(1, 0));
        // "Tuesday nights", "Sunday mornings": that part of every such day
        rule("weekday-pods", 1, of(cap("wd", T.WEEKDAY), cap("pod", t -> t.is(Lex.PART_OF_DAY) && t.lower.endsWith("s")
                        && !t.lower.equals("days"))),
                m -> set(weekday(m.get("wd")).toBuilder().granularity(Granularity.PART_OF_DAY).partOfDay(
                        PartialTime.PartOfDay.values()[m.get("pod").value(Lex.PART_OF_DAY)]).build(), null, null));
        rule("every-pod", 1, of(cap("q", word("every", "each")), cap("pod", T.PART_OF_DAY)),
                m -> {
                    PartialTime p = PartialTime.builder(Granularity.PART_OF_DAY).partOfDay(
                            PartialTime.PartOfDay.values()[m.get("pod").value(Lex.PART_OF_DAY)]).build();
                    return set(p, m.get("q").lower.toUpperCase(java.util.Locale.ROOT), null);
                });
        rule("every-month", 1, of(cap("q", word("every", "each")), cap("m", T.MONTH)),
                m -> set(PartialTime.builder(Granularity.MONTH).month(m.get("m").value(Lex.MONTH)).build(),
                        m.get("q").lower.toUpperCase(java.util.Locale.ROOT), null));
        rule("every-season", 1, of(cap("q", word("every", "each")), cap("s", T.SEASON)),
                m -> set(PartialTime.builder(Granularity.SEASON).season(PartialTime.Season.values()[m.get("s")
                        .value(Lex.SEASON)]).build(), m.get("q").lower.toUpperCase(java.util.Locale.ROOT), null));
        rule("adverb", of(cap("w", word(ADVERBS.keySet().toArray(String[]::new)))), m -> {
            Token w = m.get("w");
            if (w.lower.equals("annual")) {
                return null;
            }
            long n = w.lower.equals("biweekly") ? 2 : 1;
            return set(DurationValue.of(n, ADVERBS.get(w.lower)), null, null);
        });
        rule("times-a-unit", 1, of(cap("n", t -> t.isNumber() || t.lower.equals("once") || t.lower.equals("twice")
                        || t.lower.equals("thrice")), opt(word("times")), tok(word("a", "an", "per", "each", "every")),
                        cap("unit", T.UNIT)),
                m -> {
                    Token n = m.get("n");
                    int k = switch (n.lower) {
                        case "once" -> 1;
                        case "twice" -> 2;
                        case "thrice" -> 3;
                        default -> n.intValue();
                    };
                    if (n.isNumber() && !m.tokens().get(n.index + 1).lower.equals("times")) {
                        return null;
                    }
                    return set(DurationValue.of(1, Readings.unit(m.get("unit"))), null, k + "X");
                });
        // priority over the duration "a year": after an amount it is a rate ("$5 million a year")
        rule("per-unit", 1, of(cap("w", word("per", "a")), cap("unit", T.UNIT)), m -> {
            // "$5 a year", "30 cents per hour": a rate after an amount
            Token w = m.get("w");
            if (w.index == 0) {
                return null;
            }
            Token prev = m.tokens().get(w.index - 1);
            boolean amount = prev.isNumber() || prev.lower.equals("million") || prev.lower.equals("billion")
                    || prev.lower.equals("percent") || prev.isPunct('%') || prev.lower.equals("cents")
                    || prev.lower.equals("dollars");
            if (!amount) {
                return null;
            }
            return set(DurationValue.of(1, Readings.unit(m.get("unit"))), null, null);
        });
    }

    private static PartialTime weekday(Token wd) {
        return PartialTime.builder(Granularity.DAY).dayOfWeek(wd.value(Lex.WEEKDAY)).build();
    }

    private static Reading set(org.annals.time.TimeValue v, String quant, String freq) {
        return new Reading(new TemporalExpression.Recurrence(v, quant, freq), TimexType.SET);
    }
}
