package org.annals.resolve;

import org.annals.text.Token;
import org.annals.text.WordLists;
import org.annals.time.PartialTime;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dates of the events a text names, by word, as the {@link Resolver} reads it: each date of the text files the
 * words near it in its sentence ("bombarded the fort with artillery on April 12"), so that "eight days after Fort
 * Sumter" and "ten days before the murder" find the date of the event they count from. Words are compared by a stem
 * (a few English suffixes off: "bombings", "bombed" and "bomb" are one) and by event family ({@code event-dates.tsv}:
 * "murder" finds "was killed"); the latest date filed for a word wins. Each token is filed at most once and a lookup
 * reads a bounded phrase, so the work is linear in the text. One per document, read in text order; not thread-safe.
 */
final class EventDates {

    /** The word lists, each with what it is for: {@code event-dates.tsv}. */
    private static final WordLists WORDS = WordLists.load(EventDates.class, "/org/annals/resolve/en/event-dates.tsv");
    private static final Set<String> STOP = WORDS.get("stop");
    private static final Set<String> PHRASE_ENDS = WORDS.get("phrase-ends");
    /** Each family word's stem to the family's name. */
    private static final Map<String, String> FAMILIES = families();
    /** The longest phrase read after "after"/"before", in words. */
    private static final int PHRASE_WORDS = 5;

    private final List<Token> tokens;
    private final Map<String, Dated> dates = new HashMap<>();
    /** Tokens before this one are filed already (or passed over). */
    private int filedTo;

    EventDates(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** A date of the text and the tid of its timex. */
    record Dated(PartialTime time, String tid) {
    }

    /** Files the words of tokens {@code [from, to)} with {@code date}, skipping those filed already. */
    void file(int from, int to, Dated date) {
        boolean ofPhrase = false;
        for (int i = Math.max(from, filedTo); i < Math.min(to, tokens.size()); i++) {
            Token t = tokens.get(i);
            if (t.kind != Token.Kind.WORD) {
                ofPhrase = false;
            } else if (t.lower.equals("of")) {
                ofPhrase = true;
            } else if (t.lower.length() > 2 && !STOP.contains(t.lower)) {
                // "searched the site of the shooting on April 8": an event named after "of" is another one, which
                // the date does not date ("the fall of Paris" still files "fall", and names such as "Paris")
                if (!ofPhrase || t.capitalized()) {
                    dates.put(key(t.lower), date);
                }
                ofPhrase = false;
            }
        }
        filedTo = Math.max(filedTo, to);
    }

    /** Tokens before this one are filed already or passed over: a sentence's start is looked for back to it. */
    int filedTo() {
        return filedTo;
    }

    /**
     * The date of the event named by the phrase starting at token {@code at} ("the deadly embassy bombings", "Fort
     * Sumter"), or null when no word of it was filed. The phrase's last words are tried first: they are its head.
     */
    Dated find(int at) {
        int end = at;
        while (end < tokens.size() && end - at < PHRASE_WORDS && tokens.get(end).kind == Token.Kind.WORD
                && !PHRASE_ENDS.contains(tokens.get(end).lower)) {
            end++;
        }
        for (int i = end - 1; i >= at; i--) {
            String w = tokens.get(i).lower;
            if (w.length() > 2 && !STOP.contains(w)) {
                Dated d = dates.get(key(w));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static String key(String word) {
        String s = stem(word);
        return FAMILIES.getOrDefault(s, s);
    }

    /** A few English suffixes off, then at most six letters: "bombings", "bombed", "bomb" are one. */
    static String stem(String word) {
        String w = word;
        for (String suffix : new String[] {"ings", "ing", "ions", "ion", "ed", "es", "s", "e"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        return w.length() > 6 ? w.substring(0, 6) : w;
    }

    private static Map<String, String> families() {
        Map<String, String> m = new HashMap<>();
        for (String name : WORDS.names()) {
            if (name.startsWith("family-")) {
                for (String w : WORDS.get(name)) {
                    m.put(stem(w), name);
                }
            }
        }
        return m;
    }
}
