package org.annals.bench;

import org.annals.cli.Io;
import org.annals.io.ReadException;
import org.annals.io.Readers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code annals bench-read}: how long reading a saved web page takes (text, title, URL, language, date). */
@Command(name = "bench-read", sortOptions = false, mixinStandardHelpOptions = true,
        headerHeading = "%n",
        header = "Measure how long annals takes to read saved web pages.",
        description = {
            "A benchmark, not a test: it prints numbers and exits 0.",
            "Reads every .html and .htm file under --pages into memory, warms up for a third of --seconds, then"
                + " reads them all (Readers.read: parsing, charset, article text, title, URL, language, date) again"
                + " and again on one thread for --seconds, timing each page. Prints the median and 90th percentile"
                + " per page, the median per 100 KB of page (each page's time scaled to 100 KB: the issue 14 target"
                + " is under 5 ms), the median of the pages of 80 to 120 KB, and MB/s of HTML.",
            "The pages default to web-pages under $ANNALS_CORPORA, else ../shared/corpora beside the project or the"
                + " current directory."})
final class BenchReadCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--pages", paramLabel = "DIR", description = "Directory searched for .html and .htm files.")
    private Path pages;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "10",
            description = "How long to measure (default: ${DEFAULT-VALUE}); warm-up is a third of it.")
    private int seconds;

    private final Io io;

    BenchReadCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        if (seconds < 1) {
            throw new ParameterException(spec.commandLine(), "--seconds must be at least 1");
        }
        PrintStream out = io.out();
        Path dir = pages;
        if (dir == null) {
            Path root = Corpora.locate();
            dir = root == null ? null : root.resolve("web-pages");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            out.println("bench-read: skipped (no pages: set --pages or ANNALS_CORPORA)");
            return 0;
        }
        List<String> names = new ArrayList<>();
        List<byte[]> bytes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(BenchReadCommand::isPage).sorted().toList()) {
                names.add(p.getFileName().toString());
                bytes.add(Files.readAllBytes(p));
            }
        }
        if (names.isEmpty()) {
            out.println("bench-read: skipped (no .html or .htm file under " + dir + ")");
            return 0;
        }
        long total = bytes.stream().mapToLong(b -> b.length).sum();
        out.printf(Locale.ROOT, "pages: %s: %d pages, %.1f MB, mean %.0f KB%n", dir, names.size(), total / 1e6,
                total / 1e3 / names.size());
        run(names, bytes, Math.max(1, seconds / 3) * 1_000_000_000L, null);
        List<double[]> timings = new ArrayList<>(); // per measured read: {ms, bytes}
        long start = System.nanoTime();
        int failures = run(names, bytes, seconds * 1_000_000_000L, timings);
        double secs = (System.nanoTime() - start) / 1e9;
        double[] ms = timings.stream().mapToDouble(t -> t[0]).sorted().toArray();
        double[] per100k = timings.stream().mapToDouble(t -> t[0] * 100_000 / Math.max(1, t[1])).sorted().toArray();
        double[] near100k = timings.stream().filter(t -> t[1] >= 80_000 && t[1] <= 120_000).mapToDouble(t -> t[0])
                .sorted().toArray();
        double readBytes = timings.stream().mapToDouble(t -> t[1]).sum();
        out.printf(Locale.ROOT, "read (1 thread, %.1f s, %d reads, %d refused): median %.2f ms, p90 %.2f ms per page;"
                        + " median %.2f ms per 100 KB; pages of 80-120 KB (%d reads): median %.2f ms; %.1f MB/s%n",
                secs, ms.length, failures, quantile(ms, 0.5), quantile(ms, 0.9), quantile(per100k, 0.5),
                near100k.length, quantile(near100k, 0.5), readBytes / 1e6 / secs);
        out.flush();
        return 0;
    }

    /** Reads the pages round after round for {@code nanos}; records each read's time when {@code timings} is given. */
    private static int run(List<String> names, List<byte[]> bytes, long nanos, List<double[]> timings) {
        long end = System.nanoTime() + nanos;
        int failures = 0;
        while (System.nanoTime() < end) {
            for (int i = 0; i < names.size(); i++) {
                long t = System.nanoTime();
                try {
                    Readers.read(names.get(i), bytes.get(i));
                } catch (ReadException e) {
                    failures++;
                }
                if (timings != null) {
                    timings.add(new double[] {(System.nanoTime() - t) / 1e6, bytes.get(i).length});
                }
            }
        }
        return failures;
    }

    private static boolean isPage(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(p) && (n.endsWith(".html") || n.endsWith(".htm"));
    }

    private static double quantile(double[] sorted, double q) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) (q * sorted.length))];
    }

}
