package org.annals.eval;

/**
 * One error found while scoring a document.
 *
 * @param kind   what is wrong
 * @param gold   the gold expression, or null for {@link Kind#SPURIOUS}
 * @param system the system expression, or null for {@link Kind#MISSED}
 */
public record Finding(Kind kind, Mention gold, Mention system) {

    /** The kinds of errors. */
    public enum Kind {
        /** A gold expression no system expression overlaps. */
        MISSED,
        /** A system expression that overlaps no (unpaired) gold expression. */
        SPURIOUS,
        /** Paired but the extents differ (relaxed, not strict). */
        SPAN,
        /** Paired with a different value. */
        VALUE,
        /** Paired with a different type (TIMEX3 only). */
        TYPE
    }
}
