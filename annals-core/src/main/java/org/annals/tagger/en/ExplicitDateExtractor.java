package org.annals.tagger.en;

import org.annals.expression.TemporalExpression;
import org.annals.tagger.RuleExtractor;
import org.annals.tagger.T;
import org.annals.tagger.TokenPattern.Match;
import org.annals.text.Lex;
import org.annals.text.Token;
import org.annals.time.Granularity;
import org.annals.time.PartialTime;

import java.util.Set;

import static org.annals.tagger.T.COMMA;
import static org.annals.tagger.T.DAY;
import static org.annals.tagger.T.DOT;
import static org.annals.tagger.T.MONTH;
import static org.annals.tagger.T.YEAR;
import static org.annals.tagger.T.WEEKDAY;
import static org.annals.tagger.T.word;
import static org.annals.tagger.TokenPattern.cap;
import static org.annals.tagger.TokenPattern.of;
import static org.annals.tagger.TokenPattern.opt;
import static org.annals.tagger.TokenPattern.tok;

/**
 * Calendar dates written with a month name: "Oct. 25, 1950", "October 25th 1950", "Wednesday, Oct. 25",
 * "25 June 1950", "the 25th of June", "October 1950", "Oct. of 1950", "March 22".
 */
public final class ExplicitDateExtractor extends RuleExtractor {

    /** The word lists of this family, each with what it is for: {@code org/annals/tagger/en/month-day-year.tsv}. */
    private static final org.annals.text.WordLists WORDS = org.annals.text.WordLists.load(ExplicitDateExtractor.class,
            "/org/annals/tagger/en/month-day-year.tsv");
    /** Before "may 5", "march 3" in lower case: the words that make them dates. */
    private static final Set<String> LOWER_MONTH_PREPOSITIONS = WORDS.get("lower-month-prepositions");
    /**
     * After "the 3rd", lower-case words that start the clause or go on with the date ("On the 3rd we left", "by the 3rd
     * and the 4th"); any other ("the 3rd time", "the 22nd floor") makes the ordinal a rank.
     */
    private static final Set<String> AFTER_A_DAY = WORDS.get("after-a-day");
    /** Before "the 22nd", the words that make it a day ("on the 22nd", "by the 3rd", "the morning of the 3rd"). */
    private static final Set<String> DAY_PREPOSITIONS = WORDS.get("day-prepositions");

    /** The months' three-letter abbreviations, each in four characters ("jan feb ..."), for "Mar9". */
    private static final String MONTH_ABBREVIATIONS = "jan feb mar apr may jun jul aug sep oct nov dec";
    private static final java.util.regex.Pattern GLUED = java.util.regex.Pattern.compile(
            "(?<m>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?<d>[0-3]?[0-9])");
    /**
     * A weekday before the date it names: any capitalized name or abbreviation ("Wed, Aug 2", "Sat. 3 June"), the
     * date that follows being its context.
     */
    private static final java.util.function.Predicate<Token> WEEKDAY_BEFORE_DATE = t -> t.is(Lex.WEEKDAY)
            && (t.capitalized() || WEEKDAY.test(t));

    public ExplicitDateExtractor() {
        super("month-day-year");
        // [Weekday,] Month[.] Day[,] [Year]
        rule("month-day", 2, of(cap("wd", WEEKDAY_BEFORE_DATE).opt(), opt(DOT), opt(COMMA), cap("month", MONTH), opt(DOT),
                        cap("day", DAY),
                        opt(COMMA), cap("year", YEAR).opt()),
                m -> monthDay(m, m.get("month"), m.get("day"), m.get("year"), m.has("wd") ? m.get("wd") : null));
        // "on may 5", "since march 3, 2020": a month that is also a word, in lower case, after a preposition and before
        // a day ("I may 5 times" is none); the preposition stays out
        rule("lower-month-day", 2, of(cap("pre", t -> LOWER_MONTH_PREPOSITIONS.contains(t.lower)),
                        cap("month", t -> !t.capitalized() && t.is(Lex.MONTH)), opt(DOT), cap("day", DAY),
                        opt(COMMA), cap("year", YEAR).opt()),
                m -> {
                    Token after = m.end < m.tokens().size() ? m.tokens().get(m.end) : null;
                    if (!m.has("year") && after != null && after.kind == Token.Kind.WORD
                            && Character.isLowerCase(after.text.charAt(0)) && !AFTER_A_DAY.contains(after.lower)) {
                        return null; // "in may 5 people died"
                    }
                    Reading r = monthDay(m, m.get("month"), m.get("day"), m.get("year"), null);
                    return r == null ? null : r.trim(1, r.trimEnd());
                });
        // "Mar9", "Sep21": a month's abbreviation glued to its day
        rule("glued-month-day", 2, of(cap("g", t -> t.kind == Token.Kind.WORD && t.capitalized()
                        && GLUED.matcher(t.text).matches())),
                m -> {
                    java.util.regex.Matcher x = GLUED.matcher(m.get("g").text);
                    x.matches();
                    int month = MONTH_ABBREVIATIONS.indexOf(x.group("m").toLowerCase(java.util.Locale.ROOT)) / 4 + 1;
                    int day = Integer.parseInt(x.group("d"));
                    if (day < 1 || day > 31) {
                        return null;
                    }
                    return Readings.dateExpr(new org.annals.expression.TemporalExpression.Point(
                            PartialTime.builder(Granularity.DAY).month(month).day(day).build()));
                });
        // "the 5th of next month", "the first of last month": a day of the month before or after the anchor's
        rule("nth-of-shifted-month", 2, of(cap("the", word("the")), cap("day", t -> T.DAY.test(t) && t.is(Lex.ORDINAL)
                        || T.DAY_WORD_ORDINAL.test(t)), tok(word("of")), cap("shift", word("next", "last", "this")),
                        tok(word("month"))),
                m -> Readings.dateExpr(new TemporalExpression.Point(PartialTime.builder(Granularity.DAY)
                        .day(Readings.day(m.get("day"))).build(), null, TemporalExpression.AnchorKind.DEICTIC,
                        NamedPeriodExtractor.shiftOf(m.get("shift")))));
        // "the first Monday in October", "the last Friday in June", "the last day of June 2011": a day counted in a month
        rule("nth-day-of-month", 2, of(cap("the", word("the")), cap("ord", t -> t.is(Lex.ORDINAL)
                        && (t.value(Lex.ORDINAL) == -1 || t.value(Lex.ORDINAL) >= 1 && t.value(Lex.ORDINAL) <= 5)),
                        cap("what", t -> WEEKDAY.test(t) || t.lower.equals("day")), cap("in", word("in", "of")),
                        cap("month", MONTH), opt(COMMA), cap("year", YEAR).opt()),
                m -> {
                    Token month = m.get("month");
                    if (month.lower.equals("may") && !m.has("year") || month.text.length() <= 3
                            && !m.has("year")) {
                        return null;
                    }
                    int n = m.get("ord").value(Lex.ORDINAL);
                    Token what = m.get("what");
                    int dow = what.lower.equals("day") ? 0 : what.value(Lex.WEEKDAY);
                    Integer year = m.has("year") ? m.get("year").intValue() : null;
                    TemporalExpression.NthDayOfMonth d = new TemporalExpression.NthDayOfMonth(n, dow,
                            month.value(Lex.MONTH), year, TemporalExpression.AnchorKind.DEICTIC);
                    if (year != null && d.in(year) == null) {
                        return null;
                    }
                    Reading r = Readings.dateExpr(d);
                    return m.has("year") || !m.tokens().get(m.end - 1).isPunct(',') ? r : r.trim(0, 1);
                });
        // "the first Thursday of next month", "the last day of the month": in the anchor's month, shifted
        rule("nth-day-of-shifted-month", 2, of(cap("the", word("the")), cap("ord", t -> t.is(Lex.ORDINAL)
                        && (t.value(Lex.ORDINAL) == -1 || t.value(Lex.ORDINAL) >= 1 && t.value(Lex.ORDINAL) <= 5)),
                        cap("what", t -> WEEKDAY.test(t) && !t.lower.endsWith("s") || t.lower.equals("day")),
                        tok(word("in", "of")), cap("shift", word("next", "last", "this", "the")), tok(word("month"))),
                m -> {
                    Token what = m.get("what");
                    return Readings.dateExpr(new TemporalExpression.NthDayOfShiftedMonth(m.get("ord").value(Lex.ORDINAL),
                            what.lower.equals("day") ? 0 : what.value(Lex.WEEKDAY),
                            NamedPeriodExtractor.shiftOf(m.get("shift")), TemporalExpression.AnchorKind.DEICTIC));
                });
        // "on 2/28", "by 12/31": a month and day with a slash after a word that makes them a date (alone they may be a
        // fraction or a score); day first when the first number cannot be a month
        rule("slash-month-day", 2, of(cap("pre", t -> LOWER_MONTH_PREPOSITIONS.contains(t.lower)),
                        cap("a", T.DIGITS1_2), tok(t -> t.isPunct('/') && !t.spaceBefore),
                        cap("b", t -> T.DIGITS1_2.test(t) && !t.spaceBefore)),
                m -> {
                    Token after = m.end < m.tokens().size() ? m.tokens().get(m.end) : null;
                    if (after != null && !after.spaceBefore && (after.isPunct('/') || after.isNumber())) {
                        return null; // "on 2/28/2021" is the slash rule's
                    }
                    int a = m.get("a").intValue();
                    int b = m.get("b").intValue();
                    int month = a > 12 && b <= 12 ? b : a;
                    int day = a > 12 && b <= 12 ? a : b;
                    return Readings.dateExpr(new TemporalExpression.Point(PartialTime.builder(Granularity.DAY)
                            .month(month).day(day).build())).trim(1, 0);
                });
        // "3 May 16": a day, a month and a two-digit year, closing the sentence or the clause ("on 3 May 16 people",
        // "3 May 16, the..." leave the number a count)
        rule("day-month-yy", 2, of(cap("day", DAY), cap("month", MONTH), opt(DOT),
                        cap("yy", t -> t.kind == Token.Kind.DIGITS && t.text.length() == 2)),
                m -> {
                    Token after = m.end < m.tokens().size() ? m.tokens().get(m.end) : null;
                    if (after != null && !(after.isPunct('.') || after.isPunct(';') || after.isPunct(')')
                            || after.isPunct('!') || after.isPunct('?')) || m.get("month").lower.equals("may")
                            && !m.get("month").capitalized()) {
                        return null;
                    }
                    return monthDay(m, m.get("month"), m.get("day"), null, null) == null ? null
                            : Readings.date(PartialTime.builder(Granularity.DAY)
                            .year(Readings.expandTwoDigitYear(m.get("yy").intValue()))
                            .month(m.get("month").value(Lex.MONTH)).day(Readings.day(m.get("day"))).build());
                });
        // "28 feb 2022", "3 sept. 2019": a month's abbreviation in lower case between a day and a year
        rule("day-lower-month-year", 2, of(cap("day", DAY), cap("month", t -> t.is(Lex.MONTH) && !t.capitalized()),
                        opt(DOT), opt(COMMA), cap("year", t -> t.kind == Token.Kind.DIGITS && T.YEAR.test(t))),
                m -> monthDay(m, m.get("month"), m.get("day"), m.get("year"), null));
        // "June fifth, 2011", "on March third": a month and its day as an ordinal word ("May first" and "March
        // third" need a year or "on" before them: "May" and "March" are other words too)
        rule("month-day-word", 2, of(cap("month", MONTH), cap("day", T.DAY_WORD_ORDINAL), opt(COMMA),
                        cap("year", YEAR).opt()),
                m -> {
                    Token month = m.get("month");
                    Token prev = m.start > 0 ? m.tokens().get(m.start - 1) : null;
                    if ((month.lower.equals("may") || month.lower.equals("march")) && !m.has("year")
                            && (prev == null || !prev.lower.equals("on"))) {
                        return null;
                    }
                    if (month.text.length() <= 3) {
                        return null; // "Jan first" is too rare to tell from a name
                    }
                    Reading r = monthDay(m, month, m.get("day"), m.get("year"), null);
                    return r == null || m.has("year") || !m.tokens().get(m.end - 1).isPunct(',') ? r : r.trim(0, 1);
                });
        // "on the 22nd", "Thursday the 21st": a day of a month the text leaves to the anchor (the weekday, when given,
        // picks the month); a digit ordinal after a time's preposition or a weekday, before no noun ("the 3rd time",
        // "the 22nd floor" are none)
        rule("the-nth", 1, of(cap("wd", WEEKDAY).opt(), opt(COMMA), cap("the", word("the")), cap("day", t -> T.DAY.test(t)
                        && t.is(Lex.ORDINAL))),
                m -> {
                    Token prev = m.start > 0 ? m.tokens().get(m.start - 1) : null;
                    if (!m.has("wd") && (prev == null || !DAY_PREPOSITIONS.contains(prev.lower))) {
                        return null;
                    }
                    Token next = m.end < m.tokens().size() ? m.tokens().get(m.end) : null;
                    // "by the 2nd Infantry Division": a capitalized word makes it a unit's rank too
                    if (next != null && next.kind == Token.Kind.WORD && (!Character.isLowerCase(next.text.charAt(0))
                            || !AFTER_A_DAY.contains(next.lower))) {
                        return null;
                    }
                    PartialTime.Builder b = PartialTime.builder(Granularity.DAY).day(Readings.day(m.get("day")));
                    if (m.has("wd")) {
                        b.dayOfWeek(m.get("wd").value(Lex.WEEKDAY));
                    }
                    Reading r = Readings.dateExpr(new TemporalExpression.Point(b.build(), null,
                            TemporalExpression.AnchorKind.DEICTIC, 0));
                    return m.has("wd") ? r : r.trim(0, 0);
                });
        // [Weekday,] [the] Day [of] Month[,] [Year]
        rule("day-month", 2, of(cap("wd", WEEKDAY_BEFORE_DATE).opt(), opt(DOT), opt(COMMA), opt(word("the")),
                        cap("day", DAY),
                        opt(word("of")), cap("month", MONTH), opt(DOT), opt(COMMA), cap("year", YEAR).opt()),
                m -> monthDay(m, m.get("month"), m.get("day"), m.get("year"), m.has("wd") ? m.get("wd") : null));
        rule("day-of-month-word", 1, of(cap("the", word("the")), cap("day", org.annals.tagger.T.DAY_WORD_ORDINAL),
                        cap("of", word("of")), cap("month", MONTH), opt(DOT),
                        opt(COMMA), cap("year", YEAR).opt()),
                m -> monthDay(m, m.get("month"), m.get("day"), m.get("year"), null));
        // Month [of] Year BC: "August 480 BC"
        rule("month-year-bc", 2, of(cap("month", MONTH), opt(DOT), opt(word("of")), cap("year",
                        org.annals.tagger.T.YEAR_ANY), cap("era", word("bc", "b.c.", "bce", "b.c.e."))),
                m -> Readings.date(PartialTime.builder(Granularity.MONTH).year(m.get("year").intValue()).bc(true)
                        .month(m.get("month").value(Lex.MONTH)).build()));
        // Month [Day] of that/the same/the following/last year
        rule("of-that-year", 3, of(cap("month", MONTH), opt(DOT), cap("day", DAY).opt(), cap("of", word("of")),
                        cap("the", word("the")).opt(), cap("rel", word("that", "same", "following", "previous", "next",
                        "this", "last", "preceding")), cap("y", word("year"))),
                m -> ofThatYear(m));
        // Month [Day] this/last/next year: "January this year", "June last year"
        rule("month-this-year", 3, of(cap("month", MONTH), opt(DOT), cap("day", DAY).opt(), opt(COMMA),
                        cap("rel", word("this", "last", "next")), cap("y", word("year"))),
                m -> ofThatYear(m));
        // the second day of a range: "April 6-7", "January 25-29", "May 4 and 5" (the first is a date of its own)
        rule("range-second-day", 1, of(cap("month", MONTH), opt(DOT), cap("d1", DAY), cap("to", RANGE),
                        cap("d2", DAY), opt(COMMA), cap("year", YEAR).opt()),
                m -> {
                    Token d2 = m.get("d2");
                    if (!dayRange(m.get("d1"), d2) || m.get("month").text.length() < 3) {
                        return null;
                    }
                    Reading r = monthDay(m, m.get("month"), d2, m.get("year"), null);
                    return r == null ? null : r.trim(d2.index - m.start, 0);
                });
        // the first day of a range: "6-7 February", "the night of 3-4 May", "25 and 26 June 1950"
        rule("range-first-day", 1, of(cap("d1", DAY), cap("to", RANGE), cap("d2", DAY), cap("month", MONTH),
                        opt(DOT), opt(COMMA), cap("year", YEAR).opt()),
                m -> {
                    Token d1 = m.get("d1");
                    if (!dayRange(d1, m.get("d2")) || m.get("month").text.length() < 3) {
                        return null;
                    }
                    Reading r = monthDay(m, m.get("month"), d1, m.get("year"), null);
                    return r == null ? null : r.trim(0, m.end - d1.index - 1);
                });
        // the first month of a range: "(May-August 1950)"; the second is a month-year of its own
        rule("range-first-month", 1, of(cap("m1", MONTH), cap("to", T.TIGHT_HYPHEN), cap("m2", MONTH),
                        opt(COMMA), cap("year", YEAR)),
                m -> {
                    int m1 = m.get("m1").value(Lex.MONTH);
                    int m2 = m.get("m2").value(Lex.MONTH);
                    if (m.get("m1").text.length() < 3 || m.get("m2").text.length() < 3 || m1 == m2
                            || m.get("m2").spaceBefore) {
                        return null;
                    }
                    int y = m.get("year").intValue() - (m1 > m2 ? 1 : 0);
                    return Readings.date(PartialTime.ofMonth(y, m1)).trim(0, m.end - m.start - 1);
                });
        // Month [.] [of|,] Year
        // "June in two years", "March in three years' time": the month of the year that many years after the anchor's
        rule("month-in-n-years", 3, of(cap("month", MONTH), opt(DOT), cap("day", DAY).opt(), tok(word("in")),
                        cap("n", t -> t.isInteger() && t.number >= 1 && t.number <= 100 || t.lower.equals("a")),
                        cap("unit", word("years", "year"))),
                m -> {
                    boolean one = m.get("n").lower.equals("a");
                    if (one != m.get("unit").lower.equals("year")) {
                        return null; // "in a year", "in two years"
                    }
                    PartialTime.Builder b = PartialTime.builder(m.has("day") ? Granularity.DAY : Granularity.MONTH)
                            .month(m.get("month").value(Lex.MONTH));
                    if (m.has("day")) {
                        b.day(Readings.day(m.get("day")));
                    }
                    return Readings.dateExpr(new org.annals.expression.TemporalExpression.InYear(b.build(),
                            one ? 1 : m.get("n").intValue(), org.annals.expression.TemporalExpression.AnchorKind.DEICTIC));
                });
        rule("month-year", 1, of(cap("month", MONTH), opt(DOT), opt(word("of")), opt(COMMA), cap("year", YEAR)),
                m -> {
                    // "30 February 1950": a day before the month that the day-month rule refused is no date at all
                    if (m.start > 0 && DAY.test(m.tokens().get(m.start - 1))) {
                        return null;
                    }
                    return Readings.date(PartialTime.ofMonth(m.get("year").intValue(),
                            m.get("month").value(Lex.MONTH)));
                });
    }

    /** "-", "and", "to", "through" between the days of a range. */
    private static final java.util.function.Predicate<Token> RANGE = t -> T.HYPHEN.test(t)
            || t.lower.equals("and") || t.lower.equals("to") || t.lower.equals("through");

    /** Two days of one month written as a range: digits, the second after the first. */
    private static boolean dayRange(Token d1, Token d2) {
        return d1.kind == Token.Kind.DIGITS && d2.kind == Token.Kind.DIGITS && d2.intValue() > d1.intValue()
                && d2.intValue() - d1.intValue() <= 20 && d1.text.charAt(0) != '0';
    }

    private static final Set<String> FULL_MONTHS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");

    private static Reading ofThatYear(Match m) {
        String rel = m.get("rel").lower;
        boolean the = m.has("the");
        if (rel.equals("last") && !m.has("of")) {
            rel = "last";
        }
        int shift = switch (rel) {
            case "following", "next" -> 1;
            case "previous", "last", "preceding" -> -1;
            default -> 0;
        };
        org.annals.expression.TemporalExpression.AnchorKind anchor = switch (rel) {
            case "this", "last" -> org.annals.expression.TemporalExpression.AnchorKind.DEICTIC;
            case "next" -> the ? org.annals.expression.TemporalExpression.AnchorKind.NARRATIVE
                    : org.annals.expression.TemporalExpression.AnchorKind.DEICTIC;
            default -> org.annals.expression.TemporalExpression.AnchorKind.NARRATIVE;
        };
        PartialTime.Builder b = PartialTime.builder(m.has("day") ? Granularity.DAY : Granularity.MONTH)
                .month(m.get("month").value(Lex.MONTH));
        if (m.has("day")) {
            b.day(Readings.day(m.get("day")));
        }
        return Readings.dateExpr(new org.annals.expression.TemporalExpression.InYear(b.build(), shift, anchor));
    }

    private static Reading monthDay(Match m, Token month, Token day, Token year, Token weekday) {
        int mo = month.value(Lex.MONTH);
        int d = Readings.day(day);
        // "May 5" is fine, but "may 5" was excluded by capitalization; a capitalized abbreviation takes its day as
        // its date context ("Sep 3", "Oct 21"), but not before a count's noun ("Jan 3 goals": a name and a number)
        if (month.text.length() <= 3 && !month.lower.equals("may") && year == null && weekday == null
                && !(month.index + 1 < m.tokens().size() && m.tokens().get(month.index + 1).isPunct('.'))) {
            Token after = m.end < m.tokens().size() ? m.tokens().get(m.end) : null;
            if (month.text.length() < 3 || after != null && after.kind == Token.Kind.WORD
                    && Character.isLowerCase(after.text.charAt(0)) && !after.lower.equals("and")
                    && !after.lower.equals("to") && !after.lower.equals("through") && !after.lower.equals("at")) {
                return null;
            }
        }
        // "25 June" needs the day right before the month (not "the 3 March" from a list of numbers)
        if (day.kind == Token.Kind.DIGITS && day.text.length() == 2 && day.text.charAt(0) == '0' && year == null) {
            return null;
        }
        PartialTime.Builder b = PartialTime.builder(Granularity.DAY).month(mo).day(d);
        if (year != null) {
            b.year(year.intValue());
        }
        if (weekday != null) {
            b.dayOfWeek(weekday.value(Lex.WEEKDAY));
        }
        PartialTime p = b.build();
        if (p.date() != null && weekday != null && p.date().getDayOfWeek().getValue() != weekday.value(Lex.WEEKDAY)) {
            // the weekday disagrees with the date; keep the date, drop the weekday
            p = p.toBuilder().dayOfWeek(null).build();
        }
        // without a year, the weekday stays: it picks the year ("Sat, Aug 2"); with one it has nothing more to say
        Reading r = Readings.date(year == null ? p : p.toBuilder().dayOfWeek(null).build());
        // "captured on 26 January.": the period after a full month name ends the sentence
        Token last = m.tokens().get(m.end - 1);
        if (last.isPunct('.') && last.index == month.index + 1 && FULL_MONTHS.contains(month.lower)) {
            r = r.trim(0, 1);
        }
        return r;
    }
}
