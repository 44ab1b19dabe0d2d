package org.annals.event;

import org.annals.model.TaggedDocument;
import org.annals.nlp.Sentence;

import java.util.List;

/**
 * A document with its time expressions, sentences, events and temporal relations.
 *
 * @param tagged    the document, its date, genre and time expressions
 * @param sentences its sentences with part-of-speech tags
 * @param events    its events in text order
 * @param tlinks    the temporal relations found (event-time, event-document date, event-event)
 */
public record AnalyzedDocument(TaggedDocument tagged, List<Sentence> sentences, List<Event> events,
                               List<TLink> tlinks) {

    public AnalyzedDocument {
        sentences = List.copyOf(sentences);
        events = List.copyOf(events);
        tlinks = List.copyOf(tlinks);
    }
}
