package org.annals.event;

import java.util.Objects;

/**
 * A temporal relation between an event and a time ({@code e3 IS_INCLUDED t2}), an event and the document date
 * ({@code e3 BEFORE t0}), or two events.
 *
 * @param lid      the TLINK id, {@code l1}, {@code l2}...
 * @param source   an eid or tid
 * @param target   an eid or tid ({@code t0} is the document date)
 * @param relation the relation of source to target
 * @param cue      why (the rule or cue that set it: "governing timex", "tense past", "had + participle"...)
 */
public record TLink(String lid, String source, String target, Relation relation, String cue) {

    /** TimeML relation types used by annals. */
    public enum Relation {
        BEFORE, AFTER, INCLUDES, IS_INCLUDED, SIMULTANEOUS, BEGINS, ENDS, BEGUN_BY, ENDED_BY, VAGUE;

        /** The same relation seen from the target. */
        public Relation inverse() {
            return switch (this) {
                case BEFORE -> AFTER;
                case AFTER -> BEFORE;
                case INCLUDES -> IS_INCLUDED;
                case IS_INCLUDED -> INCLUDES;
                case BEGINS -> BEGUN_BY;
                case BEGUN_BY -> BEGINS;
                case ENDS -> ENDED_BY;
                case ENDED_BY -> ENDS;
                default -> this;
            };
        }
    }

    public TLink {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(relation, "relation");
    }
}
