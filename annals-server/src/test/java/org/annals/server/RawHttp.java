package org.annals.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 exchange on its own socket ({@code Connection: close}): the request as given, the whole answer read
 * to the end. No connection pool and no retries, so that a connection the server closes without an answer shows as
 * such (an IOException), with nothing of a client library in between.
 */
final class RawHttp {

    private static final int TIMEOUT_MILLIS = 60_000;

    private RawHttp() {
    }

    static Http.Response exchange(URI base, String method, String pathAndQuery, String contentType, byte[] body)
            throws IOException {
        Answer a = exchange(base, method, pathAndQuery, java.util.List.of(), contentType, body);
        return new Http.Response(a.status(), a.body(), a.header("content-type"));
    }

    /** An answer with its headers (names in lower case; the last of a repeated header). */
    record Answer(int status, java.util.Map<String, String> headers, String body) {
        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }

        String error() {
            try {
                return Http.MAPPER.readTree(body).path("error").asText(null);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    /**
     * One exchange with extra header lines ({@code "Name: value"}); a {@code Host} among them replaces the one
     * naming {@code base}.
     */
    static Answer exchange(URI base, String method, String pathAndQuery, java.util.List<String> headers,
                           String contentType, byte[] body) throws IOException {
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.setSoTimeout(TIMEOUT_MILLIS);
            StringBuilder head = new StringBuilder();
            head.append(method).append(' ').append(pathAndQuery).append(" HTTP/1.1\r\n");
            if (headers.stream().noneMatch(h -> h.toLowerCase(Locale.ROOT).startsWith("host:"))) {
                head.append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n");
            }
            for (String h : headers) {
                head.append(h).append("\r\n");
            }
            head.append("Connection: close\r\n");
            if (body != null) {
                if (!contentType.isEmpty()) {
                    head.append("Content-Type: ").append(contentType).append("\r\n");
                }
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = s.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            byte[] answer = readAll(s.getInputStream());
            if (answer.length == 0) {
                throw new IOException("the server closed the connection without an answer");
            }
            return parse(answer);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        for (int n; (n = in.read(buf)) >= 0; ) {
            b.write(buf, 0, n);
        }
        return b.toByteArray();
    }

    private static Answer parse(byte[] answer) throws IOException {
        String all = new String(answer, StandardCharsets.ISO_8859_1);
        int end = all.indexOf("\r\n\r\n");
        if (end < 0 || !all.startsWith("HTTP/1.1 ")) {
            throw new IOException("not an HTTP answer: " + all.substring(0, Math.min(200, all.length())));
        }
        int status = Integer.parseInt(all.substring(9, 12));
        java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();
        String[] lines = all.substring(0, end).split("\r\n");
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
        }
        byte[] raw = java.util.Arrays.copyOfRange(answer, end + 4, answer.length);
        byte[] body = "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? unchunk(raw) : raw;
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < raw.length) {
            int lineEnd = indexOf(raw, i);
            if (lineEnd < 0) {
                throw new IOException("bad chunked body");
            }
            String size = new String(raw, i, lineEnd - i, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int n = Integer.parseInt(size, 16);
            if (n == 0) {
                break;
            }
            out.write(raw, lineEnd + 2, n);
            i = lineEnd + 2 + n + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] b, int from) {
        for (int i = from; i + 1 < b.length; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
