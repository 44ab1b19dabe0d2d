package org.annals.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body, refusing (413) more than a limit: first by the declared length, then while reading, so a
 * body sent without a length (chunked) cannot grow past it either.
 */
final class BoundedBody {

    private static final int BUFFER = 16 * 1024;

    private BoundedBody() {
    }

    /** Refuses a declared length (-1: unknown) over the limit. */
    static void checkDeclared(long contentLength, long limit) {
        if (contentLength > limit) {
            throw ApiException.tooLarge(limit);
        }
    }

    /** All of {@code in}, or 413 as soon as it passes {@code limit} bytes. */
    static byte[] read(InputStream in, long contentLength, long limit) throws IOException {
        checkDeclared(contentLength, limit);
        ByteArrayOutputStream out = new ByteArrayOutputStream(
                (int) Math.min(Math.max(contentLength, BUFFER), Math.min(limit, Integer.MAX_VALUE - 8)));
        byte[] buf = new byte[BUFFER];
        long total = 0;
        for (int k; (k = in.read(buf)) >= 0; ) {
            total += k;
            if (total > limit) {
                throw ApiException.tooLarge(limit);
            }
            out.write(buf, 0, k);
        }
        return out.toByteArray();
    }
}
