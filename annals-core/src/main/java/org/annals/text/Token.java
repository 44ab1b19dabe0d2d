package org.annals.text;

/**
 * A token of a text: a word, a number, or one punctuation character, with its offsets and lexicon classes.
 * Number words ("twenty-four") and grouped digits ("1,000") are merged into one NUMBER token.
 */
public final class Token {

    /** What a token is made of. */
    public enum Kind {
        /** Letters, possibly with digits ("1950s", "25th", "3pm" are WORD when they contain letters). */
        WORD,
        /** Only digits ("1950", "07"). */
        DIGITS,
        /** Number words or grouped/decimal digits merged into a number ("seventy", "1,000", "2.5"). */
        NUMBER,
        /** One punctuation or symbol character. */
        PUNCT
    }

    private static final int NONE = Integer.MIN_VALUE;

    public final int index;
    public final int begin;
    public final int end;
    public final String text;
    public final String lower;
    public final Kind kind;
    /** Numeric value for DIGITS and NUMBER tokens (NUMBER may be fractional), else NaN. */
    public final double number;
    /** Number of newlines between the previous token and this one. */
    public final int newlinesBefore;
    /** True when whitespace separates this token from the previous one. */
    public final boolean spaceBefore;
    private final int[] lex;

    Token(int index, int begin, int end, String text, Kind kind, double number, int newlinesBefore,
          boolean spaceBefore, int[] lex) {
        this(index, begin, end, text, lowerCase(text), kind, number, newlinesBefore, spaceBefore, lex);
    }

    Token(int index, int begin, int end, String text, String lower, Kind kind, double number, int newlinesBefore,
          boolean spaceBefore, int[] lex) {
        this.index = index;
        this.begin = begin;
        this.end = end;
        this.text = text;
        this.lower = lower;
        this.kind = kind;
        this.number = number;
        this.newlinesBefore = newlinesBefore;
        this.spaceBefore = spaceBefore;
        this.lex = lex;
    }

    /** True when the word has the lexicon class. */
    public boolean is(Lex c) {
        return lex != null && lex[c.ordinal()] != NONE;
    }

    /** The value of a lexicon class; call only when {@link #is(Lex)}. */
    public int value(Lex c) {
        int v = lex == null ? NONE : lex[c.ordinal()];
        if (v == NONE) {
            throw new IllegalStateException(text + " is not " + c);
        }
        return v;
    }

    public boolean isNumber() {
        return kind == Kind.DIGITS || kind == Kind.NUMBER;
    }

    /** True when this is a whole number (digits or number words). */
    public boolean isInteger() {
        return isNumber() && number == Math.rint(number) && number < 1e15;
    }

    public int intValue() {
        return (int) number;
    }

    public int digitCount() {
        return kind == Kind.DIGITS ? text.length() : 0;
    }

    public boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    public boolean allCaps() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public boolean isPunct(char c) {
        return kind == Kind.PUNCT && text.length() == 1 && text.charAt(0) == c;
    }

    public boolean is(String lowerWord) {
        return lower.equals(lowerWord);
    }

    /** Lower case, ASCII fast path; the same instance when nothing changes. */
    static String lowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z' || c > 127) {
                return s.toLowerCase(java.util.Locale.ROOT);
            }
        }
        return s;
    }

    static int[] emptyLex() {
        int[] a = new int[Lex.values().length];
        java.util.Arrays.fill(a, NONE);
        return a;
    }

    static boolean has(int[] lex, Lex c) {
        return lex[c.ordinal()] != NONE;
    }

    @Override
    public String toString() {
        return text + "@" + begin;
    }
}
