package org.annals.io;

import org.annals.model.Document;
import org.annals.model.DocumentDate;

import java.time.LocalDate;

/**
 * Reads ACE/WikiWars SGML ({@code .sgm}): the text is the content of {@code <TEXT>} (inner tags removed, nothing
 * else changed: no entity decoding, no trimming), the date comes from {@code <DATETIME>}
 * ({@link DocumentDate.Source#HEADER}) and the source from {@code <DOCID>} (else the given name). The input is UTF-8
 * and is scanned, not parsed as XML, so stray {@code '&'} and {@code '<'} are fine.
 */
public final class SgmlReader {

    private SgmlReader() {
    }

    /**
     * @param name  the file name (used in error messages, and as the source when there is no DOCID)
     * @param bytes the file content
     */
    public static Document read(String name, byte[] bytes) throws ReadException {
        SgmlDoc d = SgmlDoc.parse(name, Decoding.utf8(name, bytes), false);
        return document(name, d);
    }

    static Document document(String name, SgmlDoc d) {
        LocalDate date = Dates.datePart(d.datetime());
        String source = d.docid() == null || d.docid().isEmpty() ? name : d.docid();
        return new Document(source, d.text(), date == null ? null : DocumentDate.of(date, DocumentDate.Source.HEADER),
                null);
    }
}
