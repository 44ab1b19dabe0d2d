package org.annals.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.annals.api.Annals;
import org.annals.model.DocumentDate;
import org.annals.server.AnnalsServer;
import org.annals.server.ServerSettings;
import org.annals.archive.LuceneArchive;
import org.annals.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bounded load on loopback: 64 clients send a mix of {@code POST /api/tag}, {@code POST /api/timeline},
 * {@code GET /api/search} and {@code GET /api/timeline} to a server over a Lucene archive. Every request must get a
 * 200 (no 5xx, no dropped connection), and the heap after a full collection must not have grown over the run beyond
 * a tolerance. Throughput and latencies are printed, not asserted ({@code annals load} runs the 20,000-request
 * version; numbers in docs/benchmarks.md).
 */
class LoadTest {

    static final int CLIENTS = 64;
    /** Requests of the measured run (bounded for CI: about 10-30 s on 2 busy cores). */
    static final int REQUESTS = 3_000;
    /** Requests before the first heap measurement: JIT, caches, connection pools, Lucene's query cache. */
    static final int WARMUP = 1_000;
    static final int STORED = 24;
    static final String DCT = "2023-03-14";
    /** Heap growth allowed over the run: noise of the collector and of lazily filled caches. */
    static final long HEAP_TOLERANCE_BYTES = 24L * 1024 * 1024;
    static final List<LoadMix.Query> QUERIES = List.of(
            new LoadMix.Query("museum", null, null),
            new LoadMix.Query("\"ferry archive\"", null, null),
            new LoadMix.Query("logbooks OR customs", null, null),
            new LoadMix.Query(null, "1887-01-01", "1961-12-31"),
            new LoadMix.Query("restoration", "2021-01-01", "2023-12-31"),
            new LoadMix.Query("edition", "2023-04-01", "2023-04-01"));

    static final int OK = 200;
    static final Clock CLOCK = Clock.fixed(java.time.Instant.parse("2023-03-20T12:00:00Z"), ZoneOffset.UTC);
    static final Annals ANNALS = Annals.builder().clock(CLOCK).build();

    @TempDir
    Path dir;

    /** The example article shipped with annals ({@code examples/harbour-museum.txt}). */
    static String harbour() throws IOException {
        String root = System.getenv("ANNALS_ROOT");
        return Files.readString((root != null ? Path.of(root) : Path.of("..")).resolve("examples/harbour-museum.txt"));
    }

    @Test
    void mixedLoadGetsOnly200sAndLeavesNoHeapBehind() throws Exception {
        List<String> articles = new ArrayList<>();
        for (int k = 0; k < STORED; k++) {
            articles.add(harbour() + "\n(edition " + k + ")\n");
        }
        Annals annals = ANNALS;
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("index"), annals)) {
            for (int k = 0; k < STORED; k++) {
                archive.ingest(Document.of("edition-" + k + ".txt", articles.get(k)).withDate(
                        DocumentDate.of(LocalDate.parse(DCT), DocumentDate.Source.ARGUMENT)));
            }
            archive.commit();
            ServerSettings settings = ServerSettings.defaults().withPort(0).withWorkers(2);
            try (AnnalsServer server = AnnalsServer.start(settings, g -> Annals.builder().genre(g).clock(CLOCK).build(), archive);
                 LoadDriver driver = new LoadDriver(CLIENTS)) {
                List<LoadDriver.Route> mix = LoadMix.standard(server.uri(), articles.subList(0, 8), DCT, QUERIES);
                LoadReport warm = driver.run(mix, WARMUP);
                assertEquals(0, warm.other(OK), warm.table());
                long before = LoadDriver.heapAfterGc();
                LoadReport r = driver.run(mix, REQUESTS);
                long after = LoadDriver.heapAfterGc();
                System.out.printf("LoadTest: %s heap after a full GC: %.1f MB before, %.1f MB after%n", r.table(),
                        before / 1e6, after / 1e6);
                assertEquals(REQUESTS, r.requests());
                assertEquals(0, r.serverErrors(), r.table());
                assertEquals(0, r.noAnswer(), r.table());
                assertEquals(0, r.other(OK), r.table());
                for (LoadReport.RouteReport route : r.routes()) {
                    assertEquals(REQUESTS / mix.size(), route.requests(), route.name());
                }
                assertTrue(after - before < HEAP_TOLERANCE_BYTES, "heap grew from " + before + " to " + after
                        + " bytes over " + REQUESTS + " requests");
                // the server still answers, and the archive is as it was
                HttpResponse<String> status = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(server.uri().resolve("/api/status")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(OK, status.statusCode());
                assertEquals(STORED, new ObjectMapper().readTree(status.body()).path("documents").asLong());
            }
        }
    }
}
