package org.annals.bench;

import org.annals.cli.Io;

import org.annals.io.ReadException;
import org.annals.io.Readers;
import org.annals.server.AnnalsServer;
import org.annals.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

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
                + " again and again: --warmup requests in all, then more warm-up rounds until the JIT compiler is"
                + " quiet (--jit-quiet), then --requests measured ones. Prints p50, p90, p99 and max latency and"
                + " the throughput.",
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

    @Option(names = "--jit-quiet", paramLabel = "PERCENT", defaultValue = "5",
            description = "After --warmup, warm up in rounds of --warmup/4 requests (at most " + JitQuiet.MAX_ROUNDS
                    + ") until the JIT compiler worked less than PERCENT of a round's time, so that the measured"
                    + " requests see the steady state, not the compiler (default: ${DEFAULT-VALUE}; 0: no extra"
                    + " rounds, as before).")
    private double jitQuiet;

    private final Io io;

    BenchServerCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        if (clients < 1 || requests < 1 || warmup < 0 || size < 1 || jitQuiet < 0) {
            throw new ParameterException(spec.commandLine(),
                    "--clients, --requests and --size must be at least 1, --warmup and --jit-quiet at least 0");
        }
        String article = article(size);
        byte[] body = article.getBytes(StandardCharsets.UTF_8);
        ServerSettings settings = ServerSettings.defaults().withPort(0);
        if (workers != null) {
            settings = settings.withWorkers(workers);
        }
        PrintStream out = io.out();
        try (AnnalsServer server = AnnalsServer.start(settings, null)) {
            out.printf(Locale.ROOT, "bench-server: POST %s, article %d bytes, %d clients, %d server workers,"
                    + " %d processors%n", endpoint.path, body.length, clients, settings.workers(),
                    Runtime.getRuntime().availableProcessors());
            LoadReport r = measure(server.uri(), article, clients, warmup, jitQuiet, requests, endpoint, out);
            LoadReport.RouteReport route = r.routes().get(0);
            out.printf(Locale.ROOT, "measured: %d requests in %.1f s: %.1f requests/s (%.2f MB/s of text)%n",
                    requests, r.seconds(), r.throughput(), r.throughput() * body.length / 1e6);
            out.printf(Locale.ROOT, "latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", route.millis(0.50),
                    route.millis(0.90), route.millis(0.99), route.millis(1.0));
            out.printf(Locale.ROOT, "target p99 < 100 ms: %s%n", route.millis(0.99) < 100 ? "met" : "NOT met");
            if (r.other(OK) > 0) {
                io.err().println("annals bench-server: " + r.other(OK) + " requests failed, e.g. "
                        + route.firstProblem());
                return 1;
            }
        }
        return 0;
    }

    /**
     * Posts the article to the endpoint of the server at {@code base} from {@code clients} clients: {@code warmup}
     * requests, then warm-up rounds until the JIT compiler is quiet ({@link JitQuiet}; none when
     * {@code jitQuietPercent} is 0), then {@code requests} measured ones (also used by {@code annals bench-suite}).
     */
    static LoadReport measure(URI base, String article, int clients, int warmup, double jitQuietPercent, int requests,
                              Endpoint endpoint, PrintStream out) throws InterruptedException {
        List<LoadDriver.Route> route = List.of(LoadDriver.Route.of("POST " + endpoint.path,
                LoadMix.post(base, endpoint.path, DCT, article)));
        try (LoadDriver driver = new LoadDriver(clients)) {
            if (warmup > 0) {
                LoadReport w = driver.run(route, warmup);
                out.printf(Locale.ROOT, "warm-up:  %d requests in %.1f s%n", warmup, w.seconds());
                if (jitQuietPercent > 0) {
                    out.println(JitQuiet.warmUp(driver, route, Math.max(1, warmup / 4), jitQuietPercent));
                }
            }
            return driver.run(route, requests);
        }
    }

    /** The article: the file repeated (paragraphs kept whole) until about {@code size} bytes. */
    private String article(int bytes) throws ReadException {
        Path f = file != null ? file : defaultArticle();
        if (!Files.isRegularFile(f)) {
            throw new ParameterException(spec.commandLine(), "no article at " + f + " (use --file)");
        }
        return article(f, bytes);
    }

    /** The example article of the project. */
    static Path defaultArticle() {
        return Path.of(System.getProperty("annals.root", ".")).resolve(DEFAULT_ARTICLE);
    }

    /** The text of {@code f} repeated (paragraphs kept whole) until about {@code bytes} bytes. */
    static String article(Path f, int bytes) throws ReadException {
        String text = Readers.read(f).text().strip();
        StringBuilder sb = new StringBuilder(text);
        String[] paragraphs = text.split("\n\n");
        for (int i = 0; sb.toString().getBytes(StandardCharsets.UTF_8).length < bytes; i++) {
            sb.append("\n\n").append(paragraphs[i % paragraphs.length]);
        }
        return sb.append('\n').toString();
    }
}
