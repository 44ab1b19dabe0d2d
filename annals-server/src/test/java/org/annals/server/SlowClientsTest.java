package org.annals.server;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clients that send too slowly or too much: slowloris connections (headers a byte at a time, a body that never
 * completes) are closed after the read timeout without holding up normal requests; an oversize body gets its 413 at
 * once, and the server reads the rest only when it is at most {@link OversizeBody#DRAIN_BYTES} (so that the client
 * reads its answer), never what a client declaring a huge body keeps sending.
 */
class SlowClientsTest {

    static final Duration READ_TIMEOUT = Duration.ofSeconds(1);
    static final int SLOW_CONNECTIONS = 100;
    /** Between two bytes of a slow client: well under the read timeout, so the idle timeout never fires. */
    static final long DRIP_MILLIS = 100;
    /** Normal requests while the slow ones hang on, and the most each may take. */
    static final int NORMAL_REQUESTS = 20;
    static final long PROMPT_MILLIS = 2_000;
    static final int SOCKET_READ_MILLIS = 200;

    static ServerSettings settings() {
        return ApiTest.settings().withReadTimeout(READ_TIMEOUT);
    }

    @Test
    void slowClientsAreClosedAfterTheReadTimeoutAndDoNotBlockOthers() throws Exception {
        try (AnnalsServer server = AnnalsServer.start(settings(), ApiTest.ANNALS, null)) {
            Http http = new Http(server.uri());
            assertEquals(200, http.post("/api/tag", ApiTest.TEXT, "Models loaded on Monday.").status(), "warm-up");
            List<SlowClient> slow = new ArrayList<>();
            long opened = System.nanoTime();
            for (int i = 0; i < SLOW_CONNECTIONS; i++) {
                slow.add(new SlowClient(server.uri(), i % 2 == 0));
            }
            long worst = 0;
            long deadline = opened + 3 * READ_TIMEOUT.toNanos();
            int normal = 0;
            // drip a byte on every slow connection while normal requests go through: until the slow ones are past
            // three read timeouts, and all normal requests are done (on a loaded machine they take longer; each must
            // still be prompt)
            while (System.nanoTime() < deadline || normal < NORMAL_REQUESTS) {
                for (SlowClient c : slow) {
                    c.drip();
                }
                if (normal < NORMAL_REQUESTS) {
                    long t0 = System.nanoTime();
                    Http.Response r = normal % 2 == 0 ? http.get("/api/status")
                            : http.post("/api/tag?dct=2023-03-14", ApiTest.TEXT, "The fair opened on Monday.");
                    worst = Math.max(worst, System.nanoTime() - t0);
                    assertEquals(200, r.status(), r.body());
                    normal++;
                }
                Thread.sleep(DRIP_MILLIS);
            }
            assertEquals(NORMAL_REQUESTS, normal);
            assertTrue(worst < PROMPT_MILLIS * 1_000_000, "a normal request took " + worst / 1_000_000 + " ms");
            for (SlowClient c : slow) {
                assertTrue(c.closedByServer(), (c.headersOnly ? "slow headers" : "slow body")
                        + ": still open after " + (System.nanoTime() - opened) / 1_000_000 + " ms");
                long lifetime = c.closedAt.get() - opened;
                assertTrue(lifetime >= READ_TIMEOUT.toNanos() / 2, "closed too early: " + lifetime / 1_000_000
                        + " ms");
                c.close();
            }
            assertEquals(200, http.get("/api/status").status());
        }
    }

    @Test
    void oversizeBodyGets413AtOnceAndIsNotRead() throws Exception {
        try (AnnalsServer server = AnnalsServer.start(settings(), ApiTest.ANNALS, null);
             Socket s = new Socket(server.uri().getHost(), server.port())) {
            long declared = 1L << 30;
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/tag HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nContent-Length: "
                    + declared + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            AtomicLong sent = new AtomicLong();
            Thread writer = new Thread(() -> {
                byte[] chunk = new byte[64 * 1024];
                java.util.Arrays.fill(chunk, (byte) 'a');
                try {
                    while (sent.get() < declared) {
                        out.write(chunk);
                        sent.addAndGet(chunk.length);
                    }
                } catch (IOException e) {
                    // the server closed the connection: expected
                }
            }, "oversize-writer");
            long t0 = System.nanoTime();
            writer.start();
            s.setSoTimeout((int) PROMPT_MILLIS);
            String status = statusLine(s.getInputStream());
            long answered = System.nanoTime() - t0;
            assertTrue(status.startsWith("HTTP/1.1 413"), status);
            assertTrue(answered < PROMPT_MILLIS * 1_000_000, "413 after " + answered / 1_000_000 + " ms");
            writer.join(10_000);
            assertTrue(!writer.isAlive(), "the server kept reading the body: " + sent.get() + " bytes sent");
            assertTrue(sent.get() < declared / 16, "the server read " + sent.get() + " of " + declared + " bytes");
        }
    }

    /**
     * A body a little over the limit: the 413 comes before the body is sent in full, and the server then reads the
     * rest, so the client's writes do not meet a reset and its connection serves the next request (without the drain
     * of {@link OversizeBody} the server closed the connection and the JDK client lost the answer).
     */
    @Test
    void bodyOverTheLimitIsAnsweredThenReadSoTheConnectionLives() throws Exception {
        try (AnnalsServer server = AnnalsServer.start(settings(), ApiTest.ANNALS, null);
             Socket s = new Socket(server.uri().getHost(), server.port())) {
            s.setSoTimeout((int) PROMPT_MILLIS);
            int declared = (int) ApiTest.MAX_BODY + 8 * 1024;
            int first = 1024;
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/tag HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nContent-Length: "
                    + declared + "\r\n\r\n" + "a".repeat(first)).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String answer = answer(in);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("\"error\"") && answer.contains("limit is " + ApiTest.MAX_BODY), answer);
            for (int sent = first; sent < declared; sent += 1024) { // the rest, after the answer
                out.write("b".repeat(Math.min(1024, declared - sent)).getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            out.write("GET /api/status HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String next = answer(in);
            assertTrue(next.startsWith("HTTP/1.1 200"), next);
        }
    }

    @Test
    void bodyCutShortIs408NotA500() throws Exception {
        try (AnnalsServer server = AnnalsServer.start(settings(), ApiTest.ANNALS, null);
             Socket s = new Socket(server.uri().getHost(), server.port())) {
            s.setSoTimeout((int) PROMPT_MILLIS);
            s.getOutputStream().write(("POST /api/tag HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: 1000\r\n\r\nOn May 1, 1950").getBytes(StandardCharsets.US_ASCII));
            s.shutdownOutput(); // the rest of the declared body never comes
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
            assertTrue(answer.contains("\"error\"") && answer.contains("did not arrive in full"), answer);
        }
    }

    /** One answer: status line, headers and a body of its Content-Length. */
    private static String answer(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int length = 0;
        for (String line; !(line = statusLine(in)).isEmpty(); ) {
            sb.append(line).append('\n');
            if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Integer.parseInt(line.substring(15).strip());
            }
        }
        byte[] body = in.readNBytes(length);
        return sb.append('\n').append(new String(body, StandardCharsets.UTF_8)).toString();
    }

    private static String statusLine(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int b; (b = in.read()) >= 0 && b != '\n'; ) {
            sb.append((char) b);
        }
        return sb.toString().strip();
    }

    /**
     * A raw connection sending its request a byte at a time: the headers (never ending them), or complete headers
     * and then a body far shorter than its declared length.
     */
    private static final class SlowClient implements AutoCloseable {

        final boolean headersOnly;
        final AtomicLong closedAt = new AtomicLong();
        private final Socket socket;
        private final byte[] bytes;
        private int next;

        SlowClient(URI base, boolean headersOnly) throws IOException {
            this.headersOnly = headersOnly;
            this.socket = new Socket(base.getHost(), base.getPort());
            socket.setSoTimeout(SOCKET_READ_MILLIS);
            String head = "POST /api/tag HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n";
            if (headersOnly) {
                bytes = (head + "X-Slow: " + "a".repeat(10_000)).getBytes(StandardCharsets.US_ASCII);
            } else {
                socket.getOutputStream().write((head + "Content-Length: 10000\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                bytes = "a".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
            }
        }

        /**
         * Sends one more byte. After the server closed the connection, a write is answered with a reset and the next
         * one fails: that is when the close is noted.
         */
        void drip() {
            if (closedAt.get() != 0) {
                return;
            }
            try {
                socket.getOutputStream().write(bytes[next++ % bytes.length]);
                socket.getOutputStream().flush();
            } catch (IOException e) {
                closedAt.set(System.nanoTime());
            }
        }

        /** Whether the server closed the connection: reading gives its end (or a reset) rather than a timeout. */
        boolean closedByServer() {
            if (closedAt.get() != 0) {
                return true;
            }
            try {
                InputStream in = socket.getInputStream();
                while (in.read() >= 0) {
                    // an answer before the close: read through it
                }
                closedAt.set(System.nanoTime());
            } catch (SocketTimeoutException e) {
                return false;
            } catch (IOException e) {
                closedAt.set(System.nanoTime());
            }
            return true;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
