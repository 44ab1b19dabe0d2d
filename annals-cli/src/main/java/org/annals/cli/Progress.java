package org.annals.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Ingest progress on standard error: documents done of the total, documents per second and the time left. On a
 * terminal a bar redrawn in place a few times a second; otherwise a plain line every few seconds. Not thread-safe.
 */
final class Progress {

    /** How progress is shown. */
    enum Mode {
        /** A bar on a terminal, plain lines otherwise. */
        AUTO,
        /** A bar redrawn in place. */
        BAR,
        /** A line now and then. */
        LINES,
        /** Nothing. */
        NONE
    }

    private static final long BAR_EVERY_NANOS = 200_000_000L;
    private static final long LINE_EVERY_NANOS = 5_000_000_000L;
    private static final int BAR_WIDTH = 30;

    private final PrintStream err;
    private final Mode mode;
    private final long total;
    private final long start = System.nanoTime();
    private long lastShown = start;
    private boolean drawn;

    /**
     * @param mode  BAR, LINES or NONE (resolve AUTO with {@link #resolve})
     * @param total the documents expected, or -1 when unknown
     */
    Progress(PrintStream err, Mode mode, long total) {
        if (mode == Mode.AUTO) {
            throw new IllegalArgumentException("resolve AUTO first");
        }
        this.err = err;
        this.mode = mode;
        this.total = total;
    }

    /** AUTO as BAR on a terminal, else LINES. */
    static Mode resolve(Mode m, boolean terminal) {
        if (m != Mode.AUTO) {
            return m;
        }
        return terminal ? Mode.BAR : Mode.LINES;
    }

    /** Shows the progress if it is time to. */
    void update(long done, long committed, long failed) {
        long now = System.nanoTime();
        if (mode == Mode.NONE || now - lastShown < (mode == Mode.BAR ? BAR_EVERY_NANOS : LINE_EVERY_NANOS)) {
            return;
        }
        lastShown = now;
        show(done, committed, failed, now);
    }

    /** Shows the final state and ends the bar's line. */
    void finish(long done, long committed, long failed) {
        if (mode == Mode.NONE) {
            return;
        }
        if (mode == Mode.BAR || drawn) {
            show(done, committed, failed, System.nanoTime());
            err.println();
        }
        err.flush();
    }

    private void show(long done, long committed, long failed, long now) {
        double secs = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / secs;
        StringBuilder sb = new StringBuilder();
        if (mode == Mode.BAR) {
            sb.append('\r');
            if (total > 0) {
                int filled = (int) Math.min(BAR_WIDTH, BAR_WIDTH * done / total);
                sb.append('[').append("#".repeat(filled)).append("-".repeat(BAR_WIDTH - filled)).append("] ");
            }
        } else {
            sb.append("annals ingest: ");
        }
        sb.append(done);
        if (total > 0) {
            sb.append('/').append(total);
        }
        sb.append(" documents, ").append(committed).append(" committed");
        if (failed > 0) {
            sb.append(", ").append(failed).append(" failed");
        }
        sb.append(String.format(Locale.ROOT, ", %.1f documents/s", rate));
        if (total > 0 && rate > 0 && done < total) {
            sb.append(", ETA ").append(duration((long) ((total - done) / rate)));
        }
        if (mode == Mode.BAR) {
            sb.append("   ");
            err.print(sb);
        } else {
            err.println(sb);
        }
        err.flush();
        drawn = true;
    }

    /** {@code 1:02:03} or {@code 2:03}. */
    static String duration(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }
}
