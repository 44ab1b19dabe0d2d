package org.annals.archive;

import org.annals.api.Annals;
import org.annals.event.LinkedDocument;
import org.annals.model.Document;
import org.annals.timeline.Timeline;
import org.annals.timeline.TimelineBuilder;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The archive in an embedded Lucene index in a folder (schema: {@link IndexSchema}, {@code docs/archive.md}).
 *
 * <p><b>Ingest.</b> A document's id is the hash of its text ({@link ContentId}); a document already stored, or being
 * stored by another thread, is skipped before it is analysed, so re-ingesting (or resuming an interrupted run) costs
 * little more than reading and hashing. The document and its entries are added as one block, atomically.
 *
 * <p><b>Durability.</b> Added documents become durable and visible to searches at the next {@link #commit}: the
 * archive commits by itself every {@code commitEvery} added documents and on {@link #close}. A process killed
 * between commits loses only the documents added since the last one; they are stored again when the ingest is
 * re-run. Lucene commits are atomic: the index is always the last commit, whole.
 *
 * <p><b>Threads.</b> One instance serves many threads: analysis runs in the calling thread, the {@link IndexWriter}
 * and {@link SearcherManager} are shared. Only one process may open a folder for writing (Lucene's write lock);
 * others may open it {@linkplain #openReadOnly read-only} and see each commit.
 */
public final class LuceneArchive implements Archive {

    /** Documents added between automatic commits by default. */
    public static final int DEFAULT_COMMIT_EVERY = 500;
    /** How long a read-only archive goes without looking for a newer commit. */
    private static final long READ_ONLY_REFRESH_NANOS = 1_000_000_000L;
    private static final double RAM_BUFFER_MB = 64;

    private final Path folder;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /**
     * Searchers that search the slices of a large index on several threads at once (a range over hundreds of
     * thousands of entries, counted for facets, is the slowest query): one daemon pool per JVM, a thread a core.
     */
    private static final SearcherFactory SEARCHERS = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
            return new IndexSearcher(reader, SearchThreads.POOL);
        }
    };

    /** The search threads, made on first use. */
    private static final class SearchThreads {
        static final java.util.concurrent.ExecutorService POOL = java.util.concurrent.Executors.newFixedThreadPool(
                Runtime.getRuntime().availableProcessors(), r -> {
                    Thread t = new Thread(r, "annals-search");
                    t.setDaemon(true);
                    return t;
                });
    }
    private final Analyzer analyzer;
    private final Annals annals;
    private final TimelineBuilder timelines = new TimelineBuilder();
    private final int commitEvery;
    /** Ids added or being added that a searcher may not show yet: a claim on them is a duplicate. */
    private final Set<String> unsettled = ConcurrentHashMap.newKeySet();
    private final Object addedLock = new Object();
    /** Ids added to the writer since the last commit (guarded by {@link #addedLock}). */
    private List<String> added = new ArrayList<>();
    private final Object commitLock = new Object();
    private volatile long lastRefresh = System.nanoTime();
    /** The highlighters of the latest searcher. */
    private volatile ArchiveSearch.Highlighters highlighters;

    private LuceneArchive(Path folder, Directory directory, IndexWriter writer, SearcherManager searchers,
                          Annals annals, int commitEvery) {
        this.folder = folder;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.analyzer = IndexSchema.analyzer();
        this.annals = annals;
        this.commitEvery = commitEvery;
    }

    /** Opens (creating it if needed) the archive in a folder for reading and writing. */
    public static LuceneArchive open(Path folder, Annals annals) throws IOException {
        return open(folder, annals, DEFAULT_COMMIT_EVERY);
    }

    /**
     * Opens (creating it if needed) the archive in a folder for reading and writing.
     *
     * @param commitEvery commit after this many added documents; 0: only on {@link #commit} and {@link #close}
     */
    public static LuceneArchive open(Path folder, Annals annals, int commitEvery) throws IOException {
        Objects.requireNonNull(annals, "annals");
        if (commitEvery < 0) {
            throw new IllegalArgumentException("commitEvery must not be negative: " + commitEvery);
        }
        Files.createDirectories(folder);
        Directory directory = FSDirectory.open(folder);
        try {
            checkSchema(folder, directory);
            IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB)
                    .setUseCompoundFile(false);
            config.getMergePolicy().setNoCFSRatio(0.0);
            IndexWriter writer;
            try {
                writer = new IndexWriter(directory, config);
            } catch (org.apache.lucene.store.LockObtainFailedException e) {
                throw new ArchiveBusyException(folder, e);
            }
            writer.setLiveCommitData(Map.of(IndexSchema.VERSION_KEY, IndexSchema.VERSION).entrySet());
            if (!DirectoryReader.indexExists(directory)) {
                writer.commit();
            }
            return new LuceneArchive(folder, directory, writer, new SearcherManager(writer, SEARCHERS), annals,
                    commitEvery);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * Opens an existing archive for searching only (another process may be writing it: each search sees its latest
     * commit, looked for at most once a second).
     *
     * @throws IOException when the folder holds no archive
     */
    public static LuceneArchive openReadOnly(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("no archive at " + folder + " (no such folder)");
        }
        Directory directory = FSDirectory.open(folder);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw new IOException("no archive at " + folder + " (the folder holds no index)");
            }
            checkSchema(folder, directory);
            return new LuceneArchive(folder, directory, null, new SearcherManager(directory, SEARCHERS), null, 0);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static void checkSchema(Path folder, Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return;
        }
        String version = SegmentInfos.readLatestCommit(directory).getUserData().get(IndexSchema.VERSION_KEY);
        if (!IndexSchema.VERSION.equals(version)) {
            throw new IOException(folder + " is not an annals archive of schema " + IndexSchema.VERSION
                    + (version == null ? "" : " (it has schema " + version + ")")
                    + ": ingest into a new folder");
        }
    }

    /** The folder of the index. */
    public Path folder() {
        return folder;
    }

    /**
     * Stores a document unless its text is already stored. Durable and searchable after the next commit.
     *
     * @throws IllegalArgumentException when the document has no text
     * @throws IllegalStateException    when the archive was opened read-only
     */
    @Override
    public IngestResult ingest(Document document, Provenance provenance) throws IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(provenance, "provenance");
        writable();
        if (document.text().isBlank()) {
            throw new IllegalArgumentException(document.source() + ": no text to analyse");
        }
        String id = ContentId.of(document.text());
        if (!claim(id)) {
            return new IngestResult(id, false, 0, 0);
        }
        boolean stored = false;
        try {
            Analysis a = analyze(id, document, provenance);
            writer.addDocuments(IndexSchema.block(a));
            int pending;
            synchronized (addedLock) {
                added.add(id);
                pending = added.size();
            }
            stored = true;
            if (commitEvery > 0 && pending >= commitEvery) {
                commit();
            }
            return new IngestResult(id, true, a.tagged().timexes().size(), a.entries().size());
        } finally {
            if (!stored) {
                unsettled.remove(id);
            }
        }
    }

    /** Makes every document added so far durable and visible to searches. */
    @Override
    public void commit() throws IOException {
        if (writer == null) {
            return;
        }
        synchronized (commitLock) {
            List<String> committed;
            synchronized (addedLock) {
                committed = added;
                added = new ArrayList<>();
            }
            try {
                writer.commit();
                searchers.maybeRefreshBlocking();
            } catch (IOException | RuntimeException e) {
                synchronized (addedLock) {
                    added.addAll(committed);
                }
                throw e;
            }
            committed.forEach(unsettled::remove);
        }
    }

    @Override
    public SearchResult search(ArchiveQuery query) throws IOException {
        return read(s -> s.search(query));
    }

    @Override
    public Timeline timeline(ArchiveQuery query) throws IOException {
        return read(s -> s.timeline(query));
    }

    @Override
    public long entryCount(ArchiveQuery query) throws IOException {
        return read(s -> s.entryCount(query));
    }

    @Override
    public Optional<StoredDocument> document(String id) throws IOException {
        return read(s -> s.document(id));
    }

    @Override
    public java.util.Map<String, DocumentLabel> labels(java.util.Collection<String> ids) throws IOException {
        return read(s -> s.labels(ids));
    }

    @Override
    public long documentCount() throws IOException {
        return read(ArchiveSearch::documentCount);
    }

    /** Commits (when writable) and releases the index. */
    @Override
    public void close() throws IOException {
        try {
            if (writer != null) {
                commit();
            }
        } finally {
            try {
                searchers.close();
            } finally {
                try {
                    if (writer != null) {
                        writer.close();
                    }
                } finally {
                    directory.close();
                }
            }
        }
    }

    /** Claims an id for adding: false when it is stored, or being stored by another call. */
    private boolean claim(String id) throws IOException {
        if (!unsettled.add(id)) {
            return false;
        }
        if (read(s -> s.contains(id))) {
            unsettled.remove(id);
            return false;
        }
        return true;
    }

    private Analysis analyze(String id, Document document, Provenance provenance) {
        LinkedDocument linked = annals.anchor(document);
        return new Analysis(id, linked.document().tagged(), timelines.build(List.of(linked)).entries(), provenance);
    }

    private void writable() {
        if (writer == null) {
            throw new IllegalStateException("the archive at " + folder + " was opened read-only");
        }
    }

    private interface Reading<T> {
        T run(ArchiveSearch search) throws IOException;
    }

    private <T> T read(Reading<T> reading) throws IOException {
        if (writer == null && System.nanoTime() - lastRefresh > READ_ONLY_REFRESH_NANOS) {
            searchers.maybeRefresh();
            lastRefresh = System.nanoTime();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            ArchiveSearch.Highlighters h = highlighters;
            if (h == null || h.searcher() != searcher) {
                h = ArchiveSearch.Highlighters.of(searcher, analyzer);
                highlighters = h;
            }
            return reading.run(new ArchiveSearch(h, analyzer));
        } finally {
            searchers.release(searcher);
        }
    }
}
