package org.annals.tagger.en;

import org.annals.expression.TemporalExpression;
import org.annals.model.TimexType;
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
 * first number cannot be a month), "6-21-2011", "25.10.1950", "dated 21.06.11" (day first), ISO date-times
 * ("2011-05-04T07:15:30Z", "2011-05-04T07:15-05:00"). Fractions, scores, phone numbers and other numbers are rejected by
 * range and context checks.
 */
public final class NumericDateExtractor extends RuleExtractor {

    private static final Predicate<Token> TIGHT_DASH = t -> t.isPunct('-') && !t.spaceBefore;
    private static final Predicate<Token> TIGHT_SLASH = t -> t.isPunct('/') && !t.spaceBefore;
    private static final Predicate<Token> TIGHT_DOT = t -> t.isPunct('.') && !t.spaceBefore;
    private static final Predicate<Token> COLON = t -> t.isPunct(':') && !t.spaceBefore;
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
        // "6-21-2011", "07-04-2011": as with slashes, month first unless the first number cannot be a month
        rule("dashed", 3, of(cap("a", T.DIGITS1_2), tok(TIGHT_DASH), cap("b", TIGHT_D12), tok(TIGHT_DASH),
                cap("y", t -> t.kind == Token.Kind.DIGITS && t.text.length() == 4 && !t.spaceBefore)),
                m -> slashed(m, m.get("a").intValue(), m.get("b").intValue(), m.get("y")));
        // "21.06.11" after a word that introduces a date ("dated", "on"): day first, as dots are written
        rule("dotted-yy", 3, of(cap("a", T.DIGITS1_2), tok(TIGHT_DOT), cap("b", TIGHT_D2), tok(TIGHT_DOT),
                cap("y", TIGHT_D2)),
                m -> {
                    Token prev = m.start > 0 ? m.tokens().get(m.start - 1) : null;
                    if (prev == null || !BEFORE_SHORT_DATE.contains(prev.lower)) {
                        return null; // "version 1.10.12", "section 3.02.11"
                    }
                    return guard(m, PartialTime.builder(Granularity.DAY)
                            .year(Readings.expandTwoDigitYear(m.get("y").intValue()))
                            .month(m.get("b").intValue()).day(m.get("a").intValue()).build());
                });
        // ISO 8601 date and time: "2011-05-04T07:15", "2011-05-04T07:15:30Z", "2011-05-04T07:15:30-05:00", "+0530"
        rule("iso-datetime", 4, of(cap("y", T.YEAR), tok(TIGHT_DASH), cap("m", TIGHT_D2), tok(TIGHT_DASH),
                        cap("dh", t -> t.kind == Token.Kind.WORD && !t.spaceBefore && DAY_T_HOUR.matcher(t.lower)
                                .matches()), tok(COLON), cap("mi", TWO_DIGITS_OR_Z),
                        cap("c2", COLON).opt(), cap("s", TWO_DIGITS_OR_Z).opt(),
                        cap("sign", t -> (t.isPunct('+') || t.isPunct('-')) && !t.spaceBefore).opt(),
                        cap("oh", t -> t.kind == Token.Kind.DIGITS && !t.spaceBefore && (t.text.length() == 2
                                || t.text.length() == 4)).opt(),
                        cap("c3", COLON).opt(), cap("om", TIGHT_D2).opt()),
                NumericDateExtractor::isoDateTime);
        rule("dotted", 3, of(cap("a", T.DIGITS1_2), tok(TIGHT_DOT), cap("b", TIGHT_D12), tok(TIGHT_DOT),
                cap("y", t -> t.kind == Token.Kind.DIGITS && t.text.length() == 4 && !t.spaceBefore)),
                m -> guard(m, PartialTime.builder(Granularity.DAY).year(m.get("y").intValue())
                        .month(m.get("b").intValue()).day(m.get("a").intValue()).build()));
    }

    /** "04t07": the day and the hour around ISO's T (lower case). */
    private static final java.util.regex.Pattern DAY_T_HOUR = java.util.regex.Pattern.compile(
            "(?<d>[0-3][0-9])t(?<h>[0-2][0-9])");
    /** "15", or "30z" where the value ends in UTC's Z. */
    private static final Predicate<Token> TWO_DIGITS_OR_Z = t -> !t.spaceBefore && (t.kind == Token.Kind.DIGITS
            && t.text.length() == 2 || t.kind == Token.Kind.WORD && t.text.length() == 3 && t.lower.endsWith("z")
            && Character.isDigit(t.text.charAt(0)) && Character.isDigit(t.text.charAt(1)));
    /** Words after which "21.06.11" is a date: {@code numeric-date.tsv}. */
    private static final java.util.Set<String> BEFORE_SHORT_DATE = org.annals.text.WordLists.load(
            NumericDateExtractor.class, "/org/annals/tagger/en/numeric-date.tsv").get("before-short-date");

    private static Reading isoDateTime(Match m) {
        // the parts come in one order: a colon before seconds, an offset's hours after its sign, minutes after a colon
        if (m.has("c2") != m.has("s") || m.has("sign") != m.has("oh") || m.has("c3") != m.has("om")
                || m.has("c3") && m.get("oh").text.length() == 4) {
            return null;
        }
        java.util.regex.Matcher dh = DAY_T_HOUR.matcher(m.get("dh").lower);
        dh.matches();
        Token last = m.has("s") ? m.get("s") : m.get("mi");
        boolean utc = last.lower.endsWith("z");
        if (m.get("mi").lower.endsWith("z") && m.has("s") || utc && m.has("sign")) {
            return null;
        }
        String zone = utc ? "Z" : null;
        if (m.has("sign")) {
            String oh = m.get("oh").text;
            String hh = oh.substring(0, 2);
            String mm = oh.length() == 4 ? oh.substring(2) : m.has("om") ? m.get("om").text : "00";
            if (Integer.parseInt(hh) > 14 || Integer.parseInt(mm) > 59) {
                return null;
            }
            zone = m.get("sign").text + hh + (mm.equals("00") ? "" : ":" + mm);
        }
        int hour = Integer.parseInt(dh.group("h"));
        int minute = Integer.parseInt(m.get("mi").text.substring(0, 2));
        Integer second = m.has("s") ? Integer.valueOf(m.get("s").text.substring(0, 2)) : null;
        if (hour > 24 || minute > 59 || second != null && second > 59 || hour == 24 && (minute > 0
                || second != null && second > 0)) {
            return null;
        }
        PartialTime day = PartialTime.builder(Granularity.DAY).year(m.get("y").intValue()).month(m.get("m").intValue())
                .day(Integer.parseInt(dh.group("d"))).build();
        if (guard(m, day) == null) {
            return null;
        }
        return new Reading(new TemporalExpression.Point(day, new TemporalExpression.Clock(hour, minute, second, zone,
                null), TemporalExpression.AnchorKind.DEICTIC), TimexType.TIME);
    }

    /** A month of a year from slashed numbers; null when the month is no month or the year unlikely (1900-2099). */
    private static Reading monthOfYear(Match m, int month, int year) {
        if (month < 1 || month > 12 || year < 1900 || year > 2099) {
            return null;
        }
        return guard(m, PartialTime.ofMonth(year, month));
    }

    /**
     * "07/04/2011", "6-21-2011", "25/12/2019": month first, unless the first number cannot be a month or the
     * document's other numeric dates are written day first ({@link #dayFirst}).
     */
    private static Reading slashed(Match m, int a, int b, Token y) {
        int year = y.text.length() == 2 ? Readings.expandTwoDigitYear(y.intValue()) : y.intValue();
        int month = a;
        int day = b;
        if (a > 12 && b <= 12 || a <= 12 && b <= 12 && a != b && dayFirst(m.tokens())) {
            month = b;
            day = a;
        }
        return guard(m, PartialTime.builder(Granularity.DAY).year(year).month(month).day(day).build());
    }

    /**
     * The tokens of the last document whose order was read (weakly held) and that order, per thread: the extractor
     * itself is shared.
     */
    private static final ThreadLocal<Object[]> ORDER = ThreadLocal.withInitial(() -> new Object[2]);

    /**
     * Whether the document writes its numeric dates day first: more of its dates in digits can only be read day
     * first ("25/12/2019", "31.01.2020") than only month first ("12/25/2019"). One linear pass over the tokens, once
     * per document.
     */
    static boolean dayFirst(List<Token> ts) {
        Object[] last = ORDER.get();
        if (last[0] instanceof java.lang.ref.WeakReference<?> seen && seen.get() == ts) {
            return (Boolean) last[1];
        }
        int dayFirst = 0;
        int monthFirst = 0;
        for (int i = 0; i + 4 < ts.size(); i++) {
            Token a = ts.get(i);
            Token s1 = ts.get(i + 1);
            Token b = ts.get(i + 2);
            Token s2 = ts.get(i + 3);
            Token y = ts.get(i + 4);
            if (a.kind != Token.Kind.DIGITS || a.text.length() > 2 || b.kind != Token.Kind.DIGITS
                    || b.text.length() > 2 || y.kind != Token.Kind.DIGITS || y.text.length() != 2 && y.text.length() != 4
                    || s1.spaceBefore || b.spaceBefore || s2.spaceBefore || y.spaceBefore
                    || !(s1.isPunct('/') || s1.isPunct('-') || s1.isPunct('.')) || !s1.text.equals(s2.text)) {
                continue;
            }
            int x = a.intValue();
            int z = b.intValue();
            if (x > 12 && x <= 31 && z >= 1 && z <= 12) {
                dayFirst++;
            } else if (z > 12 && z <= 31 && x >= 1 && x <= 12) {
                monthFirst++;
            }
        }
        boolean result = dayFirst > monthFirst;
        last[0] = new java.lang.ref.WeakReference<>(ts);
        last[1] = result;
        return result;
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
