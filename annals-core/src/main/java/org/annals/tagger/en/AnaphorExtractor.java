package org.annals.tagger.en;

import org.annals.expression.TemporalExpression;
import org.annals.model.TimexType;
import org.annals.tagger.RuleExtractor;
import org.annals.tagger.TokenPattern.Match;
import org.annals.text.Token;
import org.annals.text.WordLists;

import java.util.Set;

import static org.annals.tagger.T.word;
import static org.annals.tagger.TokenPattern.cap;
import static org.annals.tagger.TokenPattern.of;
import static org.annals.tagger.TokenPattern.opt;
import static org.annals.tagger.TokenPattern.tok;

/**
 * Anaphoric time nouns, which name the time the story has reached: "at the time", "by that time", "since that
 * time", and in a narrative "at the same time" (in news a discourse marker, "meanwhile", "also", never annotated as a
 * time in TimeML). They resolve to the story's time ({@link TemporalExpression.StoryAnaphor}); the preposition before them is
 * context, not part of the expression. Left out, each for a reason measured on the dev sets:
 * <ul>
 *   <li>"this period", "the same period": a stretch around the story's time whose extent the text does not give (its
 *       annotated values are decades, centuries and durations), so the story's day would be a wrong date that looks
 *       right;</li>
 *   <li>"this time" (an occasion: "this time the vote passed"), "at this point" (a stage of an argument as often as
 *       a time), "the time of X" and "the time when X" (event-based).</li>
 * </ul>
 */
public final class AnaphorExtractor extends RuleExtractor {

    /** The word lists of this family, with what each one is for: {@code org/annals/tagger/en/anaphor.tsv}. */
    private static final WordLists WORDS = WordLists.load(AnaphorExtractor.class, "/org/annals/tagger/en/anaphor.tsv");
    private static final Set<String> PREPOSITIONS = WORDS.get("anaphor-prepositions");
    private static final Set<String> CLAUSE_STARTS = WORDS.get("clause-starts");
    private static final Set<String> COMPOUNDS = WORDS.get("compounds");

    public AnaphorExtractor() {
        super("anaphor");
        // "at the time", "by the time" is a conjunction ("by the time he arrived") and left out
        rule("at-the-time", 1, of(cap("p", word("at")), tok(word("the")), cap("n", word("time"))),
                m -> free(m) ? reading(1) : null);
        // "at that time", "until that time", "since that time" ("during that time" is as often a duration)
        rule("that-time", 1, of(cap("p", t -> PREPOSITIONS.contains(t.lower)), cap("d", word("that")),
                cap("n", word("time"))), m -> free(m) ? reading(1) : null);
        // "at that time the city held" starts no clause: only "of" and "when" make "that time" event-based
        rule("that-time-clause", 1, of(cap("p", t -> PREPOSITIONS.contains(t.lower)), cap("d", word("that")),
                cap("n", word("time")), cap("c", word("the", "a", "an"))),
                m -> reading(1).trim(1, 1));
        // "at the same time", "at about the same time" in a story: its time ("At the same time, Lacoste proposed");
        // in news a discourse marker ("meanwhile", "also"), so a time only in a narrative; "at the same time as the
        // battle" is event-based
        rule("same-time", 1, of(cap("p", word("at", "around", "about")), opt(word("about", "around")),
                tok(word("the")), tok(word("same")), cap("n", word("time"))),
                m -> free(m) && !(m.end < m.tokens().size() && m.tokens().get(m.end).lower.equals("as"))
                        ? new Reading(new TemporalExpression.StoryAnaphor(true), TimexType.DATE).trim(1, 0) : null);
    }

    private static Reading reading(int trim) {
        return new Reading(new TemporalExpression.StoryAnaphor(false), TimexType.DATE).trim(trim, 0);
    }

    /** The noun ends its phrase: no "of", "when" or clause after it, and no compound ("that time frame"). */
    private static boolean free(Match m) {
        Token n = m.get("n");
        if (n.index + 1 >= m.tokens().size()) {
            return true;
        }
        Token next = m.tokens().get(n.index + 1);
        if (next.kind != Token.Kind.WORD) {
            return true;
        }
        return !CLAUSE_STARTS.contains(next.lower) && !COMPOUNDS.contains(next.lower) && !next.capitalized();
    }

}
