package org.annals.tagger;

import org.annals.expression.Candidate;
import org.annals.text.Lex;
import org.annals.text.Token;
import org.annals.text.WordLists;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops time expressions that are the first words of a name, or a name: "Summer Street", "the Sunday Times", "1950
 * Main Street", "Christmas Island"; and durations written as a name, "the Thirty Years' War", "the Hundred Days", "the
 * Seven Years War" (a spelled number and a unit, both capitalized in mid-sentence, before "War", or alone after a
 * lower-case "the": a named event or period, not a length of time). The name ends in a capitalized head word of class {@link Lex#NAME_HEAD} (a street, a
 * newspaper, a place or building: {@code lexicon.tsv}) right after the expression or after at most two more
 * capitalized words. A number before a street ("write to 1950 Main Street") is an address unless a preposition of
 * time comes before it ("in 1950 Main Street was paved"). Runs after the merger, on the final candidates; looks at
 * a bounded window after each, so linear.
 */
public final class NameRefiner {

    private static final int MAX_NAME_WORDS = 2;
    /** The refiner's word lists, each with what it is for: {@code names.tsv}. */
    private static final WordLists WORDS = WordLists.load(NameRefiner.class, "/org/annals/tagger/names.tsv");
    /** Words before a number that make it a time even before a name head. */
    private static final Set<String> TIME_PREPOSITIONS = WORDS.get("time-prepositions");
    /** Capitalized words after a capitalized duration that make it the name of a war or a period. */
    private static final Set<String> NAMED_PERIOD_HEADS = WORDS.get("named-period-heads");

    private NameRefiner() {
    }

    public static List<Candidate> refine(List<Token> tokens, List<Candidate> candidates) {
        List<Candidate> out = null;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            boolean name = startsName(tokens, c) || namedDuration(tokens, c);
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

    /**
     * "the Thirty Years' War", "the Hundred Days", "The Seven Years War ended": a duration whose spelled number and unit
     * are capitalized where the sentence does not ask for it, before "War" or "Reich", or alone after a lower-case
     * "the" ("Three Days Later" in a title, "the Seven Days Battles" stay durations).
     */
    private static boolean namedDuration(List<Token> tokens, Candidate c) {
        if (c.type() != org.annals.model.TimexType.DURATION) {
            return false;
        }
        boolean number = false;
        boolean unit = false;
        for (int i = c.start(); i < c.end(); i++) {
            Token t = tokens.get(i);
            if (t.is(Lex.NUMWORD)) {
                if (!t.capitalized() || sentenceStart(tokens, i)) {
                    return false;
                }
                number = true;
            } else if (t.kind == Token.Kind.WORD && (t.is(Lex.UNIT) || t.is(Lex.UNIT_PLURAL))) {
                if (!t.capitalized()) {
                    return false;
                }
                unit = true;
            } else if (t.kind == Token.Kind.DIGITS) {
                return false;
            }
        }
        if (!number || !unit) {
            return false;
        }
        int next = c.end();
        boolean possessive = next < tokens.size() && (tokens.get(next).isPunct('\'')
                || tokens.get(next).text.equals("\u2019"));
        if (possessive) {
            next++;
        }
        Token after = next < tokens.size() ? tokens.get(next) : null;
        boolean capitalAfter = after != null && after.kind == Token.Kind.WORD && after.capitalized()
                && after.newlinesBefore == 0;
        if (capitalAfter && NAMED_PERIOD_HEADS.contains(after.lower)) {
            return true; // "the Thirty Years' War", "the Seven Years War"
        }
        // "the Hundred Days": the name is the duration itself (in "the Seven Days Battles" it names battles, and
        // is tagged as the duration it says)
        Token first = tokens.get(c.start());
        Token before = c.start() > 0 ? tokens.get(c.start() - 1) : null;
        boolean lowerThe = first.text.equals("the") || before != null && before.text.equals("the");
        return lowerThe && !capitalAfter && !possessive;
    }

    /** The first word of a sentence or of a line, where any word is capitalized. */
    private static boolean sentenceStart(List<Token> tokens, int i) {
        if (i == 0 || tokens.get(i).newlinesBefore > 0) {
            return true;
        }
        Token prev = tokens.get(i - 1);
        return prev.isPunct('.') || prev.isPunct('!') || prev.isPunct('?') || prev.isPunct(':')
                || prev.isPunct('"') || prev.text.equals("\u201c");
    }
}
