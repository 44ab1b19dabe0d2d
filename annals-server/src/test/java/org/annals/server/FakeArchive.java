package org.annals.server;

import org.annals.api.Annals;
import org.annals.archive.Archive;
import org.annals.archive.ArchiveQuery;
import org.annals.archive.IngestResult;
import org.annals.archive.Provenance;
import org.annals.archive.SearchResult;
import org.annals.archive.StoredDocument;
import org.annals.model.Document;
import org.annals.model.TaggedDocument;
import org.annals.timeline.Timeline;
import org.annals.timeline.TimelineEntry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-memory {@link Archive} for the server's tests (the Lucene archive lives in its own module): documents by a
 * content hash; a query matches entries whose text contains it (case-insensitive) and whose interval meets the range.
 */
final class FakeArchive implements Archive {

    private final Annals annals;
    private final Map<String, StoredDocument> documents = new ConcurrentHashMap<>();

    FakeArchive(Annals annals) {
        this.annals = annals;
    }

    @Override
    public synchronized IngestResult ingest(Document document, Provenance provenance) {
        String id = Integer.toHexString(document.text().hashCode());
        StoredDocument old = documents.get(id);
        if (old != null) {
            return new IngestResult(id, false, old.timexes().size(), old.entries().size());
        }
        TaggedDocument tagged = annals.tag(document);
        Timeline timeline = annals.timeline(List.of(document));
        StoredDocument stored = new StoredDocument(id, document.source(), document.title(), null,
                tagged.date() == null ? null : tagged.date().value().toString(),
                tagged.date() == null ? "none" : tagged.date().from().label(), tagged.genre().label(),
                document.text(), tagged.timexes(),
                timeline.entries(), provenance);
        documents.put(id, stored);
        return new IngestResult(id, true, stored.timexes().size(), stored.entries().size());
    }

    @Override
    public SearchResult search(ArchiveQuery query) {
        checkSyntax(query);
        List<SearchResult.DocumentHit> docs = new ArrayList<>();
        List<SearchResult.EntryHit> entries = new ArrayList<>();
        Map<String, Long> months = new TreeMap<>();
        Map<String, Long> years = new TreeMap<>();
        for (StoredDocument d : documents.values()) {
            boolean any = false;
            for (TimelineEntry e : d.entries()) {
                if (matches(e, query)) {
                    any = true;
                    entries.add(new SearchResult.EntryHit(d.id(), e, 1f, e.text()));
                    String month = e.interval().start().toString().substring(0, 7);
                    months.merge(month, 1L, Long::sum);
                    years.merge(month.substring(0, 4), 1L, Long::sum);
                }
            }
            if (any) {
                docs.add(new SearchResult.DocumentHit(d.id(), d.title(), d.url(), d.dct(), 1f,
                        List.of("<mark>" + d.source() + "</mark> &amp; more"), d.provenance(),
                        SearchResult.name(d.title(), d.text(), d.source())));
            }
        }
        return new SearchResult(docs.size(), docs.stream().limit(query.limit()).toList(), entries.size(),
                entries.stream().limit(query.limit()).toList(),
                new SearchResult.Facets(counts(years), counts(months), List.of(), List.of()));
    }

    @Override
    public Timeline timeline(ArchiveQuery query) {
        checkSyntax(query);
        List<TimelineEntry> all = new ArrayList<>();
        for (StoredDocument d : documents.values()) {
            d.entries().stream().filter(e -> matches(e, query)).map(e -> e.inArchiveDocument(d.id())).forEach(all::add);
        }
        all.sort((a, b) -> a.interval().compareTo(b.interval()));
        return new Timeline(all.subList(Math.min(all.size(), query.offset()),
                Math.min(all.size(), query.offset() + query.limit())));
    }

    @Override
    public long entryCount(ArchiveQuery query) {
        checkSyntax(query);
        long n = 0;
        for (StoredDocument d : documents.values()) {
            n += d.entries().stream().filter(e -> matches(e, query)).count();
        }
        return n;
    }

    @Override
    public Optional<StoredDocument> document(String id) {
        return Optional.ofNullable(documents.get(id));
    }

    @Override
    public Map<String, org.annals.archive.DocumentLabel> labels(java.util.Collection<String> ids) {
        Map<String, org.annals.archive.DocumentLabel> out = new java.util.LinkedHashMap<>();
        for (String id : ids) {
            StoredDocument d = documents.get(id);
            if (d != null) {
                out.put(id, new org.annals.archive.DocumentLabel(id, SearchResult.name(d.title(), d.text(), d.source()),
                        d.dct()));
            }
        }
        return out;
    }

    @Override
    public long documentCount() {
        return documents.size();
    }

    /** Everything is stored at once: nothing to commit. */
    @Override
    public void commit() {
    }

    @Override
    public void close() {
        documents.clear();
    }

    private static boolean matches(TimelineEntry e, ArchiveQuery q) {
        if (q.hide().hides(e)) {
            return false;
        }
        if (q.about() != null && !q.about().about(e)) {
            return false;
        }
        if (q.text() != null && !e.text().toLowerCase(Locale.ROOT).contains(q.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        LocalDate from = q.from();
        LocalDate to = q.to();
        return (from == null || !e.interval().end().isBefore(from)) && (to == null || !e.interval().start().isAfter(to));
    }

    private static List<SearchResult.Count> counts(Map<String, Long> m) {
        return m.entrySet().stream().map(x -> new SearchResult.Count(x.getKey(), x.getValue())).toList();
    }

    /** As the Lucene archive: query text it cannot parse (here: an unbalanced bracket) is refused. */
    private static void checkSyntax(ArchiveQuery query) {
        String t = query.text() == null ? "" : query.text();
        if (t.chars().filter(c -> c == '[').count() != t.chars().filter(c -> c == ']').count()) {
            throw new IllegalArgumentException(org.annals.archive.QueryProblems.explain(t));
        }
    }
}
