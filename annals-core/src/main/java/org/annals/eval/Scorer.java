package org.annals.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Scores the time expressions of one document against gold.
 *
 * <h2>Extents</h2>
 * <ul>
 * <li>{@link GoldFormat#TIMEML} (TempEval-3 rules): an expression's extent is the range of tokens it touches. Tokens
 * are maximal runs of letters and digits, and every other non-space character is a token of its own. Strict = same
 * token extent; relaxed = at least one token in common.</li>
 * <li>{@link GoldFormat#WIKIWARS} (TIMEX2): the extent is the character span with surrounding whitespace trimmed.
 * Strict = same span; lenient ("relaxed" in {@link Counts}) = at least one character in common.</li>
 * </ul>
 *
 * <h2>Pairing</h2>
 * One to one, greedy in text order: each gold expression (sorted by start, the longer first) takes the unpaired
 * system expression that overlaps it most (ties: the smaller combined extent, then the earlier one). This is the
 * pairing of the reference scorers in {@code tools/baselines/REFERENCE.md}; with nested TIMEX2 gold the outer
 * expression comes first and may take the system expression that matches an inner one exactly (checked: a pass that
 * first paired identical extents scored HeidelTime 0.6 points above the reference strict and value F1 on WikiWars).
 *
 * <h2>Attributes</h2>
 * A pair counts for value (type) when the values (types) are equal: values are compared after trimming, case
 * sensitive; types ignoring case. A gold value that is absent or empty equals only an absent or empty system value -
 * since annals always gives a value, such gold pairs (TIMEX2 without {@code val}) count as value errors. Precision
 * divides by all system expressions, recall by all gold expressions.
 */
public final class Scorer {

    private Scorer() {
    }

    /**
     * Scores one document.
     *
     * @param format the gold format, which chooses the extent rules
     * @param source the document name, for the result
     * @param text   the document text both gold and system offsets point into
     * @param gold   the gold expressions
     * @param system the system expressions
     */
    public static DocumentResult score(GoldFormat format, String source, String text, List<Mention> gold,
                                       List<Mention> system) {
        Extents ext = format == GoldFormat.TIMEML ? new TokenExtents(text) : new CharExtents(text);
        List<Mention> g = sorted(gold);
        List<Mention> s = sorted(system);
        int[][] ge = new int[g.size()][];
        int[][] se = new int[s.size()][];
        for (int i = 0; i < g.size(); i++) {
            ge[i] = ext.of(g.get(i));
        }
        for (int j = 0; j < s.size(); j++) {
            se[j] = ext.of(s.get(j));
        }
        int[] pairOf = pair(ge, se);
        boolean[] systemPaired = new boolean[s.size()];
        int strict = 0;
        int relaxed = 0;
        int value = 0;
        int type = 0;
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            Mention gm = g.get(i);
            int j = pairOf[i];
            if (j < 0) {
                findings.add(new Finding(Finding.Kind.MISSED, gm, null));
                continue;
            }
            systemPaired[j] = true;
            Mention sm = s.get(j);
            relaxed++;
            if (ge[i][0] == se[j][0] && ge[i][1] == se[j][1]) {
                strict++;
            } else {
                findings.add(new Finding(Finding.Kind.SPAN, gm, sm));
            }
            if (sameValue(gm.value(), sm.value())) {
                value++;
            } else {
                findings.add(new Finding(Finding.Kind.VALUE, gm, sm));
            }
            if (format == GoldFormat.TIMEML) {
                if (sameType(gm.type(), sm.type())) {
                    type++;
                } else {
                    findings.add(new Finding(Finding.Kind.TYPE, gm, sm));
                }
            }
        }
        for (int j = 0; j < s.size(); j++) {
            if (!systemPaired[j]) {
                findings.add(new Finding(Finding.Kind.SPURIOUS, null, s.get(j)));
            }
        }
        findings.sort(Comparator.comparingInt(Scorer::position));
        return new DocumentResult(source, new Counts(g.size(), s.size(), strict, relaxed, value, type), findings,
                null);
    }

    /** True when two values are equal after trimming; absent and empty are equal to each other only. */
    static boolean sameValue(String gold, String system) {
        String a = gold == null ? "" : gold.strip();
        String b = system == null ? "" : system.strip();
        return a.equals(b);
    }

    static boolean sameType(String gold, String system) {
        String a = gold == null ? "" : gold.strip();
        String b = system == null ? "" : system.strip();
        return a.equalsIgnoreCase(b);
    }

    private static int position(Finding f) {
        return f.gold() != null ? f.gold().begin() : f.system().begin();
    }

    private static List<Mention> sorted(List<Mention> ms) {
        List<Mention> l = new ArrayList<>(ms);
        l.sort(Comparator.comparingInt(Mention::begin).thenComparing(Comparator.comparingInt(Mention::end).reversed()));
        return l;
    }

    /**
     * Pairs gold with system extents ({@code [lo, hi)} in units; empty extents never pair).
     *
     * @return for each gold index, the paired system index or -1
     */
    static int[] pair(int[][] gold, int[][] system) {
        int[] pairOf = new int[gold.length];
        java.util.Arrays.fill(pairOf, -1);
        boolean[] used = new boolean[system.length];
        for (int i = 0; i < gold.length; i++) {
            if (gold[i][0] >= gold[i][1]) {
                continue;
            }
            int best = -1;
            int bestOverlap = 0;
            int bestUnion = Integer.MAX_VALUE;
            for (int j = 0; j < system.length; j++) {
                if (used[j]) {
                    continue;
                }
                int overlap = Math.min(gold[i][1], system[j][1]) - Math.max(gold[i][0], system[j][0]);
                if (overlap <= 0) {
                    continue;
                }
                int union = Math.max(gold[i][1], system[j][1]) - Math.min(gold[i][0], system[j][0]);
                if (overlap > bestOverlap || (overlap == bestOverlap && union < bestUnion)) {
                    best = j;
                    bestOverlap = overlap;
                    bestUnion = union;
                }
            }
            if (best >= 0) {
                used[best] = true;
                pairOf[i] = best;
            }
        }
        return pairOf;
    }

    /** Maps a mention to its extent {@code [lo, hi)} in some unit. */
    private interface Extents {
        int[] of(Mention m);
    }

    /** Trimmed character spans (TIMEX2). */
    private record CharExtents(String text) implements Extents {
        @Override
        public int[] of(Mention m) {
            int b = Math.max(0, Math.min(m.begin(), text.length()));
            int e = Math.max(b, Math.min(m.end(), text.length()));
            while (b < e && Character.isWhitespace(text.charAt(b))) {
                b++;
            }
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            return new int[]{b, e};
        }
    }

    /** Token extents (TempEval-3): runs of letters/digits, and each other non-space character alone. */
    private static final class TokenExtents implements Extents {
        private final String text;
        private final int[] tokenAt;   // token index of each char, -1 for spaces

        TokenExtents(String text) {
            this.text = Objects.requireNonNull(text);
            this.tokenAt = new int[text.length()];
            int token = -1;
            boolean inWord = false;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                int n = Character.charCount(cp);
                if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                    inWord = false;
                    for (int k = 0; k < n; k++) {
                        tokenAt[i + k] = -1;
                    }
                } else {
                    boolean word = Character.isLetterOrDigit(cp);
                    if (!(word && inWord)) {
                        token++;
                    }
                    inWord = word;
                    for (int k = 0; k < n; k++) {
                        tokenAt[i + k] = token;
                    }
                }
                i += n;
            }
        }

        @Override
        public int[] of(Mention m) {
            int b = Math.max(0, Math.min(m.begin(), text.length()));
            int e = Math.max(b, Math.min(m.end(), text.length()));
            int first = -1;
            int last = -1;
            for (int i = b; i < e; i++) {
                if (tokenAt[i] >= 0) {
                    first = tokenAt[i];
                    break;
                }
            }
            for (int i = e - 1; i >= b; i--) {
                if (tokenAt[i] >= 0) {
                    last = tokenAt[i];
                    break;
                }
            }
            return first < 0 ? new int[]{0, 0} : new int[]{first, last + 1};
        }
    }
}
