package org.annals.api;

/** TIMEX3 types. */
public enum TimexType {
    DATE, TIME, DURATION, SET
}
