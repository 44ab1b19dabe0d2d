package org.annals.io;

import org.annals.model.Document;

/**
 * Reads plain UTF-8 text: the document text is the whole file, unchanged except that a leading byte order mark is
 * removed. Malformed UTF-8 is an error naming its byte offset. The document date is left null (the tagger looks for a
 * byline itself).
 */
public final class PlainTextReader {

    private PlainTextReader() {
    }

    /**
     * @param name  the document name (used as its source and in error messages)
     * @param bytes the file content
     */
    public static Document read(String name, byte[] bytes) throws ReadException {
        return Document.of(name, Decoding.utf8(name, bytes));
    }
}
