package org.annals.spark;

import org.annals.timeline.Timeline;
import org.annals.timeline.TimelineBuilder;
import org.annals.timeline.TimelineEntry;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cross-document step: the timeline entries of all documents merged into one corpus timeline, as
 * {@link TimelineBuilder#merge} merges them on one machine. Entries can only merge when their predicates share a
 * merge key ({@link TimelineBuilder#mergeKey}), so the entries are grouped by that key across the cluster and each
 * group is merged on its own; documents are taken in id order.
 */
final class CorpusTimeline {

    private CorpusTimeline() {
    }

    /**
     * @param entries rows with {@code document} (the document id) and {@code entry} (a {@link Columns#ENTRY} struct)
     * @return rows of {@link Columns#CORPUS_ENTRY}
     */
    static Dataset<Row> merge(Dataset<Row> entries) {
        return entries
                .groupByKey((MapFunction<Row, String>) r -> Rows.mergeKey(r.getStruct(1)),
                        Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (key, rows) -> mergeGroup(rows),
                        Encoders.row(Columns.CORPUS_ENTRY));
    }

    private static Iterator<Row> mergeGroup(Iterator<Row> rows) {
        // the group's entries per document, documents in id order
        Map<String, List<TimelineEntry>> byDocument = new TreeMap<>();
        while (rows.hasNext()) {
            Row r = rows.next();
            byDocument.computeIfAbsent(r.getString(0), d -> new ArrayList<>()).add(Rows.toEntry(r.getStruct(1)));
        }
        List<Timeline> perDocument = new ArrayList<>(byDocument.size());
        for (List<TimelineEntry> list : byDocument.values()) {
            list.sort(Comparator.comparingInt(e -> e.sources().isEmpty() ? 0 : e.sources().get(0).begin()));
            perDocument.add(new Timeline(list));
        }
        Timeline merged = new TimelineBuilder().merge(perDocument);
        List<Row> out = new ArrayList<>(merged.entries().size());
        for (TimelineEntry e : merged.entries()) {
            out.add(Rows.corpusEntry(e));
        }
        return out.iterator();
    }
}
