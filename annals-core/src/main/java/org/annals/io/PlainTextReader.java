package org.annals.io;

import org.annals.model.Document;

/**
 * Reads plain text: the document text is the whole file, unchanged except that a leading byte order mark is removed.
 * Valid UTF-8 is UTF-8; other bytes are decoded in the charset detected for them (a Latin-1 file is read, not refused;
 * {@link Decoding#detected}); bytes no charset decodes are an error naming the byte offset of the first one that is no
 * UTF-8. The document date is left null (the tagger looks for a byline itself).
 */
public final class PlainTextReader {

    private PlainTextReader() {
    }

    /**
     * @param name  the document name (used as its source and in error messages)
     * @param bytes the file content
     */
    public static Document read(String name, byte[] bytes) throws ReadException {
        return Document.of(name, Decoding.detected(name, bytes));
    }
}
