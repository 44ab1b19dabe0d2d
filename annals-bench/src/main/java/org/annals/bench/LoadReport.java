package org.annals.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a {@link LoadDriver} run measured: per route the latencies (sorted), the answers by status and the requests
 * that got no answer (connection errors, timeouts), with the first problem seen.
 *
 * @param clients concurrent clients
 * @param seconds wall time of the run
 * @param routes  one report per route, in the order of the mix
 */
public record LoadReport(int clients, double seconds, List<RouteReport> routes) {

    /** The first status counted as a server error. */
    public static final int SERVER_ERROR = 500;
    private static final double NANOS_PER_MILLI = 1e6;

    public LoadReport {
        routes = List.copyOf(routes);
    }

    /**
     * One route's results.
     *
     * @param name         the route's name
     * @param nanos        the latency of each request, sorted (requests without an answer included, up to their failure)
     * @param statuses     answers by HTTP status
     * @param noAnswer     requests that got no answer
     * @param firstProblem the first 5xx body or connection error, or null
     */
    public record RouteReport(String name, long[] nanos, Map<Integer, Long> statuses, long noAnswer,
                              String firstProblem) {

        public RouteReport {
            statuses = Map.copyOf(statuses);
        }

        /** Requests sent. */
        public int requests() {
            return nanos.length;
        }

        /** The latency at quantile {@code q} (0..1), in milliseconds (nearest rank). */
        public double millis(double q) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(q * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(nanos.length - 1, i))] / NANOS_PER_MILLI;
        }

        /** Answers with a status of 500 or more. */
        public long serverErrors() {
            return statuses.entrySet().stream().filter(e -> e.getKey() >= SERVER_ERROR)
                    .mapToLong(Map.Entry::getValue).sum();
        }

        /** Answers with a status other than {@code status}, plus requests without an answer. */
        public long other(int status) {
            return requests() - statuses.getOrDefault(status, 0L);
        }
    }

    /** Requests sent over all routes. */
    public long requests() {
        return routes.stream().mapToLong(RouteReport::requests).sum();
    }

    /** Requests per second over the run. */
    public double throughput() {
        return requests() / Math.max(seconds, 1e-9);
    }

    /** 5xx answers over all routes. */
    public long serverErrors() {
        return routes.stream().mapToLong(RouteReport::serverErrors).sum();
    }

    /** Requests without an answer over all routes. */
    public long noAnswer() {
        return routes.stream().mapToLong(RouteReport::noAnswer).sum();
    }

    /** Answers other than {@code status}, plus requests without an answer, over all routes. */
    public long other(int status) {
        return routes.stream().mapToLong(r -> r.other(status)).sum();
    }

    /** The latencies of every route together, as one route named {@code all}. */
    public RouteReport all() {
        long[] all = routes.stream().flatMapToLong(r -> Arrays.stream(r.nanos())).sorted().toArray();
        Map<Integer, Long> statuses = new TreeMap<>();
        routes.forEach(r -> r.statuses().forEach((s, n) -> statuses.merge(s, n, Long::sum)));
        String first = routes.stream().map(RouteReport::firstProblem).filter(p -> p != null).findFirst().orElse(null);
        return new RouteReport("all", all, statuses, noAnswer(), first);
    }

    /**
     * A table: one line per route and one for all of them, with requests, p50, p90, p99 and max in milliseconds, and
     * the answers by status.
     */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%d requests from %d clients in %.1f s: %.1f requests/s%n", requests(),
                clients, seconds, throughput()));
        sb.append(String.format(Locale.ROOT, "%-24s %8s %9s %9s %9s %9s  %s%n", "route", "requests", "p50 ms",
                "p90 ms", "p99 ms", "max ms", "answers"));
        for (RouteReport r : routes) {
            line(sb, r);
        }
        line(sb, all());
        RouteReport all = all();
        if (all.firstProblem() != null) {
            sb.append("first problem: ").append(all.firstProblem()).append(System.lineSeparator());
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, RouteReport r) {
        StringBuilder answers = new StringBuilder();
        new TreeMap<>(r.statuses()).forEach((s, n) -> answers.append(answers.isEmpty() ? "" : ", ")
                .append(s).append(": ").append(n));
        if (r.noAnswer() > 0) {
            answers.append(answers.isEmpty() ? "" : ", ").append("no answer: ").append(r.noAnswer());
        }
        sb.append(String.format(Locale.ROOT, "%-24s %8d %9.1f %9.1f %9.1f %9.1f  %s%n", r.name(), r.requests(),
                r.millis(0.50), r.millis(0.90), r.millis(0.99), r.millis(1.0), answers));
    }

    /** Collects one route's results from many client threads. */
    static final class Recorder {

        private final String name;
        private final long[] nanos;
        private final Map<Integer, Long> statuses = new TreeMap<>();
        private long noAnswer;
        private String firstProblem;

        Recorder(String name, int requests) {
            this.name = name;
            this.nanos = new long[requests];
        }

        /** An answer; {@code problem} is its body when it is a server error, else null. */
        synchronized void record(int slot, long latency, int status, String problem) {
            nanos[slot] = latency;
            statuses.merge(status, 1L, Long::sum);
            if (problem != null && firstProblem == null) {
                firstProblem = name + ": HTTP " + status + ": " + problem;
            }
        }

        /** A request without an answer. */
        synchronized void failed(int slot, long latency, String problem) {
            nanos[slot] = latency;
            noAnswer++;
            if (firstProblem == null) {
                firstProblem = name + ": " + problem;
            }
        }

        synchronized RouteReport report() {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new RouteReport(name, sorted, statuses, noAnswer, firstProblem);
        }
    }
}
