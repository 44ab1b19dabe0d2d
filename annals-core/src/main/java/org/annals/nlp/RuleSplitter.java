package org.annals.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule-based sentence and word splitting in one linear pass (Penn Treebank-like words), in place of OpenNLP's
 * maxent tokenizer and sentence detector.
 *
 * <p>Words:
 * <ul>
 * <li>a run of letters and digits, continued over an inner period, hyphen or apostrophe between letters/digits
 * ("U.S", "2.5", "anti-abortion", "O'Brien"), a comma or slash between digits ("1,000", "9/11") and an ampersand
 * between capitals ("AT&amp;T");</li>
 * <li>clitics are split as in the Penn Treebank: "don't" = "do" "n't", "can't" = "ca" "n't", "Elian's" = "Elian"
 * "'s", and 're 've 'll 'd 'm (straight or curly apostrophe);</li>
 * <li>a final period stays on the word for single letters ("J."), words with an inner period ("U.S.", "a.m.") and
 * the abbreviations of {@code org/annals/nlp/en/abbreviations.tsv} ("Mr.", "Inc.", "Jan."); otherwise it is a
 * token;</li>
 * <li>"--", "...", "``" and "''" are single tokens; every other character that is not a letter, digit or space is a token by
 * itself.</li>
 * </ul>
 *
 * <p>Sentences end: after ". ! ?" or "..." (and the closing quotes or brackets attached to it) when whitespace follows
 * and then a capital, digit, opening quote or bracket, a line break, or the end of the text; after an abbreviation
 * (not a title such as "Mr.") only before a line break; always at a blank line; and before a word that would make the
 * sentence longer than {@link Nlp#MAX_SENTENCE_CHARS} characters.
 *
 * <p>Stateless and thread-safe.
 */
final class RuleSplitter {

    static final String ABBREVIATIONS_RESOURCE = "org/annals/nlp/en/abbreviations.tsv";

    /** Abbreviation (without its period) to whether it is a title. */
    private static final Map<String, Boolean> ABBREVIATIONS = load();

    private RuleSplitter() {
    }

    /** Token kinds relevant to sentence ends. */
    private static final int WORD = 0;
    private static final int END = 1;         // . ! ? ...
    private static final int CLOSE = 2;       // closing quote or bracket
    private static final int ABBREV = 3;      // an abbreviation that may end a sentence before a line break
    private static final int TITLE = 4;       // an abbreviation that never ends a sentence
    private static final int OTHER = 5;

    /** Sentences of {@code text} with untagged words (tag ""). */
    static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        List<Sentence.Word> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int lastKind = OTHER;
        boolean ended = false;    // the current sentence ended at an END token; closing tokens may still join it
        while (true) {
            // whitespace: count line breaks
            int newlines = 0;
            int gapStart = i;
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                if (text.charAt(i) == '\n') {
                    newlines++;
                }
                i++;
            }
            if (i >= n) {
                break;
            }
            boolean space = i > gapStart;
            char c = text.charAt(i);
            int b = i;
            int kind;
            int e;
            if (Character.isLetterOrDigit(c)) {
                e = wordEnd(text, i);
                kind = WORD;
                if (e < n && text.charAt(e) == '.' && keepsPeriod(text, b, e)) {
                    Boolean title = ABBREVIATIONS.get(text.substring(b, e));
                    e++;
                    kind = Boolean.TRUE.equals(title) ? TITLE : ABBREV;
                }
            } else if (isApostrophe(c) && i > 0 && Character.isLetter(text.charAt(i - 1))
                    && (e = cliticEnd(text, i)) > i) {
                kind = WORD;
            } else if (c == '.' && i + 2 < n && text.charAt(i + 1) == '.' && text.charAt(i + 2) == '.') {
                e = i + 3;
                while (e < n && text.charAt(e) == '.') {
                    e++;
                }
                kind = END;
            } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                e = i + 2;
                kind = OTHER;
            } else if ((c == '`' || c == '\'') && i + 1 < n && text.charAt(i + 1) == c) {
                e = i + 2;     // `` and '' quotes
                kind = c == '`' ? OTHER : CLOSE;
            } else {
                e = Character.isHighSurrogate(c) && i + 1 < n ? i + 2 : i + 1;
                kind = c == '.' || c == '!' || c == '?' ? END : isClosing(c) ? CLOSE : OTHER;
            }
            // a sentence boundary before this token?
            if (!words.isEmpty()) {
                boolean blankLine = newlines >= 2;
                boolean boundary;
                if (blankLine) {
                    boundary = true;
                } else if (ended) {
                    boundary = kind == CLOSE && !space ? false : space && (newlines > 0 || startsSentence(text, b));
                } else if (lastKind == ABBREV) {
                    boundary = newlines > 0;
                } else {
                    boundary = false;
                }
                if (!boundary && e - words.get(0).begin() > Nlp.MAX_SENTENCE_CHARS) {
                    boundary = true;
                }
                if (boundary) {
                    flush(words, out);
                    ended = false;
                }
            }
            words.add(new Sentence.Word(b, e, text.substring(b, e), ""));
            if (kind == END) {
                ended = true;
            } else if (kind != CLOSE) {
                ended = false;
            }
            lastKind = kind;
            i = e;
        }
        if (!words.isEmpty()) {
            flush(words, out);
        }
        return out;
    }

    private static void flush(List<Sentence.Word> words, List<Sentence> out) {
        out.add(new Sentence(out.size(), words.get(0).begin(), words.get(words.size() - 1).end(), words));
        words.clear();
    }

    /** Whether the token at {@code b} may start a sentence: a capital, digit, opening quote or bracket. */
    private static boolean startsSentence(String text, int b) {
        char c = text.charAt(b);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\'' || c == '\u201C'
                || c == '\u2018' || c == '(' || c == '[' || c == '`' || Character.isTitleCase(c);
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '}';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** The end of the word starting at {@code i} (a letter or digit), before any clitic. */
    private static int wordEnd(String text, int i) {
        int n = text.length();
        int e = i + 1;
        while (e < n) {
            char c = text.charAt(e);
            if (Character.isLetterOrDigit(c)) {
                e++;
                continue;
            }
            if (e + 1 >= n) {
                break;
            }
            char prev = text.charAt(e - 1);
            char next = text.charAt(e + 1);
            if (isApostrophe(c)) {
                // n't: the word ends before the n
                if ((next == 't' || next == 'T') && (prev == 'n' || prev == 'N') && e - 1 > i
                        && !letterAt(text, e + 2)) {
                    return e - 1;
                }
                if (cliticEnd(text, e) > e) {
                    return e;
                }
                if (Character.isLetter(prev) && Character.isLetter(next)) {
                    e++;
                    continue;
                }
                break;
            }
            boolean inner = Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next);
            if (inner && (c == '.' || c == '-' || c == '\u00AD')
                    || c == '-' && prev == '.' && Character.isLetterOrDigit(next)
                    || c == '.' && next == '-' && Character.isLetter(prev) && e + 2 < n
                    && Character.isLetterOrDigit(text.charAt(e + 2))) {
                e++;
                continue;
            }
            if ((c == ',' || c == '/') && Character.isDigit(prev) && Character.isDigit(next)) {
                e++;
                continue;
            }
            if (c == '&' && Character.isUpperCase(prev) && Character.isUpperCase(next)) {
                e++;
                continue;
            }
            break;
        }
        return e;
    }

    private static boolean letterAt(String text, int i) {
        return i < text.length() && Character.isLetter(text.charAt(i));
    }

    /**
     * The end of a clitic starting at the apostrophe at {@code a} ('s 're 've 'll 'd 'm, or n't when {@code a - 1} is
     * its n), or {@code a} when there is none.
     */
    private static int cliticEnd(String text, int a) {
        int n = text.length();
        int k = a + 1;
        while (k < n && Character.isLetter(text.charAt(k))) {
            k++;
        }
        if (k < n && Character.isLetterOrDigit(text.charAt(k))) {
            return a;
        }
        String s = text.substring(a + 1, k).toLowerCase(java.util.Locale.ROOT);
        return switch (s) {
            case "s", "re", "ve", "ll", "d", "m" -> k;
            default -> a;
        };
    }

    /** Whether the word [b, e) keeps the period after it. */
    private static boolean keepsPeriod(String text, int b, int e) {
        if (e - b == 1 && Character.isLetter(text.charAt(b))) {
            return true;
        }
        for (int k = b + 1; k < e - 1; k++) {
            if (text.charAt(k) == '.') {
                return Character.isLetter(text.charAt(e - 1));
            }
        }
        return ABBREVIATIONS.containsKey(text.substring(b, e));
    }

    private static Map<String, Boolean> load() {
        Map<String, Boolean> m = new HashMap<>();
        InputStream in = RuleSplitter.class.getClassLoader().getResourceAsStream(ABBREVIATIONS_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + ABBREVIATIONS_RESOURCE);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] p = line.split("\t");
                m.put(p[0].strip(), p.length > 1 && p[1].strip().equals("title"));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return m;
    }
}
