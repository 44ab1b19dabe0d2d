package org.annals.eval;

/**
 * The counts of one document or a whole evaluation. Pairing is one to one, so each matched count is both a number of
 * gold and a number of system expressions.
 *
 * @param gold    gold expressions
 * @param system  system expressions
 * @param strict  pairs with identical extents (tokens for TIMEX3, trimmed characters for TIMEX2)
 * @param relaxed pairs that overlap (TIMEX2: "lenient")
 * @param value   overlapping pairs with equal values
 * @param type    overlapping pairs with equal types (TIMEX3 only; 0 for TIMEX2)
 */
public record Counts(int gold, int system, int strict, int relaxed, int value, int type) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);

    public Counts plus(Counts o) {
        return new Counts(gold + o.gold, system + o.system, strict + o.strict, relaxed + o.relaxed, value + o.value,
                type + o.type);
    }

    public Prf strictPrf() {
        return Prf.of(strict, system, gold);
    }

    public Prf relaxedPrf() {
        return Prf.of(relaxed, system, gold);
    }

    public Prf valuePrf() {
        return Prf.of(value, system, gold);
    }

    public Prf typePrf() {
        return Prf.of(type, system, gold);
    }
}
