package org.annals.io;

import org.annals.gold.AnnotatedDocument;

/**
 * Reads WikiWars "keyinline" files ({@code .key.xml}): SGML like {@link SgmlReader}'s input with inline TIMEX2
 * annotations. The text is the TEXT content with the tags removed (so it equals the text of the corresponding
 * {@code .sgm}); every TIMEX2 of TEXT, nested ones included, becomes a gold expression with {@code val} as its value,
 * {@code mod} as its mod, no type, and {@code id} (when present) as its id. The document date is the {@code val} of
 * the TIMEX2 in DATETIME (else DATETIME's text). Unbalanced TIMEX2 tags in TEXT are an error.
 */
public final class Timex2KeyReader {

    private Timex2KeyReader() {
    }

    /**
     * @param name  the file name (used in error messages, and as the source when there is no DOCID)
     * @param bytes the file content (UTF-8)
     */
    public static AnnotatedDocument read(String name, byte[] bytes) throws ReadException {
        SgmlDoc d = SgmlDoc.parse(name, Decoding.utf8(name, bytes), true);
        return new AnnotatedDocument(SgmlReader.document(name, d), d.timex2());
    }
}
