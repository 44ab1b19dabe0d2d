package org.annals.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small HTTP client for the server's tests. */
final class Http {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    Http(URI base) {
        this.base = base;
    }

    /** A response: status, body, content type and Content-Disposition (empty when absent). */
    record Response(int status, String body, String contentType, String disposition) {
        Response(int status, String body, String contentType) {
            this(status, body, contentType, "");
        }

        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        String error() {
            return json().path("error").asText(null);
        }
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    Response delete(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).DELETE().build());
    }

    Response post(String path, String contentType, String body) {
        return post(path, contentType, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    Response post(String path, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).POST(body);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.build());
    }

    Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Content-Disposition").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A multipart/form-data body with one file part and text fields (name, value pairs). */
    static Multipart multipart(String fileName, byte[] content, String... fields) {
        String boundary = "annals-test-boundary-7d3f";
        StringBuilder head = new StringBuilder();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            head.append("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(fields[i]).append("\"\r\n\r\n")
                    .append(fields[i + 1]).append("\r\n");
        }
        head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"file\"; filename=\"").append(fileName).append("\"\r\n")
                .append("Content-Type: application/octet-stream\r\n\r\n");
        byte[] h = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] t = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[h.length + content.length + t.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(content, 0, all, h.length, content.length);
        System.arraycopy(t, 0, all, h.length + content.length, t.length);
        return new Multipart("multipart/form-data; boundary=" + boundary, all);
    }

    /** A multipart body and its content type. */
    record Multipart(String contentType, byte[] body) {
    }
}
