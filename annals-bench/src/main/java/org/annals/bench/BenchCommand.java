package org.annals.bench;

import org.annals.cli.Io;
import org.annals.training.EventTraining;

import org.annals.api.Annals;
import org.annals.event.EventRecognizer;
import org.annals.io.ReadException;
import org.annals.io.Readers;
import org.annals.model.Document;
import org.annals.model.DocumentDate;
import org.annals.nlp.Nlp;
import org.annals.nlp.Sentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code annals bench}: throughput on the TempEval-3 corpus and a linear-time check on adversarial text. */
@Command(name = "bench", sortOptions = false, mixinStandardHelpOptions = true,
        headerHeading = "%n",
        header = "Measure tagging throughput and check that tagging time grows linearly.",
        description = {
            "A benchmark, not a test: it prints numbers and exits 0.",
            "1. Throughput: reads every .tml file under the corpus, warms up, then tags all texts again and again on"
                + " one thread for --seconds and prints MB/s and documents/s.",
            "   Then the same for Annals.timeline (one timeline of all documents: analyze, participants, anchors),"
                + " Annals.link (the same with the TLINKs of the rules and the relation classifier), Annals.analyze"
                + " (time expressions, sentences, POS tags, events) and, apart, for its sentence/word splitting, POS"
                + " tagging and event recognition stages.",
            "2. Linear time: tags adversarial text (digit runs, month names, \"of the\" chains, repeated tokens, no"
                + " line breaks) of 100 KB and 1 MB, best of several runs each, and prints the time ratio"
                + " (target: at most 12 for 10 times the text).",
            "The corpus defaults to tempeval3-train under $ANNALS_CORPORA, else ../shared/corpora beside the project"
                + " or the current directory."})
final class BenchCommand implements Callable<Integer> {

    static final double RATIO_TARGET = 12.0;

    @Spec
    private CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Directory searched for .tml files.")
    private Path corpus;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "10",
            description = "How long to measure throughput (default: ${DEFAULT-VALUE}); warm-up is a third of it.")
    private int seconds;

    private final Io io;

    BenchCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        if (seconds < 1) {
            throw new ParameterException(spec.commandLine(), "--seconds must be at least 1");
        }
        if (corpus != null && !Files.isDirectory(corpus)) {
            throw new ParameterException(spec.commandLine(), "--corpus " + corpus + " is not a directory");
        }
        Annals annals = Annals.create();
        PrintStream out = io.out();
        Path dir = corpus != null ? corpus : defaultCorpus();
        if (dir == null) {
            out.println("throughput: skipped (no corpus: set --corpus or ANNALS_CORPORA)");
        } else {
            throughput(annals, dir, out);
        }
        linearTime(annals, out);
        out.flush();
        return 0;
    }

    private static Path defaultCorpus() {
        Path root = Corpora.locate();
        Path te3 = root == null ? null : root.resolve("tempeval3-train");
        return te3 != null && Files.isDirectory(te3) ? te3 : null;
    }

    private void throughput(Annals annals, Path dir, PrintStream out) throws IOException {
        List<String> problems = new ArrayList<>();
        List<Document> docs = readDated(dir, problems);
        long bytes = bytes(docs);
        out.printf(Locale.ROOT, "corpus: %s: %d documents, %.2f MB of text%s%n", dir, docs.size(), bytes / 1e6,
                problems.isEmpty() ? "" : ", " + problems.size() + " unreadable (first: " + problems.get(0) + ")");
        if (docs.isEmpty()) {
            out.println("throughput: skipped (no readable .tml documents)");
            return;
        }
        long warmupNanos = Math.max(1, seconds / 3) * 1_000_000_000L;
        runFor(annals, docs, warmupNanos);
        long start = System.nanoTime();
        long[] r = runFor(annals, docs, seconds * 1_000_000_000L);
        double secs = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "throughput (1 thread, %.1f s after %d s warm-up): %.2f MB/s, %.1f documents/s"
                        + " (%d passes, %d timexes per pass)%n",
                secs, warmupNanos / 1_000_000_000L, r[0] * (bytes / 1e6) / secs, r[0] * docs.size() / secs, r[0],
                r[1] / Math.max(1, r[0]));
        analyzeStages(annals, docs, bytes, out);
    }

    /**
     * The {@code .tml} documents under {@code dir}, by path, each with a date (2000-01-01 when it has none); the
     * problems of the unreadable ones are added to {@code problems}.
     */
    static List<Document> readDated(Path dir, List<String> problems) throws IOException {
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".tml")).sorted().toList()) {
                try {
                    Document d = Readers.read(p);
                    docs.add(d.date() != null ? d : d.withDate(DocumentDate.of(LocalDate.of(2000, 1, 1),
                            DocumentDate.Source.ARGUMENT)));
                } catch (ReadException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        return docs;
    }

    /** UTF-8 bytes of the documents' texts. */
    static long bytes(List<Document> docs) {
        return docs.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum();
    }

    /**
     * A throughput: passes over a list of documents in a time.
     *
     * @param passes     whole passes over the documents
     * @param seconds    the time they took
     * @param cpuSeconds the CPU time of the measuring thread (on a shared machine: what one core does)
     * @param documents  documents in a pass
     * @param bytes      bytes of text in a pass
     */
    record Throughput(long passes, double seconds, double cpuSeconds, int documents, long bytes) {

        double megabytesPerSecond() {
            return passes * (bytes / 1e6) / seconds;
        }

        double megabytesPerCpuSecond() {
            return passes * (bytes / 1e6) / Math.max(cpuSeconds, 1e-9);
        }

        double documentsPerSecond() {
            return passes * (double) documents / seconds;
        }
    }

    /**
     * Runs {@code run} over documents 0..n-1 for {@code warmupSeconds} to warm up, then again and again for
     * {@code seconds}.
     */
    static Throughput measure(int warmupSeconds, int seconds, int n, long bytes,
                              java.util.function.IntUnaryOperator run) {
        runFor(run, n, warmupSeconds * 1_000_000_000L);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long passes = runFor(run, n, seconds * 1_000_000_000L);
        return new Throughput(passes, (System.nanoTime() - start) / 1e9,
                (threads.getCurrentThreadCpuTime() - cpu) / 1e9, n, bytes);
    }

    /**
     * Throughput of {@code Annals.timeline}, {@code Annals.link}, {@code Annals.analyze} and of its stages, each timed on its own like the tagging above: the
     * time expression tagger, sentence and word splitting, POS tagging (on split sentences) and the event
     * recognizer (on tagged sentences and the timex spans, computed before the timing).
     */
    private void analyzeStages(Annals annals, List<Document> docs, long bytes, PrintStream out) {
        Nlp nlp = Nlp.get();
        EventRecognizer events = EventRecognizer.shipped();
        List<List<Sentence>> split = new ArrayList<>(docs.size());
        List<List<Sentence>> tagged = new ArrayList<>(docs.size());
        List<List<int[]>> spans = new ArrayList<>(docs.size());
        for (Document d : docs) {
            List<Sentence> s = nlp.split(d.text());
            split.add(s);
            tagged.add(nlp.tag(s));
            spans.add(EventTraining.spans(annals.tag(d).timexes()));
        }
        stage(out, "timeline (analyze + participants + anchors, one timeline per pass)", bytes, docs.size(),
                k -> k == 0 ? annals.timeline(docs).entries().size() : 0);
        stage(out, "link (analyze + participants + anchors + TLINKs by the rules and the relation classifier)", bytes,
                docs.size(), k -> annals.link(docs.get(k)).document().tlinks().size());
        stage(out, "analyze (tag + sentences + POS + events)", bytes, docs.size(),
                k -> annals.analyze(docs.get(k)).events().size());
        stage(out, "  sentences + tokens", bytes, docs.size(), k -> nlp.split(docs.get(k).text()).size());
        stage(out, "  POS", bytes, docs.size(), k -> nlp.tag(split.get(k)).size());
        stage(out, "  events", bytes, docs.size(), k -> events.recognize(tagged.get(k), spans.get(k)).size());
    }

    private void stage(PrintStream out, String name, long bytes, int n, java.util.function.IntUnaryOperator run) {
        Throughput t = measure(Math.max(1, seconds / 3), seconds, n, bytes, run);
        out.printf(Locale.ROOT, "%s: %.2f MB/s (1 thread, %d passes in %.1f s after %d s warm-up)%n", name,
                t.megabytesPerSecond(), t.passes(), t.seconds(), Math.max(1, seconds / 3));
        out.flush();
    }

    /** Runs {@code run} on documents 0..n-1 again and again until the time is up; returns the passes. */
    private static long runFor(java.util.function.IntUnaryOperator run, int n, long nanos) {
        long end = System.nanoTime() + nanos;
        long passes = 0;
        long sink = 0;
        do {
            for (int k = 0; k < n; k++) {
                sink += run.applyAsInt(k);
            }
            passes++;
        } while (System.nanoTime() < end);
        return sink < 0 ? -passes : passes;
    }

    /** Tags the whole list repeatedly until the time is up; returns {passes, timexes found}. */
    private static long[] runFor(Annals annals, List<Document> docs, long nanos) {
        long end = System.nanoTime() + nanos;
        long passes = 0;
        long found = 0;
        do {
            for (Document d : docs) {
                found += annals.tag(d).timexes().size();
            }
            passes++;
        } while (System.nanoTime() < end);
        return new long[] {passes, found};
    }

    /** Timed runs per size in the linear-time check. */
    private static final int RUNS = 10;

    /**
     * The linear-time check: milliseconds per document of adversarial text of 100 KB (ten a trial) and of 1 MB (one a
     * trial), the best of {@value #RUNS} trials each after a warm-up.
     *
     * @param smallMillis 100 KB, per document
     * @param largeMillis 1 MB
     */
    record Scaling(double smallMillis, double largeMillis) {

        double ratio() {
            return largeMillis / Math.max(smallMillis, 1e-6);
        }
    }

    static Scaling scaling(Annals annals) {
        LocalDate dct = LocalDate.of(2020, 11, 2);
        String small = AdversarialText.of(100_000);
        String large = AdversarialText.of(1_000_000);
        // warm both sizes (JIT, heap sizing), then the best of as many runs each
        for (int i = 0; i < 10; i++) {
            annals.tag(small, dct);
        }
        for (int i = 0; i < 3; i++) {
            annals.tag(large, dct);
        }
        // the same amount of text each trial: ten 100 KB documents against one 1 MB document
        return new Scaling(best(annals, small, dct, RUNS, 10), best(annals, large, dct, RUNS, 1));
    }

    private static void linearTime(Annals annals, PrintStream out) {
        Scaling s = scaling(annals);
        double tSmall = s.smallMillis();
        double tLarge = s.largeMillis();
        double ratio = s.ratio();
        out.println("linear-time check (adversarial text, no line breaks):");
        out.printf(Locale.ROOT, "  100 KB: %.2f ms (best of %d trials of 10 documents, per document)%n", tSmall, RUNS);
        out.printf(Locale.ROOT, "  1 MB:   %.2f ms (best of %d trials)%n", tLarge, RUNS);
        if (tSmall < 0.05) {
            out.println("  ratio 1 MB / 100 KB: n/a (the 100 KB run is too fast to compare)");
        } else {
            out.printf(Locale.ROOT, "  ratio 1 MB / 100 KB: %.1f (target <= %.0f): %s%n", ratio, RATIO_TARGET,
                    ratio <= RATIO_TARGET ? "ok" : "ABOVE TARGET");
        }
    }

    /** The best of {@code trials} times to tag the text {@code times} times, per tagging, in milliseconds. */
    private static double best(Annals annals, String text, LocalDate dct, int trials, int times) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < trials; i++) {
            long t0 = System.nanoTime();
            for (int k = 0; k < times; k++) {
                annals.tag(text, dct);
            }
            best = Math.min(best, (System.nanoTime() - t0) / 1e6 / times);
        }
        return best;
    }
}
