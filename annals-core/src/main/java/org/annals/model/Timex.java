package org.annals.model;

import org.annals.time.Mod;
import org.annals.time.TimeValue;

import java.util.Objects;

/**
 * A time expression found in a document and normalized (a TIMEX3).
 *
 * @param tid       the TIMEX3 id, {@code t1}, {@code t2}... in text order ({@code t0} is the document date)
 * @param begin     UTF-16 offset of the first character in the document text
 * @param end       UTF-16 offset after the last character
 * @param text      the covered text
 * @param type      DATE, TIME, DURATION or SET
 * @param time      the typed value; its TIMEX3 string is {@link #value()}
 * @param mod       the TIMEX3 modifier, or null
 * @param quant     for sets: the quantifier ("EVERY"), else null
 * @param freq      for sets: the frequency ("2X"), else null
 * @param anchorTid the tid this value was computed from ("t0" for the document date), or null when absolute
 * @param anchor    what the value was anchored to, for people ("document date 2020-11-02"), or null
 * @param rule      the expression family that found it
 */
public record Timex(String tid, int begin, int end, String text, TimexType type, TimeValue time, Mod mod,
                    String quant, String freq, String anchorTid, String anchor, String rule) {

    public Timex {
        Objects.requireNonNull(tid, "tid");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span " + begin + ".." + end);
        }
    }

    /** The TIMEX3 value string. */
    public String value() {
        return time.timex3();
    }

    /** The TIMEX3 mod string, or null. */
    public String modString() {
        return mod == null ? null : mod.timex3();
    }

    /** True when the value was computed relative to another time (temporalFunction="true"). */
    public boolean temporalFunction() {
        return anchorTid != null;
    }
}
