package org.annals.api;

import java.util.Objects;

/**
 * A document to tag: its text and, when known, its date.
 *
 * <p>Offsets reported for the document's time expressions are UTF-16 offsets into {@link #text()}. For TimeML and
 * SGML input that is the content of the {@code TEXT} element (markup removed, characters otherwise unchanged); for
 * plain text it is the whole file.
 *
 * @param source a name for the document (file path, id, URL); never null
 * @param text   the text to tag; never null
 * @param date   the document date when the input or the caller gave one, else null (annals then looks for it in the
 *               text, and falls back to today)
 * @param title  a title, or null
 */
public record Document(String source, String text, DocumentDate date, String title) {

    public Document {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
    }

    public static Document of(String source, String text) {
        return new Document(source, text, null, null);
    }

    public Document withDate(DocumentDate d) {
        return new Document(source, text, d, title);
    }
}
