package org.annals.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How an {@link AnnalsServer} listens and what it accepts.
 *
 * @param host         the interface to bind ({@value #DEFAULT_HOST} by default: only this machine)
 * @param port         the port; 0 picks a free one
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 * @param timeout      the time budget of one document's analysis; past it the request gets 503
 * @param workers      how many documents are analysed at once (the rest wait, up to {@link #queue})
 * @param queue        how many documents may wait for a worker; past it requests get 503
 * @param readTimeout  the longest a client may take to send one whole request (headers and body), and the longest
 *                     a connection may stay silent; past it the connection is closed (slow or stalled clients)
 * @param access       who may use it: host names, other origins, the access token, read-only ({@link AccessGuard})
 */
public record ServerSettings(String host, int port, long maxBodyBytes, Duration timeout, int workers, int queue,
                             Duration readTimeout, AccessSettings access) {

    /** Listen on the loopback interface only. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** The default port. */
    public static final int DEFAULT_PORT = 8080;
    /** The default body limit: 10 MiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;
    /** The default time budget of one document. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** The default queue length. */
    public static final int DEFAULT_QUEUE = 256;
    /** The default time a client has to send a request, and a connection may stay silent. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(access, "access");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("the body limit must be at least 1 byte: " + maxBodyBytes);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive: " + timeout);
        }
        if (readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("the read timeout must be positive: " + readTimeout);
        }
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1: " + workers);
        }
        if (queue < 0) {
            throw new IllegalArgumentException("queue must not be negative: " + queue);
        }
    }

    /**
     * The defaults: loopback, port 8080, 10 MiB bodies, 10 s per document, one worker per processor, 30 s to send a
     * request.
     */
    public static ServerSettings defaults() {
        return new ServerSettings(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_BODY_BYTES, DEFAULT_TIMEOUT,
                Runtime.getRuntime().availableProcessors(), DEFAULT_QUEUE, DEFAULT_READ_TIMEOUT, AccessSettings.open());
    }

    public ServerSettings withHost(String h) {
        return new ServerSettings(h, port, maxBodyBytes, timeout, workers, queue, readTimeout, access);
    }

    public ServerSettings withPort(int p) {
        return new ServerSettings(host, p, maxBodyBytes, timeout, workers, queue, readTimeout, access);
    }

    public ServerSettings withMaxBodyBytes(long max) {
        return new ServerSettings(host, port, max, timeout, workers, queue, readTimeout, access);
    }

    public ServerSettings withTimeout(Duration t) {
        return new ServerSettings(host, port, maxBodyBytes, t, workers, queue, readTimeout, access);
    }

    public ServerSettings withWorkers(int w) {
        return new ServerSettings(host, port, maxBodyBytes, timeout, w, queue, readTimeout, access);
    }

    public ServerSettings withReadTimeout(Duration t) {
        return new ServerSettings(host, port, maxBodyBytes, timeout, workers, queue, t, access);
    }

    public ServerSettings withAccess(AccessSettings a) {
        return new ServerSettings(host, port, maxBodyBytes, timeout, workers, queue, readTimeout, a);
    }
}
