package org.annals.event;

/** TimeML tense of an event's verb group (NONE for nominal events). */
public enum Tense {
    PAST, PRESENT, FUTURE, INFINITIVE, PRESPART, PASTPART, NONE
}
