package org.annals.tagger.en;

import org.annals.expression.TemporalExpression.AnchorKind;
import org.annals.expression.TemporalExpression.Point;
import org.annals.tagger.RuleExtractor;
import org.annals.tagger.TokenPattern.Match;
import org.annals.text.Lex;
import org.annals.text.Token;
import org.annals.text.WordLists;
import org.annals.time.Granularity;
import org.annals.time.PartialTime;

import java.util.Set;

import static org.annals.tagger.T.MONTH;
import static org.annals.tagger.T.SEASON;
import static org.annals.tagger.T.YEAR;
import static org.annals.tagger.T.word;
import static org.annals.tagger.TokenPattern.cap;
import static org.annals.tagger.TokenPattern.of;
import static org.annals.tagger.TokenPattern.opt;
import static org.annals.tagger.TokenPattern.tok;

/**
 * Months and seasons named without a full date: "June", "last November", "next spring", "that summer",
 * "the fall of 1950", "fall 1950", "summer of '44", "in the spring".
 */
public final class NamedPeriodExtractor extends RuleExtractor {

    /** The word lists below, with what each one is for: {@code org/annals/tagger/en/named-period.tsv}. */
    private static final WordLists WORDS = WordLists.load(NamedPeriodExtractor.class,
            "/org/annals/tagger/en/named-period.tsv");
    private static final Set<String> CONTEXT = WORDS.get("month-context");
    /** Months that are also first names. */
    private static final Set<String> FIRST_NAMES = WORDS.get("month-first-names");
    private static final Set<String> SEASON_AMBIGUOUS_OPENERS = WORDS.get("season-ambiguous-openers");
    private static final Set<String> SPRING_FOLLOWERS = WORDS.get("spring-followers");
    private static final Set<String> BEFORE_BARE_SEASON = WORDS.get("before-bare-season");
    /** Adjectives that make "winter" or "summer" a time ("the whole winter", "a harsh winter"), not "spring". */
    private static final Set<String> SEASON_ADJECTIVES = WORDS.get("season-adjectives");
    private static final Set<String> CAMPAIGN = WORDS.get("campaigns");
    private static final Set<String> SEASON_FOLLOWERS = WORDS.get("season-followers");
    private static final Set<String> FALL_AS_VERB = WORDS.get("fall-as-verb");

    public NamedPeriodExtractor() {
        super("named-period");
        rule("shifted-month", 1, of(cap("shift", word("last", "next", "this", "that", "past", "previous", "coming",
                        "following")), cap("month", MONTH)),
                m -> month(m.get("month"), m.get("shift")));
        rule("month", of(cap("month", MONTH)), m -> {
            Token month = m.get("month");
            Token prev = month.index > 0 ? m.tokens().get(month.index - 1) : null;
            boolean context = prev != null && CONTEXT.contains(prev.lower);
            if (month.text.length() < 3 || month.text.length() == 3 && !month.lower.equals("may")) {
                return null; // "Jan" alone is too ambiguous
            }
            if ((month.lower.equals("may") || month.lower.equals("march")) && !context) {
                return null;
            }
            if (month.allCaps() && month.text.length() > 1 && !context) {
                return null;
            }
            // "April Smith": a month that is also a first name, before a capitalized word, with nothing that makes
            // it a date, is a name ("a February Peace Conference" stays a date)
            if (!context && FIRST_NAMES.contains(month.lower) && month.index + 1 < m.tokens().size()
                    && m.tokens().get(month.index + 1).capitalized()
                    && m.tokens().get(month.index + 1).kind == Token.Kind.WORD) {
                return null;
            }
            // a month followed by a number that is not a day or year ("March 150") is not a date
            if (month.index + 1 < m.tokens().size()) {
                Token next = m.tokens().get(month.index + 1);
                if (next.isNumber() && !next.spaceBefore) {
                    return null;
                }
            }
            return month(month, null);
        });
        // seasons
        rule("season-of-year", 2, of(opt(word("the")), cap("season", SEASON), opt(word("of")), cap("year", YEAR)),
                m -> Readings.date(season(m.get("season")).year(m.get("year").intValue()).build()));
        rule("season-of-year-bc", 3, of(opt(word("the")), cap("season", SEASON), opt(word("of")),
                        cap("year", org.annals.tagger.T.YEAR_ANY), cap("era", word("bc", "b.c.", "bce", "b.c.e."))),
                m -> Readings.date(season(m.get("season")).year(m.get("year").intValue()).bc(true).build()));
        // a season word alone: "their summer offensive", "before the onset of winter", "in spring"
        rule("season", of(cap("season", SEASON)), m -> bareSeason(m));
        rule("season-of-apos-year", 2, of(opt(word("the")), cap("season", SEASON), opt(word("of")),
                        cap("apos", org.annals.tagger.T.APOSTROPHE), cap("yy", org.annals.tagger.T.DIGITS2)),
                m -> Readings.date(season(m.get("season")).year(Readings.expandTwoDigitYear(m.get("yy").intValue()))
                        .build()));
        rule("shifted-season", 1, of(opt(word("the")), cap("shift", word("last", "next", "this", "that", "past", "previous", "coming",
                        "following", "same")), cap("season", SEASON)),
                m -> seasonShift(m.get("season"), m.get("shift")));
        // "early in spring", "later in the summer", "late in the autumn of 1950"
        rule("early-in-season", 2, of(cap("rel", word("early", "earlier", "late", "later", "mid")), tok(word("in")),
                        opt(word("the")), cap("season", SEASON), cap("year", YEAR).opt()),
                m -> {
                    Token s = m.get("season");
                    if (s.lower.endsWith("s")) {
                        return null;
                    }
                    String rel = m.get("rel").lower;
                    org.annals.time.Mod mod = rel.equals("mid") ? org.annals.time.Mod.MID
                            : rel.startsWith("earl") ? org.annals.time.Mod.START : org.annals.time.Mod.END;
                    if (m.has("year")) {
                        return Readings.date(season(s).year(m.get("year").intValue()).build()).mod(mod);
                    }
                    return Readings.dateExpr(new Point(season(s).build(), null, AnchorKind.DEICTIC, 0)).mod(mod);
                });
        rule("the-season", of(cap("the", word("the")), cap("season", SEASON)), m -> {
            Token s = m.get("season");
            Token prev = s.index > 1 ? m.tokens().get(s.index - 2) : null;
            Token next = s.index + 1 < m.tokens().size() ? m.tokens().get(s.index + 1) : null;
            // "the fall of Rome", "the spring water": "fall" and "spring" only after "in/during/by/until the";
            // "spent the spring", "passed the winter" too
            boolean ambiguous = s.lower.equals("fall") || s.lower.equals("spring");
            if (ambiguous && (prev == null || !SEASON_AMBIGUOUS_OPENERS.contains(prev.lower))) {
                return null;
            }
            if (next != null && (next.lower.equals("of") || next.kind == Token.Kind.WORD && !next.spaceBefore)) {
                return null;
            }
            if (s.lower.endsWith("s") || s.lower.equals("spring") && next != null && next.kind == Token.Kind.WORD
                    && Character.isLowerCase(next.text.charAt(0)) && !SPRING_FOLLOWERS.contains(next.lower)) {
                return null;
            }
            return Readings.dateExpr(new Point(season(s).build(), null, AnchorKind.DEICTIC, 0));
        });
    }

    private static Reading bareSeason(org.annals.tagger.TokenPattern.Match m) {
        Token s = m.get("season");
        if (s.lower.endsWith("s")) {
            return null;
        }
        Token prev = s.index > 0 ? m.tokens().get(s.index - 1) : null;
        Token next = s.index + 1 < m.tokens().size() ? m.tokens().get(s.index + 1) : null;
        boolean adjective = prev != null && SEASON_ADJECTIVES.contains(prev.lower)
                && !s.lower.equals("fall") && !s.lower.equals("spring");
        // "Meade's inconclusive fall campaign", "Spring offensives" heading a section: the season of a campaign
        boolean campaign = next != null && CAMPAIGN.contains(next.lower) && (prev == null || !prev.lower.equals("-"));
        if (!campaign && !adjective && (prev == null || !BEFORE_BARE_SEASON.contains(prev.lower))) {
            return null;
        }
        if (s.lower.equals("fall") || s.lower.equals("spring")) {
            // "the fall of Rome", "a spring of water", "to fall", "hot spring": only plain time readings
            if (campaign) {
                // fine: "the spring offensive"
            } else if (prev.lower.equals("the") || prev.lower.equals("a") || prev.lower.equals("-")
                    || prev.lower.equals("and") || prev.lower.equals("or")) {
                if (next == null || !SEASON_FOLLOWERS.contains(next.lower)) {
                    return null;
                }
            }
            if (s.lower.equals("fall") && prev != null && FALL_AS_VERB.contains(prev.lower)) {
                return null;
            }
        }
        if (next != null && next.lower.equals("of") && s.index + 2 < m.tokens().size()
                && !m.tokens().get(s.index + 2).isNumber()) {
            return null;
        }
        return Readings.dateExpr(new Point(season(s).build(), null, AnchorKind.DEICTIC, 0));
    }

    private static PartialTime.Builder season(Token t) {
        return PartialTime.builder(Granularity.SEASON).season(PartialTime.Season.values()[t.value(Lex.SEASON)]);
    }

    private static Reading month(Token month, Token shift) {
        PartialTime p = PartialTime.builder(Granularity.MONTH).month(month.value(Lex.MONTH)).build();
        if (shift != null && shift.lower.equals("this")) {
            // "this September": the month of the document's year, whether it is past or to come
            return Readings.dateExpr(new org.annals.expression.TemporalExpression.InYear(p, 0, AnchorKind.DEICTIC));
        }
        return Readings.dateExpr(new Point(p, null, anchorOf(shift), shiftOf(shift)));
    }

    private static Reading seasonShift(Token season, Token shift) {
        if (season.lower.endsWith("s") && !season.lower.equals("springs")) {
            return null;
        }
        return Readings.dateExpr(new Point(season(season).build(), null, anchorOf(shift), shiftOf(shift)));
    }

    static AnchorKind anchorOf(Token shift) {
        if (shift == null) {
            return AnchorKind.DEICTIC;
        }
        return switch (shift.lower) {
            case "that", "following", "previous", "same" -> AnchorKind.NARRATIVE;
            default -> AnchorKind.DEICTIC;
        };
    }

    static int shiftOf(Token shift) {
        if (shift == null) {
            return 0;
        }
        return switch (shift.lower) {
            case "last", "past", "previous" -> -1;
            case "next", "coming", "following" -> 1;
            default -> 0;
        };
    }

}
