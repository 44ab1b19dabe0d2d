package org.annals.event;

import java.util.List;
import java.util.Objects;

/**
 * An event mentioned in a document (a TimeML EVENT): its trigger, class, tense, aspect, polarity, and the people,
 * organizations and places taking part.
 *
 * @param eid          the EVENT id, {@code e1}, {@code e2}... in text order
 * @param begin        UTF-16 offset of the trigger in the document text
 * @param end          offset after the trigger
 * @param text         the trigger as written ("crossed", "invasion", "Battle of Unsan")
 * @param lemma        the trigger's base form ("cross", "invasion"), lower case
 * @param pos          the trigger's part of speech (Penn tag of its head: VBD, NN, ...)
 * @param eventClass   the TimeML class
 * @param tense        tense of the verb group
 * @param aspect       aspect of the verb group
 * @param polarity     NEG when negated ("did not cross")
 * @param sentence     index of the sentence holding the trigger
 * @param participants people and organizations taking part
 * @param places       places where it happens
 * @param arguments    who does it (agent) and who undergoes it (patient), as the sentence says, each with the
 *                     entity it stands for; empty when the rules find none
 */
public record Event(String eid, int begin, int end, String text, String lemma, String pos, EventClass eventClass,
                    Tense tense, Aspect aspect, Polarity polarity, int sentence, List<Participant> participants,
                    List<Participant> places, List<Argument> arguments) {

    /** An event whose arguments are not known. */
    public Event(String eid, int begin, int end, String text, String lemma, String pos, EventClass eventClass,
                 Tense tense, Aspect aspect, Polarity polarity, int sentence, List<Participant> participants,
                 List<Participant> places) {
        this(eid, begin, end, text, lemma, pos, eventClass, tense, aspect, polarity, sentence, participants, places,
                List.of());
    }

    public Event {
        Objects.requireNonNull(eid, "eid");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(eventClass, "eventClass");
        participants = List.copyOf(participants);
        places = List.copyOf(places);
        arguments = List.copyOf(arguments);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span " + begin + ".." + end);
        }
    }
}
