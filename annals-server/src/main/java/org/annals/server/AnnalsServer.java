package org.annals.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.Endpoint;
import org.annals.api.Annals;
import org.annals.archive.Archive;
import org.annals.model.Genre;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The annals HTTP server: the JSON API under {@code /api}, its OpenAPI description at {@code /openapi.json} and the
 * web page at {@code /} (static files from {@code web/} on the class path, libraries from WebJars).
 *
 * <p>Every error is JSON, {@code {"error": "..."}}: 400 for malformed input, 404 for unknown routes and documents,
 * 413 for bodies over {@link ServerSettings#maxBodyBytes}, 503 without an archive, when busy or past the time
 * budget, and 500 (details logged, never sent) for anything unexpected. A client that takes longer than
 * {@link ServerSettings#readTimeout} to send a request, or stays silent that long, has its connection closed
 * ({@link RequestDeadline}).
 * <pre>{@code
 * try (AnnalsServer server = AnnalsServer.start(ServerSettings.defaults().withPort(0), archive)) {
 *     URI base = server.uri();
 * }
 * }</pre>
 */
public final class AnnalsServer implements AutoCloseable {

    static final System.Logger LOG = System.getLogger(AnnalsServer.class.getName());
    /**
     * One line per request answered: method, path, status, milliseconds; requests over the time budget or refused
     * for a full queue at WARNING. Quiet (WARNING and above) until {@link #logAccess} turns it on ({@code annals
     * serve} does).
     */
    static final java.util.logging.Logger ACCESS = quietAccessLog();

    private static java.util.logging.Logger quietAccessLog() {
        java.util.logging.Logger l = java.util.logging.Logger.getLogger("org.annals.server.access");
        l.setLevel(java.util.logging.Level.WARNING);
        return l;
    }

    /** Writes (or not) the access log's line per request. */
    public static void logAccess(boolean on) {
        ACCESS.setLevel(on ? java.util.logging.Level.INFO : java.util.logging.Level.WARNING);
    }
    private static final String WEB_DIRECTORY = "/web";
    private static final String ROOT = "/";
    private static final String HANDLED = "annals.error.handled";
    private static final String SECURITY_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; object-src 'none'; frame-ancestors 'none'";

    private static final String INTERNAL_ERROR = "internal error: the request could not be completed (the details"
            + " are in the server's log)";

    private final ServerSettings settings;
    private final AccessGuard guard;
    private final Workers workers;
    private final Api api;
    private final Javalin app;
    /** Set once started. */
    private RequestDeadline deadline;

    private AnnalsServer(ServerSettings settings, Function<Genre, Annals> annals, Archive archive) {
        this.settings = Objects.requireNonNull(settings, "settings");
        if (settings.access().token() == null && !AccessSettings.isLoopback(settings.host())) {
            throw new IllegalArgumentException("a server listening beyond this machine (" + settings.host()
                    + ") needs an access token (AccessSettings.withToken)");
        }
        this.guard = new AccessGuard(settings.host(), settings.access());
        this.workers = new Workers(settings.workers(), settings.queue(), settings.timeout());
        this.api = new Api(settings, annals, archive, workers);
        this.app = Javalin.create(this::configure);
    }

    /** Starts a server; {@code archive} may be null (the archive routes then answer 503). */
    public static AnnalsServer start(ServerSettings settings, Archive archive) {
        return start(settings, g -> Annals.builder().genre(g).build(), archive);
    }

    /** Starts a server with the given {@link Annals} for each genre (tests: a fixed clock). */
    public static AnnalsServer start(ServerSettings settings, Function<Genre, Annals> annals, Archive archive) {
        AnnalsServer s = new AnnalsServer(settings, annals, archive);
        try {
            s.app.start();
            s.deadline = RequestDeadline.start(s.app.jettyServer().server(), settings.readTimeout());
        } catch (RuntimeException e) {
            s.app.stop();
            s.workers.close();
            throw e;
        }
        return s;
    }

    /** The port listened on (the one picked when the settings said 0). */
    public int port() {
        return app.port();
    }

    /** The base URI, e.g. {@code http://127.0.0.1:8080/}. */
    public java.net.URI uri() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return java.net.URI.create("http://" + host + ":" + port() + ROOT);
    }

    /** The API routes (method and path), as registered. */
    List<Endpoint> endpoints() {
        return api.endpoints();
    }

    /** Stops listening and the workers. The archive is the caller's to close. */
    @Override
    public void close() {
        try {
            if (deadline != null) {
                deadline.close();
            }
            app.stop();
        } finally {
            workers.close();
        }
    }

    private void configure(JavalinConfig config) {
        long max = settings.maxBodyBytes();
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.jetty.host = settings.host();
        config.jetty.port = settings.port();
        config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
        config.http.maxRequestSize = max;
        config.http.prefer405over404 = true;
        config.staticFiles.add(files -> {
            files.hostedPath = ROOT;
            files.directory = WEB_DIRECTORY;
            files.location = Location.CLASSPATH;
        });
        config.staticFiles.enableWebjars();
        config.requestLogger.http((ctx, ms) -> {
            int status = ctx.statusCode();
            java.util.logging.Level level = status == Status.SERVICE_UNAVAILABLE ? java.util.logging.Level.WARNING
                    : java.util.logging.Level.INFO;
            if (ACCESS.isLoggable(level)) {
                ACCESS.log(level, String.format(java.util.Locale.ROOT, "%s %s %d %.1f ms", ctx.method(), ctx.path(),
                        status, ms));
            }
        });
        config.routes.before(guard::handle); // first: nothing runs, and no body is read, for a refused request
        config.routes.before(Api.API_PATHS, ctx -> BoundedBody.checkDeclared(ctx.req().getContentLengthLong(), max));
        for (Endpoint e : api.endpoints()) {
            config.routes.addEndpoint(e);
        }
        config.routes.after(ctx -> {
            if (!ctx.res().isCommitted()) { // a 413 is sent before the after-handlers run
                secure(ctx);
            }
        });
        config.routes.exception(ApiException.class, (e, ctx) -> {
            if (e.status() == Status.PAYLOAD_TOO_LARGE) {
                tooLarge(ctx, e.getMessage());
            } else if ((e.status() == Status.UNAUTHORIZED || e.status() == Status.FORBIDDEN) && wantsPage(ctx)) {
                ctx.attribute(HANDLED, Boolean.TRUE);
                ctx.status(e.status()).contentType("text/html; charset=utf-8")
                        .result(refusalPage(e.status(), e.getMessage()).getBytes(StandardCharsets.UTF_8));
            } else {
                error(ctx, e.status(), e.getMessage());
            }
        });
        config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                switch (e.getStatus()) {
                    case Status.NOT_FOUND -> noRoute(ctx);
                    case Status.METHOD_NOT_ALLOWED -> notAllowed(ctx);
                    default -> e.getMessage();
                }));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.log(System.Logger.Level.ERROR, ctx.method() + " " + ctx.path() + " failed", e);
            error(ctx, Status.INTERNAL_ERROR, INTERNAL_ERROR);
        });
        config.routes.error(Status.NOT_FOUND, ctx -> unhandled(ctx, noRoute(ctx)));
        config.routes.error(Status.METHOD_NOT_ALLOWED, ctx -> unhandled(ctx, notAllowed(ctx)));
        config.router.javaLangErrorHandler((res, err) -> {
            LOG.log(System.Logger.Level.ERROR, "request failed", err);
            try {
                res.setStatus(Status.INTERNAL_ERROR);
                res.setContentType(Api.JSON_TYPE);
                res.getOutputStream().write(ApiJson.error(INTERNAL_ERROR).getBytes(StandardCharsets.UTF_8));
            } catch (IOException | IllegalStateException e) {
                LOG.log(System.Logger.Level.ERROR, "cannot answer the failed request", e);
            }
        });
    }

    private static void secure(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Security-Policy", SECURITY_POLICY);
    }

    /** A body over the limit: the 413 is sent at once, then the rest of the body drained ({@link OversizeBody}). */
    private static void tooLarge(Context ctx, String message) {
        ctx.attribute(HANDLED, Boolean.TRUE);
        secure(ctx);
        byte[] json = ApiJson.error(message).getBytes(StandardCharsets.UTF_8);
        try {
            OversizeBody.answer(ctx.req(), ctx.res(), Api.JSON_TYPE, json);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "the client left before its 413 was sent", e);
        }
    }

    /** A browser asking for a page (not the API): it gets the refusal as a page it can show. */
    private static boolean wantsPage(Context ctx) {
        String accept = ctx.header("Accept");
        return "GET".equals(ctx.req().getMethod()) && !ctx.path().startsWith("/api/") && accept != null
                && accept.contains("text/html");
    }

    private static String refusalPage(int status, String message) {
        String m = message.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        String title = status == Status.UNAUTHORIZED ? "annals: access token needed" : "annals: refused";
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head>"
                + "<body><h1>" + title + "</h1><p>" + m + "</p></body></html>\n";
    }

    private static String noRoute(Context ctx) {
        return "no such route: " + ctx.method() + " " + ctx.path() + " (the API is described at " + Api.OPENAPI + ")";
    }

    private static String notAllowed(Context ctx) {
        return "method " + ctx.method() + " not allowed on " + ctx.path() + " (the API is described at "
                + Api.OPENAPI + ")";
    }

    private static void error(Context ctx, int status, String message) {
        ctx.attribute(HANDLED, Boolean.TRUE);
        Api.json(ctx, status, ApiJson.error(message));
    }

    /** A 404/405 that no handler explained (no route): JSON too. */
    private static void unhandled(Context ctx, String message) {
        if (ctx.attribute(HANDLED) == null) {
            error(ctx, ctx.statusCode(), message);
        }
    }
}
