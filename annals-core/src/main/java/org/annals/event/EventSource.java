package org.annals.event;

import org.annals.model.Document;

/**
 * Finds the sentences and events of a document: the input of participants, temporal linking and timelines.
 * Implementations are thread-safe. The result's {@code tlinks} may be empty; participants may be left empty.
 */
public interface EventSource {

    /** Tags the document's time expressions and finds its sentences and events. */
    AnalyzedDocument analyze(Document document);
}
