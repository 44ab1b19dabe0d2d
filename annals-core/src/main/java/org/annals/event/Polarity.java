package org.annals.event;

/** TimeML polarity. */
public enum Polarity {
    POS, NEG
}
