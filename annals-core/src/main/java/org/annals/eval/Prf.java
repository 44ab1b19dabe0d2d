package org.annals.eval;

import java.util.Locale;

/**
 * Precision, recall and F1 as fractions in [0, 1]. With nothing to find and nothing found all three are 1; a zero
 * denominator otherwise gives 0.
 */
public record Prf(double precision, double recall, double f1) {

    /**
     * @param correct the matched (or attribute-correct) count
     * @param system  all system expressions (precision's denominator)
     * @param gold    all gold expressions (recall's denominator)
     */
    public static Prf of(int correct, int system, int gold) {
        if (system == 0 && gold == 0) {
            return new Prf(1, 1, 1);
        }
        double p = system == 0 ? 0 : (double) correct / system;
        double r = gold == 0 ? 0 : (double) correct / gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Prf(p, r, f);
    }

    /** A fraction as a percentage with two decimals, e.g. {@code 84.10}. */
    public static String pct(double fraction) {
        return String.format(Locale.ROOT, "%.2f", 100 * fraction);
    }

    /** {@code P=.. R=.. F1=..} in percent. */
    @Override
    public String toString() {
        return "P=" + pct(precision) + " R=" + pct(recall) + " F1=" + pct(f1);
    }
}
