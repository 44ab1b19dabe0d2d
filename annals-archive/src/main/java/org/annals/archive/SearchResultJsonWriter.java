package org.annals.archive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.annals.io.TimelineJsonWriter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a search result as JSON (the contract of {@code annals search --format json}):
 * <pre>{@code
 * {"query":{"text":"Yalu","from":"1950-10-01","to":"1950-12-31","limit":20},
 *  "totalDocuments":2,
 *  "documents":[{"id":"3b81...","title":"...","name":"...","url":null,"dct":"2020-11-02","score":1.23,
 *                "snippets":["... crossed the <mark>Yalu</mark> River ..."],
 *                "ingestedAt":"2026-12-06T11:52:03.120Z","ingestedVia":"cli"}],
 *  "totalEntries":5,
 *  "entries":[{"documentId":"3b81...","score":0.9,"snippet":"...","entry":{ as in TimelineJsonWriter }}],
 *  "facets":{"years":[{"value":"1950","count":4}],"months":[...],"participants":[...],"places":[...]}}
 * }</pre>
 * Snippets are HTML: matches inside {@code <mark>}, other text escaped. {@code score} is 0 when hits are in date
 * order (no query text). Every key is always present. Stateless and thread-safe.
 */
public final class SearchResultJsonWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final boolean pretty;

    public SearchResultJsonWriter(boolean pretty) {
        this.pretty = pretty;
    }

    /** Writes the result of a query; does not close {@code out}. */
    public void write(ArchiveQuery query, SearchResult result, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            g.writeStartObject();
            writeQuery(query, g);
            writeFields(result, g);
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    /**
     * Writes {@code "query": {"text", "from", "to", "limit", "offset"}} into the object {@code g} is in: what was
     * asked, the range as days ({@code from} and {@code to} in ISO form, astronomical years: 264 BC is {@code
     * -0263}).
     */
    public static void writeQuery(ArchiveQuery query, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("query");
        g.writeStringField("text", query.text());
        g.writeStringField("from", query.from() == null ? null : query.from().toString());
        g.writeStringField("to", query.to() == null ? null : query.to().toString());
        g.writeNumberField("limit", query.limit());
        g.writeNumberField("offset", query.offset());
        g.writeEndObject();
    }

    /**
     * Writes how and when a document came in, into the object {@code g} is in: {@code "ingestedAt"} (ISO-8601
     * instant), {@code "ingestedVia"} ({@code cli}, {@code api}, {@code spark}, {@code library}) and, with
     * {@code withClient}, {@code "ingestedFrom"} (the client's address, or null); all null when unknown (a document
     * stored before annals recorded it).
     */
    public static void writeProvenance(Provenance p, boolean withClient, JsonGenerator g) throws IOException {
        g.writeStringField("ingestedAt", p == null ? null : p.at().toString());
        g.writeStringField("ingestedVia", p == null ? null : p.via().label());
        if (withClient) {
            g.writeStringField("ingestedFrom", p == null ? null : p.client());
        }
    }

    /**
     * Writes the result's fields ({@code totalDocuments}, {@code documents}, {@code totalEntries}, {@code entries},
     * {@code facets}) into the object {@code g} is in: the CLI's and the server's search JSON share them.
     */
    public static void writeFields(SearchResult r, JsonGenerator g) throws IOException {
        g.writeNumberField("totalDocuments", r.totalDocuments());
        g.writeArrayFieldStart("documents");
        for (SearchResult.DocumentHit d : r.documents()) {
            g.writeStartObject();
            g.writeStringField("id", d.id());
            g.writeStringField("title", d.title());
            g.writeStringField("name", d.name());
            g.writeStringField("url", d.url());
            g.writeStringField("dct", d.dct());
            g.writeNumberField("score", d.score());
            g.writeArrayFieldStart("snippets");
            for (String s : d.snippets()) {
                g.writeString(s);
            }
            g.writeEndArray();
            writeProvenance(d.provenance(), false, g);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("totalEntries", r.totalEntries());
        g.writeArrayFieldStart("entries");
        for (SearchResult.EntryHit e : r.entries()) {
            g.writeStartObject();
            g.writeStringField("documentId", e.documentId());
            g.writeNumberField("score", e.score());
            g.writeStringField("snippet", e.snippet());
            g.writeFieldName("entry");
            TimelineJsonWriter.writeEntry(e.entry(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("facets");
        SearchResult.Facets f = r.facets();
        counts("years", f == null ? List.of() : f.years(), g);
        counts("months", f == null ? List.of() : f.months(), g);
        counts("participants", f == null ? List.of() : f.participants(), g);
        counts("places", f == null ? List.of() : f.places(), g);
        g.writeEndObject();
    }

    /** The JSON as a string. */
    public String toJson(ArchiveQuery query, SearchResult result) {
        StringWriter sw = new StringWriter();
        try {
            write(query, result, sw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    private static void counts(String field, List<SearchResult.Count> counts, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart(field);
        for (SearchResult.Count c : counts) {
            g.writeStartObject();
            g.writeStringField("value", c.value());
            g.writeNumberField("count", c.count());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
