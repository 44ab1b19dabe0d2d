package org.annals.spark;

import org.annals.model.Genre;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The Spark application: {@code spark-submit --class org.annals.spark.SparkJob annals-spark.jar --input PATH
 * --output DIR}, or {@code bin/annals spark --master local[2] ...} on one machine.
 */
@Command(name = "annals spark", mixinStandardHelpOptions = true, version = "annals-spark 0.1.0",
        description = {"Runs the annals timeline pipeline over a corpus on Apache Spark and writes Parquet tables "
                + "under OUTPUT: documents, timexes, events, timeline_entries, corpus_timeline, errors.",
                "Input: JSON lines (id, text, optional date, title, url), Parquet with the same columns, or a "
                        + "folder of .txt/.tml/.sgm files."})
public final class SparkJob implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "PATH", description = "Input file, folder or glob.")
    String input;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output folder (replaced).")
    String output;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
            description = "auto (by extension), jsonl, parquet or files. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (local[2], spark://host:7077, yarn, k8s://...); default: spark-submit's.")
    String master;

    @Option(names = "--genre", defaultValue = "auto", paramLabel = "GENRE",
            description = "auto, news or narrative. Default: ${DEFAULT-VALUE}.")
    String genre;

    @Option(names = "--partitions", defaultValue = "0", paramLabel = "N",
            description = "Repartition the input into N partitions (0: as read).")
    int partitions;

    @Override
    public Integer call() {
        TimelineJob.Options o = new TimelineJob.Options(input, InputFormat.parse(format), output, Genre.parse(genre),
                partitions);
        SparkSession.Builder b = TimelineJob.configure(SparkSession.builder().appName("annals timeline"));
        if (master != null) {
            b = b.master(master).config("spark.ui.enabled", "false");
        }
        SparkSession spark = b.getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        try {
            long t0 = System.nanoTime();
            TimelineJob.JobCounts c = TimelineJob.run(spark, o);
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "annals spark: %d documents (%d failed, see %s), %d timexes, %d events, "
                            + "%d timeline entries, %d corpus timeline rows in %.1f s: %.1f documents/s, %.2f MB/s%n",
                    c.documents(), c.errors(), TimelineJob.table(output, Columns.ERRORS), c.timexes(), c.events(),
                    c.entries(), c.corpusEntries(), s, (c.documents() + c.errors()) / s, c.chars() / 1e6 / s);
            return c.errors() > 0 ? 1 : 0;
        } finally {
            spark.stop();
        }
    }

    public static void main(String[] args) {
        int code = new CommandLine(new SparkJob())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("annals spark: " + e.getMessage());
                    return 1;
                })
                .execute(args);
        System.exit(code);
    }
}
