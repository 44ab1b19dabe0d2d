package org.annals.server;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs document analyses on a fixed number of threads (CPU-bound work gains nothing from more), with a bounded wait
 * list and a time budget per document: a full list or a document over its budget is a 503. A document over budget
 * is abandoned, not stopped: the tagger does not poll for interruption, so its thread finishes it in the background.
 */
final class Workers implements AutoCloseable {

    private final ThreadPoolExecutor pool;
    private final Duration timeout;

    Workers(int threads, int queue, Duration timeout) {
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue), r -> {
                    Thread t = new Thread(r, "annals-worker-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.timeout = timeout;
    }

    /** The task's result; its runtime exceptions as they are, others wrapped in a {@link RuntimeException}. */
    <T> T run(Callable<T> task) throws InterruptedException {
        Future<T> f;
        try {
            f = pool.submit(task);
        } catch (RejectedExecutionException e) {
            throw ApiException.unavailable("the server is busy: too many documents waiting; try again later");
        }
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw ApiException.unavailable("the analysis took longer than the server's limit of "
                    + timeout.toMillis() + " ms (annals serve --timeout)");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("analysis failed", cause);
        } catch (InterruptedException e) {
            f.cancel(true);
            throw e;
        }
    }

    /** Starts a task on a worker, or 503 when every worker is busy and the wait list full. */
    Future<?> submit(Runnable task) {
        try {
            return pool.submit(task);
        } catch (RejectedExecutionException e) {
            throw ApiException.unavailable("the server is busy: too many documents waiting; try again later");
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
