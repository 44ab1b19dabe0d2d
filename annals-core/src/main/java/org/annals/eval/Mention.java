package org.annals.eval;

import org.annals.gold.GoldTimex;
import org.annals.model.Timex;

/**
 * A time expression as the scorer sees it, gold or system.
 *
 * @param id    the tid, or null
 * @param begin UTF-16 offset into the document text
 * @param end   offset after the last character
 * @param text  the covered text
 * @param type  the TIMEX3 type name, or null (TIMEX2)
 * @param value the normalized value, or null
 */
public record Mention(String id, int begin, int end, String text, String type, String value) {

    public static Mention of(GoldTimex g) {
        return new Mention(g.id(), g.begin(), g.end(), g.text(), g.type(), g.value());
    }

    public static Mention of(Timex t) {
        return new Mention(t.tid(), t.begin(), t.end(), t.text(), t.type().name(), t.value());
    }
}
