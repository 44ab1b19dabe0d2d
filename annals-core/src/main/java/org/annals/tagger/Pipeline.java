package org.annals.tagger;

import org.annals.api.Document;
import org.annals.api.DocumentDate;
import org.annals.api.Genre;
import org.annals.api.TaggedDocument;

import java.time.LocalDate;
import java.util.List;

/** The tagging pipeline: tokens, extractors, refiners, resolver. Internal; use {@link org.annals.api.Annals}. */
public final class Pipeline {

    private Pipeline() {
    }

    public static Pipeline english() {
        return new Pipeline();
    }

    public TaggedDocument tag(Document document, Genre genre, LocalDate today) {
        DocumentDate date = document.date() != null ? document.date() : DocumentDate.of(today, DocumentDate.Source.TODAY);
        return new TaggedDocument(document, date, genre == Genre.AUTO ? Genre.NEWS : genre, List.of());
    }
}
