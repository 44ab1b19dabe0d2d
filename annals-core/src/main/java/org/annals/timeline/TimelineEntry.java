package org.annals.timeline;

import org.annals.event.Anchor;
import org.annals.event.Argument;
import org.annals.event.EventClass;
import org.annals.event.Participant;
import org.annals.model.Interval;

import java.util.List;
import java.util.Objects;

/**
 * One line of a timeline: an event (or several mentions of it, from several documents) and when it happened.
 *
 * @param value        the TIMEX3 value it is tied to ("1950-10-25", "1950-FA", the document date), or a range's two
 *                     values joined by '/' ("1618/1648": "From 1618 to 1648 the armies ravaged Germany")
 * @param mod          the TIMEX3 mod shown with it ("END", "BEFORE"), or null
 * @param interval     the days it may have happened on
 * @param event        the trigger as written ("crossed")
 * @param lemma        the trigger's base form ("cross")
 * @param text         the event with the people and places around it, as written
 * @param participants people and organizations
 * @param places       places
 * @param sources      where it is mentioned, in input order
 * @param anchor       where its time came from: its clause, its sentence, the story, the document date (a
 *                     publication entry's too), or nothing; null only in entries read from an archive written before
 *                     anchors were recorded
 * @param anchorTid    the id of the time expression it came from, in its first source's document ({@code t0}: the
 *                     document date; null for none)
 * @param kind         the event's TimeML class (an occurrence, a report such as "said", a state...); null for a
 *                     document's publication entry and for entries read from an archive written before kinds were
 *                     recorded
 */
public record TimelineEntry(String value, String mod, Interval interval, String event, String lemma, String text,
                            List<Participant> participants, List<Participant> places, List<Source> sources,
                            Anchor.Basis anchor, String anchorTid, EventClass kind) {

    /** An entry of no known kind. */
    public TimelineEntry(String value, String mod, Interval interval, String event, String lemma, String text,
                         List<Participant> participants, List<Participant> places, List<Source> sources,
                         Anchor.Basis anchor, String anchorTid) {
        this(value, mod, interval, event, lemma, text, participants, places, sources, anchor, anchorTid, null);
    }

    public TimelineEntry {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(event, "event");
        participants = List.copyOf(participants);
        places = List.copyOf(places);
        sources = List.copyOf(sources);
    }

    /**
     * A mention of the entry's event.
     *
     * @param document   the document's source name
     * @param begin      UTF-16 offset of the trigger in the document text
     * @param end        offset after it
     * @param sentence   the sentence holding it
     * @param eid        the event id in that document (null for the document's own publication entry)
     * @param documentId the document's id in the archive it was read from (null elsewhere): where to open it
     * @param arguments  who does the event and who undergoes it in this mention's sentence, with offsets in its
     *                   document (empty when none is known)
     */
    public record Source(String document, int begin, int end, String sentence, String eid, String documentId,
                         List<Argument> arguments) {

        public Source {
            arguments = arguments == null ? List.of() : List.copyOf(arguments);
        }

        /** A mention in a document of no archive. */
        public Source(String document, int begin, int end, String sentence, String eid) {
            this(document, begin, end, sentence, eid, null, List.of());
        }

        /** A mention of no known arguments. */
        public Source(String document, int begin, int end, String sentence, String eid, String documentId) {
            this(document, begin, end, sentence, eid, documentId, List.of());
        }
    }

    /** This entry with its sources marked as read from the archive document {@code id}. */
    public TimelineEntry inArchiveDocument(String id) {
        List<Source> marked = sources.stream()
                .map(s -> new Source(s.document(), s.begin(), s.end(), s.sentence(), s.eid(), id, s.arguments())).toList();
        return new TimelineEntry(value, mod, interval, event, lemma, text, participants, places, marked, anchor,
                anchorTid, kind);
    }
}
