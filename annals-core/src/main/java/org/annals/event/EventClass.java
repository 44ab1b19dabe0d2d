package org.annals.event;

/** TimeML EVENT classes. */
public enum EventClass {
    OCCURRENCE, STATE, REPORTING, I_ACTION, I_STATE, ASPECTUAL, PERCEPTION
}
