package org.annals.spark;

import org.annals.api.Annals;
import org.annals.event.LinkedDocument;
import org.annals.io.Readers;
import org.annals.model.Document;
import org.annals.model.DocumentDate;
import org.annals.model.Genre;
import org.annals.model.TaggedDocument;
import org.annals.model.Timex;
import org.annals.testing.Corpora;
import org.annals.timeline.Timeline;
import org.annals.timeline.TimelineEntry;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job in local mode against the single-machine pipeline on the same documents: same time expressions
 * (offsets and values), same events, same timeline entries, same corpus timeline; bad records land in errors.
 */
class TimelineJobTest {

    private static SparkSession spark;
    private static final Annals ANNALS = Annals.builder().genre(Genre.AUTO).build();

    @BeforeAll
    static void start() {
        spark = SparkRun.session(2);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static final String CROSSING_A = """
            The crossing
            written by Kim / November 2, 2020

            On Oct. 25, 1950, the Chinese army crossed the Yalu River. Earlier that month, the coalition had \
            invaded the north. Seventy years ago, in the fall of 1950, the offensive began.
            """;
    private static final String CROSSING_B = "The crossing of the Yalu River by Chinese troops on October 25, 1950"
            + " surprised everyone. In 1945 the war against Japan ended.";

    @Test
    void examplesMatchTheSingleMachinePipelineAndBadRecordsLandInErrors(@TempDir Path dir) throws IOException {
        List<Document> docs = List.of(new Document("a", CROSSING_A, null, "The crossing"),
                new Document("b", CROSSING_B, DocumentDate.of(LocalDate.of(2010, 1, 5), DocumentDate.Source.HEADER),
                        null));
        List<String> lines = new ArrayList<>(SparkRun.jsonLines(docs));
        lines.add(""); // a blank line counts as a line
        lines.add("{\"id\": \"broken\", \"text\": \"unterminated");
        lines.add("{\"id\": \"no-text\"}");
        lines.add("{\"id\": \"bad-date\", \"text\": \"It rained on Monday.\", \"date\": \"yesterday\"}");
        Path input = SparkRun.write(dir, "docs.jsonl", lines);
        Path out = dir.resolve("out");

        TimelineJob.JobCounts c = TimelineJob.run(spark, new TimelineJob.Options(input.toString(), InputFormat.AUTO,
                out.toString(), Genre.AUTO, 0));

        assertEquals(2, c.documents());
        assertEquals(3, c.errors());
        Map<String, String> errors = new TreeMap<>();
        Map<String, String> where = new TreeMap<>();
        for (Row r : SparkRun.table(spark, out, Columns.ERRORS)) {
            String id = r.<String>getAs("document") == null ? "?" : r.getAs("document");
            errors.put(id, r.getAs("message"));
            // each error says where it was (file and line) and keeps the line as it was read
            assertTrue(r.<String>getAs("file").endsWith("/docs.jsonl"), r.<String>getAs("file"));
            where.put(id, r.<Long>getAs("line") + " " + r.getAs("record"));
        }
        assertEquals(Map.of("?", "4 {\"id\": \"broken\", \"text\": \"unterminated",
                "no-text", "5 {\"id\": \"no-text\"}",
                "bad-date", "6 {\"id\": \"bad-date\", \"text\": \"It rained on Monday.\", \"date\": \"yesterday\"}"),
                where);
        assertEquals("record without a text", errors.get("no-text"));
        assertTrue(errors.get("bad-date").startsWith("bad date 'yesterday'"), errors.toString());
        assertEquals("malformed record: not a JSON object", errors.get("?"));

        assertSameAsSingleMachine(docs, out);
        // the byline date of document a, the given date of b
        Map<String, Object> dct = new TreeMap<>();
        for (Row r : SparkRun.table(spark, out, Columns.DOCUMENTS)) {
            dct.put(r.getAs("id"), r.getAs("dct") + " " + r.getAs("dct_source"));
            assertEquals("spark", r.getAs("ingested_via"));
            assertTrue(r.getAs("ingested_at") instanceof java.time.Instant, String.valueOf(r.<Object>getAs("ingested_at")));
        }
        assertEquals(Map.of("a", "2020-11-02 byline", "b", "2010-01-05 header"), dct);
        // the crossing is told by both documents: one corpus row with two sources
        List<Row> crossing = SparkRun.table(spark, out, Columns.CORPUS_TIMELINE).stream()
                .filter(r -> "1950-10-25".equals(r.getAs("value")) && r.<String>getAs("lemma").startsWith("cross"))
                .toList();
        assertEquals(1, crossing.size(), crossing.toString());
        assertEquals(2, crossing.get(0).<Integer>getAs("source_count"));
        assertEquals(1, Analyzers.built(), "one Annals per executor and genre, not one per record");

        // the query of docs/spark.md: entries per month near the Yalu River, October to December 1950
        spark.read().parquet(TimelineJob.table(out.toString(), Columns.ENTRIES)).createOrReplaceTempView("entries");
        List<Row> months = spark.sql("""
                SELECT date_format(interval_start, 'yyyy-MM') AS month, count(*) AS entries
                FROM entries
                WHERE (lower(text) LIKE '%yalu%' OR exists(places, p -> lower(p.text) LIKE '%yalu%'))
                  AND interval_start <= DATE '1950-12-31' AND interval_end >= DATE '1950-10-01'
                  AND granularity IN ('day', 'month')
                GROUP BY 1 ORDER BY 1""").collectAsList();
        assertEquals("1950-10", months.get(0).getString(0), months.toString());
        assertEquals(2L, months.get(0).getLong(1), months.toString());
    }

    @Test
    void readsAFolderOfFilesAsTheCliDoes(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), CROSSING_A, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b.txt"), CROSSING_B, StandardCharsets.UTF_8);
        // a corpus folder's notes are no document (the rule of annals ingest)
        Files.writeString(in.resolve("README.txt"), "News of 1950, gathered on 2 November 2020.", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("LICENSE.txt"), "CC BY 4.0, since 1 May 2020.", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        TimelineJob.JobCounts c = TimelineJob.run(spark, new TimelineJob.Options(in.toString(), InputFormat.FILES,
                out.toString(), Genre.AUTO, 0));
        assertEquals(2, c.documents());
        assertEquals(0, c.errors());
        List<Row> timexes = SparkRun.table(spark, out, Columns.TIMEXES);
        List<String> values = timexes.stream().filter(r -> r.<String>getAs("document").endsWith("a.txt"))
                .sorted(Comparator.comparing(r -> r.<Integer>getAs("begin"))).map(r -> r.<String>getAs("value"))
                .toList();
        List<String> expected = ANNALS.tag(Readers.read(in.resolve("a.txt"))).timexes().stream().map(Timex::value)
                .toList();
        assertEquals(expected, values);
        assertTrue(values.contains("1950-10-25"), values.toString());
    }

    /** The TempEval-3 training set as JSON lines, with one malformed record among them. */
    @Test
    void tempEval3TrainingSetMatchesTheSingleMachinePipeline(@TempDir Path dir) throws Exception {
        Path corpus = Corpora.dir("tempeval3-train");
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".tml")).sorted().toList()) {
                Document d = Readers.read(p);
                docs.add(new Document(corpus.relativize(p).toString(), d.text(), d.date(), d.title()));
            }
        }
        List<String> lines = new ArrayList<>(SparkRun.jsonLines(docs));
        lines.add(lines.size() / 2, "{\"id\": \"injected\", \"text\": ");
        Path input = SparkRun.write(dir, "te3.jsonl", lines);
        Path out = dir.resolve("out");

        TimelineJob.JobCounts c = TimelineJob.run(spark, new TimelineJob.Options(input.toString(), InputFormat.JSONL,
                out.toString(), Genre.AUTO, 4));

        assertEquals(docs.size(), c.documents());
        assertEquals(1, c.errors());
        assertSameAsSingleMachine(docs, out);
    }

    /** Timexes, events, entries and the corpus timeline equal those of Annals run on each document here. */
    private static void assertSameAsSingleMachine(List<Document> docs, Path out) {
        List<Document> byId = docs.stream().sorted(Comparator.comparing(Document::source)).toList();
        List<String> timexes = new ArrayList<>();
        List<String> events = new ArrayList<>();
        List<String> entries = new ArrayList<>();
        List<LinkedDocument> linked = new ArrayList<>();
        for (Document d : byId) {
            LinkedDocument l = ANNALS.anchor(d);
            linked.add(l);
            TaggedDocument t = l.document().tagged();
            for (Timex x : t.timexes()) {
                timexes.add(d.source() + " " + x.begin() + "-" + x.end() + " " + x.type() + " " + x.value() + " "
                        + x.modString());
            }
            for (int k = 0; k < l.document().events().size(); k++) {
                var e = l.document().events().get(k);
                events.add(d.source() + " " + e.begin() + "-" + e.end() + " " + e.eventClass() + " "
                        + l.anchors().get(k).value());
            }
            for (TimelineEntry e : ANNALS.timeline(List.of(d)).entries()) {
                entries.add(d.source() + " " + e.value() + " " + e.event() + " " + e.interval());
            }
        }
        assertEquals(sorted(timexes), sorted(SparkRun.table(spark, out, Columns.TIMEXES).stream()
                .map(r -> r.getAs("document") + " " + r.getAs("begin") + "-" + r.getAs("end") + " " + r.getAs("type")
                        + " " + r.getAs("value") + " " + r.getAs("mod")).toList()));
        assertEquals(sorted(events), sorted(SparkRun.table(spark, out, Columns.EVENTS).stream()
                .map(r -> r.getAs("document") + " " + r.getAs("begin") + "-" + r.getAs("end") + " "
                        + r.getAs("class") + " " + r.getAs("time_value")).toList()));
        assertEquals(sorted(entries), sorted(SparkRun.table(spark, out, Columns.ENTRIES).stream()
                .map(r -> r.getAs("document") + " " + r.getAs("value") + " " + r.getAs("event") + " "
                        + Rows.toEntry(r).interval()).toList()));
        Timeline corpus = new org.annals.timeline.TimelineBuilder().build(linked);
        assertEquals(sorted(corpus.entries().stream().map(TimelineTestKeys::key).toList()),
                sorted(SparkRun.table(spark, out, Columns.CORPUS_TIMELINE).stream()
                        .map(r -> TimelineTestKeys.key(Rows.toEntry(r))).toList()));
    }

    private static List<String> sorted(List<String> l) {
        return l.stream().sorted().toList();
    }

    /** A comparable summary of a corpus timeline entry: when, what, and which mentions it merges. */
    private static final class TimelineTestKeys {
        static String key(TimelineEntry e) {
            return e.value() + " " + e.interval() + " " + e.event() + " " + e.sources().stream()
                    .map(s -> s.document() + "@" + s.begin()).sorted().toList();
        }
    }
}
