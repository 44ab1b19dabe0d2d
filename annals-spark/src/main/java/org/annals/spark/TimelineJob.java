package org.annals.spark;

import org.annals.model.Genre;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

/**
 * The annals timeline pipeline over a corpus: read, analyse every document (one {@code Annals} per executor), and
 * write the Parquet tables of {@link Columns}: documents, timexes, events, timeline_entries, corpus_timeline and
 * errors (a record that fails lands there; the job goes on).
 */
public final class TimelineJob {

    /**
     * @param input      the input path (file, folder or glob; any Hadoop file system)
     * @param format     what it holds
     * @param output     the output folder (its tables are replaced)
     * @param genre      how relative expressions are anchored
     * @param partitions how many partitions to analyse in (0: as read)
     */
    public record Options(String input, InputFormat format, String output, Genre genre, int partitions) {
    }

    /**
     * Row counts of a finished run.
     *
     * @param documents     documents analysed
     * @param errors        records that failed
     * @param timexes       time expressions
     * @param events        events
     * @param entries       per-document timeline entries
     * @param corpusEntries rows of the corpus timeline
     * @param chars         characters of text analysed
     */
    public record JobCounts(long documents, long errors, long timexes, long events, long entries, long corpusEntries,
                         long chars) {
    }

    private TimelineJob() {
    }

    /** Settings the job needs in its session (java.time dates in rows). */
    public static SparkSession.Builder configure(SparkSession.Builder b) {
        return b.config("spark.sql.datetime.java8API.enabled", "true")
                .config("spark.sql.parquet.datetimeRebaseModeInWrite", "CORRECTED");
    }

    public static JobCounts run(SparkSession spark, Options o) {
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
        Dataset<Row> input = SparkInputs.read(spark, o.input(), o.format());
        if (o.partitions() > 0) {
            input = input.repartition(o.partitions());
        }
        Dataset<Row> analysis = input.mapPartitions(new DocumentAnalyzer(o.genre()), Encoders.row(Columns.ANALYSIS))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> ok = analysis.filter(col("error").isNull());
            write(ok.select(col("id"), col("title"), col("url"), col("dct"), col("dct_source"), col("genre"),
                    col("chars"), col("ingested_at"), col("ingested_via")), o, Columns.DOCUMENTS);
            write(ok.select(col("id").as("document"), explode(col("timexes")).as("t")).select("document", "t.*"),
                    o, Columns.TIMEXES);
            write(ok.select(col("id").as("document"), explode(col("events")).as("e")).select("document", "e.*"),
                    o, Columns.EVENTS);
            Dataset<Row> entries = ok.select(col("id").as("document"), explode(col("entries")).as("entry"));
            write(entries.select("document", "entry.*"), o, Columns.ENTRIES);
            write(CorpusTimeline.merge(entries), o, Columns.CORPUS_TIMELINE);
            write(analysis.filter(col("error").isNotNull()).select(col("id").as("document"),
                    col("error").as("message"), col("input_file").as("file"), col("input_line").as("line"),
                    col("record")), o, Columns.ERRORS);
            return counts(spark, o.output());
        } finally {
            analysis.unpersist();
        }
    }

    private static void write(Dataset<Row> table, Options o, String name) {
        table.write().mode(SaveMode.Overwrite).parquet(table(o.output(), name));
    }

    static String table(String output, String name) {
        return output.endsWith("/") ? output + name : output + "/" + name;
    }

    /** The row counts of the tables written under an output folder. */
    public static JobCounts counts(SparkSession spark, String output) {
        Dataset<Row> docs = spark.read().parquet(table(output, Columns.DOCUMENTS));
        Row chars = docs.agg(org.apache.spark.sql.functions.sum("chars")).first();
        return new JobCounts(docs.count(), spark.read().parquet(table(output, Columns.ERRORS)).count(),
                spark.read().parquet(table(output, Columns.TIMEXES)).count(),
                spark.read().parquet(table(output, Columns.EVENTS)).count(),
                spark.read().parquet(table(output, Columns.ENTRIES)).count(),
                spark.read().parquet(table(output, Columns.CORPUS_TIMELINE)).count(),
                chars.isNullAt(0) ? 0 : chars.getLong(0));
    }
}
