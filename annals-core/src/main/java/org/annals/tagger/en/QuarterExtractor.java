package org.annals.tagger.en;

import org.annals.expression.TemporalExpression;
import org.annals.expression.TemporalExpression.AnchorKind;
import org.annals.expression.TemporalExpression.Point;
import org.annals.tagger.RuleExtractor;
import org.annals.tagger.T;
import org.annals.tagger.TokenPattern.Match;
import org.annals.text.Lex;
import org.annals.text.Token;
import org.annals.time.Granularity;
import org.annals.time.PartialTime;

import static org.annals.tagger.T.word;
import static org.annals.tagger.TokenPattern.cap;
import static org.annals.tagger.TokenPattern.of;
import static org.annals.tagger.TokenPattern.opt;
import static org.annals.tagger.TokenPattern.tok;

/**
 * Quarters and halves of a year: "the third quarter" (news: of the document's year), "third-quarter",
 * "the first quarter of 1998", "the second half of 1950", "the first half", "Q3 1998", "1998's fourth quarter".
 */
public final class QuarterExtractor extends RuleExtractor {

    /** The unit of the period: "quarter", its abbreviation "qtr", or "half". */
    private static final java.util.function.Predicate<Token> QUARTER_OR_HALF = word("quarter", "qtr", "half");

    public QuarterExtractor() {
        super("quarter");
        rule("ordinal-quarter", of(opt(word("the")), cap("ord", T.ORDINAL), opt(T.HYPHEN),
                        cap("unit", QUARTER_OR_HALF), cap("of", word("of")).opt(), opt(word("fiscal")),
                        cap("year", T.YEAR).opt()),
                QuarterExtractor::quarter);
        // "the fiscal first quarter", "the fiscal-first quarter", "fiscal second-quarter": "fiscal" belongs to it
        rule("fiscal-quarter", 1, of(opt(word("the")), tok(word("fiscal")), opt(T.TIGHT_HYPHEN), cap("ord", T.ORDINAL),
                        opt(T.HYPHEN), cap("unit", QUARTER_OR_HALF), cap("of", word("of")).opt(),
                        opt(word("fiscal")), cap("year", T.YEAR).opt()),
                QuarterExtractor::quarter);
        rule("quarter-of-the-year", 1, of(opt(word("the")), cap("ord", T.ORDINAL), opt(T.HYPHEN),
                        cap("unit", QUARTER_OR_HALF), cap("of", word("of")), cap("this", word("the", "this",
                        "last", "next", "that")), cap("y", word("year"))),
                QuarterExtractor::quarter);
        rule("year-ordinal-quarter", 2, of(opt(word("the")), cap("year", T.YEAR), cap("ord", T.ORDINAL), opt(T.HYPHEN),
                        cap("unit", QUARTER_OR_HALF)),
                QuarterExtractor::quarter);
        rule("latter-half", 1, of(opt(word("the")), cap("w", word("latter", "former", "first", "second")),
                        cap("unit", word("half")), tok(word("of")), cap("year", T.YEAR)),
                m -> {
                    String w = m.get("w").lower;
                    int h = w.equals("latter") || w.equals("second") ? 2 : 1;
                    return Readings.date(partial(true, h, m.get("year").intValue()));
                });
        rule("q-n", of(cap("q", t -> t.kind == Token.Kind.WORD && t.text.length() == 2
                        && (t.text.charAt(0) == 'Q') && t.text.charAt(1) >= '1' && t.text.charAt(1) <= '4'),
                        cap("year", T.YEAR).opt()),
                m -> {
                    PartialTime.Builder b = PartialTime.builder(Granularity.QUARTER)
                            .quarter(m.get("q").text.charAt(1) - '0');
                    if (m.has("year")) {
                        b.year(m.get("year").intValue());
                    }
                    return Readings.dateExpr(new Point(b.build(), null, AnchorKind.DEICTIC, 0));
                });
        // "H1 2020", "H2 2019": a half with its year (alone, "H1" may be a heading)
        rule("h-n", 1, of(cap("h", t -> t.kind == Token.Kind.WORD && t.text.length() == 2 && t.text.charAt(0) == 'H'
                        && (t.text.charAt(1) == '1' || t.text.charAt(1) == '2')), cap("year", T.YEAR)),
                m -> Readings.date(Readings.quarterOrHalf(true, m.get("h").text.charAt(1) - '0',
                        m.get("year").intValue())));
        rule("yyyy-dash-q-n", 2, of(cap("year", T.YEAR), tok(T.TIGHT_HYPHEN), cap("q", t -> t.kind == Token.Kind.WORD
                        && !t.spaceBefore && t.text.length() == 2 && t.text.charAt(0) == 'Q' && t.text.charAt(1) >= '1'
                        && t.text.charAt(1) <= '4')),
                m -> Readings.date(PartialTime.builder(Granularity.QUARTER).year(m.get("year").intValue())
                        .quarter(m.get("q").text.charAt(1) - '0').build()));
        // "2017Q2": a year and its quarter in one word
        rule("yyyy-q-n", 1, of(cap("c", t -> t.kind == Token.Kind.WORD && YEAR_QUARTER.matcher(t.text).matches())),
                m -> {
                    java.util.regex.Matcher x = YEAR_QUARTER.matcher(m.get("c").text);
                    x.matches();
                    return Readings.date(PartialTime.builder(Granularity.QUARTER).year(Integer.parseInt(x.group("y")))
                            .quarter(Integer.parseInt(x.group("q"))).build());
                });
    }

    private static final java.util.regex.Pattern YEAR_QUARTER = java.util.regex.Pattern.compile(
            "(?<y>1[89][0-9]{2}|20[0-9]{2})-?Q(?<q>[1-4])");

    private static Reading quarter(Match m) {
        Token ord = m.get("ord");
        int n = ord.value(Lex.ORDINAL);
        boolean half = m.get("unit").lower.equals("half");
        int max = half ? 2 : 4;
        if (n == -1) {
            n = max; // "the final quarter"
        }
        if (n < 1 || n > max) {
            return null;
        }
        // "second half" needs "the", a hyphen or an "of": "a second half" of a game is not a date
        boolean the = m.tokens().get(m.start).lower.equals("the");
        if (half && !the && !m.has("year")) {
            return null;
        }
        if (m.has("of") && !m.has("year") && !hasYearWord(m)) {
            return Readings.dateExpr(new Point(partial(half, n, null), null, AnchorKind.DEICTIC, 0)).trim(0, 1);
        }
        if (hasYearWord(m)) {
            // "the fourth quarter of last year", "the first half of next year": that part of the shifted year
            int shift = switch (m.get("this").lower) {
                case "last" -> -1;
                case "next" -> 1;
                default -> 0;
            };
            AnchorKind a = m.get("this").lower.equals("that") ? AnchorKind.NARRATIVE : AnchorKind.DEICTIC;
            return Readings.dateExpr(new TemporalExpression.InYear(partial(half, n, null), shift, a));
        }
        Integer year = m.has("year") ? m.get("year").intValue() : null;
        Reading r = Readings.dateExpr(new Point(partial(half, n, year), null, AnchorKind.DEICTIC, 0));
        // "the third-quarter loss": the hyphenated adjective is the expression, not the article
        boolean hyphen = m.get("unit").index > ord.index + 1;
        if (the && hyphen && year == null) {
            return r.trim(1, 0);
        }
        return r;
    }

    private static boolean hasYearWord(Match m) {
        return m.has("y");
    }

    private static PartialTime partial(boolean half, int n, Integer year) {
        return Readings.quarterOrHalf(half, n, year);
    }
}
