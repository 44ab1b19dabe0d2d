package org.annals.spark;

import org.annals.io.JsonLinesWriter;

import org.annals.model.Document;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test helpers: a local Spark session, JSON lines written from documents, output tables read back. */
final class SparkRun {


    private SparkRun() {
    }

    static SparkSession session(int threads) {
        SparkSession s = TimelineJob.configure(SparkSession.builder().master("local[" + threads + "]")
                        .appName("annals-test").config("spark.ui.enabled", "false")
                        .config("spark.sql.shuffle.partitions", "4"))
                .getOrCreate();
        s.sparkContext().setLogLevel("ERROR");
        return s;
    }

    /** One JSON object a line per document (id = source, date = the document's own date when it has one). */
    static List<String> jsonLines(List<Document> docs) {
        return docs.stream().map(d -> JsonLinesWriter.line(d, d.source())).toList();
    }

    static Path write(Path dir, String name, List<String> lines) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, lines, StandardCharsets.UTF_8);
        return p;
    }

    static List<Row> table(SparkSession spark, Path output, String name) {
        return spark.read().parquet(TimelineJob.table(output.toString(), name)).collectAsList();
    }
}
