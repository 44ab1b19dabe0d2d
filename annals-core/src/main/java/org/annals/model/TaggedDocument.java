package org.annals.model;

import java.util.List;

/**
 * A document with its time expressions.
 *
 * @param document the input document
 * @param date     the document date actually used (given, from a header, from a byline, or today)
 * @param genre    the genre used to anchor relative expressions (never AUTO)
 * @param timexes  the time expressions in text order, not overlapping
 */
public record TaggedDocument(Document document, DocumentDate date, Genre genre, List<Timex> timexes) {

    public TaggedDocument {
        timexes = List.copyOf(timexes);
    }

    public String text() {
        return document.text();
    }

    public String source() {
        return document.source();
    }

    /**
     * What a reader of the output should know about how far to trust it: today, that a document in a language other
     * than English had its time expressions looked for with English rules. Empty when there is nothing to say.
     */
    public List<String> warnings() {
        String lang = document.language();
        if (lang == null || lang.equals("en")) {
            return List.of();
        }
        return List.of("time expressions are tagged in English only; this document is in " + lang);
    }
}
