package org.annals.tagger.en;

import org.annals.tagger.RuleExtractor;
import org.annals.tagger.T;
import org.annals.tagger.TokenPattern.Match;
import org.annals.text.Token;
import org.annals.time.Granularity;
import org.annals.time.PartialTime;

import java.util.List;
import java.util.function.Predicate;

import static org.annals.tagger.TokenPattern.cap;
import static org.annals.tagger.TokenPattern.of;
import static org.annals.tagger.TokenPattern.tok;

/**
 * Dates written with digits only: "1950-10-25", "1950-10", "10/25/1950", "10/25/50" (US order; day first when the
 * first number cannot be a month), "25.10.1950". Fractions, scores, phone numbers and other numbers are rejected by
 * range and context checks.
 */
public final class NumericDateExtractor extends RuleExtractor {

    private static final Predicate<Token> TIGHT_DASH = t -> t.isPunct('-') && !t.spaceBefore;
    private static final Predicate<Token> TIGHT_SLASH = t -> t.isPunct('/') && !t.spaceBefore;
    private static final Predicate<Token> TIGHT_DOT = t -> t.isPunct('.') && !t.spaceBefore;
    private static final Predicate<Token> TIGHT_D12 = t -> t.kind == Token.Kind.DIGITS && t.text.length() <= 2
            && !t.spaceBefore;
    private static final Predicate<Token> TIGHT_D2 = t -> t.kind == Token.Kind.DIGITS && t.text.length() == 2
            && !t.spaceBefore;
    private static final Predicate<Token> TIGHT_YEAR = t -> t.kind == Token.Kind.DIGITS
            && (t.text.length() == 4 || t.text.length() == 2) && !t.spaceBefore;

    public NumericDateExtractor() {
        super("numeric-date");
        rule("iso", 3, of(cap("y", T.YEAR), tok(TIGHT_DASH), cap("m", TIGHT_D2), tok(TIGHT_DASH), cap("d", TIGHT_D2)),
                m -> guard(m, PartialTime.builder(Granularity.DAY).year(m.get("y").intValue())
                        .month(m.get("m").intValue()).day(m.get("d").intValue()).build()));
        // "2013-03" is a month; "2007-08" (consecutive years) is a range of years, read by the year family
        rule("iso-month", 2, of(cap("y", T.YEAR), tok(TIGHT_DASH), cap("m", TIGHT_D2)), m -> {
            int y = m.get("y").intValue();
            int mo = m.get("m").intValue();
            if (mo > 12 || mo < 1 || mo == (y + 1) % 100) {
                return null;
            }
            return guard(m, PartialTime.ofMonth(y, mo));
        });
        // "2016-7-4": an ISO date written without its zeros
        rule("iso-short", 3, of(cap("y", T.YEAR), tok(TIGHT_DASH), cap("m", TIGHT_D12), tok(TIGHT_DASH),
                        cap("d", TIGHT_D12)),
                m -> {
                    int mo = m.get("m").intValue();
                    int d = m.get("d").intValue();
                    if (mo < 1 || mo > 12 || d < 1 || d > 31 || m.get("m").text.length() == 2
                            && m.get("d").text.length() == 2) {
                        return null; // the two-digit form is "iso"'s
                    }
                    return guard(m, PartialTime.builder(Granularity.DAY).year(m.get("y").intValue()).month(mo).day(d)
                            .build());
                });
        // "5/2011", "05/2011": a month and its year; "2011/05" the other way round
        rule("month-slash-year", 2, of(cap("m", T.DIGITS1_2), tok(TIGHT_SLASH), cap("y", t -> T.YEAR.test(t)
                        && !t.spaceBefore && t.kind == Token.Kind.DIGITS)),
                m -> monthOfYear(m, m.get("m").intValue(), m.get("y").intValue()));
        rule("year-slash-month", 2, of(cap("y", t -> T.YEAR.test(t) && t.kind == Token.Kind.DIGITS),
                        tok(TIGHT_SLASH), cap("m", TIGHT_D2)),
                m -> m.get("m").intValue() == (m.get("y").intValue() + 1) % 100 ? null // "the 2011/12 season"
                        : monthOfYear(m, m.get("m").intValue(), m.get("y").intValue()));
        rule("slash", 3, of(cap("a", T.DIGITS1_2), tok(TIGHT_SLASH), cap("b", TIGHT_D12), tok(TIGHT_SLASH),
                cap("y", TIGHT_YEAR)), m -> slashed(m, m.get("a").intValue(), m.get("b").intValue(), m.get("y")));
        rule("dotted", 3, of(cap("a", T.DIGITS1_2), tok(TIGHT_DOT), cap("b", TIGHT_D12), tok(TIGHT_DOT),
                cap("y", t -> t.kind == Token.Kind.DIGITS && t.text.length() == 4 && !t.spaceBefore)),
                m -> guard(m, PartialTime.builder(Granularity.DAY).year(m.get("y").intValue())
                        .month(m.get("b").intValue()).day(m.get("a").intValue()).build()));
    }

    /** A month of a year from slashed numbers; null when the month is no month or the year unlikely (1900-2099). */
    private static Reading monthOfYear(Match m, int month, int year) {
        if (month < 1 || month > 12 || year < 1900 || year > 2099) {
            return null;
        }
        return guard(m, PartialTime.ofMonth(year, month));
    }

    private static Reading slashed(Match m, int a, int b, Token y) {
        int year = y.text.length() == 2 ? Readings.expandTwoDigitYear(y.intValue()) : y.intValue();
        int month = a;
        int day = b;
        if (a > 12 && b <= 12) {
            month = b;
            day = a;
        }
        return guard(m, PartialTime.builder(Granularity.DAY).year(year).month(month).day(day).build());
    }

    /** Rejects a match glued to more digits or slashes ("1/2/3/4", "555-1212-33"). */
    private static Reading guard(Match m, PartialTime p) {
        List<Token> ts = m.tokens();
        if (m.end < ts.size()) {
            Token next = ts.get(m.end);
            if (!next.spaceBefore && (next.isPunct('/') || next.isPunct('-') || next.isNumber()
                    || next.isPunct('.') && m.end + 1 < ts.size() && ts.get(m.end + 1).isNumber()
                    && !ts.get(m.end + 1).spaceBefore)) {
                return null;
            }
        }
        if (m.start > 0) {
            Token prev = ts.get(m.start - 1);
            if (!m.first().spaceBefore && (prev.isPunct('/') || prev.isPunct('-') || prev.isNumber()
                    || prev.isPunct('$'))) {
                return null;
            }
        }
        return Readings.date(p);
    }
}
