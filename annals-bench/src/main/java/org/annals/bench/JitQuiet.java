package org.annals.bench;


import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * Warm-up until the JIT compiler is quiet. A server under load keeps compiling long after its first thousand
 * requests (the analysis, Jetty, Javalin, Jackson and the in-process HTTP clients are a lot of code): measured on the
 * 2-core machine, the compiler threads still took 0.3 to 0.5 of the two cores during the ten seconds after 1,000 to
 * 5,000 requests, so the measured latency was partly the compiler's. Rounds of requests are sent until the compiler
 * worked less than a given share of a round's wall time (the JVM's total compilation time, summed over its compiler
 * threads), or at most {@value #MAX_ROUNDS} rounds.
 */
final class JitQuiet {

    /** The most warm-up rounds added. */
    static final int MAX_ROUNDS = 40;

    private JitQuiet() {
    }

    /**
     * Sends rounds of {@code round} requests until the compiler worked less than {@code percent}% of a round's time;
     * returns a line saying how many rounds and the compiler's share in the last one.
     */
    static String warmUp(LoadDriver driver, List<LoadDriver.Route> route, int round, double percent)
            throws InterruptedException {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return "warm-up until the JIT is quiet: skipped (this JVM does not report compilation time)";
        }
        int rounds = 0;
        double share;
        double seconds = 0;
        do {
            long compiled = jit.getTotalCompilationTime();
            long t0 = System.nanoTime();
            driver.run(route, round);
            double wall = (System.nanoTime() - t0) / 1e6;
            seconds += wall / 1e3;
            share = 100.0 * (jit.getTotalCompilationTime() - compiled) / Math.max(1, wall);
            rounds++;
        } while (share >= percent && rounds < MAX_ROUNDS);
        return String.format(Locale.ROOT, "warm-up until the JIT is quiet: %d more requests in %.1f s (%d rounds);"
                + " compiler time in the last round %.1f%% of its wall time (target < %.1f%%%s)", rounds * round,
                seconds, rounds, share, percent, share < percent ? "" : ", not reached");
    }
}
