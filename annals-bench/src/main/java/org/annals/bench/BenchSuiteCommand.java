package org.annals.bench;

import org.annals.cli.Io;

import org.annals.api.Annals;
import org.annals.archive.LuceneArchive;
import org.annals.io.ReadException;
import org.annals.model.Document;
import org.annals.server.AnnalsServer;
import org.annals.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code annals bench-suite}: every benchmark in one run, one table: tag and timeline throughput, the linear-time
 * check, ingest, search and API latency, and optionally HeidelTime and SUTime on the same files. The measurements
 * are those of {@code bench}, {@code bench-archive} and {@code bench-server} (their code, shorter runs).
 */
@Command(name = "bench-suite", sortOptions = false, mixinStandardHelpOptions = true,
        headerHeading = "%n",
        header = "Run every benchmark and print one table (optionally with HeidelTime and SUTime).",
        description = {
            "A benchmark, not a test: it prints numbers and exits 0 (1 when an API request failed).",
            "On the TempEval-3 documents (.tml under --corpus), one thread: tag and timeline (each document on its own)"
                + " throughput for --seconds after a warm-up as long; the linear-time check on adversarial text (1 MB against"
                + " 100 KB); ingest of --documents documents into a temporary archive and the bench-archive queries on"
                + " it (--rounds rounds); POST /api/timeline of a 5 KB article from --clients clients against a server"
                + " in this process.",
            "With --baselines, HeidelTime (news) and SUTime from ../shared/tools/baselines tag --baseline-files of the"
                + " documents (2 passes each in one JVM, the second one counted) and annals tags the same texts: the"
                + " table gives characters/s and the ratios.",
            "Details go to standard error, the table to standard output."})
final class BenchSuiteCommand implements Callable<Integer> {

    private static final int OK = 200;
    private static final int ARTICLE_BYTES = 5_000;
    private static final int API_WARMUP = 300;

    @Spec
    private CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Directory searched for .tml files (default:"
            + " tempeval3-train in the shared corpora).")
    private Path corpus;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "5",
            description = "Time measured per throughput, after as long a warm-up (default: ${DEFAULT-VALUE}).")
    private int seconds;

    @Option(names = "--documents", paramLabel = "N", defaultValue = "2000",
            description = "Documents ingested, then searched (default: ${DEFAULT-VALUE}).")
    private int documents;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "20",
            description = "Timed rounds over the search queries (default: ${DEFAULT-VALUE}).")
    private int rounds;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "16",
            description = "API clients (default: ${DEFAULT-VALUE}).")
    private int clients;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "1000",
            description = "Measured API requests (default: ${DEFAULT-VALUE}).")
    private int requests;

    @Option(names = "--baselines", description = "Also run HeidelTime and SUTime on --baseline-files documents.")
    private boolean baselines;

    @Option(names = "--baseline-files", paramLabel = "N", defaultValue = "30",
            description = "Documents given to the baselines, spread over the corpus (default: ${DEFAULT-VALUE}).")
    private int baselineFiles;

    @Option(names = "--baselines-dir", paramLabel = "DIR",
            description = "The baselines harness (default: ../shared/tools/baselines beside the project).")
    private Path baselinesDir;

    private final Io io;

    BenchSuiteCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        if (seconds < 1 || documents < 1 || rounds < 1 || clients < 1 || requests < 1 || baselineFiles < 1) {
            throw new ParameterException(spec.commandLine(), "every count must be at least 1");
        }
        Path harness = baselines ? Baselines.locate(spec, baselinesDir) : null;
        Path dir = LoadCommand.corpus(spec, corpus);
        PrintStream log = io.err();
        List<String> problems = new ArrayList<>();
        List<Document> docs = BenchCommand.readDated(dir, problems);
        if (docs.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no readable .tml documents under " + dir);
        }
        double loadBefore = loadAverage();
        long bytes = BenchCommand.bytes(docs);
        Annals annals = Annals.create();
        List<String[]> rows = new ArrayList<>();

        log.println("bench-suite: tag");
        BenchCommand.Throughput tag = BenchCommand.measure(seconds, seconds, docs.size(), bytes,
                k -> annals.tag(docs.get(k)).timexes().size());
        rows.add(row("tag (time expressions), 1 thread", rate(tag)));
        log.println("bench-suite: timeline");
        BenchCommand.Throughput timeline = BenchCommand.measure(seconds, seconds, docs.size(), bytes,
                k -> annals.timeline(List.of(docs.get(k))).entries().size());
        rows.add(row("timeline (each document), 1 thread", rate(timeline)));
        log.println("bench-suite: linear-time check");
        BenchCommand.Scaling scaling = BenchCommand.scaling(annals);
        rows.add(row("adversarial text, 1 MB / 100 KB time", String.format(Locale.ROOT,
                "%.1f (100 KB %.2f ms, 1 MB %.1f ms; target <= %.0f)", scaling.ratio(), scaling.smallMillis(),
                scaling.largeMillis(), BenchCommand.RATIO_TARGET)));

        int status = archiveAndApi(annals, docs, rows, log);
        if (harness != null) {
            baselineRows(harness, annals, docs, rows, log);
        }
        double loadAfter = loadAverage();
        PrintStream out = io.out();
        out.printf(Locale.ROOT, "annals bench-suite: %s, %d documents, %.2f MB of text; %d processors; load average"
                        + " %.2f at the start, %.2f at the end%n", dir, docs.size(), bytes / 1e6,
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter);
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        for (String[] r : rows) {
            out.printf(Locale.ROOT, "%-" + width + "s  %s%n", r[0], r[1]);
        }
        out.flush();
        return status;
    }

    /** Ingest, search and API rows; returns 1 when an API request failed. */
    private int archiveAndApi(Annals annals, List<Document> docs, List<String[]> rows, PrintStream log)
            throws IOException, InterruptedException, ReadException {
        Path scratch = Files.createTempDirectory("annals-bench-suite");
        try (LuceneArchive archive = LuceneArchive.open(scratch.resolve("index"), annals)) {
            log.println("bench-suite: ingest");
            double ingest = BenchArchiveCommand.ingest(archive, docs, documents, log);
            rows.add(row("ingest, 1 thread, committed per pass", String.format(Locale.ROOT, "%.0f documents/s (%d"
                    + " documents)", ingest, archive.documentCount())));
            log.println("bench-suite: search");
            long[] search = BenchArchiveCommand.search(archive, rounds, log);
            rows.add(row("search, " + BenchArchiveCommand.QUERIES.size() + " queries x " + rounds + " rounds",
                    String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms (%d documents)",
                            BenchArchiveCommand.percentile(search, 50), BenchArchiveCommand.percentile(search, 99),
                            archive.documentCount())));
            log.println("bench-suite: API");
            String article = BenchServerCommand.article(BenchServerCommand.defaultArticle(), ARTICLE_BYTES);
            try (AnnalsServer server = AnnalsServer.start(ServerSettings.defaults().withPort(0), archive)) {
                LoadReport r = BenchServerCommand.measure(server.uri(), article, clients, API_WARMUP, 0, requests,
                        BenchServerCommand.Endpoint.TIMELINE, log);
                LoadReport.RouteReport route = r.routes().get(0);
                rows.add(row("API POST /api/timeline, 5 KB, " + clients + " clients", String.format(Locale.ROOT,
                        "p50 %.0f ms, p99 %.0f ms, %.0f requests/s (%d not 200)", route.millis(0.5),
                        route.millis(0.99), r.throughput(), r.other(OK))));
                return r.other(OK) == 0 ? 0 : 1;
            }
        } finally {
            BenchArchiveCommand.delete(scratch);
        }
    }

    /** HeidelTime and SUTime against annals tag on the same texts. */
    private void baselineRows(Path harness, Annals annals, List<Document> docs, List<String[]> rows, PrintStream log)
            throws IOException, InterruptedException {
        List<Document> subset = new ArrayList<>();
        int n = Math.min(baselineFiles, docs.size());
        for (int i = 0; i < n; i++) {
            subset.add(docs.get((int) ((long) i * docs.size() / n)));
        }
        long chars = subset.stream().mapToLong(d -> d.text().length()).sum();
        log.println("bench-suite: annals tag on the " + n + " baseline files");
        BenchCommand.Throughput own = BenchCommand.measure(seconds, seconds, subset.size(), chars,
                k -> annals.tag(subset.get(k)).timexes().size());
        double ownRate = own.megabytesPerSecond() * 1e6;
        rows.add(row("baselines: " + n + " documents, " + chars + " characters", "characters/s, annals / system"));
        rows.add(row("  annals tag", String.format(Locale.ROOT, "%,.0f  1 (%,.0f per CPU second)", ownRate,
                own.megabytesPerCpuSecond() * 1e6)));
        Baselines b = new Baselines(harness, log);
        for (Baselines.Tool system : Baselines.Tool.values()) {
            log.println("bench-suite: " + system.label + " (its own JVM and models, " + Baselines.PASSES + " passes)");
            double rate = b.charactersPerSecond(system, subset);
            rows.add(row("  " + system.label, Double.isNaN(rate) ? "failed (see the log above)"
                    : String.format(Locale.ROOT, "%,.0f  %,.0fx", rate, ownRate / rate)));
        }
    }

    private static String rate(BenchCommand.Throughput t) {
        return String.format(Locale.ROOT, "%.2f MB/s, %.0f documents/s (%.2f MB per CPU second)",
                t.megabytesPerSecond(), t.documentsPerSecond(), t.megabytesPerCpuSecond());
    }

    private static String[] row(String measure, String result) {
        return new String[] {measure, result};
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
