package org.annals.event;

import java.util.Locale;
import java.util.Objects;

/**
 * Someone or something in an event's argument structure: who does it (agent) or undergoes it (patient), as written
 * in the event's sentence, and whom that mention stands for.
 *
 * <p>"He announced the iPhone": {@code he} is the agent, its referent the "Steve Jobs" named earlier; the "iPhone" is
 * the patient. In a passive the surface subject is the patient ("The iPhone was unveiled by Jobs": the iPhone is the
 * patient, Jobs the agent).
 *
 * @param role     what it does in the event
 * @param mention  the words naming it in the event's sentence: a name, a pronoun ("he", "its") or a description
 *                 ("the company"), with its offsets
 * @param referent the name it stands for, where the document names it (its fullest form, "Steve Jobs" for a
 *                 "Jobs" or a "he"); the mention itself for a name named only so; null for a pronoun or description
 *                 with no antecedent
 */
public record Argument(Role role, Participant mention, Participant referent) {

    /** What an argument does in its event. */
    public enum Role {
        /** Who does it: the subject of an active verb, "by X" in a passive, the possessor of a noun ("his keynote"). */
        AGENT,
        /** Who or what undergoes it: the object, the subject of a passive, "of X" after a noun. */
        PATIENT;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Argument {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(mention, "mention");
    }

    /** The name this argument is known by: its referent's, else the mention's. */
    public Participant entity() {
        return referent != null ? referent : mention;
    }
}
