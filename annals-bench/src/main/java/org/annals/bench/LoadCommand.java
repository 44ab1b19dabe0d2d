package org.annals.bench;

import org.annals.cli.Io;

import org.annals.api.Annals;
import org.annals.archive.LuceneArchive;
import org.annals.archive.QueryDates;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code annals load}: a load test of the server over a Lucene archive, in-process on loopback: a mix of the four
 * main routes from many clients; prints throughput, latencies per route, answers by status and the heap before and
 * after.
 */
@Command(name = "load", sortOptions = false, mixinStandardHelpOptions = true,
        headerHeading = "%n",
        header = "Load-test the server: many clients, a mix of tag, timeline and search requests.",
        description = {
            "Ingests --stored TempEval-3 documents (.tml under --corpus) into a temporary archive, starts the server"
                + " on a free port of 127.0.0.1 in this process, and has --clients threads send --requests requests"
                + " (after --warmup ones), in equal shares: POST /api/tag and POST /api/timeline of the first"
                + " --articles documents, GET /api/search and GET /api/timeline of the archive queries of"
                + " 'annals bench-archive'.",
            "Prints requests/s, p50/p90/p99/max latency per route and the answers by status, and the heap in use after"
                + " a full garbage collection before and after the measured requests.",
            "Exit code 1 when a request got a 5xx or no answer (or any status but 200)."})
final class LoadCommand implements Callable<Integer> {

    private static final int OK = 200;
    private static final String DCT = "1998-01-01";

    @Spec
    private CommandSpec spec;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "64",
            description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    private int clients;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "20000",
            description = "Measured requests (default: ${DEFAULT-VALUE}).")
    private int requests;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "2000",
            description = "Requests before the measured ones (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Directory searched for .tml files (default:"
            + " tempeval3-train in the shared corpora).")
    private Path corpus;

    @Option(names = "--stored", paramLabel = "N", defaultValue = "256",
            description = "Documents in the archive (default: ${DEFAULT-VALUE}).")
    private int stored;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "16",
            description = "Documents posted to /api/tag and /api/timeline, in turn (default: ${DEFAULT-VALUE}).")
    private int articles;

    @Option(names = "--workers", paramLabel = "N",
            description = "Server workers (default: the number of processors).")
    private Integer workers;

    private final Io io;

    LoadCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (clients < 1 || requests < 1 || warmup < 0 || stored < 1 || articles < 1) {
            throw new ParameterException(spec.commandLine(), "--clients, --requests, --stored and --articles must be"
                    + " at least 1, --warmup at least 0");
        }
        List<Document> docs = BenchArchiveCommand.read(corpus(spec, corpus));
        PrintStream out = io.out();
        ServerSettings settings = ServerSettings.defaults().withPort(0);
        if (workers != null) {
            settings = settings.withWorkers(workers);
        }
        Path scratch = Files.createTempDirectory("annals-load");
        try (LuceneArchive archive = LuceneArchive.open(scratch.resolve("index"), Annals.create())) {
            for (Document d : docs.subList(0, Math.min(stored, docs.size()))) {
                archive.ingest(d);
            }
            archive.commit();
            List<String> texts = docs.subList(0, Math.min(articles, docs.size())).stream().map(Document::text)
                    .toList();
            try (AnnalsServer server = AnnalsServer.start(settings, archive);
                 LoadDriver driver = new LoadDriver(clients)) {
                out.printf(Locale.ROOT, "load: server %s, %d server workers, %d processors; archive of %d documents;"
                                + " %d articles of %.1f KB on average posted%n", server.uri(), settings.workers(),
                        Runtime.getRuntime().availableProcessors(), archive.documentCount(), texts.size(),
                        texts.stream().mapToInt(String::length).average().orElse(0) / 1e3);
                List<LoadDriver.Route> mix = LoadMix.standard(server.uri(), texts, DCT, queries());
                if (warmup > 0) {
                    LoadReport w = driver.run(mix, warmup);
                    out.printf(Locale.ROOT, "warm-up: %d requests in %.1f s, %d not 200%n", warmup, w.seconds(),
                            w.other(OK));
                }
                long before = LoadDriver.heapAfterGc();
                LoadReport r = driver.run(mix, requests);
                long after = LoadDriver.heapAfterGc();
                out.print(r.table());
                out.printf(Locale.ROOT, "5xx answers: %d; no answer: %d%n", r.serverErrors(), r.noAnswer());
                out.printf(Locale.ROOT, "heap in use after a full GC: %.1f MB before, %.1f MB after (%+.1f MB)%n",
                        before / 1e6, after / 1e6, (after - before) / 1e6);
                out.flush();
                return r.other(OK) == 0 ? 0 : 1;
            }
        } finally {
            BenchArchiveCommand.delete(scratch);
        }
    }

    /** The archive queries of {@code annals bench-archive}, as API parameters. */
    static List<LoadMix.Query> queries() {
        List<LoadMix.Query> queries = new ArrayList<>();
        for (String[] q : BenchArchiveCommand.QUERIES) {
            queries.add(new LoadMix.Query(q[0], q[1] == null ? null : QueryDates.start(q[1]).toString(),
                    q[2] == null ? null : QueryDates.end(q[2]).toString()));
        }
        return queries;
    }

    /** The corpus folder: {@code dir}, else tempeval3-train in the shared corpora; a usage error when missing. */
    static Path corpus(CommandSpec spec, Path dir) {
        Path d = dir;
        if (d == null) {
            Path root = Corpora.locate();
            d = root == null ? null : root.resolve("tempeval3-train");
        }
        if (d == null || !Files.isDirectory(d)) {
            throw new ParameterException(spec.commandLine(), "no corpus: set --corpus or ANNALS_CORPORA");
        }
        return d;
    }
}
