package org.annals.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.annals.model.Document;

/**
 * Writes documents as JSON Lines, the records {@link JsonLinesReader} reads (and the Spark job's input):
 * {@code {"id", "text", "date", "title", "url"}}, the last three only when the document has them. Thread-safe.
 */
public final class JsonLinesWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLinesWriter() {
    }

    /** One document as one line (without the line break), with {@code id} as its id. */
    public static String line(Document d, String id) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put(JsonLinesReader.ID, id);
        o.put(JsonLinesReader.TEXT, d.text());
        if (d.date() != null) {
            o.put(JsonLinesReader.DATE, d.date().value().toString());
        }
        if (d.title() != null) {
            o.put(JsonLinesReader.TITLE, d.title());
        }
        if (d.url() != null) {
            o.put(JsonLinesReader.URL, d.url());
        }
        return o.toString();
    }
}
