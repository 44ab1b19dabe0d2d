package org.annals.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The request mix of the load test and {@code annals load}: in equal shares {@code POST /api/tag} and
 * {@code POST /api/timeline} of the given articles (as {@code text/plain}, with a document date), and
 * {@code GET /api/search} and {@code GET /api/timeline} of the given archive queries.
 */
public final class LoadMix {

    private static final String TEXT_PLAIN = "text/plain; charset=utf-8";
    private static final String CONTENT_TYPE = "Content-Type";
    private static final String POST = "POST ";
    private static final String GET = "GET ";

    private LoadMix() {
    }

    /** The routes of the API loaded (the server's contract, described in its openapi.json). */
    static final String TAG = "/api/tag";
    static final String TIMELINE = "/api/timeline";
    static final String SEARCH = "/api/search";

    /**
     * An archive query of the mix: text (or null) and an optional range of ISO dates.
     *
     * @param text the query text (Lucene syntax), or null
     * @param from the first day, or null
     * @param to   the last day, or null
     */
    public record Query(String text, String from, String to) {

        String parameters() {
            StringBuilder sb = new StringBuilder("limit=10");
            append(sb, "q", text);
            append(sb, "from", from);
            append(sb, "to", to);
            return sb.toString();
        }

        private static void append(StringBuilder sb, String name, String value) {
            if (value != null) {
                sb.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }

    /** The four routes against the server at {@code base}. */
    public static List<LoadDriver.Route> standard(URI base, List<String> articles, String dct, List<Query> queries) {
        List<HttpRequest> tag = new ArrayList<>();
        List<HttpRequest> timeline = new ArrayList<>();
        for (String a : articles) {
            tag.add(post(base, TAG, dct, a));
            timeline.add(post(base, TIMELINE, dct, a));
        }
        List<HttpRequest> search = new ArrayList<>();
        List<HttpRequest> archiveTimeline = new ArrayList<>();
        for (Query q : queries) {
            search.add(HttpRequest.newBuilder(base.resolve(SEARCH + "?" + q.parameters())).GET().build());
            archiveTimeline.add(HttpRequest.newBuilder(base.resolve(TIMELINE + "?" + q.parameters())).GET()
                    .build());
        }
        return List.of(new LoadDriver.Route(POST + TAG, tag), new LoadDriver.Route(POST + TIMELINE, timeline),
                new LoadDriver.Route(GET + SEARCH, search), new LoadDriver.Route(GET + TIMELINE,
                        archiveTimeline));
    }

    /** {@code POST path?dct=...} of a text. */
    public static HttpRequest post(URI base, String path, String dct, String text) {
        String query = dct == null ? "" : "?" + "dct=" + URLEncoder.encode(dct, StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(base.resolve(path + query)).header(CONTENT_TYPE, TEXT_PLAIN)
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build();
    }
}
