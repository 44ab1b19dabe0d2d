package org.annals.tagger;

import org.annals.expression.Candidate;
import org.annals.text.Lex;
import org.annals.text.Token;
import org.annals.text.WordLists;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops time expressions that are the first words of a name: "Summer Street", "the Sunday Times", "1950 Main
 * Street", "Christmas Island". The name ends in a capitalized head word of class {@link Lex#NAME_HEAD} (a street, a
 * newspaper, a place or building: {@code lexicon.tsv}) right after the expression or after at most two more
 * capitalized words. A number before a street ("write to 1950 Main Street") is an address unless a preposition of
 * time comes before it ("in 1950 Main Street was paved"). Runs after the merger, on the final candidates; looks at
 * a bounded window after each, so linear.
 */
public final class NameRefiner {

    private static final int MAX_NAME_WORDS = 2;
    /** Words before a number that make it a time even before a name head: {@code names.tsv}. */
    private static final Set<String> TIME_PREPOSITIONS = WordLists.load(NameRefiner.class,
            "/org/annals/tagger/names.tsv").get("time-prepositions");

    private NameRefiner() {
    }

    public static List<Candidate> refine(List<Token> tokens, List<Candidate> candidates) {
        List<Candidate> out = null;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            boolean name = startsName(tokens, c);
            if (name && out == null) {
                out = new ArrayList<>(candidates.subList(0, i));
            }
            if (!name && out != null) {
                out.add(c);
            }
        }
        return out == null ? candidates : out;
    }

    private static boolean startsName(List<Token> tokens, Candidate c) {
        boolean digits = false;
        for (int i = c.start(); i < c.end(); i++) {
            Token t = tokens.get(i);
            if (t.kind == Token.Kind.DIGITS) {
                digits = true;
            } else if (t.kind != Token.Kind.WORD || !t.capitalized()) {
                return false;
            }
        }
        if (digits && c.start() > 0 && TIME_PREPOSITIONS.contains(tokens.get(c.start() - 1).lower)) {
            return false;
        }
        for (int i = c.end(), k = 0; i < tokens.size() && k <= MAX_NAME_WORDS; i++, k++) {
            Token t = tokens.get(i);
            if (t.kind != Token.Kind.WORD || !t.capitalized() || t.newlinesBefore > 0) {
                return false;
            }
            if (t.is(Lex.NAME_HEAD)) {
                // a number is an address only before a street ("1950 Main Street"), not before a newspaper
                return !digits || k > 0;
            }
            if (t.is(Lex.MONTH) || t.is(Lex.WEEKDAY)) {
                return false;
            }
        }
        return false;
    }
}
