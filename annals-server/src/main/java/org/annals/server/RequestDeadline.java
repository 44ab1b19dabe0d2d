package org.annals.server;

import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.internal.HttpConnection;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Closes the connections of clients too slow to send a request. Jetty's idle timeout (set here to the same value)
 * closes a connection that stays silent; it does not stop a client that sends its headers or its body a byte at a
 * time (slowloris), since each byte restarts it. So a sweep looks at every connection a few times per timeout and
 * closes one whose current request began arriving (its first byte was parsed) more than the timeout ago and is still
 * in its headers or its body. Requests being answered are not affected: once the body is read, the time is the
 * analysis budget's ({@link ServerSettings#timeout}).
 *
 * <p>The sweep reads the state of each connection's parser from its own thread: a stale read only delays a close to
 * the next sweep.
 */
final class RequestDeadline implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(RequestDeadline.class.getName());
    /** Sweeps per timeout: a slow connection is closed at most a quarter of the timeout late. */
    private static final int SWEEPS_PER_TIMEOUT = 4;
    private static final long MIN_PERIOD_MILLIS = 50;

    private final Server server;
    private final long timeoutNanos;
    private final ScheduledExecutorService sweeper;

    private RequestDeadline(Server server, Duration timeout) {
        this.server = server;
        this.timeoutNanos = timeout.toNanos();
        this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "annals-request-deadline");
            t.setDaemon(true);
            return t;
        });
    }

    /** Sets the connectors' idle timeout and starts sweeping the started {@code server}'s connections. */
    static RequestDeadline start(Server server, Duration timeout) {
        for (Connector c : server.getConnectors()) {
            if (c instanceof AbstractConnector a) {
                a.setIdleTimeout(timeout.toMillis());
            }
        }
        RequestDeadline d = new RequestDeadline(server, timeout);
        long period = Math.max(MIN_PERIOD_MILLIS, timeout.toMillis() / SWEEPS_PER_TIMEOUT);
        d.sweeper.scheduleWithFixedDelay(d::sweep, period, period, TimeUnit.MILLISECONDS);
        return d;
    }

    private void sweep() {
        try {
            long now = System.nanoTime();
            for (Connector c : server.getConnectors()) {
                for (EndPoint e : c.getConnectedEndPoints()) {
                    if (e.getConnection() instanceof HttpConnection h && tooSlow(h.getParser(), now)) {
                        LOG.log(System.Logger.Level.DEBUG, "closing a connection too slow to send its request: {0}",
                                e.getRemoteSocketAddress());
                        e.close(new TimeoutException("request not received within "
                                + timeoutNanos / 1_000_000 + " ms"));
                    }
                }
            }
        } catch (RuntimeException e) {
            // one failed sweep must not stop the next ones
            LOG.log(System.Logger.Level.WARNING, "request deadline sweep failed", e);
        }
    }

    private boolean tooSlow(HttpParser p, long now) {
        long begin = p.getBeginNanoTime();
        return begin != 0 && (p.inHeaderState() || p.inContentState()) && now - begin > timeoutNanos;
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }
}
