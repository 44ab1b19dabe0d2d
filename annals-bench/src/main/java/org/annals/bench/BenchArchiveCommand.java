package org.annals.bench;

import org.annals.cli.Io;

import org.annals.api.Annals;
import org.annals.archive.ArchiveQuery;
import org.annals.archive.LuceneArchive;
import org.annals.archive.QueryDates;
import org.annals.io.ReadException;
import org.annals.io.Readers;
import org.annals.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code annals bench-archive}: ingest throughput and search latency of the archive. */
@Command(name = "bench-archive", sortOptions = false, mixinStandardHelpOptions = true,
        headerHeading = "%n",
        header = "Measure archive ingest throughput and search latency.",
        description = {
            "A benchmark, not a test: it prints numbers and exits 0.",
            "1. Ingest: the TempEval-3 documents (.tml under --corpus) are ingested three times into a scratch index to"
                + " warm up (the analysis alone is then timed once), then again, each with a line '(copy k)' appended so that its hash differs, into the measured"
                + " index, on one thread: documents/s for the first pass (the corpus once), then for the whole build.",
            "2. The measured index is filled up to --documents documents with more copies.",
            "3. Search: a fixed set of queries (words, phrases, OR, time ranges, text and range) is run --rounds times"
                + " after a warm-up, one at a time, 10 hits each; prints p50, p99 and the slowest, and the index size.",
            "Without --index the indexes are made in a temporary folder and deleted at the end."})
final class BenchArchiveCommand implements Callable<Integer> {

    /** The queries timed: text (or null), from, to. */
    static final List<String[]> QUERIES = List.of(
            new String[] {"said", null, null},
            new String[] {"president", null, null},
            new String[] {"stock market", null, null},
            new String[] {"\"interest rates\"", null, null},
            new String[] {"oil OR gas", null, null},
            new String[] {"Iraq -Kuwait", null, null},
            new String[] {"earthquake", null, null},
            new String[] {"timex:1998", null, null},
            new String[] {"government", "1998", "1998"},
            new String[] {"shares", "1989-10", "1989-12"},
            new String[] {null, "1998-01", "1998-03"},
            new String[] {null, "1950", "1999"},
            new String[] {"war", "1990", "1991"},
            new String[] {"company announced", null, null});
    private static final int SEARCH_HITS = 10;
    private static final int WARMUP_ROUNDS = 20;
    /** Passes over the corpus into a scratch index before anything is measured. */
    private static final int WARMUP_PASSES = 3;

    @Spec
    private CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Directory searched for .tml files (default:"
            + " tempeval3-train in the shared corpora).")
    private Path corpus;

    @Option(names = "--documents", paramLabel = "N", defaultValue = "10000",
            description = "Documents in the index searched (default: ${DEFAULT-VALUE}).")
    private int documents;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "50",
            description = "Timed rounds over the queries (default: ${DEFAULT-VALUE}).")
    private int rounds;

    @Option(names = "--index", paramLabel = "DIR",
            description = "Build (or reuse, when it holds enough documents) the measured index here and keep it.")
    private Path index;

    private final Io io;

    BenchArchiveCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        if (documents < 1 || rounds < 1) {
            throw new ParameterException(spec.commandLine(), "--documents and --rounds must be at least 1");
        }
        Path dir = LoadCommand.corpus(spec, corpus);
        PrintStream out = io.out();
        List<Document> docs = read(dir);
        long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
        out.printf(Locale.ROOT, "corpus: %s: %d documents, %.1f KB of text on average%n", dir, docs.size(),
                chars / 1e3 / docs.size());
        Path scratch = Files.createTempDirectory("annals-bench-archive");
        try {
            Annals annals = Annals.create();
            Path measured = index != null ? index : scratch.resolve("measured");
            try (LuceneArchive warm = LuceneArchive.open(scratch.resolve("warm-up"), annals)) {
                long t0 = System.nanoTime();
                for (int pass = 0; pass < WARMUP_PASSES; pass++) {
                    for (Document d : docs) {
                        warm.ingest(copy(d, -pass));
                    }
                }
                out.printf(Locale.ROOT, "ingest, %d warm-up passes (JIT, models loading): %.1f documents/s%n",
                        WARMUP_PASSES, WARMUP_PASSES * docs.size() / seconds(t0));
            }
            Clocks a0 = Clocks.now();
            org.annals.timeline.TimelineBuilder builder = new org.annals.timeline.TimelineBuilder();
            long entries = 0;
            for (Document d : docs) {
                entries += builder.build(List.of(annals.anchor(d))).entries().size();
            }
            out.println("for comparison, the analysis alone (tag, events, links, the document's timeline; " + entries
                    + " entries): " + Clocks.now().rates(a0, docs.size()));
            try (LuceneArchive archive = LuceneArchive.open(measured, annals)) {
                ingest(archive, docs, documents, out);
                search(archive, rounds, out);
                out.printf(Locale.ROOT, "index size: %.1f MB for %d documents (%s)%n", size(measured) / 1e6,
                        archive.documentCount(), measured);
            }
        } finally {
            delete(scratch);
        }
        out.flush();
        return 0;
    }

    /**
     * Ingests copies of the documents on one thread until the archive holds {@code documents}, committing after each
     * pass; prints the rates and returns the documents per second (wall clock) of the whole build, NaN when the
     * archive was full already.
     */
    static double ingest(LuceneArchive archive, List<Document> docs, int documents, PrintStream out)
            throws IOException {
        long present = archive.documentCount();
        if (present >= documents) {
            out.printf(Locale.ROOT, "ingest: skipped, %s already holds %d documents%n", archive.folder(), present);
            return Double.NaN;
        }
        Clocks c0 = Clocks.now();
        int added = 0;
        int copy = 0;
        while (present + added < documents) {
            copy++;
            for (Document d : docs) {
                if (present + added >= documents) {
                    break;
                }
                if (archive.ingest(copy(d, copy)).added()) {
                    added++;
                }
            }
            archive.commit();
            if (copy == 1) {
                out.println("ingest, the corpus once (" + added + " documents, one thread, committed): "
                        + Clocks.now().rates(c0, added));
                out.flush();
            }
        }
        Clocks end = Clocks.now();
        out.println("ingest, building the index (" + added + " documents, " + copy + " copies of the corpus): "
                + end.rates(c0, added));
        return added / Math.max(1e-9, (end.wall - c0.wall) / 1e9);
    }

    /**
     * Wall time and CPU time (of the ingesting thread; of the whole process, merges, garbage collection and
     * compilation included): on a shared machine the CPU rates say what one core does.
     */
    private record Clocks(long wall, long thread, long process) {

        static Clocks now() {
            com.sun.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory
                    .getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class);
            return new Clocks(System.nanoTime(),
                    java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(),
                    os == null ? -1 : os.getProcessCpuTime());
        }

        String rates(Clocks since, long documents) {
            double wallS = Math.max(1e-9, (wall - since.wall) / 1e9);
            double threadS = Math.max(1e-9, (thread - since.thread) / 1e9);
            double processS = Math.max(1e-9, (process - since.process) / 1e9);
            return String.format(Locale.ROOT, "%.1f documents/s (wall clock, %.1f s); %.1f documents per CPU second"
                            + " of the ingesting thread; %.1f per CPU second of the whole process", documents / wallS,
                    wallS, documents / threadS, process < 0 ? Double.NaN : documents / processS);
        }
    }

    /**
     * Runs the {@link #QUERIES} {@code rounds} times after a warm-up, one at a time; prints p50, p99, the slowest and
     * returns every search time (ns), sorted.
     */
    static long[] search(LuceneArchive archive, int rounds, PrintStream out) throws IOException {
        List<ArchiveQuery> queries = new ArrayList<>();
        for (String[] q : QUERIES) {
            queries.add(new ArchiveQuery(q[0], q[1] == null ? null : QueryDates.start(q[1]),
                    q[2] == null ? null : QueryDates.end(q[2]), SEARCH_HITS));
        }
        long sink = 0;
        for (int r = 0; r < WARMUP_ROUNDS; r++) {
            for (ArchiveQuery q : queries) {
                sink += archive.search(q).totalEntries();
            }
        }
        long[] nanos = new long[rounds * queries.size()];
        long[] worstPerQuery = new long[queries.size()];
        int k = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < queries.size(); i++) {
                long t0 = System.nanoTime();
                sink += archive.search(queries.get(i)).totalDocuments();
                long t = System.nanoTime() - t0;
                nanos[k++] = t;
                worstPerQuery[i] = Math.max(worstPerQuery[i], t);
            }
        }
        Arrays.sort(nanos);
        out.printf(Locale.ROOT, "search (%d queries x %d rounds on %d documents, %d hits each, one thread, after %d"
                        + " warm-up rounds): p50 %.2f ms, p99 %.2f ms, max %.2f ms%s%n", queries.size(), rounds,
                archive.documentCount(), SEARCH_HITS, WARMUP_ROUNDS, percentile(nanos, 50), percentile(nanos, 99),
                nanos[nanos.length - 1] / 1e6, sink < 0 ? "" : "");
        int slowest = 0;
        for (int i = 1; i < queries.size(); i++) {
            slowest = worstPerQuery[i] > worstPerQuery[slowest] ? i : slowest;
        }
        String[] q = QUERIES.get(slowest);
        out.printf(Locale.ROOT, "  slowest query: text %s, from %s, to %s (%.2f ms at worst)%n", q[0], q[1], q[2],
                worstPerQuery[slowest] / 1e6);
        return nanos;
    }

    /** The {@code p}th percentile of sorted nanoseconds, in milliseconds. */
    static double percentile(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    /** The document with a line naming the copy appended: a different text, so a different id. */
    static Document copy(Document d, int copy) {
        return new Document(d.source() + "#" + copy, d.text() + "\n\n(copy " + copy + ")\n", d.date(), d.title(),
                d.url());
    }

    /** The readable {@code .tml} documents under {@code dir}, by path; an error when there is none. */
    static List<Document> read(Path dir) throws IOException {
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".tml")).sorted().toList()) {
                try {
                    docs.add(Readers.read(p));
                } catch (ReadException e) {
                    // unreadable documents are left out of the benchmark
                }
            }
        }
        if (docs.isEmpty()) {
            throw new IOException("no readable .tml documents under " + dir);
        }
        return docs;
    }

    private static double seconds(long since) {
        return Math.max(1e-9, (System.nanoTime() - since) / 1e9);
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** Deletes a folder and everything in it. */
    static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
