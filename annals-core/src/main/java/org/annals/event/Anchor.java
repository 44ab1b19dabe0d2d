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
 */
public record Anchor(String eid, String tid, TLink.Relation relation, String value, String mod, Interval interval,
                     String cue) {
}
