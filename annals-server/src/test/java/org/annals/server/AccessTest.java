package org.annals.server;

import org.annals.model.Genre;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The access checks over the wire, as an attacker's requests arrive (raw HTTP, every header as sent): a foreign
 * {@code Host} (DNS rebinding), a foreign {@code Origin} writing into the archive, the missing and the wrong token,
 * the page's cookie flow, CORS for an allowed origin, {@code --read-only}. Nothing a refused request asks for runs:
 * the archive is unchanged.
 */
class AccessTest {

    static final String TOKEN = "a-test-token-1234567890";
    static final byte[] ARTICLE = "The museum reopened on March 3, 2023.".getBytes(StandardCharsets.UTF_8);

    static AnnalsServer start(FakeArchive archive, AccessSettings access, String host) {
        return AnnalsServer.start(ApiTest.settings().withHost(host).withAccess(access), ApiTest.ANNALS, archive);
    }

    static RawHttp.Answer send(URI base, String method, String path, byte[] body, String... headers)
            throws IOException {
        return RawHttp.exchange(base, method, path, List.of(headers), body == null ? "" : "text/plain", body);
    }

    @Test
    void aForeignHostIsRefusedAndNothingRuns() throws IOException {
        FakeArchive archive = new FakeArchive(ApiTest.ANNALS.apply(Genre.AUTO));
        try (AnnalsServer server = start(archive, AccessSettings.open(), "127.0.0.1")) {
            URI base = server.uri();
            RawHttp.Answer read = send(base, "GET", "/api/search?q=museum", null, "Host: evil.example");
            assertEquals(403, read.status(), read.body());
            assertTrue(read.error().contains("--allow-host"), read.body());
            assertTrue(read.header("content-type").startsWith("application/json"));
            assertEquals("", read.header("access-control-allow-origin"));
            RawHttp.Answer write = send(base, "POST", "/api/documents", ARTICLE, "Host: evil.example:" + base.getPort());
            assertEquals(403, write.status(), write.body());
            assertEquals(403, send(base, "GET", "/", null, "Host: evil.example").status(), "the page too");
            assertEquals(403, send(base, "GET", "/app.js", null, "Host: evil.example").status(), "and its files");
            assertEquals(0, archive.documentCount());
            assertEquals(200, send(base, "GET", "/api/status", null, "Host: localhost:" + base.getPort()).status());
            assertEquals(201, send(base, "POST", "/api/documents", ARTICLE).status(), "its own name still works");
            assertEquals(1, archive.documentCount());
        }
    }

    @Test
    void aForeignOriginCannotWriteNorAnalyse() throws IOException {
        FakeArchive archive = new FakeArchive(ApiTest.ANNALS.apply(Genre.AUTO));
        try (AnnalsServer server = start(archive, AccessSettings.open(), "127.0.0.1")) {
            URI base = server.uri();
            for (String path : List.of("/api/documents", "/api/tag", "/api/timeline")) {
                RawHttp.Answer a = send(base, "POST", path, ARTICLE, "Origin: http://evil.example");
                assertEquals(403, a.status(), path + ": " + a.body());
                assertTrue(a.error().contains("--allow-origin"), a.body());
                assertEquals("", a.header("access-control-allow-origin"));
            }
            assertEquals(403, send(base, "POST", "/api/documents", ARTICLE, "Sec-Fetch-Site: cross-site",
                    "Sec-Fetch-Mode: no-cors").status(), "a form or no-cors fetch without Origin");
            assertEquals(403, send(base, "POST", "/api/documents", ARTICLE, "Referer: http://evil.example/").status());
            assertEquals(403, send(base, "GET", "/api/search", null, "Origin: http://evil.example").status());
            assertEquals(0, archive.documentCount());
            RawHttp.Answer own = send(base, "POST", "/api/documents", ARTICLE,
                    "Origin: http://127.0.0.1:" + base.getPort(), "Sec-Fetch-Site: same-origin");
            assertEquals(201, own.status(), own.body());
            assertEquals("", own.header("access-control-allow-origin"), "no CORS headers for the own origin");
        }
    }

    @Test
    void anAllowedOriginGetsExactCorsHeaders() throws IOException {
        FakeArchive archive = new FakeArchive(ApiTest.ANNALS.apply(Genre.AUTO));
        AccessSettings access = AccessSettings.open().withAllowedOrigins(List.of("http://localhost:3000"));
        try (AnnalsServer server = start(archive, access, "127.0.0.1")) {
            URI base = server.uri();
            RawHttp.Answer pre = send(base, "OPTIONS", "/api/tag", null, "Origin: http://localhost:3000",
                    "Access-Control-Request-Method: POST", "Access-Control-Request-Headers: content-type");
            assertEquals(204, pre.status(), pre.body());
            assertEquals("http://localhost:3000", pre.header("access-control-allow-origin"));
            assertTrue(pre.header("access-control-allow-methods").contains("POST"));
            assertTrue(pre.header("access-control-allow-headers").toLowerCase().contains("content-type"));
            RawHttp.Answer post = send(base, "POST", "/api/tag", ARTICLE, "Origin: http://localhost:3000");
            assertEquals(200, post.status(), post.body());
            assertEquals("http://localhost:3000", post.header("access-control-allow-origin"));
            assertEquals("Origin", post.header("vary"));
            RawHttp.Answer other = send(base, "OPTIONS", "/api/tag", null, "Origin: http://localhost:3001",
                    "Access-Control-Request-Method: POST");
            assertEquals(403, other.status());
            assertEquals("", other.header("access-control-allow-origin"));
            RawHttp.Answer plainGet = send(base, "GET", "/api/status", null);
            assertEquals("", plainGet.header("access-control-allow-origin"), "no CORS unless asked by an allowed one");
        }
    }

    @Test
    void beyondLoopbackTheTokenIsNeeded() throws IOException {
        FakeArchive archive = new FakeArchive(ApiTest.ANNALS.apply(Genre.AUTO));
        // bound to every interface: reached here over loopback, as the tests must
        try (AnnalsServer server = start(archive, AccessSettings.open().withToken(TOKEN), "0.0.0.0")) {
            URI base = URI.create("http://127.0.0.1:" + server.port() + "/");
            RawHttp.Answer none = send(base, "GET", "/api/status", null);
            assertEquals(401, none.status(), none.body());
            assertTrue(none.header("www-authenticate").startsWith("Bearer"), none.headers().toString());
            assertTrue(none.error().contains("Authorization: Bearer TOKEN"), none.body());
            assertEquals(401, send(base, "GET", "/api/status", null, "Authorization: Bearer wrong-token-1234567")
                    .status());
            assertEquals(401, send(base, "POST", "/api/documents", ARTICLE).status());
            assertEquals(0, archive.documentCount());
            assertEquals(200, send(base, "GET", "/api/status", null, "Authorization: Bearer " + TOKEN).status());
            assertEquals(200, send(base, "GET", "/api/status", null, "Authorization: Bearer " + TOKEN,
                    "Host: annals.example.org").status(), "beyond loopback any name, the token protects");
            RawHttp.Answer stored = send(base, "POST", "/api/documents", ARTICLE, "Authorization: Bearer " + TOKEN);
            assertEquals(201, stored.status(), stored.body());

            RawHttp.Answer page = send(base, "GET", "/", null, "Accept: text/html");
            assertEquals(401, page.status());
            assertTrue(page.header("content-type").startsWith("text/html"), page.headers().toString());
            assertTrue(page.body().contains("?token=TOKEN"), page.body());
            assertFalse(page.body().contains(TOKEN));
        }
    }

    @Test
    void thePageOpenedWithTheTokenGetsACookieAndACleanUrl() throws IOException {
        FakeArchive archive = new FakeArchive(ApiTest.ANNALS.apply(Genre.AUTO));
        try (AnnalsServer server = start(archive, AccessSettings.open().withToken(TOKEN), "127.0.0.1")) {
            URI base = server.uri();
            assertEquals(401, send(base, "GET", "/api/status", null).status(), "--token-file on loopback");
            RawHttp.Answer open = send(base, "GET", "/?token=" + TOKEN + "&tab=archive", null, "Accept: text/html");
            assertEquals(303, open.status(), open.body());
            assertEquals("/?tab=archive", open.header("location"));
            String cookie = open.header("set-cookie");
            assertTrue(cookie.startsWith(AccessGuard.COOKIE + "=" + TOKEN + ";"), cookie);
            assertTrue(cookie.contains("HttpOnly"), cookie);
            assertTrue(cookie.contains("SameSite=Strict"), cookie);
            assertTrue(cookie.contains("Path=/"), cookie);
            assertEquals("no-referrer", open.header("referrer-policy"));
            String sent = "Cookie: " + AccessGuard.COOKIE + "=" + TOKEN;
            RawHttp.Answer page = send(base, "GET", "/", null, sent);
            assertEquals(200, page.status());
            assertTrue(page.body().contains("<title>annals</title>"));
            assertEquals(200, send(base, "GET", "/app.js", null, sent).status());
            assertEquals(200, send(base, "POST", "/api/tag", ARTICLE, sent,
                    "Origin: http://127.0.0.1:" + base.getPort()).status());
            assertEquals(401, send(base, "GET", "/?token=not-the-token-123456", null).status());
        }
    }

    @Test
    void readOnlyRefusesToAddDocuments() throws IOException {
        FakeArchive archive = new FakeArchive(ApiTest.ANNALS.apply(Genre.AUTO));
        archive.ingest(org.annals.model.Document.of("kept.txt", "The archive opened on May 2, 2020."));
        try (AnnalsServer server = start(archive, AccessSettings.open().withReadOnly(true), "127.0.0.1")) {
            URI base = server.uri();
            RawHttp.Answer a = send(base, "POST", "/api/documents", ARTICLE);
            assertEquals(403, a.status(), a.body());
            assertTrue(a.error().contains("read-only"), a.body());
            assertEquals(1, archive.documentCount());
            assertEquals(200, send(base, "GET", "/api/search?q=archive", null).status(), "reading goes on");
            assertEquals(200, send(base, "POST", "/api/tag", ARTICLE).status(), "and analysing");
            RawHttp.Answer status = send(base, "GET", "/api/status", null);
            assertTrue(Http.MAPPER.readTree(status.body()).path("readOnly").asBoolean(), status.body());
        }
    }
}
