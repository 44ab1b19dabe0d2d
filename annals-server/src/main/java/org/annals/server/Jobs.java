package org.annals.server;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;

/**
 * Analyses followed while they run ({@code /api/jobs}): a job goes through its steps (time expressions, then events
 * and the timeline), says which one it is at, can be cancelled, and keeps its answer until it is fetched or
 * {@link #KEEP} has passed. At most {@link #MAX} jobs are kept; past their time budget (the server's {@code --timeout})
 * running ones fail. Cancelling a job that runs interrupts its worker; the step it is in still runs to its end (the
 * analysis does not poll for interruption) and its answer is dropped. Thread-safe.
 */
final class Jobs {

    /** How long a finished job's answer is kept (the page fetches it at once; an answer can be large). */
    static final Duration KEEP = Duration.ofMinutes(2);
    /** The most jobs kept at once, running and finished. */
    static final int MAX = 32;

    /** A job's state. */
    enum State {
        QUEUED, RUNNING, DONE, FAILED, CANCELLED;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One job. Its fields change as it runs; readers see them through {@link #snapshot}. */
    static final class Job {
        final String id = UUID.randomUUID().toString().replace("-", "");
        final long started = System.nanoTime();
        volatile State state = State.QUEUED;
        volatile String phase = "waiting for a worker";
        volatile int step;
        final int steps;
        volatile long finished;
        volatile byte[] result; // UTF-8: half the memory of a String of the same JSON
        volatile String error;
        volatile Future<?> future;

        Job(int steps) {
            this.steps = steps;
        }

        /** Enters a step (1-based), unless the job was cancelled meanwhile: then false. */
        synchronized boolean enter(int step, String phase) {
            if (state == State.CANCELLED) {
                return false;
            }
            this.state = State.RUNNING;
            this.step = step;
            this.phase = phase;
            return true;
        }

        synchronized void done(byte[] result) {
            if (state == State.CANCELLED || state == State.FAILED) {
                return;
            }
            this.result = result;
            this.state = State.DONE;
            this.phase = "done";
            this.finished = System.nanoTime();
        }

        synchronized void fail(String error) {
            if (state == State.CANCELLED || state == State.DONE) {
                return;
            }
            this.error = error;
            this.state = State.FAILED;
            this.finished = System.nanoTime();
        }

        synchronized void cancel() {
            if (state == State.DONE || state == State.FAILED) {
                return;
            }
            state = State.CANCELLED;
            phase = "cancelled";
            finished = System.nanoTime();
            Future<?> f = future;
            if (f != null) {
                f.cancel(true);
            }
        }

        long elapsedMillis() {
            long end = finished != 0 ? finished : System.nanoTime();
            return (end - started) / 1_000_000;
        }

        boolean over() {
            return state == State.DONE || state == State.FAILED || state == State.CANCELLED;
        }
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final Duration budget;

    Jobs(Duration budget) {
        this.budget = budget;
    }

    /** A new job of that many steps, once old ones are swept; 503 when {@link #MAX} are kept. */
    Job create(int steps) {
        sweep();
        if (jobs.size() >= MAX) {
            throw ApiException.unavailable("the server is busy: " + MAX + " analyses are running or waiting to be"
                    + " fetched; try again later");
        }
        Job j = new Job(steps);
        jobs.put(j.id, j);
        return j;
    }

    /** The job of that id (its budget checked), or 404. */
    Job get(String id) {
        Job j = jobs.get(id);
        if (j == null) {
            throw ApiException.notFound("no analysis with id '" + id + "' (finished ones are kept "
                    + KEEP.toMinutes() + " minutes)");
        }
        overBudget(j);
        return j;
    }

    /** Cancels and forgets a job. */
    void cancel(String id) {
        Job j = get(id);
        j.cancel();
        jobs.remove(id);
    }

    void remove(String id) {
        jobs.remove(id);
    }

    /** Fails the running jobs past their budget and forgets the finished ones kept longer than {@link #KEEP}. */
    void sweep() {
        long now = System.nanoTime();
        for (Iterator<Job> it = jobs.values().iterator(); it.hasNext(); ) {
            Job j = it.next();
            overBudget(j);
            if (j.over() && now - j.finished > KEEP.toNanos()) {
                it.remove();
            }
        }
    }

    private void overBudget(Job j) {
        if (!j.over() && j.elapsedMillis() > budget.toMillis()) {
            j.fail("the analysis took longer than the server's limit of " + budget.toMillis()
                    + " ms (annals serve --timeout)");
            Future<?> f = j.future;
            if (f != null) {
                f.cancel(true);
            }
        }
    }
}
