package org.annals.time;

/** TIMEX3 {@code mod} values. */
public enum Mod {
    BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER, LESS_THAN, MORE_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE,
    START, MID, END, APPROX;

    /** The TIMEX3 attribute value. */
    public String timex3() {
        return name();
    }
}
