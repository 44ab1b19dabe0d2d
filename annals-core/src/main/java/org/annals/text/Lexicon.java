package org.annals.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Word classes for tokens, loaded from a resource file ({@code word<TAB>CLASS<TAB>value} lines), plus the classes
 * computed from a word's shape: ordinals written with digits ("25th") and decades ("1950s", "'50s").
 * Immutable and thread-safe once loaded.
 */
public final class Lexicon {

    private static final Lexicon ENGLISH = load("/org/annals/text/en/lexicon.tsv");

    private final Map<String, int[]> words;

    private Lexicon(Map<String, int[]> words) {
        this.words = words;
    }

    public static Lexicon english() {
        return ENGLISH;
    }

    static Lexicon load(String resource) {
        Map<String, int[]> m = new HashMap<>();
        for (ResourceLines.Line line : ResourceLines.read(Lexicon.class, resource)) {
            String[] f = line.fields();
            if (f.length != 3) {
                throw new IllegalStateException(resource + ":" + line.number() + ": expected word, class, value");
            }
            int[] lex = m.computeIfAbsent(f[0], k -> Token.emptyLex());
            lex[Lex.valueOf(f[1]).ordinal()] = Integer.parseInt(f[2]);
        }
        return new Lexicon(new HashMap<>(m));
    }

    /** The classes of a lower-case word, or null when it has none. */
    int[] classify(String lower) {
        int[] lex = words.get(lower);
        int n = lower.length();
        if (n >= 3 && Character.isDigit(lower.charAt(0))) {
            int digits = 0;
            while (digits < n && Character.isDigit(lower.charAt(digits))) {
                digits++;
            }
            String suffix = lower.substring(digits);
            if (digits <= 2 && (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))) {
                lex = withClass(lex, Lex.ORDINAL, Integer.parseInt(lower.substring(0, digits)));
            } else if ((digits == 4 || digits == 2) && suffix.equals("s") && lower.charAt(digits - 1) == '0') {
                lex = withClass(lex, Lex.DECADE_NUM, Integer.parseInt(lower.substring(0, digits)));
            }
        }
        return lex;
    }

    private static int[] withClass(int[] lex, Lex c, int value) {
        int[] copy = lex == null ? Token.emptyLex() : lex.clone();
        copy[c.ordinal()] = value;
        return copy;
    }

    /** The value of an ordinal word ("first" = 1, "ninth" = 9), or -1 (also for "last", which is -1 itself). */
    int ordinalWord(String lower) {
        int[] lex = words.get(lower);
        return lex != null && Token.has(lex, Lex.ORDINAL) && lex[Lex.ORDINAL.ordinal()] > 0
                ? lex[Lex.ORDINAL.ordinal()] : -1;
    }

    /** The value of a number word ("seventy" = 70), or -1. */
    int numberWord(String lower) {
        int[] lex = words.get(lower);
        return lex != null && Token.has(lex, Lex.NUMWORD) ? lex[Lex.NUMWORD.ordinal()] : -1;
    }
}
