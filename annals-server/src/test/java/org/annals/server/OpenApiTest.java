package org.annals.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.router.Endpoint;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /openapi.json} describes exactly the registered routes, and its references resolve. */
class OpenApiTest {

    @Test
    void describesEveryRouteAndNothingElse() {
        try (AnnalsServer server = AnnalsServer.start(ApiTest.settings(), ApiTest.ANNALS, null)) {
            Http.Response r = new Http(server.uri()).get("/openapi.json");
            assertEquals(200, r.status());
            JsonNode spec = r.json();
            assertTrue(spec.path("openapi").asText().startsWith("3.1"), "OpenAPI 3.1");
            Set<String> registered = new TreeSet<>();
            for (Endpoint e : server.endpoints()) {
                registered.add(e.method.name().toLowerCase(Locale.ROOT) + " " + e.path);
            }
            Set<String> described = new TreeSet<>();
            for (Iterator<Map.Entry<String, JsonNode>> p = spec.path("paths").fields(); p.hasNext(); ) {
                Map.Entry<String, JsonNode> path = p.next();
                for (Iterator<Map.Entry<String, JsonNode>> m = path.getValue().fields(); m.hasNext(); ) {
                    Map.Entry<String, JsonNode> op = m.next();
                    described.add(op.getKey() + " " + path.getKey());
                    assertTrue(op.getValue().path("responses").size() > 0, "responses of " + path.getKey());
                    assertFalse(op.getValue().path("summary").asText().isBlank(), "summary of " + path.getKey());
                }
            }
            assertEquals(registered, described);
        }
    }

    @Test
    void everyOperationListsTheAccessRefusalsAndTheTokenScheme() throws Exception {
        JsonNode spec;
        try (var in = Api.class.getResourceAsStream("openapi.json")) {
            spec = Http.MAPPER.readTree(in);
        }
        assertEquals("bearer", spec.at("/components/securitySchemes/bearerToken/scheme").asText());
        assertEquals(AccessGuard.COOKIE, spec.at("/components/securitySchemes/tokenCookie/name").asText());
        for (Iterator<Map.Entry<String, JsonNode>> p = spec.path("paths").fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            for (JsonNode op : path.getValue()) {
                assertTrue(op.path("responses").has("401"), "401 of " + path.getKey());
                assertTrue(op.path("responses").has("403"), "403 of " + path.getKey());
            }
        }
        assertTrue(spec.at("/paths/~1api~1documents/post/responses/403/description").asText().contains("read-only"));
    }

    @Test
    void everyReferenceResolves() throws Exception {
        JsonNode spec;
        try (var in = Api.class.getResourceAsStream("openapi.json")) {
            spec = Http.MAPPER.readTree(in);
        }
        Set<String> refs = new HashSet<>();
        collect(spec, refs);
        assertFalse(refs.isEmpty());
        for (String ref : refs) {
            assertTrue(ref.startsWith("#/"), ref);
            assertFalse(spec.at(ref.substring(1)).isMissingNode(), "unresolved " + ref);
        }
    }

    private static void collect(JsonNode n, Set<String> refs) {
        if (n.isObject()) {
            JsonNode ref = n.get("$ref");
            if (ref != null) {
                refs.add(ref.asText());
            }
        }
        n.forEach(c -> collect(c, refs));
    }
}
