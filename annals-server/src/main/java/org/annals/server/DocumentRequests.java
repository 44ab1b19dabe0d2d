package org.annals.server;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.annals.io.ReadException;
import org.annals.io.Readers;
import org.annals.model.Document;
import org.annals.model.DocumentDate;
import org.annals.model.Genre;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the document of a {@code POST /api/tag}, {@code /api/timeline} or {@code /api/documents} request, in one of
 * three forms:
 * <ul>
 * <li>{@code application/json}: {@code {"text": "...", "dct": "YYYY-MM-DD", "genre": "auto|news|narrative",
 * "title": "...", "source": "..."}}, only {@code text} required;</li>
 * <li>{@code text/plain} (or no content type): the body is the document, in the charset the content type declares,
 * else UTF-8 when it is valid UTF-8, else its detected charset (as a {@code .txt} file is read);</li>
 * <li>{@code multipart/form-data}: a {@code file} part, read by its file name's extension as {@code annals tag}
 * reads files ({@code .tml} TimeML, {@code .sgm} SGML, else plain text), with optional {@code dct}, {@code genre},
 * {@code title} and {@code source} fields.</li>
 * </ul>
 * {@code dct}, {@code genre}, {@code title} and {@code source} may also be query parameters (a different value in
 * the body as well is a 400). Every problem is an {@link ApiException}: 400 (malformed JSON, a bad date or genre, no
 * or empty text, an unreadable file), 413 (over the limit) or 415 (another content type).
 */
final class DocumentRequests {

    /** The source name of a document sent as text without one. */
    static final String DEFAULT_SOURCE = "text";

    private static final String JSON = "application/json";
    private static final String TEXT_TYPES = "text/";
    private static final String MULTIPART = "multipart/form-data";
    private static final Set<String> JSON_FIELDS = Set.of(Params.TEXT, Params.DCT, Params.GENRE, Params.TITLE,
            Params.SOURCE);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final long maxBodyBytes;
    /** Today's date, for a client that asks for it ({@code dct=today}). */
    private final java.util.function.Supplier<DocumentDate> today;

    DocumentRequests(long maxBodyBytes, java.util.function.Supplier<DocumentDate> today) {
        this.maxBodyBytes = maxBodyBytes;
        this.today = today;
    }

    /**
     * The request's document.
     *
     * @param genreAllowed false where the genre is not the client's to choose (ingest: the archive decides)
     */
    DocumentRequest read(Context ctx, boolean genreAllowed) throws IOException, InterruptedException {
        // the header as sent: the servlet's getContentType() throws on a charset it does not know
        String contentType = ctx.header("Content-Type");
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).trim();
        Fields fields;
        Document doc;
        if (type.startsWith(JSON)) {
            JsonNode body = json(body(ctx));
            fields = Fields.of(ctx, field(body, Params.DCT), field(body, Params.GENRE), field(body, Params.TITLE),
                    field(body, Params.SOURCE));
            doc = new Document(fields.source(DEFAULT_SOURCE), text(body), null, fields.title());
        } else if (type.startsWith(MULTIPART)) {
            MultipartForm form = MultipartForm.parse(contentType, body(ctx));
            fields = Fields.of(ctx, form.text(Params.DCT), form.text(Params.GENRE), form.text(Params.TITLE),
                    form.text(Params.SOURCE));
            doc = upload(form.file(Params.FILE), fields);
        } else if (type.isEmpty() || type.startsWith(TEXT_TYPES)) {
            fields = Fields.of(ctx, null, null, null, null);
            java.nio.charset.Charset declared = charset(type);
            doc = read(fields.source(DEFAULT_SOURCE), body(ctx), fields.title(), declared);
        } else {
            throw new ApiException(Status.UNSUPPORTED_MEDIA_TYPE, "unsupported content type '" + contentType
                    + "': send text/plain, application/json or multipart/form-data (a 'file' part)");
        }
        if (doc.text().isBlank()) {
            throw ApiException.badRequest("the document text is empty");
        }
        if (fields.dct() != null && fields.dct().strip().equalsIgnoreCase(Params.TODAY)) {
            // today only because the client asked for it: annals takes no date from the clock otherwise
            doc = doc.withDate(today.get());
        } else {
            LocalDate dct = Params.date(Params.DCT, fields.dct());
            if (dct != null) {
                doc = doc.withDate(DocumentDate.of(dct, DocumentDate.Source.ARGUMENT));
            }
        }
        Genre genre = Params.genre(Params.GENRE, fields.genre());
        if (genre != null && !genreAllowed) {
            throw ApiException.badRequest(Params.GENRE + " cannot be chosen here: the archive decides it");
        }
        return new DocumentRequest(doc, genre);
    }

    /**
     * The charset a text content type declares ({@code text/plain; charset=ISO-8859-1}), or null: then the body is
     * read as a file is (UTF-8 when it is valid UTF-8, else its detected charset).
     */
    private static java.nio.charset.Charset charset(String type) {
        for (String part : type.split(";")) {
            String p = part.strip();
            if (p.startsWith("charset=")) {
                String name = p.substring("charset=".length()).replace("\"", "").strip();
                try {
                    return java.nio.charset.Charset.forName(name);
                } catch (IllegalArgumentException e) {
                    throw ApiException.badRequest("unknown charset '" + name + "'");
                }
            }
        }
        return null;
    }

    /** The body, or 408 when the client stopped sending it (its connection closed, or past the read timeout). */
    private byte[] body(Context ctx) {
        try (InputStream in = ctx.req().getInputStream()) {
            return BoundedBody.read(in, ctx.req().getContentLengthLong(), maxBodyBytes);
        } catch (IOException e) {
            throw ApiException.incompleteBody(e);
        }
    }

    private Document upload(MultipartForm.Upload file, Fields fields) {
        if (file == null) {
            throw ApiException.badRequest("multipart request without a '" + Params.FILE + "' part");
        }
        String name = file.fileName() == null || file.fileName().isBlank() ? DEFAULT_SOURCE : file.fileName();
        Document read = read(name, file.content(), fields.title(), null);
        return new Document(fields.source(read.source()), read.text(), read.date(), read.title(), read.url(),
                read.language(), read.charset());
    }

    /**
     * A document from bytes, read as a file of that name is; plain text in {@code charset} when the request declares
     * one.
     */
    private Document read(String name, byte[] bytes, String title, java.nio.charset.Charset charset) {
        try {
            Document d = Readers.read(name, bytes, maxBodyBytes, charset);
            return title == null ? d : d.withTitle(title);
        } catch (ReadException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private static JsonNode json(byte[] body) {
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw ApiException.badRequest("malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiException.badRequest("malformed JSON: " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("the JSON body must be an object with a \"" + Params.TEXT + "\" field");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            String key = it.next().getKey();
            if (!JSON_FIELDS.contains(key)) {
                throw ApiException.badRequest("unknown field \"" + key + "\" (expected " + Params.TEXT + ", "
                        + Params.DCT + ", " + Params.GENRE + ", " + Params.TITLE + ", " + Params.SOURCE + ")");
            }
        }
        return node;
    }

    private static String text(JsonNode body) {
        String text = field(body, Params.TEXT);
        if (text == null) {
            throw ApiException.badRequest("the JSON body has no \"" + Params.TEXT + "\" field");
        }
        return text;
    }

    /** A string field, or null when absent or null; another JSON type is a 400. */
    private static String field(JsonNode body, String name) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ApiException.badRequest("\"" + name + "\" must be a string");
        }
        return v.asText();
    }

    /** The optional fields, each from the body or the query string. */
    private record Fields(String dct, String genre, String title, String source) {

        static Fields of(Context ctx, String dct, String genre, String title, String source) {
            return new Fields(pick(ctx, Params.DCT, dct), pick(ctx, Params.GENRE, genre),
                    pick(ctx, Params.TITLE, title), pick(ctx, Params.SOURCE, source));
        }

        String source(String fallback) {
            return source == null || source.isBlank() ? fallback : source;
        }

        private static String pick(Context ctx, String name, String inBody) {
            String inQuery = ctx.queryParam(name);
            if (inBody != null && inQuery != null && !inBody.equals(inQuery)) {
                throw ApiException.badRequest(name + " given twice with different values: '" + inQuery
                        + "' (query) and '" + inBody + "' (body)");
            }
            return inBody != null ? inBody : inQuery;
        }
    }
}
