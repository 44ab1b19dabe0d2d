package org.annals.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.annals.model.DocumentDate;
import org.annals.model.TaggedDocument;
import org.annals.model.Timex;
import org.annals.model.TimexType;
import org.annals.time.ReadableTime;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes tagged documents as JSON, always in the same envelope:
 * <pre>{@code
 * {"documents":[{"source":"korea.txt",
 *                "dct":{"value":"2020-11-02","text":"2 November 2020","from":"byline"},
 *                "genre":"news", "language":"en", "warnings":[],
 *                "timexes":[{"tid":"t1","text":"Oct. 25, 1950","begin":123,"end":136,"type":"DATE",
 *                            "value":"1950-10-25","readable":"25 October 1950","mod":null,"quant":null,"freq":null,
 *                            "anchorTid":null,"anchor":null,"rule":"date"}]}]}
 * }</pre>
 * {@code readable} and the dct's {@code text} are the value in words, for people ({@code PRESENT_REF} "now",
 * {@code P3W} "3 weeks", {@code 192} "the 1920s"); {@code begin}/{@code end} are UTF-16 offsets into the document text; {@code from} is argument, header, html-meta,
 * json-ld, url, byline or today; {@code language} is the ISO 639-1 code the reader found (null when it could not
 * tell: plain text), and {@code warnings} says what to keep in mind (a text in another language than English, tagged
 * with English rules); every key is always present (null when it does not apply). A single document is written in the same
 * envelope, with one element, so that every JSON file annals writes has one shape.
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final boolean pretty;

    private JsonWriter(boolean pretty) {
        this.pretty = pretty;
    }

    /** A writer that indents its output for people. */
    public static JsonWriter pretty() {
        return new JsonWriter(true);
    }

    /** A writer that writes everything on one line. */
    public static JsonWriter compact() {
        return new JsonWriter(false);
    }

    /** Writes one object holding all the documents. Does not close {@code out}. */
    public void write(List<TaggedDocument> documents, Writer out) throws IOException {
        try (Stream s = open(out)) {
            for (TaggedDocument d : documents) {
                s.add(d);
            }
        }
    }

    /** Writes the envelope with a single document (the per-file form). Does not close {@code out}. */
    public void write(TaggedDocument document, Writer out) throws IOException {
        write(List.of(document), out);
    }

    /** The JSON of the given documents as a string. */
    public String toJson(List<TaggedDocument> documents) {
        StringWriter sw = new StringWriter();
        try {
            write(documents, sw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    /**
     * Writes one time expression as the object found in the {@code timexes} array, every key present, so that other
     * JSON (the server's stored documents) shows time expressions exactly as {@code annals tag} does.
     */
    /** The timex's value and mod in words ({@link org.annals.time.ReadableTime}); a set's as a set. */
    public static String readable(Timex t) {
        return t.type() == TimexType.SET
                ? ReadableTime.ofSet(t.value(), t.modString())
                : ReadableTime.of(t.value(), t.modString());
    }

    public static void writeTimex(Timex t, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("tid", t.tid());
        g.writeStringField("text", t.text());
        g.writeNumberField("begin", t.begin());
        g.writeNumberField("end", t.end());
        g.writeStringField("type", t.type().name());
        g.writeStringField("value", t.value());
        g.writeStringField("readable", readable(t));
        g.writeStringField("mod", t.modString());
        g.writeStringField("quant", t.quant());
        g.writeStringField("freq", t.freq());
        g.writeStringField("anchorTid", t.anchorTid());
        g.writeStringField("anchor", t.anchor());
        g.writeStringField("rule", t.rule());
        g.writeEndObject();
    }

    /**
     * Starts the envelope; documents are written one by one as they are {@linkplain Stream#add added} and the
     * envelope is finished on {@linkplain Stream#close close}. {@code out} is flushed, not closed.
     */
    public Stream open(Writer out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (pretty) {
            g.useDefaultPrettyPrinter();
        }
        g.writeStartObject();
        g.writeArrayFieldStart("documents");
        return new Stream(g, pretty, out);
    }

    /** An open {@code documents} array; see {@link #open(Writer)}. Not thread-safe. */
    public static final class Stream implements AutoCloseable {
        private final JsonGenerator g;
        private final boolean pretty;
        private final Writer out;
        private boolean closed;

        private Stream(JsonGenerator g, boolean pretty, Writer out) {
            this.g = g;
            this.pretty = pretty;
            this.out = out;
        }

        /** Writes one document into the array. */
        public void add(TaggedDocument d) throws IOException {
            if (closed) {
                throw new IllegalStateException("stream closed");
            }
            g.writeStartObject();
            g.writeStringField("source", d.source());
            writeDct(d.date());
            g.writeStringField("genre", d.genre() == null ? null : d.genre().label());
            g.writeStringField("language", d.document().language());
            g.writeArrayFieldStart("warnings");
            for (String w : d.warnings()) {
                g.writeString(w);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("timexes");
            for (Timex t : d.timexes()) {
                writeTimex(t);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
        }

        private void writeDct(DocumentDate date) throws IOException {
            g.writeObjectFieldStart("dct");
            if (date == null) { // none given, none found: none made up
                g.writeNullField("value");
                g.writeStringField("from", "none");
                g.writeEndObject();
                return;
            }
            g.writeStringField("value", date.value().toString());
            g.writeStringField("text", ReadableTime.of(date.value().toString(), null));
            g.writeStringField("from", date.from().label());
            g.writeEndObject();
        }

        private void writeTimex(Timex t) throws IOException {
            JsonWriter.writeTimex(t, g);
        }

        /** Ends the array and the envelope (idempotent). */
        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            g.writeEndArray();
            g.writeEndObject();
            g.close();
            if (pretty) {
                out.write("\n");
            }
            out.flush();
        }
    }
}
