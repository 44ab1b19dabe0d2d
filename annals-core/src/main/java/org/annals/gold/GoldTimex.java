package org.annals.gold;

/**
 * A time expression annotated in a gold-standard document (TIMEX3 or TIMEX2).
 *
 * @param id    the annotation's id (tid), or null
 * @param begin UTF-16 offset into the document text
 * @param end   offset after the last character
 * @param text  the covered text
 * @param type  the TIMEX3 type (DATE, TIME, DURATION, SET), or null for TIMEX2
 * @param value the normalized value (TIMEX3 value / TIMEX2 val), or null
 * @param mod   the modifier, or null
 */
public record GoldTimex(String id, int begin, int end, String text, String type, String value, String mod) {
}
