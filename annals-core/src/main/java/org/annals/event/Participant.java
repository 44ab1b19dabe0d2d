package org.annals.event;

import java.util.Locale;

/**
 * Someone or something taking part in an event, or the place where it happens.
 *
 * @param text  the name as written ("Chinese People's Volunteer Army", "Yalu River")
 * @param begin UTF-16 offset into the document text
 * @param end   offset after the last character
 * @param type  what the evidence says it is
 */
public record Participant(String text, int begin, int end, Type type) {

    /** Kinds of participants. */
    public enum Type {
        PERSON, ORGANIZATION, PLACE, OTHER;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
