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
        Decoding.Decoded d = Decoding.detect(name, bytes);
        return Document.of(name, d.text()).withCharset(d.charset().name());
    }

    /**
     * Plain text in the charset the caller says it is in (an HTTP {@code Content-Type}): decoded strictly, malformed or
     * unmappable bytes an error naming their byte offset.
     */
    public static Document read(String name, byte[] bytes, java.nio.charset.Charset charset) throws ReadException {
        return Document.of(name, Decoding.decode(name, bytes, charset)).withCharset(charset.name());
    }
}
