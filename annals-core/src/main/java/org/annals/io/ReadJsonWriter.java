package org.annals.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.annals.model.Document;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes what annals read from its inputs, before any tagging ({@code annals read}):
 * <pre>{@code
 * {"documents":[{"source":"page.html","title":"...","url":"https://...","language":"de","charset":"UTF-8",
 *                "dct":{"value":"2020-10-04","from":"json-ld"},"text":"..."}]}
 * }</pre>
 * {@code text} is exactly the text that tagging, timelines and the archive analyse (their offsets refer to it);
 * {@code dct.from} is one of header, html-meta, json-ld, url, byline, argument, today, or none with a null value;
 * every key is always present, null when the input did not say (a language the reader could not tell, a charset of
 * input that was not bytes). Documents are written as they come ({@link Stream#add}); not thread-safe.
 */
public final class ReadJsonWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ReadJsonWriter() {
    }

    /** Starts the envelope on {@code out} (indented); finish it with {@link Stream#close}, which flushes, not closes. */
    public static Stream open(Writer out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeArrayFieldStart("documents");
        return new Stream(g, out);
    }

    /** An open {@code documents} array. */
    public static final class Stream implements AutoCloseable {
        private final JsonGenerator g;
        private final Writer out;
        private boolean closed;

        private Stream(JsonGenerator g, Writer out) {
            this.g = g;
            this.out = out;
        }

        /** Writes one document. */
        public void add(Document d) throws IOException {
            g.writeStartObject();
            g.writeStringField("source", d.source());
            g.writeStringField("title", d.title());
            g.writeStringField("url", d.url());
            g.writeStringField("language", d.language());
            g.writeStringField("charset", d.charset());
            g.writeObjectFieldStart("dct");
            g.writeStringField("value", d.date() == null ? null : d.date().value().toString());
            g.writeStringField("from", d.date() == null ? "none" : d.date().from().label());
            g.writeEndObject();
            g.writeStringField("text", d.text());
            g.writeEndObject();
            g.flush();
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
            out.write("\n");
            out.flush();
        }
    }
}
