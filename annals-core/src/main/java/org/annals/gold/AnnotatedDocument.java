package org.annals.gold;

import org.annals.model.Document;

import java.util.List;

/**
 * A document with its gold time expressions (from a TimeML or TIMEX2 annotated file).
 *
 * @param document the document: its text (annotations removed) and its own date
 * @param gold     the annotated time expressions in text order (nested TIMEX2 included)
 * @param events   the annotated events in text order (TimeML only; empty otherwise)
 * @param tlinks   the annotated TLINKs in file order (TimeML only; empty otherwise), over eids and tids, the document
 *                 creation time as {@code t0}
 */
public record AnnotatedDocument(Document document, List<GoldTimex> gold, List<GoldEvent> events,
                                List<GoldTLink> tlinks) {
    public AnnotatedDocument {
        gold = List.copyOf(gold);
        events = List.copyOf(events);
        tlinks = List.copyOf(tlinks);
    }

    /** A document with time expressions and events, without TLINKs. */
    public AnnotatedDocument(Document document, List<GoldTimex> gold, List<GoldEvent> events) {
        this(document, gold, events, List.of());
    }

    /** A document with time expressions and no event annotation. */
    public AnnotatedDocument(Document document, List<GoldTimex> gold) {
        this(document, gold, List.of(), List.of());
    }
}
