package org.annals.cli;

import org.annals.io.ReadException;
import org.annals.io.Readers;
import org.annals.server.AnnalsServer;
import org.annals.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code annals bench-server}: latency of {@code POST /api/timeline} (or {@code /api/tag}) under concurrent clients,
 * against a server started in-process on a free port.
 */
@Command(name = "bench-server", sortOptions = false, mixinStandardHelpOptions = true,
        headerHeading = "%n",
        header = "Measure the server's latency under concurrent clients.",
        description = {
            "A benchmark, not a test: it prints numbers and exits 0 (1 if a request failed).",
            "Starts the server in-process on a free port (127.0.0.1), builds an article of about --size bytes by"
                + " repeating --file, and has --clients threads (java.net.http clients) post it to the endpoint"
                + " again and again: --warmup requests in all, then --requests measured ones. Prints p50, p90, p99"
                + " and max latency and the throughput.",
            "Target: POST /api/timeline, 5 KB article, 16 clients: p99 under 100 ms."})
final class BenchServerCommand implements Callable<Integer> {

    /** What to post to. */
    enum Endpoint {
        TIMELINE("/api/timeline"), TAG("/api/tag");

        final String path;

        Endpoint(String path) {
            this.path = path;
        }
    }

    static final String DEFAULT_ARTICLE = "examples/harbour-museum.txt";
    static final String DCT = "2023-03-14";
    private static final int OK = 200;

    @Spec
    private CommandSpec spec;

    @Option(names = "--endpoint", paramLabel = "E", defaultValue = "timeline",
            description = "timeline (the default) or tag.")
    private Endpoint endpoint;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "16",
            description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    private int clients;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "2000",
            description = "Measured requests in all (default: ${DEFAULT-VALUE}).")
    private int requests;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1000",
            description = "Warm-up requests in all, not measured (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--size", paramLabel = "BYTES", defaultValue = "5000",
            description = "The article size (default: ${DEFAULT-VALUE}): --file repeated, cut at a paragraph.")
    private int size;

    @Option(names = "--file", paramLabel = "FILE",
            description = "The article to repeat (default: " + DEFAULT_ARTICLE + " of the project).")
    private Path file;

    @Option(names = "--workers", paramLabel = "N",
            description = "Server workers (default: the number of processors).")
    private Integer workers;

    private final Io io;

    BenchServerCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        if (clients < 1 || requests < 1 || warmup < 0 || size < 1) {
            throw new ParameterException(spec.commandLine(),
                    "--clients, --requests and --size must be at least 1, --warmup at least 0");
        }
        String article = article(size);
        byte[] body = article.getBytes(StandardCharsets.UTF_8);
        ServerSettings settings = ServerSettings.defaults().withPort(0);
        if (workers != null) {
            settings = settings.withWorkers(workers);
        }
        PrintStream out = io.out();
        try (AnnalsServer server = AnnalsServer.start(settings, null)) {
            URI uri = server.uri().resolve(endpoint.path + "?dct=" + DCT);
            out.printf(Locale.ROOT, "bench-server: POST %s, article %d bytes, %d clients, %d server workers,"
                    + " %d processors%n", endpoint.path, body.length, clients, settings.workers(),
                    Runtime.getRuntime().availableProcessors());
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "text/plain; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            Result w = drive(client, request, warmup);
            out.printf(Locale.ROOT, "warm-up:  %d requests in %.1f s%n", warmup, w.seconds);
            Result r = drive(client, request, requests);
            long[] ns = r.latencies;
            Arrays.sort(ns);
            out.printf(Locale.ROOT, "measured: %d requests in %.1f s: %.1f requests/s (%.2f MB/s of text)%n",
                    requests, r.seconds, requests / r.seconds, requests * (double) body.length / 1e6 / r.seconds);
            out.printf(Locale.ROOT, "latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", ms(ns, 0.50), ms(ns, 0.90),
                    ms(ns, 0.99), ns[ns.length - 1] / 1e6);
            out.printf(Locale.ROOT, "target p99 < 100 ms: %s%n", ms(ns, 0.99) < 100 ? "met" : "NOT met");
            if (w.failures + r.failures > 0) {
                io.err().println("annals bench-server: " + (w.failures + r.failures) + " requests failed, e.g. "
                        + (r.firstFailure != null ? r.firstFailure : w.firstFailure));
                return 1;
            }
        }
        return 0;
    }

    /** Latencies (ns) of {@code total} requests sent by {@link #clients} threads, and the wall time. */
    private Result drive(HttpClient client, HttpRequest request, int total) throws Exception {
        long[] latencies = new long[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        String[] firstFailure = new String[1];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < total; ) {
                        long t0 = System.nanoTime();
                        String failure = send(client, request);
                        latencies[i] = System.nanoTime() - t0;
                        if (failure != null) {
                            failures.incrementAndGet();
                            synchronized (firstFailure) {
                                if (firstFailure[0] == null) {
                                    firstFailure[0] = failure;
                                }
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(latencies, (System.nanoTime() - start) / 1e9, failures.get(), firstFailure[0]);
    }

    /** Null when the answer is a 200 timeline/tag JSON, else what went wrong. */
    private static String send(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == OK ? null : "HTTP " + r.statusCode() + ": " + r.body();
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e.toString();
        }
    }

    private static double ms(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    /** The article: the file repeated (paragraphs kept whole) until about {@code size} bytes. */
    private String article(int bytes) throws ReadException {
        Path f = file != null ? file : Path.of(System.getProperty("annals.root", ".")).resolve(DEFAULT_ARTICLE);
        if (!Files.isRegularFile(f)) {
            throw new ParameterException(spec.commandLine(), "no article at " + f + " (use --file)");
        }
        String text = Readers.read(f).text().strip();
        StringBuilder sb = new StringBuilder(text);
        String[] paragraphs = text.split("\n\n");
        for (int i = 0; sb.toString().getBytes(StandardCharsets.UTF_8).length < bytes; i++) {
            sb.append("\n\n").append(paragraphs[i % paragraphs.length]);
        }
        return sb.append('\n').toString();
    }

    private record Result(long[] latencies, double seconds, int failures, String firstFailure) {
    }
}
