package org.annals.bench;

import org.annals.api.Annals;
import org.annals.spark.InputFormat;
import org.annals.spark.TimelineJob;
import org.annals.io.JsonLinesWriter;
import org.annals.io.ReadException;
import org.annals.io.Readers;
import org.annals.model.Document;
import org.annals.model.Genre;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * The Spark job's throughput benchmark ({@code bin/annals spark-bench}): a corpus (copied N times under distinct
 * ids) as JSON lines, run through the job in local mode with 1 and 2 threads, and through the single-machine
 * pipeline ({@code Annals.link} and the document's timeline, one thread) for comparison.
 */
@Command(name = "annals spark-bench", mixinStandardHelpOptions = true, version = "annals-spark 0.1.0",
        description = "Measures the Spark job in local mode (documents/s) against the single-machine pipeline.")
public final class SparkBench implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "DIR",
            description = "Documents to read as annals reads files (.tml, .sgm, .txt).")
    Path corpus;

    @Option(names = "--copies", defaultValue = "4", paramLabel = "N",
            description = "How many times each document is repeated (distinct ids). Default: ${DEFAULT-VALUE}.")
    int copies;

    @Option(names = "--threads", split = ",", defaultValue = "1,2", paramLabel = "N",
            description = "local[N] runs. Default: ${DEFAULT-VALUE}.")
    List<Integer> threads;

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder (default: a temporary one).")
    Path work;

    @Override
    public Integer call() throws IOException, ReadException {
        List<Document> docs = read(corpus);
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("annals-spark-bench");
        Path input = dir.resolve("corpus.jsonl");
        long chars = writeJsonLines(docs, copies, input);
        long n = (long) docs.size() * copies;
        System.out.printf(Locale.ROOT, "corpus: %d documents x %d copies = %d documents, %.2f MB of text%n",
                docs.size(), copies, n, chars / 1e6);

        // single machine, one thread, after a warm-up pass over the corpus
        Annals annals = Annals.builder().genre(Genre.AUTO).build();
        docs.forEach(d -> annals.timeline(List.of(d)));
        long t0 = System.nanoTime();
        for (int c = 0; c < copies; c++) {
            for (Document d : docs) {
                annals.timeline(List.of(d));
            }
        }
        double single = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%-34s %8.1f s %10.1f docs/s %8.2f MB/s%n",
                "single machine (Annals, 1 thread)", single, n / single, chars / 1e6 / single);

        double first = 0;
        for (int t : threads) {
            SparkSession spark = TimelineJob.configure(SparkSession.builder().master("local[" + t + "]")
                    .appName("annals spark-bench").config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", String.valueOf(Math.max(2, t * 2)))).getOrCreate();
            spark.sparkContext().setLogLevel("ERROR");
            try {
                long s0 = System.nanoTime();
                TimelineJob.JobCounts counts = TimelineJob.run(spark, new TimelineJob.Options(input.toString(),
                        InputFormat.JSONL, dir.resolve("out-" + t).toString(), Genre.AUTO, t * 4));
                double s = (System.nanoTime() - s0) / 1e9;
                if (first == 0) {
                    first = s;
                }
                System.out.printf(Locale.ROOT, "%-34s %8.1f s %10.1f docs/s %8.2f MB/s   speed-up %.2f  (%d docs,"
                                + " %d timexes, %d events, %d corpus rows, %d errors)%n",
                        "spark local[" + t + "]", s, counts.documents() / s, chars / 1e6 / s, first / s,
                        counts.documents(), counts.timexes(), counts.events(), counts.corpusEntries(),
                        counts.errors());
            } finally {
                spark.stop();
            }
        }
        return 0;
    }

    static List<Document> read(Path corpus) throws IOException, ReadException {
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path p : files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".tml") || f.toString().endsWith(".sgm"))
                    .sorted(Comparator.naturalOrder()).toList()) {
                Document d = Readers.read(p);
                docs.add(new Document(corpus.relativize(p).toString(), d.text(), d.date(), d.title()));
            }
        }
        return docs;
    }

    /** Writes the documents, each {@code copies} times, as JSON lines; returns the characters of text written. */
    static long writeJsonLines(List<Document> docs, int copies, Path out) throws IOException {
        long chars = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int c = 0; c < copies; c++) {
                for (Document d : docs) {
                    w.write(JsonLinesWriter.line(d, c == 0 ? d.source() : d.source() + "#" + c));
                    w.newLine();
                    chars += d.text().length();
                }
            }
        }
        return chars;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkBench()).execute(args));
    }
}
