package org.annals.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;

/**
 * The 413 answer to a request body over the limit, given so that the client can read it.
 *
 * <p>Jetty closes a connection whose request body was not read to its end. A client still sending that body then
 * gets a reset, which can throw away the answer before the client has read it (the JDK's {@code HttpClient} then
 * fails with "broken pipe" or "header parser received no bytes" instead of returning the 413). So the answer is
 * written and flushed at once, and then the rest of the body is read and thrown away, at most
 * {@link #DRAIN_BYTES}: a client that sends a body up to that size reliably reads its 413, and its connection stays
 * usable. A body declared longer than {@link #DRAIN_BYTES} is not read at all: its answer says
 * {@code Connection: close} and the connection is closed after it, so such a client may lose the answer (it reads
 * it only if it reads while it sends). A body without a declared length (chunked) is read up to the same bound; past
 * it the connection is closed too. Draining cannot hold a connection for longer than the read timeout
 * ({@link RequestDeadline} closes a request whose body is still arriving after it).
 */
final class OversizeBody {

    /** The most of an oversize body read and discarded after its 413: 16 MiB. */
    static final long DRAIN_BYTES = 16L * 1024 * 1024;

    private static final int BUFFER = 64 * 1024;

    private OversizeBody() {
    }

    /**
     * Sends {@code json} as a 413 now, then reads and discards the rest of the request body (at most
     * {@link #DRAIN_BYTES}). The caller sets any other header before.
     */
    static void answer(HttpServletRequest request, HttpServletResponse response, String contentType, byte[] json)
            throws IOException {
        long declared = request.getContentLengthLong();
        boolean drain = declared <= DRAIN_BYTES; // -1 (not declared) too: read up to the bound
        response.setStatus(Status.PAYLOAD_TOO_LARGE);
        response.setContentType(contentType);
        response.setContentLength(json.length);
        if (!drain) {
            response.setHeader("Connection", "close");
        }
        response.getOutputStream().write(json);
        response.flushBuffer();
        if (drain) {
            discard(request.getInputStream(), DRAIN_BYTES);
        }
    }

    /**
     * Reads and drops at most {@code limit} bytes of {@code in}, stopping at its end; returns how many. A failed read
     * (the client went away, or the read timeout closed the connection) ends it quietly: the answer has been sent.
     */
    static long discard(InputStream in, long limit) {
        byte[] buf = new byte[BUFFER];
        long total = 0;
        try {
            while (total < limit) {
                int k = in.read(buf, 0, (int) Math.min(buf.length, limit - total));
                if (k < 0) {
                    break;
                }
                total += k;
            }
        } catch (IOException e) {
            // nothing more to read from this client
        }
        return total;
    }
}
