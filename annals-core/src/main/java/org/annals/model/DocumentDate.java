package org.annals.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * The document creation time (publication date) and where it came from. A document without one has none (null):
 * annals never makes one up; JSON then says {@code {"value": null, "from": "none"}}.
 *
 * @param value the date
 * @param from  how it was obtained
 */
public record DocumentDate(LocalDate value, Source from) {

    /** Where a document date came from. */
    public enum Source {
        /** Given by the caller (e.g. {@code --dct}). */
        ARGUMENT,
        /** A header of the file: TimeML {@code <DCT>}, SGML {@code <DATETIME>}, a JSON Lines field. */
        HEADER,
        /** An HTML page's meta tags or {@code <time datetime>} ({@code article:published_time}, {@code dc.date}...). */
        HTML_META,
        /** An HTML page's JSON-LD ({@code datePublished}). */
        JSON_LD,
        /** The page's own address ({@code /2014/05/18/}). */
        URL,
        /** Found in the text itself: a byline or dateline near the top. */
        BYLINE,
        /** Today's date, because the caller asked for it ({@code --dct today}); never taken without asking. */
        TODAY;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public DocumentDate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(from, "from");
    }

    public static DocumentDate of(LocalDate value, Source from) {
        return new DocumentDate(value, from);
    }
}
