package org.annals.archive;

import org.annals.model.TaggedDocument;
import org.annals.timeline.TimelineEntry;

import java.util.List;

/**
 * What is stored for one document: its id, its time expressions (with the date and genre used) and its own
 * timeline's entries, chronological.
 *
 * @param id      the content id ({@link ContentId})
 * @param tagged  the document with its time expressions
 * @param entries    the entries of the document's timeline
 * @param provenance how and when it came in
 */
record Analysis(String id, TaggedDocument tagged, List<TimelineEntry> entries, Provenance provenance) {

    Analysis {
        entries = List.copyOf(entries);
    }
}
