package org.annals.archive;

import java.time.LocalDate;

/**
 * What to look for: free text (Lucene query syntax; blank: everything) and a time range. An entry matches the range
 * when its interval intersects [from, to]; either bound may be null (open).
 *
 * @param text  the query text, or null/blank for all
 * @param from  the first day of the range, or null
 * @param to    the last day of the range, or null
 * @param limit the most hits of each kind to return
 */
public record ArchiveQuery(String text, LocalDate from, LocalDate to, int limit) {

    public ArchiveQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    public static ArchiveQuery text(String text) {
        return new ArchiveQuery(text, null, null, 20);
    }
}
