package org.annals.model;

import java.util.Objects;

/**
 * A document to tag: its text and, when known, its date.
 *
 * <p>Offsets reported for the document's time expressions are UTF-16 offsets into {@link #text()}. For TimeML and
 * SGML input that is the content of the {@code TEXT} element (markup removed, characters otherwise unchanged); for
 * plain text it is the whole file; for HTML the article text the reader extracted.
 *
 * @param source a name for the document (file path, id, URL); never null
 * @param text   the text to tag; never null
 * @param date   the document date when the input or the caller gave one, else null (annals then looks for it in the
 *               text, and falls back to today)
 * @param title  a title, or null
 * @param url    where the document was published (an HTML page's canonical URL, a JSON Lines {@code url}), or null
 * @param language the language the text is written in, an ISO 639-1 code ({@code en}, {@code de}), when the reader
 *                 could tell (an HTML page), else null; time expressions are tagged in English only
 * @param charset  the charset the input's bytes were read in ({@code UTF-8}, {@code windows-1252}), when the reader
 *                 decoded bytes, else null
 */
public record Document(String source, String text, DocumentDate date, String title, String url, String language,
                       String charset) {

    public Document {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
    }

    /** A document whose language and charset are unknown. */
    public Document(String source, String text, DocumentDate date, String title, String url) {
        this(source, text, date, title, url, null, null);
    }

    /** A document without URL (the form of the readers that have none). */
    public Document(String source, String text, DocumentDate date, String title) {
        this(source, text, date, title, null, null, null);
    }

    public static Document of(String source, String text) {
        return new Document(source, text, null, null, null, null, null);
    }

    public Document withDate(DocumentDate d) {
        return new Document(source, text, d, title, url, language, charset);
    }

    public Document withTitle(String t) {
        return new Document(source, text, date, t, url, language, charset);
    }

    public Document withUrl(String u) {
        return new Document(source, text, date, title, u, language, charset);
    }

    /** This document, its text known to be in {@code code} (ISO 639-1), or of unknown language for null. */
    public Document withLanguage(String code) {
        return new Document(source, text, date, title, url, code, charset);
    }

    /** This document, read from bytes in {@code name} (null: not known). */
    public Document withCharset(String name) {
        return new Document(source, text, date, title, url, language, name);
    }
}
