package org.annals.archive;

import org.annals.model.Document;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/**
 * A searchable store of analysed documents: each document, its time expressions and its timeline entries, with the
 * entries' time intervals indexed as ranges. Thread-safe: one instance serves many readers and writers.
 *
 * <p>Contract shared by the CLI ({@code ingest}, {@code search}, {@code timeline --index}) and the server.
 */
public interface Archive extends Closeable {

    /**
     * Analyses (tags, finds events, builds the document's timeline) and stores one document with how and when it came
     * in, unless a document with the same content (text) is already stored (its provenance is then kept). Durable and visible to searches after the next {@link #commit()}
     * (an implementation also commits by itself from time to time and on {@link #close()}).
     *
     * @throws IllegalArgumentException when the document cannot be stored (no text); the archive is unchanged
     */
    IngestResult ingest(Document document, Provenance provenance) throws IOException;

    /**
     * {@link #ingest(Document, Provenance)} by a program ({@link Provenance.Via#LIBRARY}), now.
     *
     * @throws IllegalArgumentException when the document cannot be stored (no text); the archive is unchanged
     */
    default IngestResult ingest(Document document) throws IOException {
        return ingest(document, Provenance.now(Provenance.Via.LIBRARY));
    }

    /** Makes every document ingested so far durable and visible to searches. */
    void commit() throws IOException;

    /**
     * Documents and timeline entries matching a query, ranked, with highlighted snippets and facets.
     *
     * @throws IllegalArgumentException when the query text cannot be parsed (the message says where)
     */
    SearchResult search(ArchiveQuery query) throws IOException;

    /**
     * The cross-document timeline of the entries matching a query, in chronological order.
     *
     * @throws IllegalArgumentException when the query text cannot be parsed
     */
    org.annals.timeline.Timeline timeline(ArchiveQuery query) throws IOException;

    /** A stored document with its annotations, by id. */
    Optional<StoredDocument> document(String id) throws IOException;

    /**
     * How many entries match the query, on every page ({@link #timeline} shows {@code limit} of them from {@code
     * offset}).
     *
     * @throws IllegalArgumentException when the query text cannot be parsed
     */
    long entryCount(ArchiveQuery query) throws IOException;

    /** The number of stored (committed) documents. */
    long documentCount() throws IOException;

    /**
     * The names and dates of stored documents, for the readers of entries they told (the archive's timeline entries
     * carry their documents' ids: {@code TimelineEntry.Source.documentId}); ids of no stored document are left out.
     */
    java.util.Map<String, DocumentLabel> labels(java.util.Collection<String> ids) throws IOException;
}
