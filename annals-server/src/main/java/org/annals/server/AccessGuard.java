package org.annals.server;

import io.javalin.http.Context;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who gets in: the first handler of every request, run before any body is read. In order:
 * <ol>
 * <li><b>Host.</b> On loopback, a request whose {@code Host} is not {@code 127.0.0.1}, {@code localhost} or
 * {@code [::1]} at the port it arrived on (or without a port), nor a name given with {@code --allow-host}, is refused (403): a page whose
 * name was rebound to 127.0.0.1 (DNS rebinding) still sends its own name. Beyond loopback any name is taken unless
 * {@code --allow-host} narrows it (the token protects).</li>
 * <li><b>Origin.</b> A request from a page of another origin is refused (403), whatever its method: the browser says
 * where it comes from in {@code Origin}, else {@code Sec-Fetch-Site}, else (for POST) {@code Referer}. Requests that
 * say nothing (curl, scripts) pass. An origin given with {@code --allow-origin} passes and gets exact CORS headers
 * ({@code Access-Control-Allow-Origin} naming it, never {@code *}); its preflights are answered here. A link followed
 * from another site to an API URL (a top-level navigation) passes: the browser shows the answer to the user, not to
 * the other site.</li>
 * <li><b>Token.</b> When the server has one (always beyond loopback), {@code Authorization: Bearer TOKEN} or the
 * {@value #COOKIE} cookie must carry it; a GET with {@code ?token=TOKEN} sets that cookie ({@code HttpOnly},
 * {@code SameSite=Strict}) and is redirected to the same URL without it. Else 401.</li>
 * </ol>
 * Refusals are JSON errors that name the option that would allow the request; a browser asking for a page gets the
 * same words as a small HTML page.
 */
final class AccessGuard {

    /** The cookie that carries the token for the page. */
    static final String COOKIE = "annals_token";
    /** The query parameter that hands the page its token once. */
    static final String TOKEN_PARAM = "token";
    /** How long the page's cookie lasts: 30 days. */
    static final int COOKIE_SECONDS = 30 * 24 * 3600;

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final List<String> LOOPBACK_NAMES = List.of("127.0.0.1", "localhost", "[::1]");
    private static final String API_PREFIX = "/api/";
    private static final String BEARER = "bearer ";

    private final boolean loopback;
    private final List<Authority> allowedHosts = new ArrayList<>();
    private final List<String> localNames = new ArrayList<>(LOOPBACK_NAMES);
    private final Set<Authority.Origin> allowedOrigins = new HashSet<>();
    private final AccessToken token;

    AccessGuard(String boundHost, AccessSettings access) {
        this.loopback = AccessSettings.isLoopback(boundHost);
        for (String h : access.allowedHosts()) {
            allowedHosts.add(Authority.parse(h));
        }
        Authority bound = Authority.parse(boundHost);
        if (bound != null && !localNames.contains(bound.host())) {
            localNames.add(bound.host());
        }
        for (String o : access.allowedOrigins()) {
            allowedOrigins.add(Authority.Origin.parse(o));
        }
        this.token = access.token() == null ? null : new AccessToken(access.token());
    }

    /** A request as the guard sees it. */
    interface Request {
        String method();

        String path();

        /** A header's value, or null. */
        String header(String name);

        /** A cookie's value, or null. */
        String cookie(String name);

        /** The raw query string (without {@code ?}), or null. */
        String query();

        /** The port the request arrived on. */
        int localPort();
    }

    /** What to do with a request. */
    sealed interface Decision {
        /** Go on to the route; {@code corsOrigin} (or null) is the allowed foreign origin to name in CORS headers. */
        record Pass(String corsOrigin) implements Decision {
        }

        /** Answer {@code status} with {@code message} and nothing else. */
        record Refuse(int status, String message) implements Decision {
        }

        /** Answer an allowed origin's CORS preflight. */
        record Preflight(String origin) implements Decision {
        }

        /** Set the token cookie to {@code token} and send the browser to {@code location}. */
        record SetCookie(String token, String location) implements Decision {
        }
    }

    Decision decide(Request r) {
        String method = r.method().toUpperCase(Locale.ROOT);
        String host = r.header("Host");
        if (!hostAllowed(host, r.localPort())) {
            return new Decision.Refuse(Status.FORBIDDEN, "this server does not answer to the name '" + host
                    + "': it answers to the address it serves" + (loopback ? " (127.0.0.1, localhost, [::1])" : "")
                    + " and to the names given with annals serve --allow-host NAME");
        }
        String origin = r.header("Origin");
        Authority own = Authority.parse(host);
        if ("OPTIONS".equals(method) && origin != null && r.header("Access-Control-Request-Method") != null) {
            Authority.Origin o = Authority.Origin.parse(origin);
            if (o != null && allowed(o)) {
                return new Decision.Preflight(o.toString());
            }
            return foreign(origin);
        }
        boolean unsafe = !SAFE_METHODS.contains(method);
        if (origin != null) {
            Authority.Origin o = Authority.Origin.parse(origin);
            if (o != null && sameOrigin(o, own)) {
                return tokenChecked(r, method, null);
            }
            if (o != null && allowed(o)) {
                return tokenChecked(r, method, o.toString());
            }
            return foreign(origin);
        }
        String site = r.header("Sec-Fetch-Site");
        if (site != null) {
            String s = site.strip().toLowerCase(Locale.ROOT);
            boolean ours = s.equals("same-origin") || s.equals("none");
            boolean navigation = "navigate".equalsIgnoreCase(strip(r.header("Sec-Fetch-Mode")));
            if (!ours && (unsafe || r.path().startsWith(API_PREFIX) && !navigation)) {
                return new Decision.Refuse(Status.FORBIDDEN, "a request from a page of another site (Sec-Fetch-Site: "
                        + site + ") is refused; a client of another origin must send its Origin and be allowed with"
                        + " annals serve --allow-origin URL");
            }
        } else if (unsafe && r.header("Referer") != null) {
            Authority.Origin o = Authority.Origin.parse(r.header("Referer"));
            if (o == null || !sameOrigin(o, own) && !allowed(o)) {
                return foreign(o == null ? r.header("Referer") : o.toString());
            }
        }
        return tokenChecked(r, method, null);
    }

    /** The Javalin before-handler: decides, and answers at once unless the request passes. */
    void handle(Context ctx) {
        Decision d = decide(new ContextRequest(ctx));
        switch (d) {
            case Decision.Pass p -> {
                if (p.corsOrigin() != null) {
                    ctx.header("Access-Control-Allow-Origin", p.corsOrigin());
                    ctx.header("Vary", "Origin");
                }
            }
            case Decision.Preflight p -> {
                ctx.header("Access-Control-Allow-Origin", p.origin());
                ctx.header("Access-Control-Allow-Methods", "GET, POST");
                ctx.header("Access-Control-Allow-Headers", "Content-Type, Authorization");
                ctx.header("Access-Control-Max-Age", "600");
                ctx.header("Vary", "Origin");
                ctx.status(Status.NO_CONTENT);
                ctx.skipRemainingHandlers();
            }
            case Decision.SetCookie c -> {
                boolean https = ctx.req().isSecure() || "https".equalsIgnoreCase(strip(ctx.header("X-Forwarded-Proto")));
                ctx.header("Set-Cookie", COOKIE + "=" + c.token() + "; Path=/; Max-Age="
                        + COOKIE_SECONDS + "; HttpOnly; SameSite=Strict" + (https ? "; Secure" : ""));
                ctx.header("Location", c.location());
                ctx.header("Cache-Control", "no-store");
                ctx.header("Referrer-Policy", "no-referrer");
                ctx.status(Status.SEE_OTHER);
                ctx.skipRemainingHandlers();
            }
            case Decision.Refuse r -> {
                if (r.status() == Status.UNAUTHORIZED) {
                    ctx.header("WWW-Authenticate", "Bearer realm=\"annals\"");
                }
                throw new ApiException(r.status(), r.message());
            }
        }
    }

    private Decision tokenChecked(Request r, String method, String corsOrigin) {
        if (token == null) {
            return new Decision.Pass(corsOrigin);
        }
        String auth = r.header("Authorization");
        if (auth != null && auth.length() > BEARER.length()
                && auth.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && token.matches(auth.substring(BEARER.length()).strip())) {
            return new Decision.Pass(corsOrigin);
        }
        if (token.matches(r.cookie(COOKIE))) {
            return new Decision.Pass(corsOrigin);
        }
        List<String> given = tokenParams(r.query());
        if (("GET".equals(method) || "HEAD".equals(method)) && given.size() == 1 && token.matches(given.get(0))) {
            return new Decision.SetCookie(given.get(0), cleanLocation(r.path(), r.query()));
        }
        return new Decision.Refuse(Status.UNAUTHORIZED, "this server needs its access token: send 'Authorization:"
                + " Bearer TOKEN', or open the page once as /?token=TOKEN (annals serve prints the token when it"
                + " starts, or reads it from --token-file)");
    }

    private boolean hostAllowed(String header, int localPort) {
        if (header == null) {
            return true; // HTTP/1.0 without a Host: never a browser
        }
        Authority a = Authority.parse(header);
        if (a == null) {
            return false;
        }
        int port = a.withDefaultPort(80).port();
        for (Authority h : allowedHosts) {
            if (h.host().equals(a.host()) && (h.port() == Authority.NO_PORT || h.port() == port)) {
                return true;
            }
        }
        if (!loopback && allowedHosts.isEmpty()) {
            return true;
        }
        // a name is what rebinding forges; a port-less Host (a script's) names no other server
        return localNames.contains(a.host()) && (a.port() == Authority.NO_PORT || a.port() == localPort);
    }

    private boolean allowed(Authority.Origin o) {
        return allowedOrigins.contains(o);
    }

    /** The origin the page came from is the server's own: same host and port as the (checked) Host header. */
    private static boolean sameOrigin(Authority.Origin o, Authority own) {
        return own != null && o.authority().host().equals(own.host())
                && o.authority().port() == own.withDefaultPort(o.defaultPort()).port();
    }

    private static Decision foreign(String origin) {
        return new Decision.Refuse(Status.FORBIDDEN, "a request from a page of another origin (" + origin + ") is"
                + " refused; to allow that origin's pages: annals serve --allow-origin URL");
    }

    /** The values of the query's {@value #TOKEN_PARAM} parameters. */
    private static List<String> tokenParams(String query) {
        List<String> values = new ArrayList<>();
        if (query == null || query.isEmpty()) {
            return values;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (TOKEN_PARAM.equals(name)) {
                values.add(eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return values;
    }

    /** The path and query without the token: a path that the browser could read as another host starts with one /. */
    static String cleanLocation(String path, String query) {
        String p = path == null || path.isEmpty() ? "/" : path;
        int i = 0;
        while (i < p.length() && (p.charAt(i) == '/' || p.charAt(i) == '\\')) {
            i++;
        }
        p = "/" + p.substring(i);
        StringBuilder rest = new StringBuilder();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (pair.isEmpty() || TOKEN_PARAM.equals(decode(eq < 0 ? pair : pair.substring(0, eq)))) {
                    continue;
                }
                rest.append(rest.isEmpty() ? "?" : "&").append(pair);
            }
        }
        return p + rest;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    /** A Javalin request seen by the guard. */
    private record ContextRequest(Context ctx) implements Request {
        @Override
        public String method() {
            return ctx.req().getMethod();
        }

        @Override
        public String path() {
            return ctx.req().getRequestURI();
        }

        @Override
        public String header(String name) {
            return ctx.req().getHeader(name);
        }

        @Override
        public String cookie(String name) {
            return ctx.cookie(name);
        }

        @Override
        public String query() {
            return ctx.req().getQueryString();
        }

        @Override
        public int localPort() {
            return ctx.req().getLocalPort();
        }
    }
}
