package org.annals.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.annals.event.Participant;
import org.annals.model.Intervals;
import org.annals.timeline.Timeline;
import org.annals.timeline.TimelineEntry;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a timeline as JSON, entries in chronological order:
 * <pre>{@code
 * {"entries":[{"when":{"value":"1950-10-25","mod":null,"text":"25 October 1950","start":"1950-10-25",
 *                      "end":"1950-10-25","granularity":"day"},
 *              "anchor":{"from":"clause","tid":"t2"},
 *              "event":"crossed","text":"the Chinese People's Volunteer Army (PVA) crossed the Yalu River ...",
 *              "participants":[{"text":"Chinese People's Volunteer Army","type":"organization"}],
 *              "places":[{"text":"Yalu River"}],
 *              "sources":[{"document":"korea-1950.txt","begin":273,"end":280,"sentence":"Seventy years ago, ..."}]}]}
 * }</pre>
 * {@code anchor.from} says where the time came from: {@code clause} (a time expression of the event's clause),
 * {@code sentence} (of another clause of its sentence), {@code story} (the time the story had reached), {@code
 * document} (the document date) or {@code none}; {@code anchor.tid} is that expression's id ({@code t0} for the
 * document date). {@code start}/{@code end} are null on an open side; {@code begin}/{@code end} of a source are the trigger's UTF-16
 * offsets (0, 0 for a document's publication entry). Stateless and thread-safe.
 */
public final class TimelineJsonWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final boolean pretty;
    private final org.annals.timeline.AboutEntity about;

    /**
     * A writer whose entries also say how they are about an entity: {@code "about": {"entity", "mention": {"text",
     * "begin", "end"}, "role"}} ({@code role} null until annals finds roles).
     */
    public TimelineJsonWriter(boolean pretty, org.annals.timeline.AboutEntity about) {
        this.pretty = pretty;
        this.about = about;
    }

    public TimelineJsonWriter(boolean pretty) {
        this(pretty, (org.annals.timeline.AboutEntity) null);
    }

    /**
     * Which part of a longer list a timeline is: {@code total} entries matched, these are the ones from {@code offset}
     * on, at most {@code limit} of them (an archive's timeline; entries the same event gave in several documents are
     * merged, so a page may show fewer).
     */
    public record Paging(long total, int offset, int limit) {
    }

    public void write(Timeline timeline, Writer out) throws IOException {
        write(timeline, null, out);
    }

    /**
     * {@link #write(Timeline, Writer)}, with {@code "total"}, {@code "offset"} and {@code "limit"} before the entries
     * when {@code paging} is not null.
     */
    public void write(Timeline timeline, Paging paging, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            g.writeStartObject();
            if (paging != null) {
                g.writeNumberField("total", paging.total());
                g.writeNumberField("offset", paging.offset());
                g.writeNumberField("limit", paging.limit());
            }
            g.writeArrayFieldStart("entries");
            for (TimelineEntry e : timeline.entries()) {
                writeEntry(e, about, g);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    public String toJson(Timeline timeline) {
        return toJson(timeline, null);
    }

    /** {@link #write(Timeline, Paging, Writer)} as a string. */
    public String toJson(Timeline timeline, Paging paging) {
        StringWriter sw = new StringWriter();
        try {
            write(timeline, paging, sw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    /**
     * Writes one entry as the object found in the {@code entries} array, so that other JSON (the server's search
     * results and stored documents) shows entries exactly as {@code annals timeline --format json} does.
     */
    public static void writeEntry(TimelineEntry e, JsonGenerator g) throws IOException {
        writeEntry(e, null, g);
    }

    private static void writeEntry(TimelineEntry e, org.annals.timeline.AboutEntity about, JsonGenerator g)
            throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("when");
        g.writeStringField("value", e.value());
        g.writeStringField("mod", e.mod());
        g.writeStringField("text", org.annals.time.ReadableTime.of(e.value(), e.mod()));
        g.writeStringField("start", Intervals.startText(e.interval()));
        g.writeStringField("end", Intervals.endText(e.interval()));
        g.writeStringField("granularity", e.interval().granularity().label());
        g.writeEndObject();
        g.writeObjectFieldStart("anchor");
        g.writeStringField("from", e.anchor() == null ? null : e.anchor().label());
        g.writeStringField("tid", e.anchorTid());
        g.writeEndObject();
        g.writeStringField("event", e.event());
        g.writeStringField("lemma", e.lemma());
        g.writeStringField("kind", e.kind() == null ? null : e.kind().label());
        g.writeStringField("text", e.text());
        names("participants", e.participants(), true, g);
        names("places", e.places(), false, g);
        g.writeArrayFieldStart("sources");
        for (TimelineEntry.Source s : e.sources()) {
            g.writeStartObject();
            g.writeStringField("document", s.document());
            g.writeNumberField("begin", s.begin());
            g.writeNumberField("end", s.end());
            g.writeStringField("sentence", s.sentence());
            g.writeStringField("documentId", s.documentId());
            if (!s.arguments().isEmpty()) {
                g.writeArrayFieldStart("arguments");
                for (org.annals.event.Argument a : s.arguments()) {
                    g.writeStartObject();
                    g.writeStringField("role", a.role().label());
                    g.writeStringField("text", a.mention().text());
                    g.writeNumberField("begin", a.mention().begin());
                    g.writeNumberField("end", a.mention().end());
                    g.writeStringField("type", a.mention().type().label());
                    if (a.referent() != null) {
                        g.writeObjectFieldStart("entity");
                        g.writeStringField("text", a.referent().text());
                        g.writeNumberField("begin", a.referent().begin());
                        g.writeNumberField("end", a.referent().end());
                        g.writeEndObject();
                    } else {
                        g.writeNullField("entity");
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        if (about != null) {
            org.annals.timeline.AboutEntity.Match m = about.match(e);
            g.writeObjectFieldStart("about");
            g.writeStringField("entity", about.name());
            if (m == null) {
                g.writeNullField("mention");
                g.writeNullField("role");
            } else {
                g.writeObjectFieldStart("mention");
                g.writeStringField("text", m.mention().text());
                g.writeNumberField("begin", m.mention().begin());
                g.writeNumberField("end", m.mention().end());
                if (m.source() != null) {
                    g.writeStringField("document", m.source().document());
                }
                g.writeEndObject();
                g.writeStringField("role", m.role() == null ? null : m.role().label());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void names(String field, List<Participant> names, boolean typed, JsonGenerator g)
            throws IOException {
        g.writeArrayFieldStart(field);
        for (Participant p : names) {
            g.writeStartObject();
            g.writeStringField("text", p.text());
            if (typed) {
                g.writeStringField("type", p.type().label());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
