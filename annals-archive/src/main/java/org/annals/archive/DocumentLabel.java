package org.annals.archive;

/**
 * How a stored document is named to a reader beside an entry it told: its id (to open it), its name (the title, else
 * its first line, else its source: {@link SearchResult#name}) and its date (ISO, null when it has none).
 *
 * @param id   the content id
 * @param name the title, first line or source
 * @param dct  the document date, or null
 */
public record DocumentLabel(String id, String name, String dct) {
}
