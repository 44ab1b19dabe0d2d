package org.annals.api;

import org.annals.tagger.Pipeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The one entry point of annals, used by the library, the CLI, the server and the Spark job alike.
 *
 * <p>Immutable and thread-safe: build one and share it.
 * <pre>{@code
 * Annals annals = Annals.builder().genre(Genre.AUTO).build();
 * TaggedDocument tagged = annals.tag(Document.of("korea.txt", text));
 * }</pre>
 */
public final class Annals {

    private final Genre genre;
    private final Clock clock;
    private final Pipeline pipeline;

    private Annals(Builder b) {
        this.genre = b.genre;
        this.clock = b.clock;
        this.pipeline = Pipeline.english();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** An instance with the default settings (genre AUTO, system clock). */
    public static Annals create() {
        return builder().build();
    }

    public Genre genre() {
        return genre;
    }

    /**
     * Finds and normalizes the time expressions of a document. The document date is the document's own, else one
     * found in its text (byline, dateline), else today.
     */
    public TaggedDocument tag(Document document) {
        Objects.requireNonNull(document, "document");
        return pipeline.tag(document, genre, LocalDate.now(clock));
    }

    /** Tags a text with a given document date (null: look for it in the text). */
    public TaggedDocument tag(String text, LocalDate documentDate) {
        Document d = Document.of("text", text);
        if (documentDate != null) {
            d = d.withDate(DocumentDate.of(documentDate, DocumentDate.Source.ARGUMENT));
        }
        return tag(d);
    }

    /** Settings for an {@link Annals}. */
    public static final class Builder {
        private Genre genre = Genre.AUTO;
        private Clock clock = Clock.systemDefaultZone();

        private Builder() {
        }

        /** How relative expressions are anchored; AUTO (the default) decides per document. */
        public Builder genre(Genre g) {
            this.genre = Objects.requireNonNull(g, "genre");
            return this;
        }

        /** The clock used for "today" when a document has no date. */
        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c, "clock");
            return this;
        }

        public Annals build() {
            return new Annals(this);
        }
    }
}
