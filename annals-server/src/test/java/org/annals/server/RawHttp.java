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
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.setSoTimeout(TIMEOUT_MILLIS);
            StringBuilder head = new StringBuilder();
            head.append(method).append(' ').append(pathAndQuery).append(" HTTP/1.1\r\n");
            head.append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n");
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

    private static Http.Response parse(byte[] answer) throws IOException {
        String all = new String(answer, StandardCharsets.ISO_8859_1);
        int end = all.indexOf("\r\n\r\n");
        if (end < 0 || !all.startsWith("HTTP/1.1 ")) {
            throw new IOException("not an HTTP answer: " + all.substring(0, Math.min(200, all.length())));
        }
        int status = Integer.parseInt(all.substring(9, 12));
        String headers = all.substring(0, end).toLowerCase(Locale.ROOT);
        String contentType = "";
        for (String line : headers.split("\r\n")) {
            if (line.startsWith("content-type:")) {
                contentType = line.substring(13).strip();
            }
        }
        byte[] raw = java.util.Arrays.copyOfRange(answer, end + 4, answer.length);
        byte[] body = headers.contains("transfer-encoding: chunked") ? unchunk(raw) : raw;
        return new Http.Response(status, new String(body, StandardCharsets.UTF_8), contentType);
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
