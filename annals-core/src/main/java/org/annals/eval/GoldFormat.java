package org.annals.eval;

/** The kind of gold annotation to evaluate against, which also chooses the scoring rules. */
public enum GoldFormat {
    /** TimeML TIMEX3 gold ({@code *.tml}): TempEval-3 rules (token extents; strict, relaxed, value, type). */
    TIMEML,
    /** WikiWars TIMEX2 gold ({@code *.key.xml}): character spans (lenient, strict, lenient+value). */
    WIKIWARS
}
