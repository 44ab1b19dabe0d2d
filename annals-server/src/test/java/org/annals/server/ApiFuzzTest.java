package org.annals.server;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.annals.model.Genre;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The JSON API's request parsing under arbitrary requests (Jazzer; regression mode in CI, see TaggerFuzzTest in
 * annals-core): any route, content type, body and query parameters. Every answer must be one of the documented
 * statuses, never a 500, with a JSON body; an error answer carries a message.
 */
class ApiFuzzTest {

    private static final Set<Integer> ALLOWED = Set.of(200, 201, 400, 404, 405, 413, 415, 503);
    private static final String[] ROUTES = {"/api/tag", "/api/timeline", "/api/documents", "/api/search",
            "/api/timeline", "/api/documents/"};
    private static final String[] TYPES = {"application/json", "text/plain; charset=utf-8", "text/html",
            "multipart/form-data; boundary=XyZ", "application/octet-stream", "application/json; charset=latin1", ""};
    private static final String[] PARAMS = {"dct", "genre", "title", "source", "q", "from", "to", "limit",
            "withText"};

    private static AnnalsServer server;
    private static FakeArchive archive;

    @BeforeAll
    static void start() {
        archive = new FakeArchive(ApiTest.ANNALS.apply(Genre.AUTO));
        server = AnnalsServer.start(ApiTest.settings(), ApiTest.ANNALS, archive);
    }

    @AfterAll
    static void stop() {
        server.close();
        archive.close();
    }

    @FuzzTest(maxDuration = "10m")
    void arbitraryRequests(FuzzedDataProvider data) {
        String route = data.pickValue(ROUTES);
        boolean post = route.equals("/api/tag") || route.equals("/api/documents") || data.consumeBoolean();
        StringBuilder path = new StringBuilder(route);
        if (route.endsWith("/")) {
            path.append(URLEncoder.encode(data.consumeString(40), StandardCharsets.UTF_8));
        }
        int params = data.consumeInt(0, 3);
        for (int i = 0; i < params; i++) {
            path.append(i == 0 ? '?' : '&').append(data.pickValue(PARAMS)).append('=')
                    .append(URLEncoder.encode(data.consumeString(30), StandardCharsets.UTF_8));
        }
        String type = data.pickValue(TYPES);
        byte[] body = data.consumeRemainingAsBytes();
        long t0 = System.nanoTime();
        Http.Response r;
        try {
            r = RawHttp.exchange(server.uri(), post ? "POST" : "GET", path.toString(), post ? type : "",
                    post ? body : null);
        } catch (java.io.IOException e) {
            throw new AssertionError(e.getMessage() + " after " + (System.nanoTime() - t0) / 1_000_000 + " ms for "
                    + (post ? "POST " : "GET ") + path + " (" + type + ", " + body.length + " bytes)", e);
        }
        if (!ALLOWED.contains(r.status())) {
            throw new AssertionError(r.status() + " for " + (post ? "POST " : "GET ") + path + " (" + type + ", "
                    + body.length + " bytes): " + r.body());
        }
        JsonNode json = r.json();
        if (r.status() >= 400 && json.path("error").asText("").isBlank()) {
            throw new AssertionError(r.status() + " without a message: " + r.body());
        }
    }
}
