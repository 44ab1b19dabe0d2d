package org.annals.tagger.en;

import org.annals.expression.TemporalExpression;
import org.annals.expression.TemporalExpression.AnchorKind;
import org.annals.model.TimexType;
import org.annals.tagger.RuleExtractor;
import org.annals.tagger.T;
import org.annals.tagger.TokenPattern.Match;
import org.annals.text.Lex;
import org.annals.text.Token;
import org.annals.text.WordLists;
import org.annals.time.DurationValue;
import org.annals.time.TimeUnit;

import java.math.BigDecimal;
import java.util.Set;

import static org.annals.tagger.T.AMOUNT;
import static org.annals.tagger.T.ANY_UNIT;
import static org.annals.tagger.T.HYPHEN;
import static org.annals.tagger.T.UNIT;
import static org.annals.tagger.T.UNITS;
import static org.annals.tagger.T.word;
import static org.annals.tagger.TokenPattern.cap;
import static org.annals.tagger.TokenPattern.of;
import static org.annals.tagger.TokenPattern.opt;
import static org.annals.tagger.TokenPattern.phrase;
import static org.annals.tagger.TokenPattern.tok;

/**
 * Durations: "three weeks" (P3W), "24 hours", "a year", "five-year" (P5Y), "several months" (PXM), "years",
 * "months-long", "half an hour", "a year and a half", "2 1/2 years", "the past three months", "the next two
 * years", "the first nine months".
 */
public final class DurationExtractor extends RuleExtractor {

    /** The word lists of this family, each with what it is for: {@code org/annals/tagger/en/duration.tsv}. */
    private static final WordLists WORDS = WordLists.load(DurationExtractor.class,
            "/org/annals/tagger/en/duration.tsv");
    /** Nouns whose age is no duration ("a 6-year-old boy"). */
    private static final Set<String> AGE_NOUNS = WORDS.get("age-nouns");
    private static final Set<String> NOT_A_NOUN = WORDS.get("not-a-noun");

    private static final Set<String> NOT_AFTER_BARE_PLURAL = Set.of("of", "old", "'");

    public DurationExtractor() {
        super("duration");
        rule("n-units", of(cap("the", word("the")).opt(), cap("n", AMOUNT), opt(HYPHEN), cap("unit", ANY_UNIT)), m -> {
            Token n = m.get("n");
            Token unit = m.get("unit");
            BigDecimal amount = Readings.amount(n);
            if (m.has("the") && (n.lower.equals("a") || n.lower.equals("an"))) {
                return null;
            }
            // "1988 second quarter", "two second": a count with a singular unit is an adjective ("five-year",
            // "a five year plan") or no duration at all
            boolean hyphen = unit.index > n.index + 1;
            if (hyphen && m.has("the")) {
                return null; // "the five-year plan": the adjective alone, read by the rule without "the"
            }
            if (!hyphen && unit.is(org.annals.text.Lex.UNIT) && amount.compareTo(BigDecimal.ONE) > 0
                    && (unit.lower.equals("second") || n.kind == Token.Kind.DIGITS && n.text.length() == 4)) {
                return null;
            }
            // "a" + plural ("a weeks") is not English; "one years" neither; "2 year" only when hyphenated/adjectival
            if ((n.lower.equals("a") || n.lower.equals("an")) && !unit.is(org.annals.text.Lex.UNIT)) {
                return null;
            }
            if (n.kind == Token.Kind.DIGITS && n.text.length() > 1 && n.text.charAt(0) == '0') {
                return null;
            }
            // "second quarter" is an ordinal reading, not "2 quarters"; "one day" can be a vague day: keep as duration
            if ((n.lower.equals("a") || n.lower.equals("an")) && m.end < m.tokens().size()
                    && m.tokens().get(m.end).lower.equals("ago")) {
                return null;
            }
            // "three-quarters of its food", "more than a quarter of the market": a fraction, not three quarters
            if (Readings.unit(unit) == TimeUnit.QUARTER && m.end < m.tokens().size()
                    && m.tokens().get(m.end).lower.equals("of")) {
                return null;
            }
            // "a 6-year-old boy", "Mr. Schwarz, 52 years old": an age, not a duration; "a year-end bonus", "a
            // day-long meeting": the unit starts a compound word (unit-long reads the latter); "a second attack": an
            // ordinal
            if (m.end + 1 < m.tokens().size() && T.HYPHEN.test(m.tokens().get(m.end))
                    && !m.tokens().get(m.end).spaceBefore && m.tokens().get(m.end + 1).kind == Token.Kind.WORD
                    && !m.tokens().get(m.end + 1).spaceBefore
                    || m.end < m.tokens().size() && m.tokens().get(m.end).lower.equals("old")) {
                return null;
            }
            if (unit.lower.equals("second") && (n.lower.equals("a") || n.lower.equals("one"))
                    && m.end < m.tokens().size() && m.tokens().get(m.end).kind == Token.Kind.WORD
                    && !m.tokens().get(m.end).lower.equals("or") && !m.tokens().get(m.end).lower.equals("and")) {
                return null;
            }
            return Readings.duration(Readings.durationOf(amount, unit));
        });
        // "a six-week-old strike", "an 8-month-old dispute": the age of a thing is how long it has lasted; the age
        // of a person or an animal ("a 6-month-old baby") is no time (duration.tsv age-nouns), nor is an age in years
        // ("a 44-year-old protester", "the 50-year-old alliance": TimeBank leaves them out)
        rule("age-of-thing", 2, of(cap("n", AMOUNT), tok(T.TIGHT_HYPHEN), cap("unit", UNIT), tok(T.TIGHT_HYPHEN),
                        tok(word("old")), cap("noun", t -> t.kind == Token.Kind.WORD && !t.capitalized()),
                        cap("next", t -> t.kind == Token.Kind.WORD).opt()),
                m -> {
                    Token n = m.get("n");
                    // "a 6-year-old little boy": the noun may come a word later
                    TimeUnit unit = Readings.unit(m.get("unit"));
                    // in years it is nearly always a person's age, whatever the noun ("a 44-year-old protester")
                    if (unit == TimeUnit.YEAR || unit == TimeUnit.DECADE || unit == TimeUnit.CENTURY
                            || n.lower.equals("a") || n.lower.equals("an") || AGE_NOUNS.contains(m.get("noun").lower)
                            || NOT_A_NOUN.contains(m.get("noun").lower)
                            || m.has("next") && (AGE_NOUNS.contains(m.get("next").lower)
                            || m.get("next").capitalized())) {
                        return null;
                    }
                    return Readings.duration(Readings.durationOf(Readings.amount(n), m.get("unit")))
                            .trim(0, m.has("next") ? 2 : 1);
                });
        // "the fourth straight year", "a third consecutive month": the run so far, four years
        rule("nth-straight-unit", 2, of(cap("the", word("the", "a")).opt(), cap("ord", t -> t.is(Lex.ORDINAL)
                        && t.value(Lex.ORDINAL) >= 2 && t.value(Lex.ORDINAL) <= 100),
                        tok(word("straight", "consecutive", "successive")), cap("unit", UNIT)),
                m -> Readings.duration(Readings.durationOf(BigDecimal.valueOf(m.get("ord").value(Lex.ORDINAL)), m.get("unit"))));
        rule("n-more-units", 1, of(cap("n", AMOUNT), cap("adj", word("more", "additional", "extra", "further",
                        "trading", "business", "working", "straight", "consecutive", "full", "long", "calendar")),
                        cap("unit", ANY_UNIT)),
                m -> {
                    Token n = m.get("n");
                    if ((n.lower.equals("a") || n.lower.equals("an")) && !m.get("unit").is(org.annals.text.Lex.UNIT)) {
                        return null;
                    }
                    return Readings.duration(Readings.durationOf(Readings.amount(n), m.get("unit")));
                });
        rule("n-to-m-units", 1, of(cap("n", AMOUNT), cap("to", word("to", "or")), cap("m", T.NUMBER), opt(HYPHEN),
                        cap("unit", ANY_UNIT)),
                m -> {
                    if (Readings.amount(m.get("m")).compareTo(Readings.amount(m.get("n"))) <= 0) {
                        return null;
                    }
                    return Readings.duration(Readings.durationOf(Readings.amount(m.get("n")), m.get("unit")));
                });
        rule("a-unit-or-two", 1, of(cap("n", word("a", "an", "one")), cap("unit", UNIT), tok(word("or")),
                        cap("m", T.NUMBER)),
                m -> Readings.duration(Readings.durationOf(BigDecimal.ONE, m.get("unit"))));
        rule("units-or-units", 1, of(cap("unit", UNITS), tok(word("or")), cap("unit2", UNITS)),
                m -> Readings.duration(DurationValue.unknown(Readings.unit(m.get("unit")))));
        rule("n-and-a-half", 1, of(cap("n", AMOUNT), opt(HYPHEN), cap("unit", ANY_UNIT), tok(word("and")),
                        tok(word("a")), tok(word("half"))),
                m -> Readings.duration(Readings.durationOf(Readings.amount(m.get("n")).add(new BigDecimal("0.5")), m.get("unit"))));
        rule("n-and-a-half-units", 1, of(cap("n", AMOUNT), tok(word("and")), tok(word("a")), tok(word("half")),
                        cap("unit", ANY_UNIT)),
                m -> Readings.duration(Readings.durationOf(Readings.amount(m.get("n")).add(new BigDecimal("0.5")), m.get("unit"))));
        rule("fraction", 1, of(cap("n", T.NUMBER), cap("a", t -> t.kind == Token.Kind.DIGITS && t.text.length() == 1),
                        tok(t -> t.isPunct('/') && !t.spaceBefore), cap("b", t -> t.kind == Token.Kind.DIGITS
                        && !t.spaceBefore), cap("unit", ANY_UNIT)),
                m -> {
                    BigDecimal frac = BigDecimal.valueOf(m.get("a").intValue()).divide(BigDecimal.valueOf(
                            Math.max(1, m.get("b").intValue())), 4, java.math.RoundingMode.HALF_UP);
                    return Readings.duration(Readings.durationOf(Readings.amount(m.get("n")).add(frac), m.get("unit")));
                });
        rule("half-a-unit", 1, of(tok(word("half")), opt(word("a", "an")), cap("unit", UNIT)),
                m -> Readings.duration(Readings.durationOf(new BigDecimal("0.5"), m.get("unit"))));
        rule("a-half-unit", 1, of(tok(word("a")), tok(word("half")), opt(HYPHEN), cap("unit", UNIT)),
                m -> Readings.duration(Readings.durationOf(new BigDecimal("0.5"), m.get("unit"))));
        rule("vague-units", of(cap("q", word("several", "few", "many", "some", "couple", "numerous", "multiple",
                        "recent", "coming")), opt(word("of")), cap("unit", UNITS)),
                m -> {
                    TimeUnit u = Readings.unit(m.get("unit"));
                    String q = m.get("q").lower;
                    if (q.equals("couple")) {
                        return Readings.duration(Readings.durationOf(BigDecimal.valueOf(2), u));
                    }
                    if (q.equals("recent")) {
                        return Readings.duration(DurationValue.unknown(u));
                    }
                    return Readings.duration(DurationValue.unknown(u));
                });
        rule("a-few-units", 1, of(tok(word("a")), cap("q", word("few", "couple")), opt(word("of")),
                        cap("unit", UNITS)),
                m -> m.get("q").lower.equals("couple")
                        ? Readings.duration(Readings.durationOf(BigDecimal.valueOf(2), m.get("unit")))
                        : Readings.duration(DurationValue.unknown(Readings.unit(m.get("unit")))));
        rule("units-long", 1, of(cap("unit", UNITS), tok(HYPHEN), tok(word("long", "old"))),
                m -> Readings.duration(DurationValue.unknown(Readings.unit(m.get("unit")))));
        // "a day-long meeting", "a week-long strike": one unit
        rule("unit-long", 2, of(cap("unit", t -> t.is(org.annals.text.Lex.UNIT) && !t.is(org.annals.text.Lex.UNIT_PLURAL)),
                        tok(HYPHEN), tok(word("long"))),
                m -> Readings.duration(Readings.durationOf(BigDecimal.ONE, m.get("unit"))));
        rule("bare-plural", of(cap("unit", UNITS)), DurationExtractor::barePlural);
        // the past/last/next/first N units
        rule("anchored", 2, of(opt(word("the")), cap("w", word("past", "last", "next", "previous", "coming",
                        "first", "final", "following", "preceding")), cap("n", AMOUNT), opt(HYPHEN),
                        cap("unit", ANY_UNIT)),
                m -> anchored(m, Readings.amount(m.get("n"))));
        rule("n-previous-units", 2, of(opt(word("the")), cap("n", T.NUMBER), cap("w", word("previous", "past", "last",
                        "next", "following", "preceding", "coming")), cap("unit", UNITS)),
                m -> anchored(m, Readings.amount(m.get("n"))));
        rule("anchored-vague", 2, of(opt(word("the")), cap("w", word("past", "last", "next", "coming", "previous",
                        "first", "following")), opt(word("several", "few", "many", "couple")), opt(word("of")),
                        cap("unit", UNITS)),
                m -> anchored(m, null));
    }

    private static Reading barePlural(Match m) {
        Token u = m.get("unit");
        if (m.start > 0) {
            Token prev = m.tokens().get(m.start - 1);
            if (prev.isNumber() || prev.lower.equals("the") || prev.lower.equals("those") || prev.lower.equals("these")
                    || prev.lower.equals("their") || prev.lower.equals("his") || prev.lower.equals("her")
                    || prev.lower.equals("its") || prev.lower.equals("our") || prev.lower.equals("your")
                    || prev.lower.equals("my") || prev.lower.equals("all") || prev.lower.equals("two")) {
                return null;
            }
        }
        if (m.end < m.tokens().size() && NOT_AFTER_BARE_PLURAL.contains(m.tokens().get(m.end).lower)) {
            return null;
        }
        TimeUnit unit = Readings.unit(u);
        if (unit == TimeUnit.SECOND || unit == TimeUnit.QUARTER) {
            return null;
        }
        return Readings.duration(DurationValue.unknown(unit));
    }

    private static Reading anchored(Match m, BigDecimal amount) {
        TimeUnit unit = Readings.unit(m.get("unit"));
        String w = m.get("w").lower;
        DurationValue d = Readings.durationOf(amount, unit);
        if (amount != null && amount.compareTo(BigDecimal.ONE) == 0 && !m.get("n").isNumber()) {
            return null; // "the last a year"
        }
        int dir = switch (w) {
            case "past", "last", "previous", "preceding" -> -1;
            case "next", "coming", "following" -> 1;
            default -> 0;
        };
        AnchorKind anchor = w.equals("following") || w.equals("preceding") || w.equals("previous") ? AnchorKind.NARRATIVE
                : AnchorKind.DEICTIC;
        return new Reading(new TemporalExpression.AnchoredDuration(d, dir, anchor), TimexType.DURATION);
    }
}
