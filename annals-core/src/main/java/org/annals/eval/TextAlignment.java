package org.annals.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maps offsets of a system text onto a gold text that differs from it only in whitespace, through the sequence of
 * non-whitespace characters the two share.
 */
final class TextAlignment {

    private final String gold;
    private final int[] goldPos;    // offsets of the non-space characters of the gold text; null: identical texts
    private final int[] systemPos;  // same for the system text

    private TextAlignment(String gold, int[] goldPos, int[] systemPos) {
        this.gold = gold;
        this.goldPos = goldPos;
        this.systemPos = systemPos;
    }

    /** Thrown when the texts differ in more than whitespace. */
    static final class MismatchException extends Exception {
        MismatchException(String message) {
            super(message);
        }
    }

    /**
     * @throws MismatchException when the texts differ other than in whitespace
     */
    static TextAlignment of(String gold, String system) throws MismatchException {
        if (gold.equals(system)) {
            return new TextAlignment(gold, null, null);
        }
        int[] g = nonSpace(gold);
        int[] s = nonSpace(system);
        int n = Math.min(g.length, s.length);
        for (int k = 0; k < n; k++) {
            if (gold.charAt(g[k]) != system.charAt(s[k])) {
                throw new MismatchException("system text differs from gold text at gold offset " + g[k]
                        + " (system offset " + s[k] + ")");
            }
        }
        if (g.length != s.length) {
            throw new MismatchException("system text differs from gold text: " + s.length + " vs " + g.length
                    + " non-space characters");
        }
        return new TextAlignment(gold, g, s);
    }

    /** The mentions with offsets (and texts) mapped to the gold text. */
    List<Mention> map(List<Mention> system) {
        if (goldPos == null) {
            return system;
        }
        List<Mention> out = new ArrayList<>(system.size());
        for (Mention m : system) {
            int k1 = lowerBound(systemPos, m.begin());        // first non-space char at or after begin
            int k2 = lowerBound(systemPos, m.end()) - 1;      // last non-space char before end
            int b;
            int e;
            if (k1 > k2 || k1 >= goldPos.length) {
                b = k1 < goldPos.length ? goldPos[k1] : gold.length();
                e = b;
            } else {
                b = goldPos[k1];
                e = goldPos[k2] + 1;
            }
            out.add(new Mention(m.id(), b, e, gold.substring(b, e), m.type(), m.value()));
        }
        return out;
    }

    private static int lowerBound(int[] a, int x) {
        int i = Arrays.binarySearch(a, x);
        return i >= 0 ? i : -i - 1;
    }

    private static int[] nonSpace(String s) {
        int[] pos = new int[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                pos[n++] = i;
            }
        }
        return Arrays.copyOf(pos, n);
    }
}
