package org.annals.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code annals serve}: starts, answers, stops; bad options are usage errors. */
class ServeCommandTest {

    @Test
    void servesUntilItsLifetimeEnds(@TempDir Path dir) {
        AtomicReference<HttpResponse<String>> answer = new AtomicReference<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        ServeCommand serve = new ServeCommand(io, server -> {
            try {
                answer.set(HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri().resolve("/api/tag"))
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("It rained on May 1, 1950.")).build(),
                        HttpResponse.BodyHandlers.ofString()));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        int code = new CommandLine(serve).execute("--port", "0", "--max-body", "64KB", "--timeout", "5", "--index",
                dir.resolve("index").toString());
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        String said = out.toString(StandardCharsets.UTF_8);
        assertTrue(said.startsWith("annals serve: listening on http://127.0.0.1:"), said);
        assertTrue(said.contains("body limit 65536 bytes"), said);
        assertTrue(!said.contains("no archive"), "the Lucene archive is opened: " + said);
        assertEquals(200, answer.get().statusCode());
        assertTrue(answer.get().body().contains("\"1950-05-01\""), answer.get().body());
    }

    /** Runs {@code serve} with {@code args}; while it runs, {@code during} gets the server. Returns what it printed. */
    static String serve(ServeCommand.Lifetime during, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        int code = new CommandLine(new ServeCommand(io, during)).execute(args);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    static HttpResponse<String> get(java.net.URI uri, String... headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET();
            if (headers.length > 0) {
                b.headers(headers);
            }
            return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void beyondLoopbackItMakesAndPrintsAToken(@TempDir Path dir) {
        AtomicReference<int[]> statuses = new AtomicReference<>();
        AtomicReference<String> tokenSeen = new AtomicReference<>();
        String said = serve(server -> {
            java.net.URI base = java.net.URI.create("http://127.0.0.1:" + server.port() + "/");
            statuses.set(new int[] {get(base.resolve("/api/status")).statusCode(), 0});
            tokenSeen.set(base.toString());
        }, "--host", "0.0.0.0", "--port", "0", "--index", dir.resolve("index").toString());
        assertEquals(401, statuses.get()[0], "no token, no answer");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^access token: (\\S+)$").matcher(said);
        assertTrue(m.find(), said);
        String token = m.group(1);
        assertTrue(token.length() >= 43, token);
        assertTrue(said.contains("?token=" + token), said);
    }

    @Test
    void aTokenFileSurvivesRestartsAndTurnsTheTokenOnForLoopback(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("token");
        AtomicReference<Integer> without = new AtomicReference<>();
        AtomicReference<Integer> with = new AtomicReference<>();
        String said = serve(server -> {
            String token;
            try {
                token = java.nio.file.Files.readString(file).strip();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            without.set(get(server.uri().resolve("/api/status")).statusCode());
            with.set(get(server.uri().resolve("/api/status"), "Authorization", "Bearer " + token).statusCode());
        }, "--port", "0", "--token-file", file.toString(), "--index", dir.resolve("index").toString());
        assertEquals(401, without.get());
        assertEquals(200, with.get());
        String token = java.nio.file.Files.readString(file).strip();
        assertTrue(!said.contains(token), "a token kept in a file is not printed: " + said);
        assertTrue(said.contains("access token: in " + file), said);
        serve(server -> { }, "--port", "0", "--token-file", file.toString(), "--index", dir.resolve("index").toString());
        assertEquals(token, java.nio.file.Files.readString(file).strip(), "the same token after a restart");
        java.nio.file.Files.writeString(file, "short\n");
        Run bad = Run.of("serve", "--port", "0", "--token-file", file.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("at least 16 characters"), bad.err());
    }

    @Test
    void readOnlyRefusesIngestAndLeavesTheArchiveToTheCli(@TempDir Path dir) throws Exception {
        Path index = dir.resolve("index");
        assertEquals(0, Run.of("ingest", "--index", index.toString(), "--progress", "none",
                writeArticle(dir).toString()).code());
        AtomicReference<HttpResponse<String>> ingest = new AtomicReference<>();
        AtomicReference<Integer> cliIngest = new AtomicReference<>();
        String said = serve(server -> {
            try {
                ingest.set(HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri().resolve(
                        "/api/documents")).header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("It rained on May 2, 1950.")).build(),
                        HttpResponse.BodyHandlers.ofString()));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            Path more = dir.resolve("more.txt");
            try {
                java.nio.file.Files.writeString(more, "The bridge opened on June 9, 1961.");
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            cliIngest.set(Run.of("ingest", "--index", index.toString(), "--progress", "none", more.toString())
                    .code());
        }, "--port", "0", "--read-only", "--index", index.toString());
        assertTrue(said.contains("read-only"), said);
        assertEquals(403, ingest.get().statusCode(), ingest.get().body());
        assertTrue(ingest.get().body().contains("--read-only"), ingest.get().body());
        assertEquals(0, cliIngest.get(), "the server holds no write lock: annals ingest writes meanwhile");
    }

    private static Path writeArticle(Path dir) throws java.io.IOException {
        Path f = dir.resolve("article.txt");
        java.nio.file.Files.writeString(f, "The museum reopened on March 3, 2023.");
        return f;
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, Run.of("serve", "--port", "70000").code());
        Run r = Run.of("serve", "--max-body", "ten");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("not a size"), r.err());
        assertEquals(2, Run.of("serve", "--timeout", "0").code());
        Run help = Run.of("serve", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--max-body"), help.out());
        assertEquals(2, Run.of("serve", "--read-timeout", "0").code());
        assertTrue(Run.of("serve", "--help").out().contains("--read-timeout"));
        Run origin = Run.of("serve", "--allow-origin", "evil.example");
        assertEquals(2, origin.code());
        assertTrue(origin.err().contains("not an origin"), origin.err());
        assertEquals(2, Run.of("serve", "--allow-host", "http://x.org/").code());
        String serveHelp = Run.of("serve", "--help").out();
        for (String option : new String[] {"--allow-host", "--allow-origin", "--token-file", "--read-only"}) {
            assertTrue(serveHelp.contains(option), option);
        }
    }
}
