package org.annals.event;

/** TimeML aspect. */
public enum Aspect {
    PROGRESSIVE, PERFECTIVE, PERFECTIVE_PROGRESSIVE, NONE
}
