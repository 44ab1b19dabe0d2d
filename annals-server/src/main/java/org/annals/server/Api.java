package org.annals.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import org.annals.api.Annals;
import org.annals.archive.Archive;
import org.annals.archive.ArchiveQuery;
import org.annals.archive.IngestResult;
import org.annals.archive.Provenance;
import org.annals.archive.StoredDocument;
import org.annals.io.JsonWriter;
import org.annals.io.TimeMLEventWriter;
import org.annals.io.TimelineFormat;
import org.annals.io.TimelineJsonWriter;
import org.annals.model.Genre;
import org.annals.model.TaggedDocument;
import org.annals.timeline.Timeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The JSON API's routes and handlers. {@code POST /api/tag} and {@code POST /api/timeline} answer exactly what
 * {@code annals tag} and {@code annals timeline --format json} print for the same document (the same core writers).
 * The archive routes answer 503 when the server runs without an archive.
 */
final class Api {

    static final String TAG = "/api/tag";
    static final String TIMELINE = "/api/timeline";
    static final String SEARCH = "/api/search";
    static final String DOCUMENTS = "/api/documents";
    static final String DOCUMENT = "/api/documents/{" + Params.ID + "}";
    static final String STATUS = "/api/status";
    static final String JOBS = "/api/jobs";
    static final String JOB = "/api/jobs/{" + Params.ID + "}";
    static final String JOB_RESULT = "/api/jobs/{" + Params.ID + "}/result";
    static final String OPENAPI = "/openapi.json";
    /** Every API path (for the body-size check). */
    static final String API_PATHS = "/api/*";

    static final String JSON_TYPE = "application/json";
    private static final String OPENAPI_RESOURCE = "openapi.json";
    private static final String DOCUMENTS_FIELD = "documents";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<Genre, Annals> annals = new EnumMap<>(Genre.class);
    private final Archive archive;
    private final DocumentRequests requests;
    private final Workers workers;
    private final ServerSettings settings;
    private final String openApi;
    private final Jobs jobs;

    Api(ServerSettings settings, Function<Genre, Annals> annalsFor, Archive archive, Workers workers) {
        for (Genre g : Genre.values()) {
            annals.put(g, annalsFor.apply(g));
        }
        this.settings = settings;
        this.archive = archive;
        this.workers = workers;
        this.requests = new DocumentRequests(settings.maxBodyBytes(), annals(Genre.AUTO)::today);
        this.openApi = resource(OPENAPI_RESOURCE);
        this.jobs = new Jobs(settings.timeout());
    }

    /** The routes, in the order they are registered. */
    List<Endpoint> endpoints() {
        return List.of(
                new Endpoint(HandlerType.POST, TAG, this::tag),
                new Endpoint(HandlerType.POST, TIMELINE, this::timeline),
                new Endpoint(HandlerType.GET, TIMELINE, this::archiveTimeline),
                new Endpoint(HandlerType.GET, SEARCH, this::search),
                new Endpoint(HandlerType.GET, DOCUMENT, this::document),
                new Endpoint(HandlerType.POST, DOCUMENTS, this::ingest),
                new Endpoint(HandlerType.GET, STATUS, this::status),
                new Endpoint(HandlerType.POST, JOBS, this::startJob),
                new Endpoint(HandlerType.GET, JOB, this::job),
                new Endpoint(HandlerType.GET, JOB_RESULT, this::jobResult),
                new Endpoint(HandlerType.DELETE, JOB, this::cancelJob),
                new Endpoint(HandlerType.GET, OPENAPI, ctx -> json(ctx, Status.OK, openApi)));
    }

    private void tag(Context ctx) throws IOException, InterruptedException {
        DocumentRequest r = requests.read(ctx, true);
        TaggedDocument tagged = workers.run(() -> annals(r.genre()).tag(r.document()));
        String json = JsonWriter.pretty().toJson(List.of(tagged));
        json(ctx, Status.OK, Boolean.parseBoolean(ctx.queryParam(Params.WITH_TEXT)) ? withText(json, tagged) : json);
    }

    /**
     * The archive timeline's JSON with {@code "documents": [{"id", "name", "dct", "dctText"}]}: the documents its
     * entries' sources come from (their {@code documentId}), for a reader to see and open.
     */
    private String withDocuments(String json, Timeline timeline) throws IOException {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        timeline.entries().forEach(e -> e.sources().forEach(s -> {
            if (s.documentId() != null) {
                ids.add(s.documentId());
            }
        }));
        ObjectNode root = (ObjectNode) MAPPER.readTree(json);
        com.fasterxml.jackson.databind.node.ArrayNode docs = root.putArray("documents");
        for (org.annals.archive.DocumentLabel l : archive().labels(ids).values()) {
            ObjectNode d = docs.addObject();
            d.put("id", l.id());
            d.put("name", l.name());
            d.put("dct", l.dct());
            d.put("dctText", l.dct() == null ? null : org.annals.time.ReadableTime.of(l.dct(), null));
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    /**
     * The tag JSON with the document text added as the document's last field, {@code "text"}: a client that uploaded
     * a TimeML or SGML file needs the extracted text the offsets refer to.
     */
    private static String withText(String json, TaggedDocument tagged) throws IOException {
        JsonNode root = MAPPER.readTree(json);
        ((ObjectNode) root.path(DOCUMENTS_FIELD).get(0)).put(Params.TEXT, tagged.text());
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private void timeline(Context ctx) throws IOException, InterruptedException {
        TimelineFormat format = Params.format(ctx.queryParam(Params.FORMAT), true);
        org.annals.timeline.HiddenEntries hide = Params.hide(ctx.queryParam(Params.HIDE));
        org.annals.timeline.AboutEntity about = Params.about(ctx.queryParam(Params.ABOUT));
        if (about != null && format == null) {
            throw ApiException.badRequest(Params.ABOUT + " does not apply to format=timeml (a document's events with"
                    + " their TLINKs)");
        }
        DocumentRequest r = requests.read(ctx, true);
        Annals a = annals(r.genre());
        if (format == null) { // TimeML: the document with its events and TLINKs, as annals timeline --format timeml
            String tml = workers.run(() -> new TimeMLEventWriter().toTimeML(a.link(r.document()).document()));
            attachment(ctx, r.document().source(), ".tml");
            ctx.status(Status.OK).contentType("application/xml; charset=utf-8")
                    .result(tml.getBytes(StandardCharsets.UTF_8));
            return;
        }
        Timeline timeline = hide.apply(workers.run(() -> a.timeline(List.of(r.document()))));
        String title = TimelineFormat.documentsTitle(1, r.document().title(), r.document().source());
        if (about != null) {
            timeline = about.apply(timeline);
            title = title + ": " + about.name();
        }
        write(ctx, format, timeline, title, null, about, r.document().source());
    }

    // ---- /api/jobs: an article's analysis (its time expressions, then its events and timeline) followed as it runs

    /** The steps of an analysis job, as the page shows them. */
    static final List<String> JOB_STEPS = List.of("finding the time expressions", "finding the events and building the"
            + " timeline");

    private void startJob(Context ctx) throws IOException, InterruptedException {
        DocumentRequest r = requests.read(ctx, true);
        Annals a = annals(r.genre());
        Jobs.Job job = jobs.create(JOB_STEPS.size());
        try {
            job.future = workers.submit(() -> {
                try {
                    if (!job.enter(1, JOB_STEPS.get(0))) {
                        return;
                    }
                    TaggedDocument tagged = a.tag(r.document());
                    if (!job.enter(2, JOB_STEPS.get(1))) {
                        return;
                    }
                    Timeline timeline = a.timeline(List.of(r.document()));
                    // the two answers as written, side by side (the timeline compact: it is kept until fetched)
                    String result = "{\"tag\":" + withText(JsonWriter.compact().toJson(List.of(tagged)), tagged)
                            + ",\"timeline\":" + new TimelineJsonWriter(false).toJson(timeline) + "}\n";
                    job.done(result.getBytes(StandardCharsets.UTF_8));
                } catch (RuntimeException | IOException | StackOverflowError e) {
                    AnnalsServer.LOG.log(System.Logger.Level.ERROR, "analysis job " + job.id + " failed", e);
                    job.fail("the analysis failed (the server's log says why)");
                }
            });
        } catch (ApiException busy) {
            jobs.remove(job.id);
            throw busy;
        }
        ctx.header("Location", JOBS + "/" + job.id);
        json(ctx, Status.ACCEPTED, ApiJson.job(job, JOB_STEPS));
    }

    private void job(Context ctx) throws IOException {
        json(ctx, Status.OK, ApiJson.job(jobs.get(ctx.pathParam(Params.ID)), JOB_STEPS));
    }

    /** The answer of a finished job: {@code {"tag": ..., "timeline": ...}}, once; 409 while it runs or when it failed. */
    private void jobResult(Context ctx) {
        Jobs.Job job = jobs.get(ctx.pathParam(Params.ID));
        if (job.state != Jobs.State.DONE) {
            throw new ApiException(Status.CONFLICT, "the analysis is " + job.state.label()
                    + (job.error != null ? ": " + job.error : "") + "; its answer comes when it is done");
        }
        ctx.status(Status.OK).contentType(JSON_TYPE).result(job.result);
        jobs.remove(job.id); // fetched: forgotten
    }

    private void cancelJob(Context ctx) {
        jobs.cancel(ctx.pathParam(Params.ID));
        ctx.status(Status.NO_CONTENT);
    }

    private void archiveTimeline(Context ctx) throws IOException {
        TimelineFormat format = Params.format(ctx.queryParam(Params.FORMAT), false);
        org.annals.timeline.AboutEntity about = Params.about(ctx.queryParam(Params.ABOUT));
        ArchiveQuery q = query(ctx).about(about);
        Timeline timeline = parsed(() -> archive().timeline(q));
        long total = parsed(() -> archive().entryCount(q));
        String title = TimelineFormat.archiveTitle(ctx.queryParam(Params.QUERY), ctx.queryParam(Params.FROM),
                ctx.queryParam(Params.TO));
        if (about != null) {
            title = title + ": " + about.name();
        }
        TimelineJsonWriter.Paging paging = new TimelineJsonWriter.Paging(total, q.offset(), q.limit());
        if (format == TimelineFormat.JSON) { // with the names and dates of the documents the entries come from
            String json = new TimelineJsonWriter(true, about).toJson(timeline, paging);
            json(ctx, Status.OK, withDocuments(json, timeline));
            return;
        }
        write(ctx, format, timeline, title, paging, about, "archive");
    }

    /**
     * Answers a timeline in a format; every format but JSON comes as a download named after the document
     * ({@code korea-1950-timeline.csv}).
     */
    private static void write(Context ctx, TimelineFormat format, Timeline timeline, String title,
                              TimelineJsonWriter.Paging paging, String name) throws IOException {
        write(ctx, format, timeline, title, paging, null, name);
    }

    private static void write(Context ctx, TimelineFormat format, Timeline timeline, String title,
                              TimelineJsonWriter.Paging paging, org.annals.timeline.AboutEntity about, String name)
            throws IOException {
        StringWriter out = new StringWriter();
        format.write(timeline, title, paging, about, out);
        if (format != TimelineFormat.JSON) {
            attachment(ctx, name, "-" + format.fileName());
        }
        ctx.status(Status.OK).contentType(format.mediaType()).result(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** {@code Content-Disposition: attachment} with a file name made of the document's name (ASCII, no path). */
    private static void attachment(Context ctx, String name, String suffix) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceFirst("\\.[A-Za-z0-9]{1,5}$", "")
                .replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|-+$", "");
        if (base.isEmpty()) {
            base = "document";
        }
        if (base.length() > 80) {
            base = base.substring(0, 80);
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + base + suffix + "\"");
    }

    private void search(Context ctx) throws IOException {
        ArchiveQuery q = query(ctx);
        json(ctx, Status.OK, ApiJson.search(q, parsed(() -> archive().search(q))));
    }

    /** An archive query's answer. */
    private interface ArchiveCall<T> {
        T call() throws IOException;
    }

    /** Runs an archive query: query text the archive cannot parse is the client's error (400), not ours. */
    private static <T> T parsed(ArchiveCall<T> call) throws IOException {
        try {
            return call.call();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private void document(Context ctx) throws IOException {
        String id = ctx.pathParam(Params.ID);
        Optional<StoredDocument> d = archive().document(id);
        if (d.isEmpty()) {
            throw ApiException.notFound("no document with id '" + id + "'");
        }
        json(ctx, Status.OK, ApiJson.document(d.get()));
    }

    private void ingest(Context ctx) throws IOException, InterruptedException {
        if (settings.access().readOnly()) {
            throw new ApiException(Status.FORBIDDEN, "this server is read-only (annals serve --read-only): it does"
                    + " not add documents to its archive");
        }
        Archive a = archive();
        DocumentRequest r = requests.read(ctx, false);
        String client = client(ctx);
        IngestResult result = workers.run(() -> {
            try {
                IngestResult stored = a.ingest(r.document(), Provenance.now(Provenance.Via.API, client));
                a.commit(); // acknowledged only once durable and searchable
                return stored;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        json(ctx, result.added() ? Status.CREATED : Status.OK, ApiJson.ingest(result));
    }

    /** The client's address, and what a proxy in between says it relayed ({@code X-Forwarded-For}), as sent. */
    private static String client(Context ctx) {
        String address = ctx.req().getRemoteAddr();
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return address;
        }
        String relayed = forwarded.strip();
        return address + " (X-Forwarded-For: " + (relayed.length() > 200 ? relayed.substring(0, 200) + "..." : relayed)
                + ")";
    }

    private void status(Context ctx) throws IOException {
        json(ctx, Status.OK, ApiJson.status(archive != null, archive == null ? null : archive.documentCount(),
                settings.maxBodyBytes(), settings.timeout().toMillis(), settings.access().readOnly()));
    }

    private Annals annals(Genre g) {
        return annals.get(g == null ? Genre.AUTO : g);
    }

    private Archive archive() {
        if (archive == null) {
            throw ApiException.unavailable("no archive: this server was started without one (annals serve --index"
                    + " DIR), so search, the archive timeline and stored documents are not available");
        }
        return archive;
    }

    private static org.annals.archive.ArchiveQuery query(Context ctx) {
        return Params.query(ctx.queryParam(Params.QUERY), ctx.queryParam(Params.FROM), ctx.queryParam(Params.TO),
                ctx.queryParam(Params.LIMIT), ctx.queryParam(Params.OFFSET), ctx.queryParam(Params.HIDE));
    }

    static void json(Context ctx, int status, String body) {
        ctx.status(status).contentType(JSON_TYPE).result(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String resource(String name) {
        try (InputStream in = Api.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + Api.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
