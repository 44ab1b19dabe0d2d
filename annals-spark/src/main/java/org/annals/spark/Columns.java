package org.annals.spark;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of the job: the normalized input, the per-document analysis (one row a document, with nested arrays)
 * and the names of the output tables. Dates are Spark DATEs (java.time.LocalDate in the job); an interval bound is
 * null when the interval is open on that side or lies outside years 1..9999 (BC dates, far futures); timeline
 * entries also carry their exact bounds as epoch days ({@code start_day}, {@code end_day}: days since 1970-01-01,
 * negative before; null on an open side, as the DATEs are).
 */
final class Columns {

    private Columns() {
    }

    /** Output tables, each a Parquet folder under the output directory. */
    static final String DOCUMENTS = "documents";
    static final String TIMEXES = "timexes";
    static final String EVENTS = "events";
    static final String ENTRIES = "timeline_entries";
    static final String CORPUS_TIMELINE = "corpus_timeline";
    static final String ERRORS = "errors";

    /** The normalized input: one row a document. */
    static final StructType INPUT = new StructType(new StructField[] {
            field("id", DataTypes.StringType),
            field("text", DataTypes.StringType),
            field("date", DataTypes.StringType),
            field("title", DataTypes.StringType),
            field("url", DataTypes.StringType),
            field("file_bytes", DataTypes.BinaryType),
            field("corrupt_record", DataTypes.StringType),
            field("record", DataTypes.StringType), // a JSON line as read
            field("input_file", DataTypes.StringType), // the file it came from
            field("input_line", DataTypes.LongType)}); // its line there, from 1

    static final StructType PARTICIPANT = new StructType(new StructField[] {
            field("text", DataTypes.StringType),
            field("type", DataTypes.StringType),
            field("begin", DataTypes.IntegerType),
            field("end", DataTypes.IntegerType)});

    static final StructType TIMEX = new StructType(new StructField[] {
            field("tid", DataTypes.StringType),
            field("begin", DataTypes.IntegerType),
            field("end", DataTypes.IntegerType),
            field("text", DataTypes.StringType),
            field("type", DataTypes.StringType),
            field("value", DataTypes.StringType),
            field("mod", DataTypes.StringType),
            field("anchor_tid", DataTypes.StringType),
            field("interval_start", DataTypes.DateType),
            field("interval_end", DataTypes.DateType)});

    static final StructType EVENT = new StructType(new StructField[] {
            field("eid", DataTypes.StringType),
            field("begin", DataTypes.IntegerType),
            field("end", DataTypes.IntegerType),
            field("text", DataTypes.StringType),
            field("lemma", DataTypes.StringType),
            field("class", DataTypes.StringType),
            field("tense", DataTypes.StringType),
            field("aspect", DataTypes.StringType),
            field("polarity", DataTypes.StringType),
            field("sentence", DataTypes.IntegerType),
            field("relation", DataTypes.StringType),
            field("time_tid", DataTypes.StringType),
            field("time_value", DataTypes.StringType),
            field("time_mod", DataTypes.StringType),
            field("interval_start", DataTypes.DateType),
            field("interval_end", DataTypes.DateType),
            field("participants", array(PARTICIPANT)),
            field("places", array(PARTICIPANT))});

    /** Who does (agent) or undergoes (patient) a mention's event: the mention, and the entity it stands for. */
    static final StructType ARGUMENT = new StructType(new StructField[] {
            field("role", DataTypes.StringType),
            field("mention", PARTICIPANT),
            field("referent", PARTICIPANT)});

    static final StructType SOURCE = new StructType(new StructField[] {
            field("document", DataTypes.StringType),
            field("begin", DataTypes.IntegerType),
            field("end", DataTypes.IntegerType),
            field("sentence", DataTypes.StringType),
            field("eid", DataTypes.StringType),
            field("arguments", array(ARGUMENT))});

    /** A timeline entry; the per-document ones have one source, the corpus ones several. */
    static final StructType ENTRY = new StructType(new StructField[] {
            field("value", DataTypes.StringType),
            field("mod", DataTypes.StringType),
            field("interval_start", DataTypes.DateType),
            field("interval_end", DataTypes.DateType),
            field("granularity", DataTypes.StringType),
            field("start_day", DataTypes.LongType),
            field("end_day", DataTypes.LongType),
            field("event", DataTypes.StringType),
            field("lemma", DataTypes.StringType),
            field("kind", DataTypes.StringType),
            field("text", DataTypes.StringType),
            field("anchor", DataTypes.StringType),
            field("anchor_tid", DataTypes.StringType),
            field("participants", array(PARTICIPANT)),
            field("places", array(PARTICIPANT)),
            field("sources", array(SOURCE))});

    /** The analysis of one document (or the error that stopped it). */
    static final StructType ANALYSIS = new StructType(new StructField[] {
            field("id", DataTypes.StringType),
            field("title", DataTypes.StringType),
            field("url", DataTypes.StringType),
            field("dct", DataTypes.DateType),
            field("dct_source", DataTypes.StringType),
            field("genre", DataTypes.StringType),
            field("chars", DataTypes.IntegerType),
            field("ingested_at", DataTypes.TimestampType),
            field("ingested_via", DataTypes.StringType),
            field("error", DataTypes.StringType),
            field("record", DataTypes.StringType),
            field("input_file", DataTypes.StringType),
            field("input_line", DataTypes.LongType),
            field("timexes", array(TIMEX)),
            field("events", array(EVENT)),
            field("entries", array(ENTRY))});

    /** The cross-document timeline: one row an event, however many documents tell it. */
    static final StructType CORPUS_ENTRY = ENTRY.add("source_count", DataTypes.IntegerType, false);

    private static StructField field(String name, DataType type) {
        return new StructField(name, type, true, Metadata.empty());
    }

    private static ArrayType array(StructType element) {
        return DataTypes.createArrayType(element, false);
    }
}
