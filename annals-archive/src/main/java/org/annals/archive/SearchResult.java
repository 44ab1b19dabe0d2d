package org.annals.archive;

import java.util.List;

/**
 * The answer to an {@link ArchiveQuery}.
 *
 * @param totalDocuments documents matching
 * @param documents      the best documents, ranked
 * @param totalEntries   timeline entries matching
 * @param entries        the best entries, ranked
 * @param facets         counts over all matching entries
 */
public record SearchResult(long totalDocuments, List<DocumentHit> documents, long totalEntries,
                           List<EntryHit> entries, Facets facets) {

    /**
     * A matching document.
     *
     * @param snippets   text fragments with the query terms marked by {@code <mark>}...{@code </mark>} (other text
     *                   HTML-escaped)
     * @param provenance how and when it came in (without the client); null when stored without one
     * @param name       what to call it for a reader: its title, else its text's first line (up to {@value
     *                   #NAME_CHARS} characters), else its source (the file name); never the id
     */
    public record DocumentHit(String id, String title, String url, String dct, float score, List<String> snippets,
                              Provenance provenance, String name) {
    }

    /** How much of a first line names a document. */
    public static final int NAME_CHARS = 80;

    /** A document's name: its title, else its text's first non-blank line (shortened), else its source. */
    public static String name(String title, String text, String source) {
        if (title != null && !title.isBlank()) {
            return title.strip();
        }
        if (text != null) {
            for (String line : text.split("\\R", 20)) {
                String l = line.strip();
                if (!l.isEmpty()) {
                    return l.length() <= NAME_CHARS ? l : l.substring(0, NAME_CHARS).strip() + "\u2026";
                }
            }
        }
        return source;
    }

    /**
     * A matching timeline entry.
     *
     * @param documentId the document it comes from
     * @param entry      the entry (one source: that document)
     * @param snippet    its sentence, query terms marked as in {@link DocumentHit#snippets}
     */
    public record EntryHit(String documentId, org.annals.timeline.TimelineEntry entry, float score, String snippet) {
    }

    /** A value and how many matching entries have it. */
    public record Count(String value, long count) {
    }

    /**
     * @param years        entries per year ("1950"), chronological
     * @param months       entries per month ("1950-10"), chronological
     * @param participants the most frequent participants
     * @param places       the most frequent places
     */
    public record Facets(List<Count> years, List<Count> months, List<Count> participants, List<Count> places) {
    }
}
