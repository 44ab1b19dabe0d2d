package org.annals.tagger.en;

import org.annals.expression.TemporalExpression;
import org.annals.expression.TemporalExpression.AnchorKind;
import org.annals.model.TimexType;
import org.annals.tagger.RuleExtractor;
import org.annals.tagger.T;
import org.annals.text.Token;
import org.annals.text.WordLists;
import org.annals.time.TimeUnit;

import java.util.Set;

import static org.annals.tagger.T.word;
import static org.annals.tagger.TokenPattern.cap;
import static org.annals.tagger.TokenPattern.of;
import static org.annals.tagger.TokenPattern.opt;
import static org.annals.tagger.TokenPattern.tok;

/**
 * The periods of business news: "the quarter", "the latest quarter", "the latest period" (the quarter reported on),
 * "the year-ago quarter", "the year-earlier period", "year-earlier" (the same quarter a year before), "the
 * weekend", and "the year", "the month" after "the end of", "earlier in", "later in" and the like.
 */
public final class ReportingPeriodExtractor extends RuleExtractor {

    /** Words before "year-end" that make it a time ("by year-end", "since year-end"), not a noun ("year-end bonus"). */
    private static final Set<String> YEAR_END_BEFORE = WordLists.load(ReportingPeriodExtractor.class,
            "/org/annals/tagger/en/reporting-period.tsv").get("year-end-before");

    public ReportingPeriodExtractor() {
        super("reporting-period");
        rule("the-quarter", of(tok(word("the")), opt(word("latest", "current", "recent", "most")),
                        opt(word("recent")), cap("u", word("quarter", "period"))),
                m -> {
                    if (m.get("u").lower.equals("period") && !m.tokens().get(m.start + 1).lower.equals("latest")) {
                        return null;
                    }
                    if (m.end < m.tokens().size() && (m.tokens().get(m.end).lower.equals("of")
                            || T.HYPHEN.test(m.tokens().get(m.end)))) {
                        return null;
                    }
                    if (m.tokens().get(m.start + 1).lower.equals("current")) {
                        // "the current quarter" is the one the document date is in, not the last one reported
                        return new Reading(new TemporalExpression.UnitShift(TimeUnit.QUARTER, 0, AnchorKind.DEICTIC),
                                TimexType.DATE);
                    }
                    return period(TimeUnit.QUARTER, 0);
                });
        rule("year-ago", 1, of(opt(word("the")), opt(word("comparable", "corresponding")), tok(word("year")), tok(T.HYPHEN), tok(word("ago", "earlier")),
                        cap("u", word("quarter", "period", "level", "levels", "results", "figure", "figures",
                        "profit", "earnings", "loss", "sales", "net")).opt()),
                m -> {
                    boolean quarter = m.has("u") && (m.get("u").lower.equals("quarter")
                            || m.get("u").lower.equals("period"));
                    Reading r = period(TimeUnit.QUARTER, 1);
                    if (m.has("u") && !quarter) {
                        return m.tokens().get(m.start).lower.equals("the") ? r.trim(1, 1) : r.trim(0, 1);
                    }
                    return r;
                });
        // "the year-ago third quarter", "the year-earlier first half": that quarter of the year before
        rule("year-ago-ordinal", 2, of(opt(word("the")), opt(word("comparable", "corresponding")), tok(word("year")),
                        tok(T.HYPHEN), tok(word("ago", "earlier")), cap("ord", T.ORDINAL), opt(T.HYPHEN),
                        cap("u", word("quarter", "half"))),
                m -> {
                    org.annals.time.PartialTime part = Readings.quarterOrHalf(m.get("u").lower.equals("half"),
                            m.get("ord").value(org.annals.text.Lex.ORDINAL), null);
                    return part == null ? null
                            : new Reading(new TemporalExpression.InYear(part, -1, AnchorKind.DEICTIC), TimexType.DATE);
                });
        // "the year-earlier nine months": the same stretch a year before, a duration like "the first nine months"
        rule("year-ago-n-units", 2, of(opt(word("the")), tok(word("year")), tok(T.HYPHEN), tok(word("ago", "earlier")),
                        cap("n", T.NUMBER), cap("unit", T.UNITS)),
                m -> Readings.duration(Readings.durationOf(Readings.amount(m.get("n")), m.get("unit"))));
        // "the 1988 period", "the 1988 quarter": the quarter reported on, in that year
        rule("the-year-quarter", 1, of(tok(word("the")), cap("year", T.YEAR), cap("u", word("quarter", "period"))),
                m -> new Reading(new TemporalExpression.ReportingPeriod(TimeUnit.QUARTER, 0,
                        m.get("year").intValue()), TimexType.DATE));
        // "this year's third quarter", "next year's first quarter", "last year's quarter"
        rule("years-quarter", 1, of(cap("rel", word("this", "last", "next")), tok(word("year")), tok(T.APOSTROPHE),
                        tok(word("s")), cap("ord", T.ORDINAL).opt(), opt(T.HYPHEN), cap("u", word("quarter", "period",
                        "half"))),
                m -> {
                    int shift = switch (m.get("rel").lower) {
                        case "last" -> -1;
                        case "next" -> 1;
                        default -> 0;
                    };
                    if (!m.has("ord")) {
                        return shift == -1 ? period(TimeUnit.QUARTER, 1) : null;
                    }
                    int n = m.get("ord").value(org.annals.text.Lex.ORDINAL);
                    org.annals.time.PartialTime part = n == -1 ? null
                            : Readings.quarterOrHalf(m.get("u").lower.equals("half"), n, null);
                    return part == null ? null
                            : new Reading(new TemporalExpression.InYear(part, shift, AnchorKind.DEICTIC), TimexType.DATE);
                });
        rule("corresponding-period", 1, of(tok(word("the")), opt(word("corresponding", "comparable", "same")),
                        cap("u", word("period", "quarter")), cap("rel", word("last", "a")), tok(word("year"))),
                m -> m.get("rel").lower.equals("a") && !(m.end < m.tokens().size()
                        && m.tokens().get(m.end).lower.equals("earlier")) ? null : period(TimeUnit.QUARTER, 1));
        rule("the-weekend", of(tok(word("the")), cap("u", word("weekend"))),
                m -> new Reading(new TemporalExpression.UnitShift(TimeUnit.WEEKEND, 0, AnchorKind.DEICTIC),
                        TimexType.DATE));
        // "the year ended March 31", "the fiscal year ending June 30": a twelve-month period, written P1Y as
        // TimeBank does (the closing date is its own timex)
        rule("the-year-ended", 2, of(tok(word("the")), opt(word("fiscal")), tok(word("year")),
                        tok(word("ended", "ending"))),
                m -> Readings.duration(org.annals.time.DurationValue.of(1, TimeUnit.YEAR)).trim(0, 1));
        // "the current fiscal year", "the fiscal year": the year of the report; "the latest fiscal year", "the last
        // fiscal year": the one before ("the fiscal year ended June 30" is the-year-ended)
        rule("fiscal-year", 1, of(tok(word("the")), cap("rel", word("current", "latest", "last", "previous", "past"))
                        .opt(), tok(word("fiscal")), tok(word("year"))),
                m -> {
                    if (m.end < m.tokens().size() && (m.tokens().get(m.end).lower.equals("ended")
                            || m.tokens().get(m.end).lower.equals("ending") || T.HYPHEN.test(m.tokens().get(m.end)))) {
                        return null;
                    }
                    int shift = m.has("rel") && !m.get("rel").lower.equals("current") ? -1 : 0;
                    return new Reading(new TemporalExpression.UnitShift(TimeUnit.YEAR, shift, AnchorKind.DEICTIC),
                            TimexType.DATE);
                });
        // "by year-end", "by year end", "by year's end", "around year end": the end of the year of the report
        rule("year-end", 1, of(tok(word("year")), opt(T.APOSTROPHE), opt(word("s")), opt(T.HYPHEN),
                        tok(word("end"))),
                m -> {
                    Token before = m.start > 0 ? m.tokens().get(m.start - 1) : null;
                    if (before == null || !YEAR_END_BEFORE.contains(before.lower)) {
                        return null;
                    }
                    return new Reading(new TemporalExpression.UnitShift(TimeUnit.YEAR, 0, AnchorKind.DEICTIC),
                            TimexType.DATE).mod(org.annals.time.Mod.END);
                });
        // "for the full year", "the full fiscal year": the year of the report
        rule("full-year", 1, of(tok(word("the")), tok(word("full")), opt(word("fiscal")), tok(word("year"))),
                m -> {
                    if (m.end < m.tokens().size() && (m.tokens().get(m.end).lower.equals("ended")
                            || m.tokens().get(m.end).lower.equals("ending"))) {
                        return null;
                    }
                    return new Reading(new TemporalExpression.UnitShift(TimeUnit.YEAR, 0, AnchorKind.DEICTIC),
                            TimexType.DATE);
                });
        // "the end of the year", "earlier in the month", "for the year", "the first nine months of the year": the
        // unit the story is in
        rule("the-unit", of(cap("ctx", word("of", "in", "for")), tok(word("the")), cap("u", word("year", "month", "week",
                        "decade", "century"))),
                m -> {
                    int k = m.start - 1;
                    if (k < 0 && !m.get("ctx").lower.equals("for")) {
                        return null;
                    }
                    String before = k < 0 ? "" : m.tokens().get(k).lower;
                    boolean of = m.get("ctx").lower.equals("of");
                    if (m.get("ctx").lower.equals("for")) {
                        // "for the year ended Sept. 30" is the twelve-month period (the-year-ended)
                        if (m.end < m.tokens().size() && (m.tokens().get(m.end).lower.equals("ended")
                                || m.tokens().get(m.end).lower.equals("ending")
                                || m.tokens().get(m.end).lower.equals("before")
                                || m.tokens().get(m.end).lower.equals("after")
                                || T.HYPHEN.test(m.tokens().get(m.end)))) {
                            return null;
                        }
                    } else if (of ? !(before.equals("end") || before.equals("beginning") || before.equals("start")
                            || before.equals("middle") || before.equals("close") || before.equals("rest")
                            || before.equals("remainder") || before.equals("half") || before.equals("part")
                            || before.equals("course") || before.equals("months") || before.equals("weeks"))
                            : !(before.equals("earlier") || before.equals("later") || before.equals("late")
                            || before.equals("early"))) {
                        return null;
                    }
                    TimeUnit u = Readings.unit(m.get("u"));
                    return new Reading(new TemporalExpression.UnitShift(u, 0, AnchorKind.DEICTIC), TimexType.DATE)
                            .trim(1, 0);
                });
    }

    private static Reading period(TimeUnit unit, int yearsBack) {
        return new Reading(new TemporalExpression.ReportingPeriod(unit, yearsBack), TimexType.DATE);
    }
}
