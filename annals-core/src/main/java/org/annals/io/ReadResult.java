package org.annals.io;

import org.annals.model.Document;

import java.util.Objects;

/**
 * One document read from an input, or why one record of the input could not be read: a file holding many documents
 * (JSON Lines) gives one result per record, so that a bad record is reported and the others are still read.
 *
 * @param document the document, or null when it could not be read
 * @param error    the problem (its message names the file, and the line for JSON Lines), or null when read
 */
public record ReadResult(Document document, ReadException error) {

    public ReadResult {
        if ((document == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of document and error must be given");
        }
    }

    public static ReadResult of(Document document) {
        return new ReadResult(Objects.requireNonNull(document, "document"), null);
    }

    public static ReadResult failed(ReadException error) {
        return new ReadResult(null, Objects.requireNonNull(error, "error"));
    }

    /** True when the document was read. */
    public boolean ok() {
        return document != null;
    }
}
