package org.annals.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * JSON Lines input, each record with the file and the line it came from, so that a record that cannot be read is
 * reported where it is: the errors table gives its file, its line number and the line itself. Lines are read as
 * Hadoop's {@link TextInputFormat} splits them (a file may be split across tasks); two passes over the text: the
 * first counts the lines of each split, the second numbers each split's lines from the counts of the splits before
 * it in its file. Blank lines count as lines and are skipped.
 */
final class JsonLines {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLines() {
    }

    /** A split's place: its file and its first byte. */
    private static String key(FileSplit s) {
        return s.getPath().toString() + "@" + s.getStart();
    }

    @SuppressWarnings("unchecked")
    static Dataset<Row> read(SparkSession spark, String path) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) sc.newAPIHadoopFile(path,
                TextInputFormat.class, LongWritable.class, Text.class, new Configuration(sc.hadoopConfiguration()));
        // pass 1: how many lines each split holds
        List<Tuple2<String, Long>> counts = lines.mapPartitionsWithInputSplit((split, it) -> {
            long n = 0;
            for (; it.hasNext(); it.next()) {
                n++;
            }
            return List.of(new Tuple2<>(key((FileSplit) split), n)).iterator();
        }, true).collect();
        // the number of each split's first line: 1 plus the lines of the splits before it in its file
        List<Tuple2<String, Long>> sorted = new ArrayList<>(counts);
        sorted.sort(Comparator.comparing((Tuple2<String, Long> t) -> file(t._1()))
                .thenComparingLong(t -> start(t._1())));
        Map<String, Long> first = new HashMap<>();
        String file = null;
        long next = 1;
        for (Tuple2<String, Long> t : sorted) {
            if (!file(t._1()).equals(file)) {
                file = file(t._1());
                next = 1;
            }
            first.put(t._1(), next);
            next += t._2();
        }
        Broadcast<Map<String, Long>> firstLines = sc.broadcast(first);
        // pass 2: the records, numbered
        JavaRDD<Row> rows = lines.mapPartitionsWithInputSplit((split, it) -> {
            FileSplit s = (FileSplit) split;
            return new Numbered(s.getPath().toString(), firstLines.value().get(key(s)), it);
        }, true);
        return spark.createDataFrame(rows, Columns.INPUT);
    }

    private static String file(String key) {
        return key.substring(0, key.lastIndexOf('@'));
    }

    private static long start(String key) {
        return Long.parseLong(key.substring(key.lastIndexOf('@') + 1));
    }

    /** A split's non-blank lines as input rows, numbered from its first line's number. */
    private static final class Numbered implements Iterator<Row> {
        private final String file;
        private final Iterator<Tuple2<LongWritable, Text>> lines;
        private long number;
        private Row next;

        Numbered(String file, long first, Iterator<Tuple2<LongWritable, Text>> lines) {
            this.file = file;
            this.number = first - 1;
            this.lines = lines;
        }

        @Override
        public boolean hasNext() {
            while (next == null && lines.hasNext()) {
                String line = lines.next()._2().toString(); // Text is reused by the reader: copied now
                number++;
                if (!line.isBlank()) {
                    next = record(file, number, line);
                }
            }
            return next != null;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Row r = next;
            next = null;
            return r;
        }
    }

    /**
     * A line as a row of {@link Columns#INPUT}: the object's {@code id}, {@code text}, {@code date}, {@code title}
     * and {@code url} (other fields ignored); a line that is no JSON object has only {@code corrupt_record}. Every
     * row keeps the line as {@code record} with its {@code input_file} and {@code input_line}.
     */
    static Row record(String file, long number, String line) {
        JsonNode n;
        try {
            n = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            n = null;
        }
        if (n == null || !n.isObject()) {
            return RowFactory.create(null, null, null, null, null, null, line, line, file, number);
        }
        return RowFactory.create(field(n, "id"), field(n, "text"), field(n, "date"), field(n, "title"),
                field(n, "url"), null, null, line, file, number);
    }

    /** A field as text (a number as written); null when absent or null. */
    private static String field(JsonNode n, String name) {
        JsonNode v = n.get(name);
        return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
    }
}
