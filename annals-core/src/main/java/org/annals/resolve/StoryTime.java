package org.annals.resolve;

import org.annals.time.PartialTime;

import java.time.LocalDate;

/**
 * The time a story has reached, as its text is read: the state the {@link Resolver} anchors narrative expressions
 * on ("that month", "the next day", a bare "June" in a history). It starts at the document date (tid {@code t0}),
 * with, in a narrative, the year of its first stated date for bare dates before it ({@link #open}),
 * moves to each date that moves the story ({@link #move}: a date coarser than the story's time and containing it, "in
 * 1950" while the story is at "Oct. 25, 1950", does not move it), and holds an aside (a far date in the middle of a
 * paragraph) only until the end of the aside's sentence ({@link #startAside}, {@link #reach}), then returns to where
 * the story was. Which dates move the story, and which are asides, the resolver decides from the text; this class
 * keeps the state. One per document, read in text order; not thread-safe.
 */
final class StoryTime {

    private PartialTime time;
    private String tid;
    private PartialTime opening;
    private boolean started;
    /** The story's time while an aside holds, and the token that ends the aside's sentence (-1: no aside). */
    private PartialTime held;
    private String heldTid;
    private int asideEnd = -1;
    /** The first token of the last date that moved the story (-1: none yet). */
    private int lastDateToken = -1;

    /** A story at {@code start}, the document date, tid {@code t0}. */
    StoryTime(PartialTime start) {
        this.time = start;
        this.tid = "t0";
    }

    /**
     * A narrative whose first dates come before any year it states ("On October 5 the rebels reached the river. ...
     * The campaign had begun in the spring of 1921"): until a date moves the story, a bare date ("October 5") is in
     * {@code year}, the year of its first stated date, not in the document date's ({@link #opening}). Dates said
     * from the present ("last June", "this year") still take the document date.
     */
    void open(PartialTime year) {
        this.opening = year;
    }

    /** The year a narrative's bare dates take before any date has moved the story, or null. */
    PartialTime opening() {
        return started ? null : opening;
    }

    /** The time the story is at. */
    PartialTime time() {
        return time;
    }

    /** The tid of the expression that set it ({@code t0}: the document date). */
    String tid() {
        return tid;
    }

    /** True once a date of the text has moved the story. */
    boolean started() {
        return started;
    }

    /** The first token of the last date that moved the story, or -1. */
    int lastDateToken() {
        return lastDateToken;
    }

    /** Reading has reached {@code token}: an aside whose sentence ended before it is over, the story back. */
    void reach(int token) {
        if (asideEnd >= 0 && token > asideEnd) {
            time = held;
            tid = heldTid;
            asideEnd = -1;
        }
    }

    /** The date about to move the story is an aside, to the end of its sentence at token {@code sentenceEnd}. */
    void startAside(int sentenceEnd) {
        if (asideEnd < 0) {
            held = time;
            heldTid = tid;
        }
        asideEnd = sentenceEnd;
    }

    /** The date {@code p} (timex {@code timexTid}, first token {@code token}) moves the story. */
    void move(PartialTime p, String timexTid, int token) {
        if (!(p.granularity().coarserThan(time.granularity()) && contains(p, time))) {
            time = p;
            tid = timexTid;
            started = true;
        }
        lastDateToken = token;
    }

    private static boolean contains(PartialTime outer, PartialTime inner) {
        LocalDate os = outer.startDate();
        LocalDate oe = outer.endDate();
        LocalDate is = inner.startDate();
        return os != null && oe != null && is != null && !is.isBefore(os) && !is.isAfter(oe);
    }
}
