package org.annals.cli;

import org.annals.archive.ArchiveQuery;
import org.annals.archive.SearchResult;
import org.annals.timeline.TimelineEntry;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A search result for people: counts, ranked documents with their snippets, ranked entries, facets. Snippets are
 * plain text with the matches in {@code [brackets]}.
 */
final class SearchTextWriter {

    private static final String MARK_OPEN = "<mark>";
    private static final String MARK_CLOSE = "</mark>";

    /** "(1-10 of 337; --offset 10 for the next)". */
    static String shown(ArchiveQuery q, int listed, long total) {
        long first = q.offset() + 1L;
        long last = q.offset() + (long) listed;
        return "(" + first + "-" + last + " of " + total + (last < total ? "; --offset " + last + " for the next" : "")
                + ")";
    }

    void write(ArchiveQuery q, SearchResult r, PrintStream out) {
        out.printf(Locale.ROOT, "%d documents, %d entries%s%s%n", r.totalDocuments(), r.totalEntries(),
                q.text() == null || q.text().isBlank() ? "" : " for \"" + q.text() + "\"", range(q));
        if (!r.documents().isEmpty()) {
            out.println();
            out.println("Documents " + shown(q, r.documents().size(), r.totalDocuments()));
        }
        int rank = q.offset();
        for (SearchResult.DocumentHit d : r.documents()) {
            out.printf(Locale.ROOT, "%3d. %s  [%s]  %s%s%n", ++rank, d.name() == null ? "(no title)" : d.name(),
                    d.dct() == null ? "no date" : d.dct(), d.id(),
                    d.score() > 0 ? String.format(Locale.ROOT, "  score %.2f", d.score()) : "");
            if (d.url() != null) {
                out.println("     " + d.url());
            }
            for (String s : d.snippets()) {
                out.println("     " + plain(s));
            }
        }
        if (!r.entries().isEmpty()) {
            out.println();
            out.println("Entries " + shown(q, r.entries().size(), r.totalEntries()));
        }
        for (SearchResult.EntryHit e : r.entries()) {
            TimelineEntry t = e.entry();
            String when = t.value() + (t.mod() == null ? "" : " " + t.mod());
            out.printf(Locale.ROOT, "  %-22s %-14s %s  (%s)%n", when, t.event(), t.text(),
                    t.sources().isEmpty() ? e.documentId() : t.sources().get(0).document());
            out.println("     " + plain(e.snippet()));
        }
        SearchResult.Facets f = r.facets();
        if (r.totalEntries() > 0) {
            out.println();
            facet(out, "Years", f.years());
            facet(out, "Months", f.months());
            facet(out, "Participants", f.participants());
            facet(out, "Places", f.places());
        }
        out.flush();
    }

    private static String range(ArchiveQuery q) {
        if (q.from() == null && q.to() == null) {
            return "";
        }
        return " from " + (q.from() == null ? "the beginning" : q.from()) + " to "
                + (q.to() == null ? "the end" : q.to());
    }

    private static void facet(PrintStream out, String name, List<SearchResult.Count> counts) {
        if (!counts.isEmpty()) {
            out.println(name + ": " + counts.stream().map(c -> c.value() + " (" + c.count() + ")")
                    .collect(Collectors.joining(", ")));
        }
    }

    /** A snippet as plain text: marks as brackets, HTML entities decoded. */
    static String plain(String html) {
        return html.replace(MARK_OPEN, "[").replace(MARK_CLOSE, "]").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
