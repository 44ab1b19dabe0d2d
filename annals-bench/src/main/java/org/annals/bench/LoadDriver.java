package org.annals.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends a fixed number of HTTP requests from concurrent clients and records, per route, each latency and status.
 * Request {@code i} goes to route {@code i % routes}, so every route gets its share whatever the speed of the others;
 * each route cycles through its own requests. Clients are threads sharing one {@code java.net.http} client
 * (HTTP/1.1, keep-alive). Used by {@code annals load}, {@code annals bench-server} and the server's load test.
 * <pre>{@code
 * try (LoadDriver driver = new LoadDriver(64)) {
 *     LoadReport r = driver.run(List.of(tagRoute, searchRoute), 20_000);
 *     r.serverErrors();   // 5xx answers
 * }
 * }</pre>
 */
public final class LoadDriver implements AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final int GC_ROUNDS = 3;
    private static final long GC_PAUSE_MILLIS = 100;

    /**
     * One kind of request of a load mix: a name for the report (e.g. {@code POST /api/tag}) and the requests to send,
     * in turn.
     */
    public record Route(String name, List<HttpRequest> requests) {
        public Route {
            Objects.requireNonNull(name, "name");
            requests = List.copyOf(requests);
            if (requests.isEmpty()) {
                throw new IllegalArgumentException("route " + name + " has no request");
            }
        }

        /** A route of one request. */
        public static Route of(String name, HttpRequest request) {
            return new Route(name, List.of(request));
        }
    }

    private final int clients;
    private final HttpClient client;

    /** A driver with {@code clients} concurrent clients. */
    public LoadDriver(int clients) {
        if (clients < 1) {
            throw new IllegalArgumentException("at least one client: " + clients);
        }
        this.clients = clients;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT)
                .build();
    }

    /** Sends {@code total} requests over the routes and waits for every answer. */
    public LoadReport run(List<Route> routes, int total) throws InterruptedException {
        if (routes.isEmpty() || total < 1) {
            throw new IllegalArgumentException("routes and at least one request are needed");
        }
        int n = routes.size();
        LoadReport.Recorder[] recorders = new LoadReport.Recorder[n];
        for (int r = 0; r < n; r++) {
            recorders[r] = new LoadReport.Recorder(routes.get(r).name(), (total + n - 1 - r) / n);
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients, runnable -> {
            Thread t = new Thread(runnable, "annals-load-client");
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < total; ) {
                        Route route = routes.get(i % n);
                        int k = i / n;
                        send(route.requests().get(k % route.requests().size()), recorders[i % n], k);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a load client failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<LoadReport.RouteReport> reports = new ArrayList<>();
        for (LoadReport.Recorder r : recorders) {
            reports.add(r.report());
        }
        return new LoadReport(clients, seconds, reports);
    }

    private void send(HttpRequest template, LoadReport.Recorder recorder, int slot) {
        HttpRequest request = HttpRequest.newBuilder(template, (name, value) -> true).timeout(REQUEST_TIMEOUT)
                .build();
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            recorder.record(slot, System.nanoTime() - t0, r.statusCode(), r.statusCode() >= LoadReport.SERVER_ERROR
                    ? new String(r.body(), java.nio.charset.StandardCharsets.UTF_8) : null);
        } catch (IOException e) {
            recorder.failed(slot, System.nanoTime() - t0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            recorder.failed(slot, System.nanoTime() - t0, e.toString());
        }
    }

    /** Closes the HTTP client and its connections. */
    @Override
    public void close() {
        client.close();
    }

    /**
     * The heap in use, in bytes, after a few full garbage collections: compare two of these (with a tolerance) to see
     * whether a run left memory behind. Meaningful only when the server runs in this JVM.
     */
    public static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < GC_ROUNDS; i++) {
            System.gc();
            Thread.sleep(GC_PAUSE_MILLIS);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
