package org.annals.archive;

import org.annals.model.Timex;
import org.annals.timeline.TimelineEntry;

import java.util.List;

/**
 * A document as stored: its text and the annotations found in it.
 *
 * @param id       the archive id (a hash of the content)
 * @param source   where it came from (file name, jsonl id)
 * @param title    the title, or null
 * @param url      the URL, or null
 * @param dct      the document date (TIMEX3 value), or null when the document has none (none given or found)
 * @param dctFrom  where the document date came from ({@code header}, {@code byline}, {@code argument}...), or
 *                 {@code none}; null for a document stored before annals recorded it
 * @param genre    "news" or "narrative", as decided when it was tagged
 * @param text     the text that was tagged
 * @param timexes  its time expressions (offsets into text)
 * @param entries  its timeline entries, chronological
 * @param provenance how and when it came in; null for a document stored before annals recorded it
 */
public record StoredDocument(String id, String source, String title, String url, String dct, String dctFrom,
                             String genre,
                             String text, List<Timex> timexes, List<TimelineEntry> entries, Provenance provenance) {
}
