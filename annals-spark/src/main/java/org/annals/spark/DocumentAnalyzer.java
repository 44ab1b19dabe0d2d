package org.annals.spark;

import org.annals.api.Annals;
import org.annals.event.Event;
import org.annals.event.LinkedDocument;
import org.annals.io.ReadException;
import org.annals.io.Readers;
import org.annals.model.Document;
import org.annals.model.DocumentDate;
import org.annals.model.Genre;
import org.annals.model.TaggedDocument;
import org.annals.model.Timex;
import org.annals.timeline.Timeline;
import org.annals.timeline.TimelineBuilder;
import org.annals.timeline.TimelineEntry;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Analyses the documents of a partition: each input row ({@link Columns#INPUT}) becomes one analysis row
 * ({@link Columns#ANALYSIS}) with its time expressions, events and timeline entries, exactly as
 * {@code annals timeline} finds them for that document; a record that cannot be analysed becomes a row with its
 * error, its JSON line whole and where it was (file, line), and the partition goes on. The {@link Annals} comes from {@link Analyzers}: one per executor.
 */
final class DocumentAnalyzer implements MapPartitionsFunction<Row, Row> {

    /** How the documents of this job came in (the documents table's {@code ingested_via}). */
    static final String VIA = "spark";

    private static final long serialVersionUID = 1L;

    private final Genre genre;

    DocumentAnalyzer(Genre genre) {
        this.genre = genre;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        Annals annals = Analyzers.get(genre);
        TimelineBuilder timelines = new TimelineBuilder();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return input.hasNext();
            }

            @Override
            public Row next() {
                return analyse(annals, timelines, input.next());
            }
        };
    }

    static Row analyse(Annals annals, TimelineBuilder timelines, Row in) {
        String id = in.getAs("id");
        String corrupt = in.getAs("corrupt_record");
        if (corrupt != null) {
            return failure(id, in, "malformed record: not a JSON object");
        }
        try {
            Document doc = document(in);
            LinkedDocument linked = annals.anchor(doc);
            TaggedDocument tagged = linked.document().tagged();
            LocalDate dct = tagged.date() == null ? null : tagged.date().value();
            List<Row> timexes = new ArrayList<>();
            for (Timex t : tagged.timexes()) {
                timexes.add(Rows.timex(t, dct));
            }
            List<Event> events = linked.document().events();
            List<Row> eventRows = new ArrayList<>(events.size());
            for (int k = 0; k < events.size(); k++) {
                eventRows.add(Rows.event(events.get(k), k < linked.anchors().size() ? linked.anchors().get(k) : null));
            }
            Timeline timeline = timelines.build(List.of(linked));
            List<Row> entries = new ArrayList<>(timeline.entries().size());
            for (TimelineEntry e : timeline.entries()) {
                entries.add(Rows.entry(e));
            }
            return RowFactory.create(doc.source(), doc.title(), in.getAs("url"), Rows.date(dct),
                    tagged.date() == null ? null : tagged.date().from().label(), tagged.genre().label(),
                    doc.text().length(), java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                    VIA, null, null, in.getAs("input_file"), in.getAs("input_line"), Rows.seq(timexes),
                    Rows.seq(eventRows), Rows.seq(entries));
        } catch (ReadException | IllegalArgumentException e) {
            return failure(id, in, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // a bug of ours: the record is reported, the job goes on
            return failure(id, in, "internal error: " + e);
        }
    }

    /** The document of an input row: its text (or file, read as annals reads files) and optional fields. */
    static Document document(Row in) throws ReadException {
        String id = in.getAs("id");
        byte[] bytes = in.getAs("file_bytes");
        Document doc;
        if (bytes != null) {
            doc = Readers.read(id, bytes);
        } else {
            String text = in.getAs("text");
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("record without an id");
            }
            if (text == null) {
                throw new IllegalArgumentException("record without a text");
            }
            doc = new Document(id, text, null, in.getAs("title"));
        }
        String date = in.getAs("date");
        if (date != null && !date.isBlank()) {
            doc = doc.withDate(DocumentDate.of(parseDate(date), DocumentDate.Source.HEADER));
        }
        return doc;
    }

    /** "2020-11-02", or the date part of an ISO date-time ("2020-11-02T10:00:00Z"). */
    static LocalDate parseDate(String s) {
        String t = s.strip();
        try {
            return LocalDate.parse(t.length() > 10 && t.charAt(10) == 'T' ? t.substring(0, 10) : t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad date '" + s + "' (expected YYYY-MM-DD or an ISO date-time)");
        }
    }

    /** The row of a record that failed: why, and where it was (its file and line, the JSON line itself). */
    private static Row failure(String id, Row in, String message) {
        return RowFactory.create(id, null, in.getAs("url"), null, null, null, null, null, null,
                message == null ? "unknown error" : message, in.getAs("record"), in.getAs("input_file"),
                in.getAs("input_line"), Rows.seq(List.of()), Rows.seq(List.of()), Rows.seq(List.of()));
    }
}
