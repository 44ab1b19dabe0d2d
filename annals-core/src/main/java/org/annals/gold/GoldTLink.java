package org.annals.gold;

/**
 * A temporal relation annotated in a TimeML document (a TLINK), between gold events (by their EVENT eid, mapped from
 * the instance through MAKEINSTANCE) and times (tid; the document creation time is {@code t0}).
 *
 * @param lid     the TLINK id
 * @param source  an eid or tid
 * @param target  an eid or tid
 * @param relType the TimeML relType as written (BEFORE, IS_INCLUDED, DURING, IDENTITY...)
 */
public record GoldTLink(String lid, String source, String target, String relType) {
}
