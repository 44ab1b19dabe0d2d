package org.annals.archive;

import org.annals.timeline.AboutEntity;
import org.annals.timeline.HiddenEntries;

import java.time.LocalDate;

/**
 * What to look for: free text (Lucene query syntax; blank: everything) and a time range. An entry matches the range
 * when its interval intersects [from, to]; either bound may be null (open).
 *
 * @param text  the query text, or null/blank for all
 * @param from  the first day of the range, or null
 * @param to    the last day of the range, or null
 * @param limit  the most hits of each kind to return
 * @param offset how many hits of each kind to skip first, in their order (paging: 0, then limit, 2 limit...)
 * @param hide   entries left out (kinds, predicates) before counting and paging; documents are not affected. Entries
 *               stored before kinds and predicates were indexed are never left out.
 * @param about  only the entries where this entity is an agent or patient (null: all), before counting and paging;
 *               documents are not affected. Entries stored before arguments were found are never about anyone.
 */
public record ArchiveQuery(String text, LocalDate from, LocalDate to, int limit, int offset, HiddenEntries hide,
                           AboutEntity about) {

    /** The most hits one query may reach (offset and limit together). */
    public static final int MAX_REACH = 100_000;

    public ArchiveQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        if (offset < 0 || (long) offset + limit > MAX_REACH) {
            throw new IllegalArgumentException("offset must be 0.." + (MAX_REACH - limit) + ": " + offset);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        if (hide == null) {
            hide = HiddenEntries.NONE;
        }
    }

    /** A page about everyone. */
    public ArchiveQuery(String text, LocalDate from, LocalDate to, int limit, int offset, HiddenEntries hide) {
        this(text, from, to, limit, offset, hide, null);
    }

    /** The same query about an entity (null: everyone). */
    public ArchiveQuery about(AboutEntity entity) {
        return new ArchiveQuery(text, from, to, limit, offset, hide, entity);
    }

    /** A page with nothing hidden. */
    public ArchiveQuery(String text, LocalDate from, LocalDate to, int limit, int offset) {
        this(text, from, to, limit, offset, HiddenEntries.NONE);
    }

    /** The first page: no offset. */
    public ArchiveQuery(String text, LocalDate from, LocalDate to, int limit) {
        this(text, from, to, limit, 0);
    }

    public static ArchiveQuery text(String text) {
        return new ArchiveQuery(text, null, null, 20);
    }

    /** How many hits of each kind to collect: the skipped and the returned. */
    int reach() {
        return offset + limit;
    }
}
