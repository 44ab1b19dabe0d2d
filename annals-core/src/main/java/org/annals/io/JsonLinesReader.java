package org.annals.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.annals.model.Document;
import org.annals.model.DocumentDate;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads JSON Lines ({@code .jsonl}): one JSON object a line, {@code {"id": ..., "text": ..., "title": ...,
 * "date": ..., "url": ...}}; {@code id} (a string or a number) and {@code text} are required, the others optional.
 * The document's source is its id; {@code date} may be an ISO date or date-time (its date part is taken,
 * {@link DocumentDate.Source#HEADER}). Blank lines are skipped; other fields are ignored.
 *
 * <p>Records are read lazily, one line at a time, so a file of any size takes the memory of its longest line. A bad
 * line (not UTF-8, not an object, no id or text, a date that is not a date, longer than the limit) gives a
 * {@link ReadResult#failed failed} result named {@code file:line} and reading goes on with the next line.
 */
public final class JsonLinesReader {

    /** The record fields. */
    public static final String ID = "id";
    public static final String TEXT = "text";
    public static final String TITLE = "title";
    public static final String DATE = "date";
    public static final String URL = "url";

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLinesReader() {
    }

    /** All records of an in-memory file. */
    public static List<ReadResult> read(String name, byte[] bytes, long maxLineBytes) {
        try (Stream<ReadResult> s = records(name, new ByteArrayInputStream(bytes), maxLineBytes)) {
            return s.toList();
        }
    }

    /**
     * The records of a stream, read as the result is consumed; closing the result closes {@code in}.
     *
     * @param name         the file name, for sources of errors ({@code name:line})
     * @param maxLineBytes the longest line accepted
     */
    public static Stream<ReadResult> records(String name, InputStream in, long maxLineBytes) {
        Lines lines = new Lines(name, new BufferedInputStream(in), maxLineBytes);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(() -> {
                    try {
                        in.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** One line's record. */
    static ReadResult record(String name, int line, String json) {
        String where = name + ":" + line;
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JacksonException e) {
            return fail(where, "not JSON" + at(e) + ": " + inWords(e.getOriginalMessage()));
        }
        if (node == null || !node.isObject()) {
            return fail(where, "not a JSON object");
        }
        JsonNode id = node.get(ID);
        if (id == null || !(id.isTextual() || id.isIntegralNumber()) || id.asText().isBlank()) {
            return fail(where, "no \"" + ID + "\" (a string or a whole number)");
        }
        JsonNode text = node.get(TEXT);
        if (text == null || !text.isTextual()) {
            return fail(where, "no \"" + TEXT + "\" string");
        }
        String title = optional(node, TITLE);
        String url = optional(node, URL);
        String dateText = optional(node, DATE);
        DocumentDate date = null;
        if (dateText != null) {
            LocalDate d = Dates.datePart(dateText);
            if (d == null) {
                return fail(where, "\"" + DATE + "\" is not an ISO date (YYYY-MM-DD, or a date-time): " + dateText);
            }
            date = DocumentDate.of(d, DocumentDate.Source.HEADER);
        }
        return ReadResult.of(new Document(id.asText(), text.asText(), date, title, url));
    }

    private static String optional(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    private static ReadResult fail(String where, String problem) {
        return ReadResult.failed(new ReadException(where, problem));
    }

    /** The records of the lines, one by one, skipping blank lines. */
    private static final class Lines implements Iterator<ReadResult> {
        private final String name;
        private final InputStream in;
        private final long max;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private int line;
        private boolean eof;
        private ReadResult next;

        Lines(String name, InputStream in, long max) {
            this.name = name;
            this.in = in;
            this.max = max;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !eof) {
                next = readRecord();
            }
            return next != null;
        }

        @Override
        public ReadResult next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ReadResult r = next;
            next = null;
            return r;
        }

        /** The next line's record, or null for a blank line or the end. */
        private ReadResult readRecord() {
            buffer.reset();
            long length = 0;
            boolean any = false;
            try {
                for (int b; ; ) {
                    b = in.read();
                    if (b < 0) {
                        eof = true;
                        break;
                    }
                    any = true;
                    if (b == '\n') {
                        break;
                    }
                    if (++length <= max) {
                        buffer.write(b);
                    }
                }
            } catch (IOException e) {
                eof = true;
                return ReadResult.failed(new ReadException(name + ":" + (line + 1), "cannot read: " + e, e));
            }
            if (!any) {
                return null;
            }
            line++;
            String where = name + ":" + line;
            if (length > max) {
                return fail(where, "line too long (" + length + " bytes; the limit is " + max + ")");
            }
            String json;
            try {
                json = Decoding.utf8(where, buffer.toByteArray());
            } catch (ReadException e) {
                return ReadResult.failed(e);
            }
            return json.isBlank() ? null : record(name, line, json);
        }
    }

    /** " at column 22" when the parser says where it stopped. */
    private static String at(JacksonException e) {
        com.fasterxml.jackson.core.JsonLocation l = e.getLocation();
        return l == null || l.getColumnNr() < 1 ? "" : " at column " + l.getColumnNr();
    }

    /**
     * The JSON parser's message without its internals: no "[Source: ...]" (it quotes the record), no class names,
     * at most {@value #MAX_MESSAGE} characters.
     */
    static String inWords(String message) {
        if (message == null || message.isBlank()) {
            return "malformed";
        }
        String m = message.replace('\n', ' ');
        int source = m.indexOf("[Source");
        if (source >= 0) {
            int open = m.lastIndexOf('(', source);
            m = m.substring(0, open >= 0 ? open : source);
        }
        m = m.replaceAll("\\b(?:com|java)\\.[\\w.$]+", "a value").replaceAll("\\s+", " ").strip();
        if (m.endsWith(":") || m.endsWith(";")) {
            m = m.substring(0, m.length() - 1);
        }
        return m.length() > MAX_MESSAGE ? m.substring(0, MAX_MESSAGE) + "..." : m;
    }

    private static final int MAX_MESSAGE = 160;
}
