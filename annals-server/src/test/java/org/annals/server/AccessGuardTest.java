package org.annals.server;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each check of {@link AccessGuard}, on requests made up here: Host, Origin and its fallbacks, CORS, the token. */
class AccessGuardTest {

    static final int PORT = 8080;
    static final String TOKEN = "s3cret-token-of-enough-length";
    static final AccessGuard LOOPBACK = new AccessGuard("127.0.0.1", AccessSettings.open());

    /** A request: method, path with query, headers as "Name: value". */
    static AccessGuard.Request request(String method, String pathAndQuery, String... headers) {
        Map<String, String> h = new HashMap<>();
        for (String line : headers) {
            int colon = line.indexOf(':');
            h.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String query = q < 0 ? null : pathAndQuery.substring(q + 1);
        return new AccessGuard.Request() {
            @Override
            public String method() {
                return method;
            }

            @Override
            public String path() {
                return path;
            }

            @Override
            public String header(String name) {
                return h.get(name.toLowerCase(Locale.ROOT));
            }

            @Override
            public String cookie(String name) {
                String all = h.get("cookie");
                if (all == null) {
                    return null;
                }
                for (String c : all.split(";")) {
                    String[] kv = c.strip().split("=", 2);
                    if (kv[0].equals(name) && kv.length == 2) {
                        return kv[1];
                    }
                }
                return null;
            }

            @Override
            public String query() {
                return query;
            }

            @Override
            public int localPort() {
                return PORT;
            }
        };
    }

    static String verdict(AccessGuard guard, AccessGuard.Request r) {
        return switch (guard.decide(r)) {
            case AccessGuard.Decision.Pass p -> p.corsOrigin() == null ? "pass" : "cors " + p.corsOrigin();
            case AccessGuard.Decision.Refuse f -> String.valueOf(f.status());
            case AccessGuard.Decision.Preflight p -> "preflight " + p.origin();
            case AccessGuard.Decision.SetCookie c -> "cookie " + c.location();
        };
    }

    // ---- Host, on loopback: only the address served, at its port, and --allow-host names

    @ParameterizedTest(name = "[{index}] Host: {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "127.0.0.1:8080        | pass",
        "localhost:8080        | pass",
        "LOCALHOST:8080        | pass",
        "[::1]:8080            | pass",
        "evil.example          | 403",
        "evil.example:8080     | 403",
        "127.0.0.1:9999        | 403",
        "127.0.0.1             | pass",
        "localhost.:8080       | 403",
        "127.0.0.1.evil.example:8080 | 403",
        "'127.0.0.1:8080 x'    | 403",
        "127.0.0.1:80800       | 403",
        "[::1                  | 403",
    })
    void hostOnLoopback(String host, String expected) {
        assertEquals(expected, verdict(LOOPBACK, request("GET", "/api/status", "Host: " + host)));
    }

    @Test
    void aRequestWithoutHostIsNoBrowsers() {
        assertEquals("pass", verdict(LOOPBACK, request("GET", "/api/status")));
    }

    @Test
    void allowHostAddsNamesWithOrWithoutAPort() {
        AccessGuard g = new AccessGuard("127.0.0.1",
                AccessSettings.open().withAllowedHosts(List.of("annals.example.org", "proxy.lan:8443")));
        assertEquals("pass", verdict(g, request("GET", "/", "Host: annals.example.org")));
        assertEquals("pass", verdict(g, request("GET", "/", "Host: Annals.Example.org:443")));
        assertEquals("pass", verdict(g, request("GET", "/", "Host: proxy.lan:8443")));
        assertEquals("403", verdict(g, request("GET", "/", "Host: proxy.lan:8444")));
        assertEquals("403", verdict(g, request("GET", "/", "Host: other.example.org")));
        assertEquals("pass", verdict(g, request("GET", "/", "Host: 127.0.0.1:8080")));
    }

    @Test
    void beyondLoopbackAnyHostUnlessNarrowed() {
        AccessSettings token = AccessSettings.open().withToken(TOKEN);
        AccessGuard open = new AccessGuard("0.0.0.0", token);
        String auth = "Authorization: Bearer " + TOKEN;
        assertEquals("pass", verdict(open, request("GET", "/api/status", "Host: 192.168.1.20:8080", auth)));
        assertEquals("pass", verdict(open, request("GET", "/api/status", "Host: whatever.example", auth)));
        AccessGuard narrowed = new AccessGuard("0.0.0.0", token.withAllowedHosts(List.of("annals.lan")));
        assertEquals("pass", verdict(narrowed, request("GET", "/api/status", "Host: annals.lan:8080", auth)));
        assertEquals("pass", verdict(narrowed, request("GET", "/api/status", "Host: localhost:8080", auth)));
        assertEquals("403", verdict(narrowed, request("GET", "/api/status", "Host: whatever.example", auth)));
    }

    // ---- Origin, then Sec-Fetch-Site, then Referer

    @ParameterizedTest(name = "[{index}] {0} {1} with {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
        // the server's own pages
        "POST | /api/documents | Origin: http://127.0.0.1:8080         | pass",
        "POST | /api/documents | Origin: https://127.0.0.1:8080        | pass",
        "POST | /api/tag       | Origin: http://localhost:8080         | 403",
        "POST | /api/tag       | Origin: http://127.0.0.1              | 403",
        // other origins, whatever the method
        "POST | /api/documents | Origin: http://evil.example           | 403",
        "POST | /api/documents | Origin: http://127.0.0.1:9999         | 403",
        "POST | /api/documents | Origin: null                          | 403",
        "POST | /api/documents | Origin: file://                       | 403",
        "PUT  | /api/documents | Origin: http://evil.example           | 403",
        "DELETE | /api/documents/x | Origin: http://evil.example       | 403",
        "GET  | /api/search    | Origin: http://evil.example           | 403",
        // no Origin: what the browser says about the site
        "POST | /api/documents | Sec-Fetch-Site: cross-site            | 403",
        "POST | /api/documents | Sec-Fetch-Site: same-site             | 403",
        "POST | /api/documents | Sec-Fetch-Site: same-origin           | pass",
        "GET  | /api/search    | Sec-Fetch-Site: cross-site            | 403",
        "GET  | /api/search    | Sec-Fetch-Site: none                  | pass",
        "GET  | /app.css       | Sec-Fetch-Site: cross-site            | pass",
        // no Origin, no Sec-Fetch-Site: the Referer, for writes
        "POST | /api/documents | Referer: http://evil.example/page     | 403",
        "POST | /api/documents | Referer: http://127.0.0.1:8080/       | pass",
        "POST | /api/documents | Referer: about:blank                  | 403",
        "GET  | /api/search    | Referer: http://evil.example/page     | pass",
        // nothing said: curl, scripts
        "POST | /api/documents | X-Nothing: 1                          | pass",
    })
    void originChecks(String method, String path, String header, String expected) {
        assertEquals(expected, verdict(LOOPBACK, request(method, path, "Host: 127.0.0.1:8080", header)));
    }

    @Test
    void aLinkFollowedFromAnotherSiteIsTheUsersOwnNavigation() {
        assertEquals("pass", verdict(LOOPBACK, request("GET", "/api/search?q=x", "Host: 127.0.0.1:8080",
                "Sec-Fetch-Site: cross-site", "Sec-Fetch-Mode: navigate")));
        assertEquals("403", verdict(LOOPBACK, request("POST", "/api/documents", "Host: 127.0.0.1:8080",
                "Sec-Fetch-Site: cross-site", "Sec-Fetch-Mode: navigate")), "a form post navigates too");
    }

    @Test
    void allowedOriginsGetExactCorsAndTheirPreflights() {
        AccessGuard g = new AccessGuard("127.0.0.1",
                AccessSettings.open().withAllowedOrigins(List.of("http://localhost:3000", "https://tools.lan/")));
        assertEquals("cors http://localhost:3000", verdict(g, request("POST", "/api/tag", "Host: 127.0.0.1:8080",
                "Origin: http://localhost:3000")));
        assertEquals("cors https://tools.lan", verdict(g, request("GET", "/api/search", "Host: 127.0.0.1:8080",
                "Origin: https://tools.lan")));
        assertEquals("403", verdict(g, request("GET", "/api/search", "Host: 127.0.0.1:8080",
                "Origin: http://tools.lan")), "another scheme is another origin");
        assertEquals("403", verdict(g, request("POST", "/api/tag", "Host: 127.0.0.1:8080",
                "Origin: http://localhost:3001")));
        assertEquals("preflight http://localhost:3000", verdict(g, request("OPTIONS", "/api/tag",
                "Host: 127.0.0.1:8080", "Origin: http://localhost:3000", "Access-Control-Request-Method: POST")));
        assertEquals("403", verdict(g, request("OPTIONS", "/api/tag", "Host: 127.0.0.1:8080",
                "Origin: http://evil.example", "Access-Control-Request-Method: POST")));
        assertEquals("403", verdict(g, request("POST", "/api/tag", "Host: evil.example",
                "Origin: http://localhost:3000")), "the Host check comes first");
    }

    // ---- the token

    @Test
    void theTokenIsNeededEverywhereAndTakenFromTheHeaderOrTheCookie() {
        AccessGuard g = new AccessGuard("0.0.0.0", AccessSettings.open().withToken(TOKEN));
        String host = "Host: annals.lan:8080";
        assertEquals("401", verdict(g, request("GET", "/api/status", host)));
        assertEquals("401", verdict(g, request("GET", "/", host)));
        assertEquals("401", verdict(g, request("GET", "/app.js", host)));
        assertEquals("401", verdict(g, request("GET", "/api/status", host, "Authorization: Bearer wrong-token-0123456")));
        assertEquals("401", verdict(g, request("GET", "/api/status", host, "Authorization: Basic " + TOKEN)));
        assertEquals("401", verdict(g, request("GET", "/api/status", host, "Authorization: Bearer " + TOKEN + "x")));
        assertEquals("401", verdict(g, request("GET", "/api/status", host, "Authorization: Bearer "
                + TOKEN.substring(1))));
        assertEquals("pass", verdict(g, request("GET", "/api/status", host, "Authorization: Bearer " + TOKEN)));
        assertEquals("pass", verdict(g, request("GET", "/api/status", host, "Authorization: bearer  " + TOKEN)));
        assertEquals("pass", verdict(g, request("POST", "/api/tag", host, "Cookie: a=b; annals_token=" + TOKEN)));
        assertEquals("401", verdict(g, request("POST", "/api/tag", host, "Cookie: annals_token=" + TOKEN + "0")));
        assertEquals("403", verdict(g, request("POST", "/api/tag", host, "Cookie: annals_token=" + TOKEN,
                "Origin: http://evil.example")), "the token does not lift the origin check");
    }

    @Test
    void theTokenInTheQuerySetsTheCookieAndRedirectsToTheCleanUrl() {
        AccessGuard g = new AccessGuard("0.0.0.0", AccessSettings.open().withToken(TOKEN));
        String host = "Host: annals.lan:8080";
        assertEquals("cookie /", verdict(g, request("GET", "/?token=" + TOKEN, host)));
        assertEquals("cookie /?q=ferry&from=1950", verdict(g, request("GET", "/?q=ferry&token=" + TOKEN
                + "&from=1950", host)));
        assertEquals("401", verdict(g, request("GET", "/?token=wrong-token-0123456", host)));
        assertEquals("401", verdict(g, request("POST", "/api/tag?token=" + TOKEN, host)), "GET only");
        assertEquals("401", verdict(g, request("GET", "/?token=" + TOKEN + "&token=" + TOKEN, host)));
        assertEquals("/evil.example/", AccessGuard.cleanLocation("//evil.example/", "token=x"),
                "never a location another host could be read from");
        assertEquals("/x", AccessGuard.cleanLocation("/\\x", null));
    }

    @Test
    void onLoopbackTheTokenIsOptional() {
        assertEquals("pass", verdict(LOOPBACK, request("GET", "/api/status", "Host: 127.0.0.1:8080")));
        AccessGuard withToken = new AccessGuard("127.0.0.1", AccessSettings.open().withToken(TOKEN));
        assertEquals("401", verdict(withToken, request("GET", "/api/status", "Host: 127.0.0.1:8080")));
    }

    // ---- settings and the token itself

    @Test
    void settingsRefuseWhatCannotWork() {
        assertThrows(IllegalArgumentException.class, () -> AccessSettings.open().withToken("short"));
        assertThrows(IllegalArgumentException.class, () -> AccessSettings.open().withToken("has a space in it ok"));
        assertThrows(IllegalArgumentException.class,
                () -> AccessSettings.open().withAllowedOrigins(List.of("evil.example")));
        assertThrows(IllegalArgumentException.class,
                () -> AccessSettings.open().withAllowedOrigins(List.of("http://tools.lan/app")));
        assertThrows(IllegalArgumentException.class,
                () -> AccessSettings.open().withAllowedOrigins(List.of("ftp://tools.lan")));
        assertThrows(IllegalArgumentException.class,
                () -> AccessSettings.open().withAllowedHosts(List.of("http://tools.lan")));
        assertThrows(IllegalArgumentException.class, () -> AnnalsServer.start(
                ServerSettings.defaults().withHost("0.0.0.0").withPort(0), null),
                "beyond loopback without a token");
    }

    @Test
    void loopbackAddresses() {
        for (String h : List.of("127.0.0.1", "127.1.2.3", "::1", "[::1]", "localhost")) {
            assertTrue(AccessSettings.isLoopback(h), h);
        }
        for (String h : List.of("0.0.0.0", "::", "192.168.1.5", "example.org", "10.0.0.1")) {
            assertFalse(AccessSettings.isLoopback(h), h);
        }
    }

    @Test
    void generatedTokensAreLongAndDifferentAndCompareExactly() {
        String a = AccessToken.generate();
        String b = AccessToken.generate();
        assertEquals(43, a.length(), "256 bits in base64url");
        assertFalse(a.equals(b));
        AccessSettings.checkToken(a);
        AccessToken t = new AccessToken(a);
        assertTrue(t.matches(a));
        assertFalse(t.matches(b));
        assertFalse(t.matches(null));
        assertFalse(t.matches(""));
    }

    @Test
    void aTokenFileIsMadeOnceAndReadAfter(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("sub").resolve("token");
        String made = AccessToken.fromFile(file);
        assertEquals(made, AccessToken.fromFile(file), "it survives a restart");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(file)));
        java.nio.file.Files.writeString(file, "tooshort\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AccessToken.fromFile(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void authorities() {
        assertEquals(new Authority("[::1]", 8080), Authority.parse("[::1]:8080"));
        assertEquals(new Authority("example.org", -1), Authority.parse("Example.ORG"));
        assertNull(Authority.parse("a b"));
        assertNull(Authority.parse(""));
        assertNull(Authority.parse("host:"));
        assertEquals(new Authority("example.org", 443), Authority.Origin.parse("https://example.org").authority());
        assertEquals(new Authority("example.org", 80),
                Authority.Origin.parse("http://example.org/path?q#f").authority());
        assertNull(Authority.Origin.parse("http://user@example.org"));
        assertNull(Authority.Origin.parse("null"));
        assertInstanceOf(Authority.Origin.class, Authority.Origin.parse("http://x.org:81"));
        assertEquals("http://x.org:81", Authority.Origin.parse("HTTP://X.org:81/").toString());
        assertEquals("https://x.org", Authority.Origin.parse("https://x.org:443").toString());
    }
}
