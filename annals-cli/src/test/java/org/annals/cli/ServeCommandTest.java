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
        assertEquals(0, Run.of("bench-server", "--help").code());
        assertEquals(2, Run.of("serve", "--read-timeout", "0").code());
        assertTrue(Run.of("serve", "--help").out().contains("--read-timeout"));
    }

    @Test
    void loadAndBenchSuiteCheckTheirOptions() {
        assertTrue(Run.of("load", "--help").out().contains("--clients"));
        assertTrue(Run.of("bench-suite", "--help").out().contains("--baselines"));
        Run load = Run.of("load", "--clients", "0");
        assertEquals(2, load.code());
        assertTrue(load.err().contains("at least 1"), load.err());
        assertEquals(2, Run.of("bench-suite", "--requests", "0").code());
        Run noHarness = Run.of("bench-suite", "--baselines", "--baselines-dir", "/nonexistent/baselines");
        assertEquals(2, noHarness.code());
        assertTrue(noHarness.err().contains("no baselines harness"), noHarness.err());
    }
}
