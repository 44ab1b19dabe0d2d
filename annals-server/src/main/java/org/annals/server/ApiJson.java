package org.annals.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.annals.archive.IngestResult;
import org.annals.archive.SearchResult;
import org.annals.archive.StoredDocument;
import org.annals.io.JsonWriter;
import org.annals.io.TimelineJsonWriter;
import org.annals.model.Timex;
import org.annals.timeline.TimelineEntry;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON of the API's own answers (errors, status) and of the archive's. Time expressions and timeline
 * entries inside them are written by the core
 * writers ({@link JsonWriter#writeTimex}, {@link TimelineJsonWriter#writeEntry}), so they read exactly as in the
 * output of {@code annals tag} and {@code annals timeline --format json}. Stateless and thread-safe.
 */
final class ApiJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ApiJson() {
    }

    /**
     * {@code {"totalDocuments": n, "documents": [{"id", "title", "url", "dct", "score", "snippets": [...]}],
     * "totalEntries": n, "entries": [{"documentId", "score", "snippet", "entry": {...}}],
     * "facets": {"years": [{"value", "count"}], "months", "participants", "places"}}}
     */
    static String search(org.annals.archive.ArchiveQuery q, SearchResult r) {
        return write(g -> {
            g.writeStartObject();
            org.annals.archive.SearchResultJsonWriter.writeQuery(q, g);
            org.annals.archive.SearchResultJsonWriter.writeFields(r, g);
            g.writeEndObject();
        });
    }

    /**
     * {@code {"id", "source", "title", "url", "dct", "dctText", "dctFrom", "genre", "ingestedAt", "ingestedVia", "ingestedFrom", "text",
     * "timexes": [...], "entries": [...]}}: the
     * timexes as in {@code annals tag} JSON, the entries as in {@code annals timeline} JSON.
     */
    /**
     * {@code {"id", "state", "step", "steps", "phase", "elapsedMillis", "error", "result"}}: an analysis job as it
     * stands ({@code step} 0 while it waits; {@code result} the path of its answer once done, else null).
     */
    static String job(Jobs.Job j, List<String> steps) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("id", j.id);
            g.writeStringField("state", j.state.label());
            g.writeNumberField("step", j.step);
            g.writeNumberField("steps", j.steps);
            g.writeStringField("phase", j.phase);
            g.writeNumberField("elapsedMillis", j.elapsedMillis());
            g.writeStringField("error", j.error);
            g.writeStringField("result", j.state == Jobs.State.DONE ? Api.JOBS + "/" + j.id + "/result" : null);
            g.writeEndObject();
        });
    }

    static String document(StoredDocument d) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("id", d.id());
            g.writeStringField("source", d.source());
            g.writeStringField("title", d.title());
            g.writeStringField("url", d.url());
            g.writeStringField("dct", d.dct());
            g.writeStringField("dctText", d.dct() == null ? null : org.annals.time.ReadableTime.of(d.dct(), null));
            g.writeStringField("dctFrom", d.dctFrom());
            g.writeStringField("genre", d.genre());
            org.annals.archive.SearchResultJsonWriter.writeProvenance(d.provenance(), true, g);
            g.writeStringField("text", d.text());
            g.writeArrayFieldStart("timexes");
            for (Timex t : d.timexes()) {
                JsonWriter.writeTimex(t, g);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("entries");
            for (TimelineEntry e : d.entries()) {
                TimelineJsonWriter.writeEntry(e, g);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** {@code {"id", "added", "timexes", "entries"}}. */
    static String ingest(IngestResult r) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeBooleanField("added", r.added());
            g.writeNumberField("timexes", r.timexes());
            g.writeNumberField("entries", r.entries());
            g.writeEndObject();
        });
    }

    /** {@code {"error": message}}. */
    static String error(String message) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("error", message);
            g.writeEndObject();
        });
    }

    /**
     * {@code {"archive": bool, "documents": n or null, "maxBodyBytes": n, "timeoutMillis": n, "readOnly": bool}}.
     */
    static String status(boolean archive, Long documents, long maxBodyBytes, long timeoutMillis, boolean readOnly) {
        return write(g -> {
            g.writeStartObject();
            g.writeBooleanField("archive", archive);
            if (documents == null) {
                g.writeNullField("documents");
            } else {
                g.writeNumberField("documents", documents);
            }
            g.writeNumberField("maxBodyBytes", maxBodyBytes);
            g.writeNumberField("timeoutMillis", timeoutMillis);
            g.writeBooleanField("readOnly", readOnly);
            g.writeEndObject();
        });
    }



    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
