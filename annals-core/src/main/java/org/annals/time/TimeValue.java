package org.annals.time;

/** A resolved TIMEX3 value: a (possibly partial) point, a duration, or a reference to the present/past/future. */
public sealed interface TimeValue permits PartialTime, DurationValue, TimeValue.Reference {

    /** The TIMEX3 {@code value} attribute; made only at output. */
    String timex3();

    /** PRESENT_REF, PAST_REF, FUTURE_REF. */
    enum Reference implements TimeValue {
        PRESENT_REF, PAST_REF, FUTURE_REF;

        @Override
        public String timex3() {
            return name();
        }
    }
}
