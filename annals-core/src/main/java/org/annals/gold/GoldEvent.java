package org.annals.gold;

/**
 * An event annotated in a TimeML document (an EVENT with the attributes of its first MAKEINSTANCE).
 *
 * @param eid      the EVENT id
 * @param begin    UTF-16 offset into the document text
 * @param end      offset after the event's last character
 * @param text     the covered text
 * @param cls      the TimeML class (OCCURRENCE, REPORTING...)
 * @param tense    MAKEINSTANCE tense, or null
 * @param aspect   MAKEINSTANCE aspect, or null
 * @param polarity MAKEINSTANCE polarity, or null
 * @param pos      MAKEINSTANCE pos (VERB, NOUN...), or null
 */
public record GoldEvent(String eid, int begin, int end, String text, String cls, String tense, String aspect,
                        String polarity, String pos) {
}
