package org.annals.tagger.en;

import org.annals.expression.TemporalExpression;
import org.annals.expression.TemporalExpression.AnchorKind;
import org.annals.expression.TemporalExpression.Clock;
import org.annals.model.TimexType;
import org.annals.tagger.RuleExtractor;
import org.annals.tagger.T;
import org.annals.text.Lex;
import org.annals.text.Token;
import org.annals.time.PartialTime;

import static org.annals.tagger.T.word;
import static org.annals.tagger.TokenPattern.cap;
import static org.annals.tagger.TokenPattern.of;
import static org.annals.tagger.TokenPattern.tok;

/** Days of the week: "Monday", "last Friday", "next Tuesday", "Monday morning", "that Sunday". */
public final class WeekdayExtractor extends RuleExtractor {

    /** Nouns after a weekday that make it a thing's name: {@code org/annals/tagger/en/weekday.tsv}. */
    private static final java.util.Set<String> COMPOUNDS = org.annals.text.WordLists.load(WeekdayExtractor.class,
            "/org/annals/tagger/en/weekday.tsv").get("weekday-compounds");

    public WeekdayExtractor() {
        super("weekday");
        // "this coming Friday", "this past Monday": "this" belongs to it
        rule("this-coming-weekday", 1, of(tok(word("this")), cap("shift", word("coming", "past")),
                        cap("wd", t -> T.WEEKDAY.test(t) && !t.lower.endsWith("s"))),
                m -> new Reading(new TemporalExpression.Weekday(m.get("wd").value(Lex.WEEKDAY),
                        NamedPeriodExtractor.shiftOf(m.get("shift")), null, AnchorKind.DEICTIC, false), TimexType.DATE));
        rule("weekday", of(cap("the", word("the")).opt(), cap("shift", word("last", "next", "this", "that", "past", "previous", "coming",
                        "following")).opt(), cap("wd", T.WEEKDAY), cap("pod", T.PART_OF_DAY).opt()),
                m -> {
                    Token wd = m.get("wd");
                    if (wd.lower.endsWith("s")) {
                        return null; // "Mondays" is a set
                    }
                    Token pod = m.get("pod");
                    if (pod != null && pod.lower.endsWith("s")) {
                        return null;
                    }
                    // "Sunday school", "the Friday prayers": a thing named after the day, not the day
                    if (pod == null && m.end < m.tokens().size()
                            && COMPOUNDS.contains(m.tokens().get(m.end).lower)) {
                        return null;
                    }
                    Token shift = m.get("shift");
                    if (m.has("the") && (shift == null || !(shift.lower.equals("following")
                            || shift.lower.equals("previous") || shift.lower.equals("next")
                            || shift.lower.equals("coming") || shift.lower.equals("past")))) {
                        return null;
                    }
                    Clock clock = pod == null ? null
                            : Clock.of(PartialTime.PartOfDay.values()[pod.value(Lex.PART_OF_DAY)]);
                    AnchorKind anchor = shift != null && (shift.lower.equals("that") || shift.lower.equals("following")
                            || shift.lower.equals("previous")) ? AnchorKind.NARRATIVE : AnchorKind.DEICTIC;
                    boolean sameWeek = shift != null && (shift.lower.equals("this") || shift.lower.equals("that"));
                    return new Reading(new TemporalExpression.Weekday(wd.value(Lex.WEEKDAY),
                            NamedPeriodExtractor.shiftOf(shift), clock, anchor, sameWeek),
                            clock == null ? TimexType.DATE : TimexType.TIME);
                });
        // "Thursday of next week", "Monday of last week", "Friday of this week": the weekday in that week
        rule("weekday-of-week", 1, of(cap("wd", T.WEEKDAY), tok(word("of")), cap("shift", word("next", "last",
                        "this")), tok(word("week"))),
                m -> m.get("wd").lower.endsWith("s") ? null : new Reading(new TemporalExpression.Weekday(
                        m.get("wd").value(Lex.WEEKDAY), NamedPeriodExtractor.shiftOf(m.get("shift")), null,
                        AnchorKind.DEICTIC, true), TimexType.DATE));
        // "on Wed", "next Sat", "by Tues.": a weekday's abbreviation, capitalized, after a word that makes it a day
        // ("They will wed", "the Sun reported", "on Sun TV" are none); a preposition stays out of the extent
        rule("weekday-abbreviation", 1, of(cap("pre", word("on", "by", "until", "till", "since", "before", "after",
                        "from", "through", "next", "last", "this")),
                        cap("wd", t -> t.is(Lex.WEEKDAY) && t.capitalized() && (t.text.length() <= 4
                                && !t.lower.endsWith("s") || t.lower.equals("tues") || t.lower.equals("thurs")))),
                m -> {
                    Token wd = m.get("wd");
                    Token after = m.end < m.tokens().size() ? m.tokens().get(m.end) : null;
                    if (after != null && after.kind == Token.Kind.WORD && after.capitalized()) {
                        return null; // "on Sun TV", "next Sat Nav"
                    }
                    String pre = m.get("pre").lower;
                    boolean shifted = pre.equals("next") || pre.equals("last") || pre.equals("this");
                    Token shift = shifted ? m.get("pre") : null;
                    return new Reading(new TemporalExpression.Weekday(wd.value(Lex.WEEKDAY),
                            NamedPeriodExtractor.shiftOf(shift), null, AnchorKind.DEICTIC, pre.equals("this")),
                            TimexType.DATE).trim(shifted ? 0 : 1, 0);
                });
        // "two Mondays from now" (the second Monday after today), "three Fridays ago"
        rule("n-weekdays-from-now", 1, of(cap("n", t -> t.isInteger() && t.number >= 1 && t.number <= 52),
                        cap("wd", t -> T.WEEKDAY.test(t) && t.lower.endsWith("s")), cap("dir", word("from", "ago")),
                        cap("now", word("now", "today")).opt()),
                m -> {
                    boolean from = m.get("dir").lower.equals("from");
                    if (from != m.has("now")) {
                        return null; // "from now", "ago"
                    }
                    int n = m.get("n").intValue();
                    return new Reading(new TemporalExpression.Weekday(m.get("wd").value(Lex.WEEKDAY), from ? n : -n,
                            null, AnchorKind.DEICTIC, false), TimexType.DATE);
                });
        // "Tuesday after next", "a week from Tuesday" aside: the weekday a week after the next one
        rule("weekday-after-next", 1, of(cap("wd", T.WEEKDAY), tok(word("after")), tok(word("next"))),
                m -> m.get("wd").lower.endsWith("s") ? null : new Reading(new TemporalExpression.Weekday(
                        m.get("wd").value(Lex.WEEKDAY), 2, null, AnchorKind.DEICTIC, false), TimexType.DATE));
    }
}
