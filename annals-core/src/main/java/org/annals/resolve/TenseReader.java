package org.annals.resolve;

import org.annals.text.Lex;
import org.annals.text.ResourceLines;
import org.annals.text.Token;
import org.annals.text.WordLists;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the tense of the clause around a time expression from the words near it, without a part-of-speech tagger:
 * which way "Friday" or "in December" points from the document date. "said Friday", "was announced Wednesday" and
 * "has met Tuesday" are {@link ClauseTense#PAST}; "will meet Friday", "is expected Thursday", "is to be named in
 * December" are {@link ClauseTense#FUTURE}.
 *
 * <p>The nearest verb form before the expression decides, within its clause (up to {@value #BACK} words, not past
 * the end of the sentence or a word that opens another clause: "where", "which", "after"...). A past form preceded
 * by a future auxiliary ("will be named", "to be completed") is future; a plan told in the past perfect ("had been
 * scheduled for Friday") is past. When nothing before the expression decides ("On Tuesday, police said ..."), the
 * first verb form after it does (up to {@value #FORWARD} words). Word lists: {@code org/annals/resolve/en/tense.tsv}.
 * Stateless and thread-safe.
 */
public final class TenseReader {

    /** The tense of a clause, as far as it can be read. */
    public enum ClauseTense { PAST, PRESENT, FUTURE, UNKNOWN }

    private enum WordClass { FUTURE, PAST, NOT_PAST, BOUNDARY }

    static final int BACK = 12;
    static final int FORWARD = 8;
    /** Capitalized words the forward scan passes without counting them against {@link #FORWARD}. */
    static final int NAME_WORDS = 8;
    private static final int AUXILIARY_REACH = 4;
    private static final String RESOURCE = "/org/annals/resolve/en/tense.tsv";
    private static final Map<String, WordClass> WORDS = load();

    /** Closed word classes besides tense.tsv, each with what it is for: {@code tense-words.tsv}. */
    private static final WordLists CLOSED = WordLists.load(TenseReader.class, "/org/annals/resolve/en/tense-words.tsv");
    /** The auxiliaries of the future; the other FUTURE words are cues ("scheduled", "plans"). */
    private static final Set<String> FUTURE_AUXILIARIES = CLOSED.get("future-auxiliaries");

    private TenseReader() {
    }

    /** The tense around the tokens {@code [start, end)} of a tokenized text. */
    public static ClauseTense around(List<Token> tokens, int start, int end) {
        return read(tokens, start, end).tense();
    }

    /** A tense and the index of the word that decided it (-1: none). */
    public record Reading(ClauseTense tense, int verb) {

        /**
         * True when a plain past verb comes before the expression starting at token {@code start}, with no
         * infinitive between them: "Talks collapsed in December" (December is the one before), not "decided to
         * admit them in early March" (a plan).
         */
        public boolean plainPast(List<Token> tokens, int start) {
            if (tense != ClauseTense.PAST || verb < 0 || verb > start) {
                return false;
            }
            for (int i = verb + 1; i + 1 < start; i++) {
                if (tokens.get(i).lower.equals("to") && verbLike(tokens.get(i + 1))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A word after "to" that may be a verb ("to admit"), not an article, pronoun or number ("to a calendar year"). */
    private static boolean verbLike(Token t) {
        return t.kind == Token.Kind.WORD && Character.isLowerCase(t.text.charAt(0)) && !NOT_VERBS.contains(t.lower);
    }

    private static final Set<String> NOT_VERBS = CLOSED.get("not-verbs");

    /** The tense around the tokens {@code [start, end)}, with the word that decided it. */
    public static Reading read(List<Token> tokens, int start, int end) {
        if (deadline(tokens, start)) {
            return new Reading(ClauseTense.FUTURE, start - 1);
        }
        Reading r = clause(tokens, start, end);
        // "to pay down the loan by February": a month as a time limit, in a clause with no past verb, lies ahead
        if ((r.tense == ClauseTense.UNKNOWN || r.tense == ClauseTense.PRESENT) && end - start == 1 && start >= 2
                && tokens.get(start).is(Lex.MONTH)
                && tokens.get(start - 1).lower.equals("by") && tokens.get(start - 1).newlinesBefore == 0
                && !endsSentence(tokens, tokens.get(start - 2))) {
            return new Reading(ClauseTense.FUTURE, start - 1);
        }
        return r;
    }

    private static Reading clause(List<Token> tokens, int start, int end) {
        for (int i = start - 1, k = 0; i >= 0 && k < BACK; i--, k++) {
            Token t = tokens.get(i);
            if (endsSentence(tokens, t)) {
                break;
            }
            WordClass c = classify(tokens, i);
            if (c == WordClass.BOUNDARY) {
                break;
            }
            if (c == WordClass.FUTURE) {
                return new Reading(FUTURE_AUXILIARIES.contains(t.lower) || !pastPerfectBefore(tokens, i)
                        ? ClauseTense.FUTURE
                        : ClauseTense.PAST, i);
            }
            if (c == WordClass.PAST) {
                return new Reading(futureBefore(tokens, i) ? ClauseTense.FUTURE
                        : presentPassive(tokens, i) ? ClauseTense.PRESENT : ClauseTense.PAST, i);
            }
            if (t.newlinesBefore >= 2) {
                break;
            }
        }
        for (int i = end, k = 0, names = 0; i < tokens.size() && k < FORWARD; i++) {
            Token t = tokens.get(i);
            // the words of a name ("the National Abortion and Reproductive Rights Action League plans") count as one
            if (t.kind == Token.Kind.WORD && t.capitalized() && i > end && names < NAME_WORDS) {
                names++;
            } else {
                k++;
            }
            if (endsSentence(tokens, t) || i > end && t.newlinesBefore >= 2) {
                break;
            }
            WordClass c = classify(tokens, i);
            if (c == WordClass.BOUNDARY) {
                break;
            }
            if (c == WordClass.FUTURE) {
                return new Reading(ClauseTense.FUTURE, i);
            }
            if (c == WordClass.PAST) {
                return new Reading(presentPassive(tokens, i) ? ClauseTense.PRESENT : ClauseTense.PAST, i);
            }
        }
        return new Reading(ClauseTense.UNKNOWN, -1);
    }

    /** "the case is heard in May", "talks are being held": a participle in the present passive. */
    private static boolean presentPassive(List<Token> tokens, int i) {
        for (int j = i - 1, k = 0; j >= 0 && k < AUXILIARY_REACH; j--, k++) {
            Token t = tokens.get(j);
            if (PRESENT_BE.contains(t.lower)) {
                return true;
            }
            if (!t.lower.equals("being") && !t.lower.equals("not") && !adverb(t)) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> PRESENT_BE = CLOSED.get("present-be");

    /**
     * "will be named", "to be completed", "would have been held": a participle after "be", "been" or "have" that
     * follow a future auxiliary or "to". "is believed to have died" (a perfect infinitive) is past.
     */
    private static boolean futureBefore(List<Token> tokens, int i) {
        boolean perfect = false;
        int j = i - 1;
        for (int k = 0; j >= 0 && k < AUXILIARY_REACH; j--, k++) {
            String w = tokens.get(j).lower;
            if (w.equals("have")) {
                perfect = true;
            } else if (!BE_OR_HAVE.contains(w) && !adverb(tokens.get(j))) {
                break;
            }
        }
        if (j < 0 || j == i - 1) {
            return false;
        }
        Token t = tokens.get(j);
        return t.lower.equals("to") ? !perfect : FUTURE_AUXILIARIES.contains(t.lower)
                || t.lower.equals("ll") && classify(tokens, j) == WordClass.FUTURE;
    }

    /** Cues of the future that are also nouns ("the plan", "its schedule"). */
    private static final Set<String> NOUN_CUES = CLOSED.get("noun-cues");
    private static final Set<String> DETERMINERS = CLOSED.get("determiners");

    private static final Set<String> BE_OR_HAVE = CLOSED.get("be-or-have");

    /** "would still be held", "will formally be named": an adverb inside a verb group. */
    private static boolean adverb(Token t) {
        return t.kind == Token.Kind.WORD && (ADVERBS.contains(t.lower)
                || t.lower.length() > 4 && t.lower.endsWith("ly") && Character.isLowerCase(t.text.charAt(0)));
    }

    private static final Set<String> ADVERBS = CLOSED.get("adverbs");

    /**
     * "postponed until Tuesday morning", "extended its deadline until 9 a.m. Tuesday": a deadline moved or set,
     * which lies ahead; so does "as early as Tuesday". "Until Thursday, they had not called him a suspect"
     * (opening the sentence) is not a deadline.
     */
    private static boolean deadline(List<Token> tokens, int start) {
        int i = start - 1;
        if (i < 1) {
            return false;
        }
        String w = tokens.get(i).lower;
        // "as early as Tuesday", "as soon as next week": the earliest a thing may happen
        if (w.equals("as") && i >= 2 && tokens.get(i - 2).lower.equals("as")
                && (tokens.get(i - 1).lower.equals("early") || tokens.get(i - 1).lower.equals("soon"))) {
            return true;
        }
        if (!w.equals("until") && !w.equals("till")) {
            return false;
        }
        Token before = tokens.get(i - 1);
        return !endsSentence(tokens, before) && before.kind == Token.Kind.WORD && tokens.get(i).newlinesBefore == 0;
    }

    /** "had been scheduled", "had planned": a plan told in the past perfect. */
    private static boolean pastPerfectBefore(List<Token> tokens, int i) {
        for (int j = i - 1, k = 0; j >= 0 && k < 2; j--, k++) {
            if (tokens.get(j).lower.equals("had")) {
                return true;
            }
        }
        return false;
    }

    private static WordClass classify(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.kind != Token.Kind.WORD) {
            if (t.isPunct(';')) {
                return WordClass.BOUNDARY;
            }
            return null;
        }
        String w = t.lower;
        // the tokenizer splits clitics: "they'll" is they ' ll, "won't" is won ' t
        if (w.equals("ll") && i > 0 && tokens.get(i - 1).text.equals("'")) {
            return WordClass.FUTURE;
        }
        if (w.equals("won") && i + 2 < tokens.size() && tokens.get(i + 1).text.equals("'")
                && tokens.get(i + 2).lower.equals("t")) {
            return WordClass.FUTURE;
        }
        // "a new round is set for March", "is set to resume": arranged for later
        if (w.equals("set") && i + 1 < tokens.size()
                && (tokens.get(i + 1).lower.equals("for") || tokens.get(i + 1).lower.equals("to"))) {
            return WordClass.FUTURE;
        }
        WordClass c = WORDS.get(w);
        if (c == WordClass.FUTURE && NOUN_CUES.contains(w) && i > 0 && DETERMINERS.contains(tokens.get(i - 1).lower)) {
            return null; // "announced the plan Aug. 21": a noun, not a plan to come
        }
        if (c != null) {
            return c == WordClass.NOT_PAST ? null : c;
        }
        if (w.length() >= 4 && w.endsWith("ed") && Character.isLowerCase(t.text.charAt(0)) && w.indexOf('-') < 0
                && !w.endsWith("eed")) {
            return WordClass.PAST;
        }
        return null;
    }

    /** A period that ends a sentence, not one that ends an initial or an abbreviation ("Daniel P. Davison"). */
    static boolean endsSentence(List<Token> tokens, Token t) {
        if (t.isPunct(';') || t.isPunct('?') || t.isPunct('!')) {
            return true;
        }
        if (!t.isPunct('.')) {
            return false;
        }
        if (t.index == 0) {
            return true;
        }
        Token before = tokens.get(t.index - 1);
        return t.spaceBefore || before.text.length() > 3 || !before.capitalized();
    }

    private static Map<String, WordClass> load() {
        Map<String, WordClass> words = new HashMap<>();
        for (ResourceLines.Line line : ResourceLines.read(TenseReader.class, RESOURCE)) {
            String[] f = line.fields();
            if (f.length != 2) {
                throw new IllegalStateException(RESOURCE + ":" + line.number() + ": expected word<TAB>class");
            }
            if (words.put(f[0], WordClass.valueOf(f[1])) != null) {
                throw new IllegalStateException(RESOURCE + ":" + line.number() + ": " + f[0] + " listed twice");
            }
        }
        return Map.copyOf(words);
    }
}
