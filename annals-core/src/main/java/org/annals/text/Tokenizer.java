package org.annals.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into tokens in one linear pass: runs of letters and digits form a word, every other non-space
 * character is a token of its own. A second linear pass merges numbers: grouped digits ("1,000"), decimals ("2.5"),
 * and number words ("twenty-four", "one hundred") become one NUMBER token. Abbreviations with inner periods
 * ("a.m.", "p.m.", "U.S.") are kept as one word.
 */
public final class Tokenizer {

    /** One shared string per ASCII character, for punctuation tokens. */
    private static final String[] ASCII = new String[128];
    /** What each ASCII character is, so the common case needs no Unicode table: {@link #SPACE} and the others. */
    private static final byte[] ASCII_CLASS = new byte[128];
    private static final byte OTHER = 0;
    private static final byte SPACE = 1;
    private static final byte DIGIT = 2;
    private static final byte LETTER = 3;

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = String.valueOf(c).intern();
            ASCII_CLASS[c] = Character.isWhitespace(c) || Character.isSpaceChar(c) ? SPACE
                    : Character.isDigit(c) ? DIGIT : Character.isLetter(c) ? LETTER : OTHER;
        }
    }

    /** {@link #SPACE}, {@link #DIGIT}, {@link #LETTER} or {@link #OTHER}, by the same tests for every character. */
    private static byte classOf(char c) {
        if (c < 128) {
            return ASCII_CLASS[c];
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) ? SPACE
                : Character.isLetter(c) ? LETTER : Character.isLetterOrDigit(c) ? DIGIT : OTHER;
    }

    private final Lexicon lexicon;

    public Tokenizer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public static Tokenizer english() {
        return new Tokenizer(Lexicon.english());
    }

    public List<Token> tokenize(String text) {
        List<Raw> raw = scan(text);
        return merge(text, raw);
    }

    private record Raw(int begin, int end, Token.Kind kind, int newlines, boolean space) {
    }

    private static List<Raw> scan(String text) {
        List<Raw> out = new ArrayList<>(Math.max(16, text.length() / 5));
        int n = text.length();
        int i = 0;
        int newlines = 0;
        boolean space = false;
        while (i < n) {
            char c = text.charAt(i);
            byte k = classOf(c);
            if (k == SPACE) {
                if (c == '\n') {
                    newlines++;
                }
                space = true;
                i++;
                continue;
            }
            int start = i;
            if (k != OTHER) {
                boolean letters = false;
                while (i < n) {
                    byte kind = classOf(text.charAt(i));
                    if (kind != LETTER && kind != DIGIT) {
                        break;
                    }
                    letters |= kind == LETTER;
                    i++;
                }
                // abbreviations with inner periods: a.m. p.m. U.S. B.C.
                if (letters && i - start == 1 && i + 2 < n && text.charAt(i) == '.'
                        && Character.isLetter(text.charAt(i + 1))) {
                    int j = i;
                    while (j + 2 <= n && text.charAt(j) == '.' && j + 1 < n && Character.isLetter(text.charAt(j + 1))
                            && (j + 2 == n || !Character.isLetterOrDigit(text.charAt(j + 2)))) {
                        j += 2;
                    }
                    if (j > i) {
                        i = j;
                        if (i < n && text.charAt(i) == '.') {
                            i++;
                        }
                    }
                }
                out.add(new Raw(start, i, letters ? Token.Kind.WORD : Token.Kind.DIGITS, newlines, space));
            } else {
                // one punctuation character (a surrogate pair stays together)
                i += Character.isHighSurrogate(c) && i + 1 < n ? 2 : 1;
                out.add(new Raw(start, i, Token.Kind.PUNCT, newlines, space));
            }
            newlines = 0;
            space = false;
        }
        return out;
    }

    private List<Token> merge(String text, List<Raw> raw) {
        List<Token> out = new ArrayList<>(raw.size());
        int n = raw.size();
        int i = 0;
        while (i < n) {
            Raw r = raw.get(i);
            int consumed = 0;
            if (r.kind == Token.Kind.DIGITS) {
                consumed = mergeDigits(text, raw, i, out);
            }
            if (consumed == 0) {
                String s = r.kind == Token.Kind.PUNCT && r.end - r.begin == 1 && text.charAt(r.begin) < 128
                        ? ASCII[text.charAt(r.begin)] : text.substring(r.begin, r.end);
                String lower = Token.lowerCase(s);
                int[] lex = r.kind == Token.Kind.WORD ? lexicon.classify(lower) : null;
                if (lex != null && Token.has(lex, Lex.NUMWORD)) {
                    consumed = mergeNumberWords(text, raw, i, lex[Lex.NUMWORD.ordinal()], out);
                } else if (lower.equals("a") && i + 1 < raw.size() && raw.get(i + 1).kind == Token.Kind.WORD
                        && raw.get(i + 1).newlines == 0 && MULTIPLIERS.contains(word(text, raw.get(i + 1)))) {
                    // "a hundred years", "a thousand and one nights": "a" is the multiplier's one
                    int merged = mergeNumberWords(text, raw, i + 1, lexicon.numberWord(word(text, raw.get(i + 1))),
                            out);
                    Token number = out.remove(out.size() - 1);
                    String whole = text.substring(r.begin, number.end);
                    out.add(new Token(out.size(), r.begin, number.end, whole, Token.Kind.NUMBER, number.number,
                            r.newlines, r.space, lexicon.classify(whole.toLowerCase(java.util.Locale.ROOT))));
                    consumed = merged + 1;
                }
                if (consumed == 0) {
                    double num = r.kind == Token.Kind.DIGITS && s.length() <= 15 ? parseDigits(s) : Double.NaN;
                    out.add(new Token(out.size(), r.begin, r.end, s, lower, r.kind, num, r.newlines, r.space, lex));
                    consumed = 1;
                }
            }
            i += consumed;
        }
        return out;
    }

    /** "1,000,000" and "2.5": digits joined by a comma (groups of 3) or one decimal point, with no spaces. */
    private static int mergeDigits(String text, List<Raw> raw, int i, List<Token> out) {
        Raw first = raw.get(i);
        int j = i;
        boolean grouped = false;
        // comma groups
        if (first.end - first.begin <= 3) {
            while (j + 2 < raw.size() && adjacent(raw, j) && isChar(text, raw.get(j + 1), ',')
                    && adjacent(raw, j + 1) && raw.get(j + 2).kind == Token.Kind.DIGITS
                    && raw.get(j + 2).end - raw.get(j + 2).begin == 3) {
                j += 2;
                grouped = true;
            }
        }
        boolean decimal = false;
        boolean afterDot = i >= 2 && isChar(text, raw.get(i - 1), '.') && adjacent(raw, i - 1)
                && raw.get(i - 2).kind == Token.Kind.DIGITS && adjacent(raw, i - 2);
        if (!afterDot && j + 2 < raw.size() && adjacent(raw, j) && isChar(text, raw.get(j + 1), '.') && adjacent(raw, j + 1)
                && raw.get(j + 2).kind == Token.Kind.DIGITS && !(j + 3 < raw.size() && adjacent(raw, j + 2)
                && isChar(text, raw.get(j + 3), '.') && j + 4 < raw.size() && raw.get(j + 4).kind == Token.Kind.DIGITS
                && adjacent(raw, j + 3))) {
            // "2.5" but not "25.10.1950"
            j += 2;
            decimal = true;
        }
        if (!grouped && !decimal) {
            return 0;
        }
        Raw last = raw.get(j);
        String s = text.substring(first.begin, last.end);
        double value;
        try {
            value = Double.parseDouble(s.replace(",", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
        out.add(new Token(out.size(), first.begin, last.end, s, Token.Kind.NUMBER, value, first.newlines, first.space,
                null));
        return j - i + 1;
    }

    /** Number words that "a" can count: "a hundred", "a thousand", "a million". */
    private static final java.util.Set<String> MULTIPLIERS = java.util.Set.of("hundred", "thousand", "million");

    /** "seventy", "twenty-four", "one hundred", "two thousand five hundred". */
    private int mergeNumberWords(String text, List<Raw> raw, int i, int v, List<Token> out) {
        Raw first = raw.get(i);
        int[] spelled = spelledYear(text, raw, i, v);
        if (spelled != null) {
            Raw last = raw.get(spelled[1]);
            String s = text.substring(first.begin, last.end);
            int[] lex = Token.emptyLex();
            lex[Lex.SPELLED_YEAR.ordinal()] = spelled[0];
            out.add(new Token(out.size(), first.begin, last.end, s, Token.Kind.NUMBER, spelled[0], first.newlines,
                    first.space, lex));
            return spelled[1] - i + 1;
        }
        long total = 0;
        long current = v;
        int j = i;
        int lastWord = i;
        boolean joined = false;
        while (true) {
            int k = j + 1;
            // optional hyphen between number words: twenty-four
            if (k < raw.size() && isChar(text, raw.get(k), '-') && adjacent(raw, j) && k + 1 < raw.size()) {
                k++;
            }
            if (k >= raw.size() || raw.get(k).kind != Token.Kind.WORD || raw.get(k).newlines > 0) {
                break;
            }
            String next = text.substring(raw.get(k).begin, raw.get(k).end).toLowerCase(java.util.Locale.ROOT);
            if (next.equals("and") && !joined && (current % 100 == 0 && current >= 100 || current == 0 && total > 0)
                    && k + 1 < raw.size() && raw.get(k + 1).kind == Token.Kind.WORD && raw.get(k + 1).newlines == 0) {
                // "three hundred and forty", "two thousand and nine": "and" then a number below a hundred joins
                int after = lexicon.numberWord(word(text, raw.get(k + 1)));
                // "one hundred and two hundred" is two numbers: the number after "and" has its own multiplier
                boolean multiplied = k + 2 < raw.size() && raw.get(k + 2).kind == Token.Kind.WORD
                        && lexicon.numberWord(word(text, raw.get(k + 2))) >= 100;
                if (after > 0 && after < 100 && !multiplied) {
                    current += after;
                    joined = true;
                    j = k + 1;
                    lastWord = k + 1;
                    continue;
                }
                break;
            }
            int ord = lexicon.ordinalWord(next);
            if (ord > 0 && ord < 10 && total == 0 && current % 10 == 0 && current >= 20 && current < 100) {
                // "twenty-first", "thirty first": an ordinal of the tens and a unit's ordinal
                Raw last = raw.get(k);
                String s = text.substring(first.begin, last.end);
                int[] lex = Token.emptyLex();
                lex[Lex.ORDINAL.ordinal()] = (int) current + ord;
                out.add(new Token(out.size(), first.begin, last.end, s, Token.Kind.WORD, Double.NaN, first.newlines,
                        first.space, lex));
                return k - i + 1;
            }
            int nv = lexicon.numberWord(next);
            if (nv < 0 || nv == 12 && next.equals("dozen")) {
                break;
            }
            if (nv >= 100) {
                if (joined) {
                    break; // "one hundred and two hundred" is two numbers
                }
                if (nv == 100) {
                    current = (current == 0 ? 1 : current) * 100;
                } else {
                    total += (current == 0 ? 1 : current) * nv;
                    current = 0;
                }
            } else if (nv < 10 && current % 10 == 0 && current % 100 >= 20 || nv < 100 && current % 100 == 0
                    && current >= 100 || nv < 100 && current == 0 && total > 0) {
                // "twenty-four", "one hundred six", "two thousand nine" (after a thousand, a number below a hundred)
                current += nv;
            } else {
                break;
            }
            j = k;
            lastWord = k;
        }
        total += current;
        Raw last = raw.get(lastWord);
        String s = text.substring(first.begin, last.end);
        out.add(new Token(out.size(), first.begin, last.end, s, Token.Kind.NUMBER, total, first.newlines, first.space,
                lexicon.classify(s.toLowerCase(java.util.Locale.ROOT))));
        return lastWord - i + 1;
    }

    /**
     * "nineteen ninety-four" (1994), "nineteen eighty" (1980), "nineteen hundred" (1900), "nineteen oh five" (1905):
     * the year and the index of its last raw token, or null.
     */
    private int[] spelledYear(String text, List<Raw> raw, int i, int century) {
        if (century < 11 || century > 20) {
            return null;
        }
        int k = i + 1;
        if (k >= raw.size() || raw.get(k).kind != Token.Kind.WORD || raw.get(k).newlines > 0) {
            return null;
        }
        String w = word(text, raw.get(k));
        int tens = lexicon.numberWord(w);
        if (w.equals("hundred")) {
            // "nineteen hundred and twelve", "nineteen hundred and fifty-two"
            if (k + 2 < raw.size() && word(text, raw.get(k + 1)).equals("and") && raw.get(k + 2).kind == Token.Kind.WORD) {
                int tail = lexicon.numberWord(word(text, raw.get(k + 2)));
                int last = k + 2;
                if (tail >= 20 && tail % 10 == 0 && last + 2 < raw.size() && isChar(text, raw.get(last + 1), '-')
                        && adjacent(raw, last)) {
                    int unit = lexicon.numberWord(word(text, raw.get(last + 2)));
                    if (unit >= 1 && unit <= 9) {
                        tail += unit;
                        last += 2;
                    }
                }
                if (tail >= 1 && tail <= 99) {
                    return new int[] {century * 100 + tail, last};
                }
            }
            return new int[] {century * 100, k};
        }
        if (w.equals("oh") && k + 1 < raw.size()) {
            int unit = lexicon.numberWord(word(text, raw.get(k + 1)));
            return unit >= 1 && unit <= 9 ? new int[] {century * 100 + unit, k + 1} : null;
        }
        if (tens >= 10 && tens <= 19) {
            return new int[] {century * 100 + tens, k};
        }
        if (tens < 20 || tens > 90 || tens % 10 != 0) {
            return null;
        }
        int last = k;
        int value = tens;
        int h = k + 1;
        if (h < raw.size() && isChar(text, raw.get(h), '-') && adjacent(raw, k) && h + 1 < raw.size()) {
            int unit = lexicon.numberWord(word(text, raw.get(h + 1)));
            if (unit >= 1 && unit <= 9) {
                value += unit;
                last = h + 1;
            }
        } else if (h < raw.size() && raw.get(h).kind == Token.Kind.WORD) {
            int unit = lexicon.numberWord(word(text, raw.get(h)));
            if (unit >= 1 && unit <= 9) {
                value += unit;
                last = h;
            }
        }
        return new int[] {century * 100 + value, last};
    }

    private static String word(String text, Raw r) {
        return text.substring(r.begin, r.end).toLowerCase(java.util.Locale.ROOT);
    }

    private static double parseDigits(String s) {
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), 10);
            if (d < 0) {
                return Double.parseDouble(s);
            }
            v = v * 10 + d;
        }
        return v;
    }

    private static boolean adjacent(List<Raw> raw, int j) {
        return j + 1 < raw.size() && raw.get(j).end == raw.get(j + 1).begin;
    }

    private static boolean isChar(String text, Raw r, char c) {
        return r.kind == Token.Kind.PUNCT && r.end - r.begin == 1 && text.charAt(r.begin) == c;
    }
}
