package org.annals.archive;

import org.annals.model.Timex;
import org.annals.timeline.Timeline;
import org.annals.timeline.TimelineBuilder;
import org.annals.timeline.TimelineEntry;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the index through one searcher: turns an {@link ArchiveQuery} into Lucene queries (text AND time range, per
 * kind), ranks, highlights, counts facets, and reads stored documents and entries back.
 *
 * <p>Ranking: with query text, by relevance (BM25; title and event words count double); without, documents by
 * date and entries chronologically (by latest day, then earliest). Query text uses Lucene's classic syntax with AND
 * as the default operator. Not thread-safe: one per search.
 */
final class ArchiveSearch {

    /** Count every hit exactly (no early termination). */
    private static final int ALL = Integer.MAX_VALUE;
    /** Passages per document hit. */
    static final int DOCUMENT_PASSAGES = 2;
    private static final Sort DOCUMENTS_BY_DATE = new Sort(new SortField(IndexSchema.DCT_DAY, SortField.Type.LONG));
    private static final Sort CHRONOLOGICAL = new Sort(new SortField(IndexSchema.END, SortField.Type.LONG),
            new SortField(IndexSchema.START, SortField.Type.LONG));

    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final Highlighters highlighters;

    /** The snippet makers of one searcher (made once per searcher: they are thread-safe and cache field data). */
    record Highlighters(IndexSearcher searcher, Snippets sentences, Snippets whole) {

        static Highlighters of(IndexSearcher searcher, Analyzer analyzer) {
            return new Highlighters(searcher, Snippets.sentences(searcher, analyzer), Snippets.whole(searcher, analyzer));
        }
    }

    ArchiveSearch(Highlighters highlighters, Analyzer analyzer) {
        this.searcher = highlighters.searcher();
        this.analyzer = analyzer;
        this.highlighters = highlighters;
    }

    SearchResult search(ArchiveQuery q) throws IOException {
        Query text = text(q.text());
        Query documents = query(IndexSchema.KIND_DOCUMENT, text, q);
        Query entries = query(IndexSchema.KIND_ENTRY, text, q);
        TopDocs docHits = page(text == null
                ? searcher.search(documents, new TopFieldCollectorManager(DOCUMENTS_BY_DATE, q.reach(), ALL))
                : searcher.search(documents, new TopScoreDocCollectorManager(q.reach(), ALL)), q.offset());
        Object[] entryResults = searcher.search(entries, new MultiCollectorManager(text == null
                ? new TopFieldCollectorManager(CHRONOLOGICAL, q.reach(), ALL)
                : new TopScoreDocCollectorManager(q.reach(), ALL), new FacetCounter()));
        TopDocs entryHits = page((TopDocs) entryResults[0], q.offset());
        SearchResult.Facets facets = (SearchResult.Facets) entryResults[1];
        Query highlighted = text == null ? new MatchAllDocsQuery() : text;
        return new SearchResult(docHits.totalHits.value(), documentHits(docHits, highlighted),
                entryHits.totalHits.value(), entryHits(entryHits, highlighted), facets);
    }

    /** The matching entries (the best {@code limit} by relevance, or the first chronologically), merged. */
    Timeline timeline(ArchiveQuery q) throws IOException {
        Query text = text(q.text());
        Query entries = query(IndexSchema.KIND_ENTRY, text, q);
        TopDocs hits = page(text == null
                ? searcher.search(entries, new TopFieldCollectorManager(CHRONOLOGICAL, q.reach(), ALL))
                : searcher.search(entries, new TopScoreDocCollectorManager(q.reach(), ALL)), q.offset());
        StoredFields stored = searcher.storedFields();
        Map<String, List<Positioned>> byDocument = new LinkedHashMap<>();
        for (ScoreDoc sd : hits.scoreDocs) {
            org.apache.lucene.document.Document d = stored.document(sd.doc);
            byDocument.computeIfAbsent(d.get(IndexSchema.OWNER), k -> new ArrayList<>())
                    .add(new Positioned(sd.doc, StoredJson.entry(d.get(IndexSchema.ENTRY_JSON))
                            .inArchiveDocument(d.get(IndexSchema.OWNER))));
        }
        // documents in a stable order (by id), each document's entries in its own timeline's order
        List<Timeline> perDocument = new ArrayList<>();
        byDocument.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> perDocument.add(new Timeline(
                e.getValue().stream().sorted(Comparator.comparingInt(Positioned::doc)).map(Positioned::entry)
                        .toList())));
        return new TimelineBuilder().merge(perDocument);
    }

    /** How many entries match the query (all pages). */
    long entryCount(ArchiveQuery q) throws IOException {
        return searcher.count(query(IndexSchema.KIND_ENTRY, text(q.text()), q));
    }

    /** The hits after the first {@code offset}, with the total of all. */
    private static TopDocs page(TopDocs all, int offset) {
        if (offset == 0) {
            return all;
        }
        ScoreDoc[] docs = all.scoreDocs;
        return new TopDocs(all.totalHits, offset >= docs.length ? new ScoreDoc[0]
                : java.util.Arrays.copyOfRange(docs, offset, docs.length));
    }

    /** A stored entry and its Lucene doc id (entries of a document are added in order, in one block). */
    private record Positioned(int doc, TimelineEntry entry) {
    }

    /** The fields a document's label is made of. */
    private static final java.util.Set<String> LABEL_FIELDS = java.util.Set.of(IndexSchema.ID, IndexSchema.TITLE,
            IndexSchema.TEXT, IndexSchema.SOURCE, IndexSchema.DCT);

    /** The names and dates of the stored documents of these ids (in their order; unknown ids left out). */
    Map<String, DocumentLabel> labels(java.util.Collection<String> ids) throws IOException {
        Map<String, DocumentLabel> out = new LinkedHashMap<>();
        StoredFields stored = searcher.storedFields();
        for (String id : ids) {
            if (out.containsKey(id)) {
                continue;
            }
            Query q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOCUMENT)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(IndexSchema.ID, id)), BooleanClause.Occur.FILTER).build();
            TopDocs top = searcher.search(q, 1);
            if (top.scoreDocs.length > 0) {
                org.apache.lucene.document.Document d = stored.document(top.scoreDocs[0].doc, LABEL_FIELDS);
                out.put(id, new DocumentLabel(id, SearchResult.name(d.get(IndexSchema.TITLE), d.get(IndexSchema.TEXT),
                        d.get(IndexSchema.SOURCE)), d.get(IndexSchema.DCT)));
            }
        }
        return out;
    }

    Optional<StoredDocument> document(String id) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOCUMENT)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexSchema.ID, id)), BooleanClause.Occur.FILTER).build();
        TopDocs top = searcher.search(q, 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        org.apache.lucene.document.Document d = searcher.storedFields().document(top.scoreDocs[0].doc);
        Query owned = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_ENTRY)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexSchema.OWNER, id)), BooleanClause.Occur.FILTER).build();
        int n = Math.max(1, searcher.count(owned));
        TopDocs entryDocs = searcher.search(owned, n,
                new Sort(new SortField(IndexSchema.POSITION, SortField.Type.LONG)));
        StoredFields stored = searcher.storedFields();
        List<TimelineEntry> entries = new ArrayList<>(entryDocs.scoreDocs.length);
        for (ScoreDoc sd : entryDocs.scoreDocs) {
            entries.add(StoredJson.entry(stored.document(sd.doc).get(IndexSchema.ENTRY_JSON)));
        }
        List<Timex> timexes = StoredJson.timexes(d.get(IndexSchema.TIMEXES_JSON));
        return Optional.of(new StoredDocument(id, d.get(IndexSchema.SOURCE), d.get(IndexSchema.TITLE),
                d.get(IndexSchema.URL), d.get(IndexSchema.DCT), d.get(IndexSchema.DCT_FROM), d.get(IndexSchema.GENRE),
                d.get(IndexSchema.TEXT),
                timexes, entries, provenance(d)));
    }

    /** The provenance stored with a document, or null when it was stored without one. */
    static Provenance provenance(org.apache.lucene.document.Document d) {
        String at = d.get(IndexSchema.INGESTED_AT);
        Provenance.Via via = Provenance.Via.ofLabel(d.get(IndexSchema.INGESTED_VIA));
        if (at == null || via == null) {
            return null;
        }
        try {
            return new Provenance(java.time.Instant.parse(at), via, d.get(IndexSchema.INGESTED_FROM));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Whether a live document has this id: the id's postings looked up in each segment (what a count of a term query
     * finds, without building and running a query: ingest asks this for every document).
     */
    boolean contains(String id) throws IOException {
        BytesRef term = new BytesRef(id);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(IndexSchema.ID);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            if (!te.seekExact(term)) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            PostingsEnum docs = te.postings(null, PostingsEnum.NONE);
            for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                if (live == null || live.get(d)) {
                    return true;
                }
            }
        }
        return false;
    }

    long documentCount() throws IOException {
        return searcher.count(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOCUMENT)));
    }

    /** The parsed query text, or null when blank. */
    private Query text(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(
                IndexSchema.SEARCHED.keySet().stream().sorted().toArray(String[]::new), analyzer,
                IndexSchema.SEARCHED);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            // what is wrong, in words; the parser's own message (tokens, line, column) helps no reader
            throw new IllegalArgumentException(QueryProblems.explain(text), e);
        }
    }

    private static Query query(String kind, Query text, ArchiveQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.KIND, kind)), BooleanClause.Occur.FILTER);
        if (text != null) {
            b.add(text, BooleanClause.Occur.MUST);
        }
        if (q.from() != null || q.to() != null) {
            b.add(range(q.from(), q.to()), BooleanClause.Occur.FILTER);
        }
        if (kind.equals(IndexSchema.KIND_ENTRY)) { // what the reader hides is neither counted nor paged through
            for (org.annals.event.EventClass k : q.hide().kinds()) {
                b.add(new TermQuery(new Term(IndexSchema.EVENT_KIND, k.label())), BooleanClause.Occur.MUST_NOT);
            }
            for (String p : q.hide().predicates()) {
                b.add(new TermQuery(new Term(IndexSchema.PREDICATE, p)), BooleanClause.Occur.MUST_NOT);
            }
            if (q.about() != null) { // one of the entity's names among the names its agents and patients answer to
                BooleanQuery.Builder names = new BooleanQuery.Builder();
                for (String n : q.about().names()) {
                    names.add(new TermQuery(new Term(IndexSchema.ABOUT, n)), BooleanClause.Occur.SHOULD);
                }
                b.add(names.build(), BooleanClause.Occur.FILTER);
            }
        }
        return b.build();
    }

    /** Every range that shares a day with [from, to] (null: open). */
    static Query range(LocalDate from, LocalDate to) {
        long min = from == null ? Long.MIN_VALUE : from.toEpochDay();
        long max = to == null ? Long.MAX_VALUE : to.toEpochDay();
        return LongRange.newIntersectsQuery(IndexSchema.WHEN, new long[] {min}, new long[] {max});
    }

    private List<SearchResult.DocumentHit> documentHits(TopDocs hits, Query highlighted) throws IOException {
        int[] ids = Arrays.stream(hits.scoreDocs).mapToInt(sd -> sd.doc).toArray();
        List<List<String>> snippets = highlighters.sentences().of(IndexSchema.TEXT, highlighted, ids,
                DOCUMENT_PASSAGES);
        StoredFields stored = searcher.storedFields();
        List<SearchResult.DocumentHit> out = new ArrayList<>(ids.length);
        for (int k = 0; k < ids.length; k++) {
            org.apache.lucene.document.Document d = stored.document(ids[k], IndexSchema.STORED_FOR_HITS);
            out.add(new SearchResult.DocumentHit(d.get(IndexSchema.ID), d.get(IndexSchema.TITLE),
                    d.get(IndexSchema.URL), d.get(IndexSchema.DCT), score(hits.scoreDocs[k]), snippets.get(k),
                    provenance(d), SearchResult.name(d.get(IndexSchema.TITLE), d.get(IndexSchema.TEXT),
                            d.get(IndexSchema.SOURCE))));
        }
        return out;
    }

    private List<SearchResult.EntryHit> entryHits(TopDocs hits, Query highlighted) throws IOException {
        int[] ids = Arrays.stream(hits.scoreDocs).mapToInt(sd -> sd.doc).toArray();
        List<List<String>> snippets = highlighters.whole().of(IndexSchema.TEXT, highlighted, ids, 1);
        StoredFields stored = searcher.storedFields();
        List<SearchResult.EntryHit> out = new ArrayList<>(ids.length);
        for (int k = 0; k < ids.length; k++) {
            org.apache.lucene.document.Document d = stored.document(ids[k]);
            List<String> s = snippets.get(k);
            out.add(new SearchResult.EntryHit(d.get(IndexSchema.OWNER),
                    StoredJson.entry(d.get(IndexSchema.ENTRY_JSON)), score(hits.scoreDocs[k]),
                    s.isEmpty() ? "" : s.get(0)));
        }
        return out;
    }

    /** The relevance score, or 0 when hits were sorted by date rather than scored. */
    private static float score(ScoreDoc sd) {
        return Float.isNaN(sd.score) ? 0f : sd.score;
    }
}
