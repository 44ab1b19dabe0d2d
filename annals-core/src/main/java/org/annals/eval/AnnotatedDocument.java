package org.annals.eval;

import org.annals.api.Document;

import java.util.List;

/**
 * A document with its gold time expressions (from a TimeML or TIMEX2 annotated file).
 *
 * @param document the document: its text (annotations removed) and its own date
 * @param gold     the annotated time expressions in text order (nested TIMEX2 included)
 * @param events   the annotated events in text order (TimeML only; empty otherwise)
 */
public record AnnotatedDocument(Document document, List<GoldTimex> gold, List<GoldEvent> events) {
    public AnnotatedDocument {
        gold = List.copyOf(gold);
        events = List.copyOf(events);
    }

    /** A document with time expressions and no event annotation. */
    public AnnotatedDocument(Document document, List<GoldTimex> gold) {
        this(document, gold, List.of());
    }
}
