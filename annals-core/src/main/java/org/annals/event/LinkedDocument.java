package org.annals.event;

import java.util.List;

/**
 * A document with its TLINKs and the anchor of each event: what {@link TemporalLinker} gives.
 *
 * @param document the document, its {@code tlinks} filled ({@link TemporalLinker#anchors} leaves them empty)
 * @param anchors  one per event, in event order
 */
public record LinkedDocument(AnalyzedDocument document, List<Anchor> anchors) {
    public LinkedDocument {
        anchors = List.copyOf(anchors);
    }
}
