package org.annals.server;

import org.annals.model.Document;
import org.annals.model.Genre;

import java.util.Objects;

/**
 * A document sent to the API and how to read it.
 *
 * @param document the document (with its date when the request gave one)
 * @param genre    the genre asked for, or null for the server's default (auto)
 */
record DocumentRequest(Document document, Genre genre) {

    DocumentRequest {
        Objects.requireNonNull(document, "document");
    }
}
