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
import org.annals.time.DurationValue;
import org.annals.time.Mod;
import org.annals.time.PartialTime;
import org.annals.time.TimeUnit;

import java.math.BigDecimal;
import java.util.Set;

import static org.annals.tagger.T.AMOUNT;
import static org.annals.tagger.T.ANY_UNIT;
import static org.annals.tagger.T.UNIT;
import static org.annals.tagger.T.word;
import static org.annals.tagger.TokenPattern.cap;
import static org.annals.tagger.TokenPattern.of;
import static org.annals.tagger.TokenPattern.opt;
import static org.annals.tagger.TokenPattern.phrase;
import static org.annals.tagger.TokenPattern.tok;

/**
 * Expressions relative to the document date or to the story's time: "today", "yesterday morning", "tonight",
 * "last week", "this year", "next month", "that month", "the following year", "the next day", "two days ago",
 * "seventy years ago", "a year earlier", "two weeks later", "the day before".
 */
public final class RelativeExtractor extends RuleExtractor {

    /** The word lists of this family, with what each one is for: {@code org/annals/tagger/en/relative.tsv}. */
    private static final WordLists WORDS = WordLists.load(RelativeExtractor.class, "/org/annals/tagger/en/relative.tsv");
    /** Prepositions that make "the morning" a part of the day the story is at: "in the morning", "by the evening". */
    private static final Set<String> POD_PREPOSITIONS = WORDS.get("pod-prepositions");
    private static final Set<String> POD_COMPOUNDS = WORDS.get("pod-compounds");
    private static final Set<String> POD_CLAUSE_WORDS = WORDS.get("pod-clause-words");
    private static final Set<String> POD_DETERMINERS = WORDS.get("pod-determiners");

    public RelativeExtractor() {
        super("relative");
        // today / yesterday / tomorrow [morning]; tonight
        rule("day-word", 1, of(cap("w", word("today", "yesterday", "tomorrow", "tonight")),
                        cap("pod", T.PART_OF_DAY).opt()),
                m -> dayWord(m));
        rule("day-before-yesterday", 2, of(phrase("the day"), cap("w", word("before", "after")),
                        cap("ref", word("yesterday", "tomorrow"))),
                m -> new Reading(new TemporalExpression.DayShift(m.get("ref").lower.equals("yesterday") ? -2 : 2,
                        null, AnchorKind.DOCUMENT), TimexType.DATE));
        // "the day after next" (two days on), "the night before last" (the night of the day before yesterday)
        rule("day-after-next", 2, of(tok(word("the")), cap("unit", word("day", "night", "morning", "evening")),
                        cap("w", word("before", "after")), cap("ref", word("last", "next"))),
                m -> {
                    boolean before = m.get("w").lower.equals("before");
                    if (before != m.get("ref").lower.equals("last")) {
                        return null; // "the day after last", "the night before next" say nothing
                    }
                    Token after = m.end < m.tokens().size() ? m.tokens().get(m.end) : null;
                    if (after != null && after.kind == Token.Kind.WORD && (after.is(Lex.WEEKDAY)
                            || after.is(Lex.MONTH) || after.is(Lex.UNIT) || after.is(Lex.SEASON)
                            || after.is(Lex.HOLIDAY) || after.capitalized())) {
                        return null; // "the day before last Tuesday": "last" belongs to the day after it
                    }
                    String unit = m.get("unit").lower;
                    Clock clock = unit.equals("day") ? null : Clock.of(switch (unit) {
                        case "night" -> PartialTime.PartOfDay.NI;
                        case "morning" -> PartialTime.PartOfDay.MO;
                        default -> PartialTime.PartOfDay.EV;
                    });
                    return new Reading(new TemporalExpression.DayShift(before ? -2 : 2, clock, AnchorKind.DOCUMENT),
                            clock == null ? TimexType.DATE : TimexType.TIME);
                });
        // this morning, last night, tomorrow night handled above
        rule("this-pod", 1, of(cap("w", word("this", "last", "tomorrow", "yesterday")),
                        cap("pod", T.PART_OF_DAY)),
                m -> {
                    Token w = m.get("w");
                    int days = switch (w.lower) {
                        case "last" -> m.get("pod").lower.startsWith("night") ? -1 : 0;
                        case "tomorrow" -> 1;
                        case "yesterday" -> -1;
                        default -> 0;
                    };
                    if (w.lower.equals("last") && !m.get("pod").lower.startsWith("night")) {
                        return null;
                    }
                    return new Reading(new TemporalExpression.DayShift(days,
                            Clock.of(PartialTime.PartOfDay.values()[m.get("pod").value(Lex.PART_OF_DAY)]),
                            AnchorKind.DOCUMENT), TimexType.TIME);
                });
        // "the next morning", "the following evening", "the previous night", "that afternoon": a part of a day
        // of the story ("early the next morning" takes its mod from the refiner)
        rule("narrative-pod", 2, of(cap("w", word("the", "that")), cap("rel", word("next", "following", "previous",
                        "same")).opt(), cap("pod", T.PART_OF_DAY)),
                m -> {
                    Token pod = m.get("pod");
                    boolean that = m.get("w").lower.equals("that");
                    // "in the morning", "by the evening": the part of the day the story is at; "the morning paper" or
                    // a bare "the night" is not a time
                    boolean within = !that && !m.has("rel") && m.start > 0
                            && POD_PREPOSITIONS.contains(m.tokens().get(m.start - 1).lower)
                            && !(m.end < m.tokens().size() && m.tokens().get(m.end).lower.equals("of"));
                    if (pod.lower.endsWith("s") || pod.lower.equals("overnight") || pod.lower.equals("daytime")
                            || !m.has("rel") && !that && !within
                            || that && m.has("rel") && !m.get("rel").lower.equals("same")) {
                        return null;
                    }
                    // "the next morning's papers" is fine; "that night club" is not a time
                    if (m.end < m.tokens().size()) {
                        Token next = m.tokens().get(m.end);
                        if (next.kind == Token.Kind.WORD && !next.spaceBefore
                                || next.kind == Token.Kind.WORD && POD_COMPOUNDS.contains(next.lower)) {
                            return null;
                        }
                    }
                    int days = !m.has("rel") ? 0 : switch (m.get("rel").lower) {
                        case "next", "following" -> 1;
                        case "previous" -> -1;
                        default -> 0;
                    };
                    return new Reading(new TemporalExpression.DayShift(days,
                            Clock.of(PartialTime.PartOfDay.values()[pod.value(Lex.PART_OF_DAY)]), AnchorKind.NARRATIVE),
                            TimexType.TIME);
                });
        // "we met early morning", "late evening on Tuesday": the start or end of a part of the day the story is at;
        // "early morning flights", "a late-night show" are kinds of things
        rule("early-late-pod", 2, of(cap("rel", word("early", "late")), opt(T.TIGHT_HYPHEN), cap("pod", T.PART_OF_DAY)),
                m -> {
                    Token pod = m.get("pod");
                    if (pod.lower.endsWith("s") || pod.lower.equals("overnight") || pod.lower.equals("daytime")
                            || m.start > 0 && POD_DETERMINERS.contains(m.tokens().get(m.start - 1).lower)) {
                        return null; // "early this morning", "the early morning" are other rules'
                    }
                    Token next = m.end < m.tokens().size() ? m.tokens().get(m.end) : null;
                    if (next != null && (next.kind == Token.Kind.WORD && !POD_CLAUSE_WORDS.contains(next.lower)
                            || T.HYPHEN.test(next))) {
                        return null;
                    }
                    return new Reading(new TemporalExpression.DayShift(0,
                            Clock.of(PartialTime.PartOfDay.values()[pod.value(Lex.PART_OF_DAY)]), AnchorKind.NARRATIVE),
                            TimexType.TIME).mod(m.get("rel").lower.equals("early") ? org.annals.time.Mod.START
                            : org.annals.time.Mod.END);
                });
        // "by mid-afternoon", "in mid morning": the middle of a part of the day the story is at
        rule("mid-pod", 2, of(opt(word("the")), tok(word("mid")), opt(T.HYPHEN), cap("pod", T.PART_OF_DAY)),
                m -> {
                    Token pod = m.get("pod");
                    if (pod.lower.endsWith("s") || pod.lower.equals("overnight") || pod.lower.equals("daytime")) {
                        return null;
                    }
                    return new Reading(new TemporalExpression.DayShift(0,
                            Clock.of(PartialTime.PartOfDay.values()[pod.value(Lex.PART_OF_DAY)]), AnchorKind.NARRATIVE),
                            TimexType.TIME).mod(org.annals.time.Mod.MID);
                });
        // "earlier in the year", "later in the year", "late in that month": the year of the story, with a mod
        // (TimeBank leaves "later in the day" out)
        rule("later-in-the-unit", 2, of(cap("rel", word("early", "earlier", "late", "later")), tok(word("in")),
                        cap("w", word("the", "that")), cap("unit", word("year", "month"))),
                m -> {
                    boolean that = m.get("w").lower.equals("that");
                    TimeUnit unit = Readings.unit(m.get("unit"));
                    Mod mod = m.get("rel").lower.startsWith("earl") ? Mod.START : Mod.END;
                    return new Reading(new TemporalExpression.UnitShift(unit, 0,
                            that ? AnchorKind.NARRATIVE : AnchorKind.DEICTIC), TimexType.DATE).mod(mod);
                });
        // "that same day", "the same week"
        rule("same-unit", 2, of(cap("w", word("that", "the", "this")), tok(word("same")), cap("unit", UNIT)),
                m -> {
                    TimeUnit unit = Readings.unit(m.get("unit"));
                    if (unit == TimeUnit.SECOND || unit == TimeUnit.MINUTE || unit == TimeUnit.HOUR) {
                        return null;
                    }
                    return new Reading(new TemporalExpression.UnitShift(unit, 0, AnchorKind.NARRATIVE), TimexType.DATE);
                });
        // "afternoon yesterday", "mid-afternoon yesterday" (the mid- is a modifier)
        rule("pod-day-word", 1, of(cap("pod", T.PART_OF_DAY), cap("w", word("yesterday", "today", "tomorrow"))),
                m -> {
                    Token pod = m.get("pod");
                    if (pod.lower.endsWith("s")) {
                        return null;
                    }
                    int days = switch (m.get("w").lower) {
                        case "yesterday" -> -1;
                        case "tomorrow" -> 1;
                        default -> 0;
                    };
                    return new Reading(new TemporalExpression.DayShift(days,
                            Clock.of(PartialTime.PartOfDay.values()[pod.value(Lex.PART_OF_DAY)]), AnchorKind.DOCUMENT),
                            TimexType.TIME);
                });
        // this/last/next/past/previous/coming/current + unit
        rule("unit-shift", of(opt(word("the")), cap("w", word("this", "last", "next", "past", "previous",
                        "coming", "current", "present", "following", "preceding", "same", "that", "prior")),
                        cap("unit", UNIT)),
                RelativeExtractor::unitShift);
        rule("earlier-this", 2, of(cap("rel", word("earlier", "later")), cap("w", word("this", "that", "last", "next")),
                        cap("unit", UNIT)),
                m -> {
                    Reading r = unitShiftOf(m.get("w"), m.get("unit"), false, false);
                    if (r == null) {
                        return null;
                    }
                    return r.mod(m.get("rel").lower.equals("earlier") ? Mod.START : Mod.END);
                });
        rule("the-unit-before", 1, of(cap("the", word("the", "a")), cap("unit", UNIT),
                        cap("w", word("before", "after", "earlier", "later", "prior", "following"))),
                m -> {
                    Token u = m.get("unit");
                    TimeUnit unit = Readings.unit(u);
                    if (unit != TimeUnit.DAY && unit != TimeUnit.WEEK && unit != TimeUnit.MONTH
                            && unit != TimeUnit.YEAR) {
                        return null;
                    }
                    if (m.get("w").lower.equals("following") && unit != TimeUnit.DAY) {
                        return null;
                    }
                    // "the day before the election": a day counted from an event, dated when the text dates the
                    // event (the extent is "the day", as TimeML annotates it)
                    if (m.end < m.tokens().size() && m.get("the").lower.equals("the")
                            && (m.get("w").lower.equals("before") || m.get("w").lower.equals("after"))) {
                        Token next = m.tokens().get(m.end);
                        if (next.kind == Token.Kind.WORD && (DETERMINERS.contains(next.lower) && !next.lower.equals("last")
                                && !next.lower.equals("next") || next.capitalized() && !next.lower.equals("i"))) {
                            return new Reading(new TemporalExpression.EventOffset(DurationValue.of(1, unit),
                                    m.get("w").lower.equals("after") ? 1 : -1, true), TimexType.DATE).trim(0, 1);
                        }
                    }
                    // otherwise the day is a date of its own only when nothing follows
                    if (m.end < m.tokens().size()) {
                        Token next = m.tokens().get(m.end);
                        boolean following = m.get("w").lower.equals("following");
                        // "the day following saw...": a verb may follow "following", not its object
                        if (next.kind == Token.Kind.WORD && !next.lower.equals("and") && !next.lower.equals("but")
                                && (!following || next.capitalized() || DETERMINERS.contains(next.lower))
                                || following && next.isNumber()) {
                            return null;
                        }
                    }
                    int dir = Set.of("after", "later", "following").contains(m.get("w").lower) ? 1 : -1;
                    if (m.get("the").lower.equals("a")) {
                        return new Reading(new TemporalExpression.Offset(BigDecimal.ONE, unit, dir, AnchorKind.NARRATIVE),
                                TimexType.DATE);
                    }
                    return new Reading(new TemporalExpression.UnitShift(unit, dir, AnchorKind.NARRATIVE), TimexType.DATE);
                });
        // N units ago / earlier / later / before / after
        rule("ago", 2, of(cap("n", AMOUNT), opt(T.HYPHEN), cap("unit", ANY_UNIT), cap("w", word("ago", "earlier",
                        "later", "before", "after", "hence", "previously", "since"))),
                m -> offset(m, Readings.amount(m.get("n"))));
        // "on this day in 1941", "this day in 1066": the document's day and month in the year given
        rule("this-day-in", 2, of(tok(word("this")), tok(word("day")), tok(word("in")), cap("year", T.YEAR)),
                m -> new Reading(new TemporalExpression.DocumentDayIn(m.get("year").intValue()), TimexType.DATE));
        // "two weeks from now", "three days from today": one date, counted from the document date
        rule("from-now", 2, of(cap("n", AMOUNT), opt(T.HYPHEN), cap("unit", ANY_UNIT), tok(word("from")),
                        tok(word("now", "today"))),
                m -> new Reading(new TemporalExpression.Offset(Readings.amount(m.get("n")),
                        Readings.unit(m.get("unit")), 1, AnchorKind.DOCUMENT), TimexType.DATE));
        rule("few-ago", 2, of(cap("q", word("several", "few", "many", "some", "couple")), opt(word("of")),
                        cap("unit", T.UNITS), cap("w", word("ago", "earlier", "later", "before", "after"))),
                m -> offset(m, null));
        rule("a-few-ago", 2, of(cap("a", word("a")), cap("q", word("few", "couple")), opt(word("of")),
                        cap("unit", T.UNITS), cap("w", word("ago", "earlier", "later", "before", "after"))),
                m -> offset(m, null));
        rule("units-ago", 1, of(cap("unit", T.UNITS), cap("w", word("ago", "earlier", "later"))),
                m -> {
                    if (m.get("w").lower.equals("ago")) {
                        return new Reading(new TemporalExpression.Ref(org.annals.time.TimeValue.Reference.PAST_REF),
                                TimexType.DATE);
                    }
                    // "arrived weeks earlier", "died weeks later": some time before or after the story's time
                    return offset(m, null);
                });
    }

    /** Words that open a noun phrase: "the day following the battle" is anchored on an event. */
    private static final Set<String> DETERMINERS = WORDS.get("determiners");

    private static Reading dayWord(Match m) {
        Token w = m.get("w");
        Token pod = m.get("pod");
        int days = switch (w.lower) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
        };
        PartialTime.PartOfDay p = pod != null ? PartialTime.PartOfDay.values()[pod.value(Lex.PART_OF_DAY)]
                : w.lower.equals("tonight") ? PartialTime.PartOfDay.NI : null;
        if (pod != null && pod.lower.endsWith("s")) {
            return null;
        }
        return new Reading(new TemporalExpression.DayShift(days, p == null ? null : Clock.of(p), AnchorKind.DOCUMENT),
                p == null ? TimexType.DATE : TimexType.TIME);
    }

    private static Reading unitShift(Match m) {
        boolean the = m.tokens().get(m.start).lower.equals("the");
        Token before = m.start > 0 ? m.tokens().get(m.start - 1) : null;
        // "the last month of the war": the final month of something, not the month before this one
        boolean of = m.end < m.tokens().size() && m.tokens().get(m.end).lower.equals("of");
        boolean stretch = of || before != null && STRETCH_PREPOSITIONS.contains(before.lower);
        return unitShiftOf(m.get("w"), m.get("unit"), the, stretch);
    }

    /** Words before "the past year" that make it a stretch of time up to now, a duration. */
    private static final Set<String> STRETCH_PREPOSITIONS = WORDS.get("stretch-prepositions");

    private static Reading unitShiftOf(Token w, Token unitTok, boolean the, boolean stretch) {
        TimeUnit unit = Readings.unit(unitTok);
        if (unit == TimeUnit.SECOND || unit == TimeUnit.MINUTE || unit == TimeUnit.HOUR) {
            return null;
        }
        int shift;
        AnchorKind anchor = AnchorKind.DEICTIC;
        switch (w.lower) {
            case "last", "past", "previous", "preceding", "prior" -> shift = -1;
            case "next", "coming", "following" -> shift = 1;
            default -> shift = 0;
        }
        switch (w.lower) {
            case "that", "same", "following", "preceding", "prior" -> anchor = AnchorKind.NARRATIVE;
            case "previous" -> anchor = the ? AnchorKind.NARRATIVE : AnchorKind.DEICTIC;
            case "next" -> anchor = the ? AnchorKind.NARRATIVE : AnchorKind.DEICTIC;
            default -> { }
        }
        // "for the past year", "over the last decade": a duration, the year up to now; "in the past year", "the
        // last decade saw": the period before this one, as "last year"
        // ("the past decade", "the past century" stay durations: the decade before this one is not what they mean)
        boolean longUnit = unit == TimeUnit.DECADE || unit == TimeUnit.CENTURY || unit == TimeUnit.MILLENNIUM;
        if (the && (stretch || longUnit) && (w.lower.equals("past") || w.lower.equals("last"))) {
            return new Reading(new TemporalExpression.AnchoredDuration(Readings.durationOf(BigDecimal.ONE, unit), -1,
                    AnchorKind.DEICTIC), TimexType.DURATION);
        }
        if (the && w.lower.equals("coming")) {
            return new Reading(new TemporalExpression.AnchoredDuration(Readings.durationOf(BigDecimal.ONE, unit), 1,
                    AnchorKind.DEICTIC), TimexType.DURATION);
        }
        if (unit == TimeUnit.WEEKEND) {
            unit = TimeUnit.WEEKEND;
        }
        return new Reading(new TemporalExpression.UnitShift(unit, shift, anchor), TimexType.DATE);
    }

    private static Reading offset(Match m, BigDecimal amount) {
        TimeUnit unit = Readings.unit(m.get("unit"));
        Token w = m.get("w");
        // "a month earlier than usual", "two weeks later than planned": a comparison, the amount alone a duration
        if ((w.lower.equals("earlier") || w.lower.equals("later")) && m.end < m.tokens().size()
                && m.tokens().get(m.end).lower.equals("than") && amount != null) {
            return Readings.duration(Readings.durationOf(amount, unit)).trim(0, 1);
        }
        // "two days before the vote", "a year after the war": the amount alone is a duration
        if (w.lower.equals("before") || w.lower.equals("after") || w.lower.equals("since")) {
            if (m.end < m.tokens().size()) {
                Token next = m.tokens().get(m.end);
                if (next.kind == Token.Kind.WORD || next.isNumber()) {
                    return Readings.duration(Readings.durationOf(amount, unit)).trim(0, 1);
                }
            }
            if (w.lower.equals("since")) {
                return null;
            }
        }
        int dir = switch (w.lower) {
            case "later", "after", "hence" -> 1;
            default -> -1;
        };
        AnchorKind anchor = w.lower.equals("ago") || w.lower.equals("hence") ? AnchorKind.DOCUMENT : AnchorKind.NARRATIVE;
        return new Reading(new TemporalExpression.Offset(amount, unit, dir, anchor), TimexType.DATE);
    }
}
