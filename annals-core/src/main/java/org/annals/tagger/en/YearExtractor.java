package org.annals.tagger.en;

import org.annals.tagger.RuleExtractor;
import org.annals.tagger.T;
import org.annals.tagger.TokenPattern.Match;
import org.annals.text.Lex;
import org.annals.text.Token;
import org.annals.text.WordLists;
import org.annals.time.Granularity;
import org.annals.time.PartialTime;

import java.util.List;
import java.util.Set;

import static org.annals.tagger.T.APOSTROPHE;
import static org.annals.tagger.T.YEAR;
import static org.annals.tagger.T.YEAR_ANY;
import static org.annals.tagger.T.word;
import static org.annals.tagger.TokenPattern.cap;
import static org.annals.tagger.TokenPattern.of;
import static org.annals.tagger.TokenPattern.opt;
import static org.annals.tagger.TokenPattern.tok;

/**
 * Years, decades, centuries and eras: "1950", "fiscal 1998", "264 BC", "AD 9", "the 1950s", "the '50s",
 * "the fifties", "the 19th century", "the 1800s", "the third millennium".
 */
public final class YearExtractor extends RuleExtractor {

    /** The word lists below, with what each one is for: {@code org/annals/tagger/en/year.tsv}. */
    private static final WordLists WORDS = WordLists.load(YearExtractor.class, "/org/annals/tagger/en/year.tsv");
    /** Words after a number that show it is a count, not a year ("2000 tons"). */
    private static final Set<String> NOT_YEAR_BEFORE = WORDS.get("not-year-before");
    /** Words before a number that show it is an amount or a number ("$1950", "room 1950"). */
    private static final Set<String> NOT_YEAR_AFTER = WORDS.get("not-year-after");
    private static final Set<String> YEAR_DESPITE_BEFORE = WORDS.get("year-despite-before");
    private static final Set<String> RANGE_COUNT_UNLESS = WORDS.get("range-count-unless");
    private static final Set<String> RANGE_JOINERS = WORDS.get("range-joiners");
    /** Plural nouns without an s: "2000 people". */
    private static final Set<String> COUNT_NOUNS = WORDS.get("count-nouns");
    private static final Set<String> TIME_PREPOSITIONS = WORDS.get("time-prepositions");
    private static final Set<String> CLAUSE_AFTER_YEAR = WORDS.get("clause-after-year");
    private static final Set<String> PLURALS_AFTER_YEAR = WORDS.get("plurals-after-year");
    private static final Set<String> YEAR_BEFORE_PLURAL = WORDS.get("year-before-plural");
    private static final Set<String> OLD_YEAR_OPENERS = WORDS.get("old-year-openers");
    private static final Set<String> YEAR_PREFIXES = WORDS.get("year-prefixes");

    public YearExtractor() {
        super("year");
        rule("year", of(cap("year", YEAR)), YearExtractor::year);
        // the end of a range: "1939-45" (45 = 1945), "2007-08"
        rule("range-tail", 1, of(cap("first", YEAR), cap("dash", t -> (t.isPunct('-') || t.text.equals("\u2013"))
                        && !t.spaceBefore), cap("yy", t -> t.kind == Token.Kind.DIGITS && t.text.length() == 2
                        && !t.spaceBefore)),
                m -> {
                    int first = m.get("first").intValue();
                    int second = first / 100 * 100 + m.get("yy").intValue();
                    if (second <= first) {
                        return null;
                    }
                    return Readings.date(PartialTime.ofYear(second)).trim(2, 0);
                });
        rule("the-year-n", 2, of(opt(word("the")), cap("y", word("year")), cap("year", t -> t.isInteger()
                        && t.number >= 1000 && t.number <= 2100)),
                m -> Readings.date(PartialTime.ofYear(m.get("year").intValue())));
        rule("fiscal-year", 1, of(cap("fiscal", word("fiscal", "fy")), opt(word("year")), cap("year", YEAR)),
                m -> Readings.date(PartialTime.ofYear(m.get("year").intValue())));
        // "FY2021", "FY21": a fiscal year in one word (its year, as "fiscal 2021")
        rule("fy-glued", 1, of(cap("fy", t -> t.kind == Token.Kind.WORD && FISCAL_YEAR.matcher(t.text).matches())),
                m -> {
                    java.util.regex.Matcher x = FISCAL_YEAR.matcher(m.get("fy").text);
                    x.matches();
                    int y = Integer.parseInt(x.group("y"));
                    return Readings.date(PartialTime.ofYear(x.group("y").length() == 2 ? Readings.expandTwoDigitYear(y)
                            : y));
                });
        // "week 5 of 2021", "in week 52 of 2020": the ISO week
        rule("week-n-of-year", 2, of(tok(word("week")), cap("n", t -> t.kind == Token.Kind.DIGITS && t.intValue() >= 1
                        && t.intValue() <= 53), tok(word("of")), cap("year", t -> t.kind == Token.Kind.DIGITS
                        && YEAR.test(t))),
                m -> Readings.date(PartialTime.builder(Granularity.WEEK).year(m.get("year").intValue())
                        .week(m.get("n").intValue()).build()));
        // "in two thousand nine", "since twenty twenty-one" said in words after a time's preposition (a count goes on
        // to its noun: "in two thousand nine cases")
        rule("spelled-year", 1, of(cap("prep", t -> TIME_PREPOSITIONS.contains(t.lower) || t.lower.equals("since")),
                        cap("y", t -> t.kind == Token.Kind.NUMBER && Character.isLetter(t.text.charAt(0))
                                && t.number >= 1000 && t.number <= 2099 && t.number == Math.rint(t.number))),
                m -> {
                    Token next = m.end < m.tokens().size() ? m.tokens().get(m.end) : null;
                    if (next != null && next.kind == Token.Kind.WORD && Character.isLowerCase(next.text.charAt(0))
                            && !CLAUSE_AFTER_YEAR.contains(next.lower)) {
                        return null;
                    }
                    return Readings.date(PartialTime.ofYear(m.get("y").intValue())).trim(1, 0);
                });
        // "back in '98", "the class of '76": an apostrophe and two digits after a time's preposition
        rule("apos-year", 1, of(cap("prep", t -> TIME_PREPOSITIONS.contains(t.lower) || t.lower.equals("since")),
                        cap("apos", APOSTROPHE), cap("yy", t -> T.DIGITS2.test(t) && !t.spaceBefore)),
                m -> {
                    Token after = m.end < m.tokens().size() ? m.tokens().get(m.end) : null;
                    if (after != null && (after.lower.equals("s") || after.isPunct('\'') && !after.spaceBefore)) {
                        return null; // "in the '90s" is a decade, "in '98'" a quotation
                    }
                    return Readings.date(PartialTime.ofYear(Readings.expandTwoDigitYear(m.get("yy").intValue())))
                            .trim(1, 0);
                });
        rule("fiscal-apos-year", 1, of(cap("fiscal", word("fiscal")), cap("apos", APOSTROPHE),
                        cap("yy", T.DIGITS2)),
                m -> Readings.date(PartialTime.ofYear(Readings.expandTwoDigitYear(m.get("yy").intValue()))));
        rule("bc", 2, of(cap("year", YEAR_ANY), cap("era", word("bc", "b.c.", "bce", "b.c.e.", "bc.", "ad", "a.d.",
                        "ce", "c.e."))), m -> era(m.tokens(), m.get("year"), m.get("era")));
        // the first year of a range BC: "(499-493 BC)", "from 499 to 493 BC"; the second is a "bc" match
        rule("bc-range-first", 2, of(cap("year", YEAR_ANY), cap("to", t -> T.HYPHEN.test(t) || t.lower.equals("to")
                        || t.lower.equals("and")), cap("y2", YEAR_ANY), cap("era", word("bc", "b.c.", "bce",
                        "b.c.e."))),
                m -> {
                    int first = m.get("year").intValue();
                    // years BC count down: "499-493 BC"; "5-10 BC" is no range of years
                    if (first <= m.get("y2").intValue() || first > 9999) {
                        return null;
                    }
                    Reading r = era(m.tokens(), m.get("year"), m.get("era"));
                    return r == null ? null : r.trim(0, 3);
                });
        // "early in 1862", "late in 1957", "early in 480 BC"
        rule("early-in-year", 3, of(cap("mod", word("early", "late", "mid")), tok(word("in")), cap("year", YEAR)),
                m -> {
                    Reading r = year(m);
                    return r == null ? null : r.mod(mod(m.get("mod")));
                });
        rule("early-in-year-bc", 3, of(cap("mod", word("early", "late", "mid")), tok(word("in")),
                        cap("year", YEAR_ANY), cap("era", word("bc", "b.c.", "bce", "b.c.e."))),
                m -> {
                    Reading r = era(m.tokens(), m.get("year"), m.get("era"));
                    return r == null ? null : r.mod(mod(m.get("mod")));
                });
        // "Vikings raided Lindisfarne in 793.": a three-digit number after "in" that ends its clause is a year (a
        // count goes on to its noun: "in 350 stores")
        rule("in-three-digit-year", 1, of(tok(word("in")), cap("year", t -> t.kind == Token.Kind.DIGITS
                && t.text.length() == 3 && t.text.charAt(0) != '0')), m -> {
            Token y = m.get("year");
            List<Token> ts = m.tokens();
            Token next = y.index + 1 < ts.size() ? ts.get(y.index + 1) : null;
            if (next != null && !next.isPunct('.') && !next.isPunct(',') && !next.isPunct(';')) {
                return null;
            }
            // "one in 500, the report said", "1 in 250": a ratio
            Token before = y.index >= 2 ? ts.get(y.index - 2) : null;
            if (before != null && (before.isNumber() || before.lower.equals("one"))) {
                return null;
            }
            // "in 793.5" or "in 793,000" are numbers
            if (next != null && !next.spaceBefore && y.index + 2 < ts.size() && ts.get(y.index + 2).kind
                    == Token.Kind.DIGITS && !ts.get(y.index + 2).spaceBefore) {
                return null;
            }
            return Readings.date(PartialTime.ofYear(y.intValue())).trim(1, 0);
        });
        rule("ad", 2, of(cap("era", word("ad", "a.d.")), cap("year", YEAR_ANY)), m -> {
            if (!m.get("era").allCaps()) {
                return null;
            }
            return Readings.date(PartialTime.ofYear(m.get("year").intValue()));
        });
        rule("decade", 1, of(cap("the", word("the")).opt(), opt(APOSTROPHE), cap("dec", T.lex(Lex.DECADE_NUM))),
                YearExtractor::decade);
        // "the 470s BC"
        rule("decade-bc", 2, of(opt(word("the")), cap("dec", YearExtractor::decadeDigits), cap("era", word("bc",
                        "b.c.", "bce", "b.c.e."))),
                m -> {
                    String d = m.get("dec").text;
                    int v = Integer.parseInt(d.substring(0, d.length() - 1));
                    Token era = m.get("era");
                    if (v < 10 || v % 10 != 0 || !era.allCaps() && !era.lower.contains(".")) {
                        return null;
                    }
                    if (v >= 100 && v % 100 == 0) {
                        // "the 400s BC": the century
                        return Readings.date(PartialTime.builder(Granularity.CENTURY).century(v / 100).bc(true)
                                .build());
                    }
                    return Readings.date(PartialTime.builder(Granularity.DECADE).decade(v / 10).bc(true).build());
                });
        rule("decade-apos", 1, of(opt(word("the")), cap("apos", APOSTROPHE), cap("dec", T.lex(Lex.DECADE_NUM))),
                YearExtractor::decade);
        // "the nineteen forties", "the early eighteen nineties": a century's number, then its decade in words
        rule("decade-spelled", 2, of(cap("the", word("the")), cap("part", word("early", "mid", "late")).opt(),
                        opt(T.HYPHEN),
                        cap("c", t -> t.kind == Token.Kind.NUMBER && t.isInteger() && t.number >= 10 && t.number <= 20),
                        cap("dec", T.lex(Lex.DECADE_WORD))),
                m -> Readings.date(PartialTime.builder(Granularity.DECADE).decade(m.get("c").intValue() * 10
                        + m.get("dec").value(Lex.DECADE_WORD)).build()).mod(partOf(m)));
        rule("decade-word", 1, of(cap("the", word("the")), cap("part", word("early", "mid", "late")).opt(),
                        opt(T.HYPHEN), cap("dec", T.lex(Lex.DECADE_WORD))),
                m -> Readings.date(PartialTime.builder(Granularity.DECADE).decade(190 + m.get("dec")
                        .value(Lex.DECADE_WORD)).build()).mod(partOf(m)));
        rule("century", 1, of(opt(word("the")), cap("ord", T.ORDINAL), opt(T.HYPHEN), cap("unit",
                        word("century", "centuries", "millennium")), cap("era", word("bc", "b.c.", "ad", "a.d.",
                        "bce", "ce")).opt()),
                YearExtractor::century);
    }

    /** "470s", "1950s", "80s": digits ending in 0 and an "s". */
    /** "the early forties" is the decade's start, "the mid-forties" its middle, "the late forties" its end. */
    private static org.annals.time.Mod partOf(Match m) {
        if (!m.has("part")) {
            return null;
        }
        return switch (m.get("part").lower) {
            case "early" -> org.annals.time.Mod.START;
            case "mid" -> org.annals.time.Mod.MID;
            default -> org.annals.time.Mod.END;
        };
    }

    private static boolean decadeDigits(Token t) {
        String s = t.text;
        int n = s.length();
        if (n < 3 || n > 5 || s.charAt(n - 1) != 's' || s.charAt(n - 2) != '0') {
            return false;
        }
        for (int i = 0; i < n - 1; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static org.annals.time.Mod mod(Token t) {
        return switch (t.lower) {
            case "early" -> org.annals.time.Mod.START;
            case "late" -> org.annals.time.Mod.END;
            default -> org.annals.time.Mod.MID;
        };
    }

    /**
     * "2000 to 3000 people", "1500 to 2000 troops": a range of counts, not years. "from 1991 to 1997" is a range of
     * years, and so is "in 1980 to more than 300,000" (a year after a preposition of time, then something else).
     */
    private static boolean countRange(List<Token> ts, int y, Token prev) {
        Token after = y + 2 < ts.size() ? ts.get(y + 2) : null;
        if (after == null || !after.isNumber()) {
            return prev == null || !TIME_PREPOSITIONS.contains(prev.lower);
        }
        if (!YEAR.test(after)) {
            return true;
        }
        Token then = y + 3 < ts.size() ? ts.get(y + 3) : null;
        return then != null && then.kind == Token.Kind.WORD && (NOT_YEAR_BEFORE.contains(then.lower)
                || COUNT_NOUNS.contains(then.lower) || Character.isLowerCase(then.text.charAt(0))
                && then.lower.endsWith("s") && !then.lower.endsWith("ss") && !then.is(Lex.UNIT_PLURAL)
                && then.text.length() > 3);
    }

    /** "FY2021", "FY21". */
    private static final java.util.regex.Pattern FISCAL_YEAR = java.util.regex.Pattern.compile(
            "FY(?<y>(19|20)[0-9]{2}|[0-9]{2})");

    private static Reading year(Match m) {
        Token y = m.get("year");
        List<Token> ts = m.tokens();
        Token prev = y.index > 0 ? ts.get(y.index - 1) : null;
        Token next = y.index + 1 < ts.size() ? ts.get(y.index + 1) : null;
        // "pages 1950 to 1960", "rooms 1950 and 1951": the second number of a range of counts is no year either
        if (prev != null && y.index >= 3 && RANGE_JOINERS.contains(prev.lower)
                && ts.get(y.index - 2).kind == Token.Kind.DIGITS
                && NOT_YEAR_AFTER.contains(ts.get(y.index - 3).lower)
                && !RANGE_COUNT_UNLESS.contains(ts.get(y.index - 3).lower)) {
            return null;
        }
        if (prev != null && (NOT_YEAR_AFTER.contains(prev.lower) && !YEAR_DESPITE_BEFORE.contains(prev.lower)
                || prev.isPunct('$') || prev.isPunct('#') || prev.text.equals("£") || prev.text.equals("€")
                || prev.isPunct('.') && !prev.spaceBefore && y.spaceBefore == false
                || prev.isPunct(':') && !y.spaceBefore || prev.isPunct('/') && !y.spaceBefore
                || prev.isPunct('-') && !y.spaceBefore && y.index > 1 && ts.get(y.index - 2).isNumber()
                && !YEAR.test(ts.get(y.index - 2)))) {
            return null;
        }
        // "RX-2020", "MiG-2021": a model's code, a word with capitals glued to the number by a hyphen ("mid-2020",
        // "pre-2020" are the year's)
        if (prev != null && prev.isPunct('-') && !prev.spaceBefore && !y.spaceBefore && y.index > 1) {
            Token code = ts.get(y.index - 2);
            if (code.kind == Token.Kind.WORD && code.text.chars().filter(Character::isUpperCase).count() >= 2
                    && !YEAR_PREFIXES.contains(code.lower)) {
                return null;
            }
        }
        boolean range = next != null && (next.isPunct('-') || next.text.equals("\u2013")) && !next.spaceBefore
                && y.index + 2 < ts.size() && ts.get(y.index + 2).kind == Token.Kind.DIGITS
                && (ts.get(y.index + 2).text.length() == 2 || ts.get(y.index + 2).text.length() == 4);
        if (next != null && !range) {
            // "2003: Invasion" heading a section is a year; "1030:45" is not
            boolean heading = next.isPunct(':') && (y.index == 0 || y.newlinesBefore > 0) && y.index + 2 < ts.size()
                    && ts.get(y.index + 2).kind == Token.Kind.WORD && ts.get(y.index + 2).capitalized();
            if (next.isPunct('%') || next.isPunct(':') && !next.spaceBefore && !heading
                    || next.isPunct('/') && !next.spaceBefore || next.isPunct('.') && !next.spaceBefore
                    && y.index + 2 < ts.size() && ts.get(y.index + 2).isNumber() && !ts.get(y.index + 2).spaceBefore) {
                return null;
            }
            if (next.lower.equals("to")) {
                if (countRange(ts, y.index, prev)) {
                    return null;
                }
            } else if (next.kind == Token.Kind.WORD && (NOT_YEAR_BEFORE.contains(next.lower)
                    || COUNT_NOUNS.contains(next.lower))) {
                return null;
            }
            // "1950 troops", "2000 people": a lower-case plural noun right after a bare number
            if (next.kind == Token.Kind.WORD && next.text.length() > 3 && Character.isLowerCase(next.text.charAt(0))
                    && next.lower.endsWith("s") && !next.lower.endsWith("ss") && !next.is(Lex.UNIT_PLURAL)
                    && !PLURALS_AFTER_YEAR.contains(next.lower)
                    && (prev == null || !YEAR_BEFORE_PLURAL.contains(prev.lower)) && !prefixed(ts, y)) {
                return null;
            }
        }
        int year = y.intValue();
        if (year < 1000 || year > 2100) {
            return null;
        }
        // bare numbers far from the present in a sentence with no date words are rare years; keep 1100-2100
        if (year < 1100 && (prev == null || !OLD_YEAR_OPENERS.contains(prev.lower))) {
            return null;
        }
        return Readings.date(PartialTime.ofYear(year));
    }

    /** "the post-1959 politics", "pre-1914 borders", "mid-1996": a year glued to a prefix of time. */
    private static boolean prefixed(List<Token> ts, Token y) {
        return y.index > 1 && !y.spaceBefore && ts.get(y.index - 1).isPunct('-')
                && YEAR_PREFIXES.contains(ts.get(y.index - 2).lower);
    }

    private static Reading era(List<Token> ts, Token year, Token era) {
        boolean bc = era.lower.startsWith("b");
        if (!era.allCaps() && !era.lower.contains(".")) {
            return null;
        }
        // "05-05 0495 BC-NY-DOCTOR-KILLED": a wire service's slug, not an era
        if (era.index + 1 < ts.size() && ts.get(era.index + 1).isPunct('-') && !ts.get(era.index + 1).spaceBefore) {
            return null;
        }
        if (!bc && (era.lower.equals("ce") || era.lower.equals("c.e.")) && year.intValue() < 100) {
            return null;
        }
        return Readings.date(PartialTime.builder(Granularity.YEAR).year(year.intValue()).bc(bc).build());
    }

    private static Reading decade(Match m) {
        Token d = m.get("dec");
        int v = d.value(Lex.DECADE_NUM);
        if (v >= 1000) {
            if (v % 100 == 0 && m.has("apos") == false) {
                // "the 1800s": the century
                return Readings.date(PartialTime.builder(Granularity.CENTURY).century(v / 100).build());
            }
            return Readings.date(PartialTime.builder(Granularity.DECADE).decade(v / 10).build());
        }
        if (!m.has("apos") && !m.has("the") && v < 100) {
            // "50s" alone is an age or a temperature more often than a decade
            return null;
        }
        if (v < 100) {
            return Readings.date(PartialTime.builder(Granularity.DECADE).decade(Readings.expandTwoDigitYear(v) / 10)
                    .build());
        }
        return null;
    }

    private static Reading century(Match m) {
        Token ord = m.get("ord");
        int n = ord.value(Lex.ORDINAL);
        if (n < 1 || n > 30) {
            return null;
        }
        boolean bc = m.has("era") && m.get("era").lower.startsWith("b");
        if (m.get("unit").lower.startsWith("millenn")) {
            return Readings.date(PartialTime.builder(Granularity.MILLENNIUM).year((n - 1) * 1000).bc(bc).build());
        }
        if (m.get("unit").lower.equals("centuries")) {
            return null;
        }
        return Readings.date(PartialTime.builder(Granularity.CENTURY).century(n - 1).bc(bc).build());
    }
}
