package org.annals.event;

import org.annals.model.Interval;

/**
 * The time an event is tied to.
 *
 * @param eid      the event
 * @param tid      the time it is tied to: a timex of its sentence, the narrative reference time, or {@code t0}; null
 *                 when nothing dates it (no time in the text, no document date), and then so are relation, value
 *                 and interval
 * @param relation the event's relation to that time (IS_INCLUDED, BEFORE, AFTER, BEGUN_BY, ENDED_BY...)
 * @param value    the TIMEX3 value shown for the event ("1950-10", the document date "2020-11-02"); for a range of two
 *                 dates, the two values joined by '/' as in ISO 8601 ("1618/1648")
 * @param mod      the TIMEX3 mod shown with it (the timex's, or BEFORE / AFTER from the relation), or null
 * @param interval the days the event may have happened on
 * @param cue      why ("governing timex", "narrative reference time", "document date, tense past", "had + participle")
 * @param basis    where the time came from ({@link Basis})
 */
public record Anchor(String eid, String tid, TLink.Relation relation, String value, String mod, Interval interval,
                     String cue, Basis basis) {

    /** Where an event's time came from, as a reader checks it. */
    public enum Basis {
        /** A time expression of the event's own clause ("crossed the river on Oct. 25, 1950"). */
        CLAUSE,
        /** A time expression of another clause of its sentence ("The king was crowned in 1066 and his son wept"). */
        SENTENCE,
        /** The time the story has reached, set by an earlier sentence ("Earlier that month ... had invaded"). */
        STORY,
        /** The document's date ("said" in a news report). */
        DOCUMENT,
        /** Nothing: no time in the text and no document date; the event is on no date. */
        NONE;

        /** The lower-case name used in JSON and CSV ("clause"). */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
