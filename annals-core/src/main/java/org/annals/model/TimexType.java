package org.annals.model;

/** TIMEX3 types. */
public enum TimexType {
    DATE, TIME, DURATION, SET
}
