package org.annals.server;

import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;

/**
 * A {@code multipart/form-data} body, parsed (by Jetty's parser) from bytes already read under the body limit, so
 * that the limit is enforced in one place whatever the form of the body. Parts are held in memory.
 */
final class MultipartForm {

    private final MultiPartFormData.Parts parts;

    private MultipartForm(MultiPartFormData.Parts parts) {
        this.parts = parts;
    }

    /** Parses {@code body}; a malformed body (or no boundary) is a 400. */
    static MultipartForm parse(String contentType, byte[] body) throws InterruptedException {
        String boundary = MultiPart.extractBoundary(contentType);
        if (boundary == null || boundary.isEmpty()) {
            throw ApiException.badRequest("multipart/form-data without a boundary");
        }
        MultiPartFormData.Parser parser = new MultiPartFormData.Parser(boundary);
        parser.setMaxLength(body.length);
        parser.setMaxMemoryFileSize(body.length);
        parser.setMaxFileSize(body.length);
        try {
            return new MultipartForm(parser.parse(Content.Source.from(ByteBuffer.wrap(body))).get());
        } catch (ExecutionException e) {
            throw ApiException.badRequest("malformed multipart/form-data body");
        }
    }

    /** The first part of that name as text (UTF-8), or null. */
    String text(String name) {
        MultiPart.Part p = parts.getFirst(name);
        return p == null ? null : p.getContentAsString(StandardCharsets.UTF_8);
    }

    /** The first part of that name, or null. */
    Upload file(String name) throws IOException {
        MultiPart.Part p = parts.getFirst(name);
        if (p == null) {
            return null;
        }
        ByteBuffer b = Content.Source.asByteBuffer(p.getContentSource());
        byte[] bytes = new byte[b.remaining()];
        b.get(bytes);
        return new Upload(p.getFileName(), bytes);
    }

    /**
     * An uploaded file.
     *
     * @param fileName the name the client gave, or null
     * @param content  its bytes
     */
    record Upload(String fileName, byte[] content) {
    }
}
