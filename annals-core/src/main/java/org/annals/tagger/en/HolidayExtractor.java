package org.annals.tagger.en;

import org.annals.expression.TemporalExpression.AnchorKind;
import org.annals.expression.TemporalExpression.Holiday;
import org.annals.expression.TemporalExpression.Point;
import org.annals.tagger.RuleExtractor;
import org.annals.tagger.T;
import org.annals.tagger.TokenPattern;
import org.annals.tagger.TokenPattern.Match;
import org.annals.text.Lex;
import org.annals.text.Token;
import org.annals.text.WordLists;
import org.annals.time.Granularity;
import org.annals.time.Holidays;
import org.annals.time.PartialTime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.annals.tagger.T.word;
import static org.annals.tagger.TokenPattern.cap;
import static org.annals.tagger.TokenPattern.of;
import static org.annals.tagger.TokenPattern.opt;
import static org.annals.tagger.TokenPattern.tok;

/**
 * Holidays: fixed ("Christmas", "Christmas Day 1963", "New Year's Day", "Halloween") and computed from the year
 * ("Thanksgiving" = fourth Thursday of November, "Easter", "Labor Day", "Election Day": {@link Holidays}). Without a
 * year they take the anchor's, as "November 25" does; "last Thanksgiving" is the one before the anchor.
 */
public final class HolidayExtractor extends RuleExtractor {

    public HolidayExtractor() {
        super("holiday");
        // in any case: "christmas eve", "halloween" are no other words ("valentine" is, so it needs its capital)
        rule("fixed", 1, of(cap("h", t -> t.is(Lex.HOLIDAY) && (t.capitalized() || !t.text.equals("valentine"))),
                        cap("kind", word("day", "eve"))
                        .opt(), cap("year", T.YEAR).opt()),
                m -> {
                    if (inTitle(m) || notTheDay(m)) {
                        return null; // "A Christmas Carol", "the Christmas tree"
                    }
                    LocalDate d = fixedDay(m);
                    return point(m, PartialTime.builder(Granularity.DAY).month(d.getMonthValue())
                            .day(d.getDayOfMonth()));
                });
        // "Christmas Day, 1989": the year after a comma, closing the phrase ("On Christmas Day, 2000 people came" is
        // a count)
        rule("fixed-comma-year", 2, of(cap("h", t -> t.is(Lex.HOLIDAY) && t.capitalized()),
                        cap("kind", word("day", "eve")).opt(), tok(T.COMMA),
                        cap("year", t -> T.YEAR.test(t) && t.kind == Token.Kind.DIGITS)),
                m -> {
                    Token after = m.end < m.tokens().size() ? m.tokens().get(m.end) : null;
                    if (inTitle(m) || after != null && after.kind == Token.Kind.WORD && !after.capitalized()) {
                        return null;
                    }
                    LocalDate d = fixedDay(m);
                    return Readings.date(PartialTime.builder(Granularity.DAY).year(m.get("year").intValue())
                            .month(d.getMonthValue()).day(d.getDayOfMonth()).build());
                });
        rule("new-year", 2, of(tok(word("new")), cap("y", word("year", "years")), opt(T.APOSTROPHE),
                        opt(word("s")), cap("kind", word("day", "eve")), cap("year", T.YEAR).opt()),
                m -> {
                    // "New Year's Eve", "new years eve" (a lower-case "new year's day" too: the words name the day)
                    boolean eve = m.get("kind").lower.equals("eve");
                    return point(m, PartialTime.builder(Granularity.DAY).month(eve ? 12 : 1).day(eve ? 31 : 1));
                });
        rule("computed", 1, of(cap("shift", word("last", "next", "this")).opt(),
                        cap("h", word("thanksgiving", "easter")), cap("kind", word("day", "sunday")).opt(),
                        cap("year", T.YEAR).opt()),
                m -> !notTheDay(m) && !inTitle(m) && (m.get("h").capitalized() || dateContext(m))
                        ? computed(m, m.get("h").lower) : null);
        rule("computed-day", 1, of(cap("shift", word("last", "next", "this")).opt(),
                        cap("h", word("labor", "memorial", "columbus", "veterans", "independence", "election")),
                        tok(word("day")), cap("year", T.YEAR).opt()),
                m -> m.get("h").capitalized() && m.tokens().get(m.get("h").index + 1).capitalized()
                        ? computed(m, m.get("h").lower) : null);
        // the holidays of holidays.tsv by the names written there ("Good Friday", "Mother's Day", "Martin Luther King
        // Jr. Day", "Eid al-Fitr"): the first word capitalized or the name in a date's context ("on good friday"),
        // apostrophes, periods and hyphens ignored ("Mother 's" reads "mothers"), after "last", "next" or "this" and
        // before a year; one rule a name
        for (Holidays.Holiday h : Holidays.all()) {
            for (String name : h.names()) {
                String[] words = name.split(" ");
                List<TokenPattern.Step> steps = new ArrayList<>();
                steps.add(cap("shift", word("last", "next", "this")).opt());
                for (int w = 0; w < words.length; w++) {
                    String word = words[w];
                    steps.add(cap("w" + w, t -> (normal(t).equals(word)
                            || word.length() > 1 && word.endsWith("s") && normal(t).equals(word.substring(0,
                            word.length() - 1)))));
                    if (w + 1 < words.length) {
                        // what the tokenizer cuts off a word inside the name: "Mother ' s", "Jr .", "Presidents '",
                        // "al - Fitr"
                        steps.add(opt(t -> !t.spaceBefore && (T.APOSTROPHE.test(t) || t.isPunct('.') || t.isPunct('-')
                                || t.lower.equals("'s") || t.lower.equals("\u2019s"))));
                        steps.add(opt(t -> !t.spaceBefore && t.lower.equals("s")));
                    }
                }
                steps.add(cap("year", t -> T.YEAR.test(t) && t.kind == Token.Kind.DIGITS).opt());
                rule("named-" + h.id(), 2, TokenPattern.of(steps.toArray(TokenPattern.Step[]::new)),
                        m -> named(m, h.id(), words));
            }
        }
    }

    /**
     * The day of a fixed holiday ("Christmas", value month*100+day in the lexicon), or the day before for its eve,
     * in a year that is no leap year (2001: the month and day are all that is kept).
     */
    private static LocalDate fixedDay(Match m) {
        int md = m.get("h").value(Lex.HOLIDAY);
        LocalDate d = LocalDate.of(2001, md / 100, md % 100);
        return m.has("kind") && m.get("kind").lower.equals("eve") ? d.minusDays(1) : d;
    }

    /**
     * A holiday of {@code holidays.tsv} read by one of its names: each word as written or, for a name's word in "s",
     * written without it and followed by "'s" ("Mother 's Day"); with a year its date that year, else a holiday the
     * resolver dates from the anchor ("last Good Friday": the one before).
     */
    private static Reading named(Match m, String id, String[] words) {
        if (!m.get("w0").capitalized() && !dateContext(m)) {
            return null; // "an epiphany", "a good friday"; "on good friday", "next passover" are the days
        }
        for (int w = 0; w < words.length; w++) {
            Token t = m.get("w" + w);
            if (!normal(t).equals(words[w]) && !possessive(m.tokens(), t.index + 1)) {
                return null; // "Mother Day" is no name
            }
        }
        if (m.has("year")) {
            if (m.has("shift")) {
                return null;
            }
            Holidays.Occurrence d = Holidays.occurrence(id, m.get("year").intValue());
            return d == null ? null : Readings.date(d.value());
        }
        return Readings.dateExpr(new Holiday(id, shift(m), AnchorKind.DEICTIC));
    }

    /** "'s" (one token or an apostrophe and "s") at token {@code k}. */
    private static boolean possessive(List<Token> ts, int k) {
        if (k >= ts.size()) {
            return false;
        }
        Token t = ts.get(k);
        return t.lower.equals("'s") || t.lower.equals("\u2019s") || T.APOSTROPHE.test(t) && k + 1 < ts.size()
                && ts.get(k + 1).lower.equals("s") && !ts.get(k + 1).spaceBefore;
    }

    /** A token's lower-case text without apostrophes and periods ("'s" is "s", "Jr." is "jr"). */
    private static String normal(Token t) {
        String s = t.lower;
        if (s.indexOf('\'') < 0 && s.indexOf('.') < 0 && s.indexOf('\u2019') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int j = 0; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c != '\'' && c != '.' && c != '\u2019') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static Reading point(Match m, PartialTime.Builder b) {
        if (m.has("year")) {
            return Readings.date(b.year(m.get("year").intValue()).build());
        }
        return Readings.dateExpr(new Point(b.build(), null, AnchorKind.DEICTIC, 0));
    }

    /**
     * A holiday computed from its year: with the year written, its date; without, a {@link Holiday} whose year the
     * resolver picks as it does for "November 25" ("last Thanksgiving": the one before the anchor).
     */
    private static Reading computed(Match m, String holiday) {
        if (!m.has("year")) {
            return Readings.dateExpr(new Holiday(holiday, shift(m), AnchorKind.DEICTIC));
        }
        if (m.has("shift")) {
            return null;
        }
        LocalDate d = Holidays.date(holiday, m.get("year").intValue());
        return d == null ? null : Readings.date(PartialTime.ofDate(d));
    }

    /**
     * "Irving Berlin's "White Christmas"", "A Christmas Carol": a holiday after a capitalized word in mid-sentence
     * is part of a name or a title, not the day.
     */
    private static boolean inTitle(Match m) {
        int h = m.get("h").index;
        if (h == 0) {
            return false;
        }
        List<Token> ts = m.tokens();
        Token prev = ts.get(h - 1);
        if (ARTICLES.contains(prev.lower) && m.end == h + 1 && m.end < ts.size()) {
            // "A Christmas Carol", "the Easter Parade": an article, the name, then a capitalized word is a title
            Token next = ts.get(m.end);
            if (next.kind == Token.Kind.WORD && next.capitalized() && !next.is(Lex.MONTH) && !next.is(Lex.WEEKDAY)
                    && !EVENT_NOUNS.contains(next.lower)) {
                return true;
            }
        }
        if (prev.kind != Token.Kind.WORD || !prev.capitalized() || prev.newlinesBefore > 0 || prev.is(Lex.MONTH)
                || prev.is(Lex.WEEKDAY) || prev.is(Lex.ORDINAL) || NOT_A_TITLE_BEFORE.contains(prev.lower)) {
            return false;
        }
        Token before = h >= 2 ? ts.get(h - 2) : null;
        boolean sentenceStart = before == null || before.isPunct('.') || before.isPunct('!') || before.isPunct('?')
                || before.text.equals("``") || before.isPunct(':');
        return !sentenceStart || prev.text.length() > 1 && !COMMON_OPENERS.contains(prev.lower);
    }

    /** The word lists of this family, with what each one is for: {@code org/annals/tagger/en/holiday.tsv}. */
    private static final WordLists WORDS = WordLists.load(HolidayExtractor.class, "/org/annals/tagger/en/holiday.tsv");
    private static final Set<String> NOT_A_TITLE_BEFORE = WORDS.get("before-holiday-not-title");
    private static final Set<String> COMMON_OPENERS = WORDS.get("sentence-openers");
    private static final Set<String> ARTICLES = WORDS.get("articles");
    private static final Set<String> EVENT_NOUNS = WORDS.get("event-nouns");

    /**
     * A lower-case holiday name with what makes it a day ("on thanksgiving", "next easter", "easter sunday", "easter
     * 2021"); "a prayer of thanksgiving" is none.
     */
    private static boolean dateContext(Match m) {
        if (m.has("shift") || m.has("kind") || m.has("year")) {
            return true;
        }
        Token prev = m.start > 0 ? m.tokens().get(m.start - 1) : null;
        return prev != null && HOLIDAY_PREPOSITIONS.contains(prev.lower);
    }

    private static final Set<String> HOLIDAY_PREPOSITIONS = WORDS.get("holiday-prepositions");

    /** "Easter eggs", "Easter islanders": the name of something else ("Easter Island" is left to the NameRefiner). */
    private static boolean notTheDay(Match m) {
        return m.end < m.tokens().size() && !m.has("kind") && !m.has("year")
                && NOT_THE_DAY.contains(m.tokens().get(m.end).lower);
    }

    private static final Set<String> NOT_THE_DAY = WORDS.get("not-the-day");

    private static int shift(Match m) {
        return NamedPeriodExtractor.shiftOf(m.has("shift") ? m.get("shift") : null);
    }
}
