package org.annals.spark;

import org.annals.event.Anchor;
import org.annals.event.Argument;
import org.annals.event.EventClass;
import org.annals.event.Event;
import org.annals.event.Participant;
import org.annals.model.Interval;
import org.annals.model.Intervals;
import org.annals.model.Timex;
import org.annals.time.Granularity;
import org.annals.timeline.TimelineBuilder;
import org.annals.timeline.TimelineEntry;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Core values to Spark rows (in the order of {@link Columns}) and timeline entries back. */
final class Rows {

    /** The range of a Spark DATE. */
    private static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private Rows() {
    }

    static Row timex(Timex t, LocalDate dct) {
        Interval i = Intervals.of(t, dct);
        return RowFactory.create(t.tid(), t.begin(), t.end(), t.text(), t.type().name(), t.value(), t.modString(),
                t.anchorTid(), i == null ? null : date(i.start()), i == null ? null : date(i.end()));
    }

    static Row event(Event e, Anchor a) {
        Interval i = a == null ? null : a.interval();
        return RowFactory.create(e.eid(), e.begin(), e.end(), e.text(), e.lemma(), e.eventClass().name(),
                label(e.tense()), label(e.aspect()), label(e.polarity()), e.sentence(),
                a == null || a.relation() == null ? null : a.relation().name(), a == null ? null : a.tid(),
                a == null ? null : a.value(), a == null ? null : a.mod(),
                i == null ? null : date(i.start()), i == null ? null : date(i.end()),
                seq(participants(e.participants())), seq(participants(e.places())));
    }

    static Row entry(TimelineEntry e) {
        return RowFactory.create(entryValues(e));
    }

    static Row corpusEntry(TimelineEntry e) {
        Object[] v = entryValues(e);
        Object[] w = java.util.Arrays.copyOf(v, v.length + 1);
        w[v.length] = (int) e.sources().stream().map(TimelineEntry.Source::document).distinct().count();
        return RowFactory.create(w);
    }

    private static Object[] entryValues(TimelineEntry e) {
        List<Row> sources = new ArrayList<>(e.sources().size());
        for (TimelineEntry.Source s : e.sources()) {
            List<Row> arguments = new ArrayList<>(s.arguments().size());
            for (Argument a : s.arguments()) {
                arguments.add(RowFactory.create(a.role().label(), participant(a.mention()),
                        a.referent() == null ? null : participant(a.referent())));
            }
            sources.add(RowFactory.create(s.document(), s.begin(), s.end(), s.sentence(), s.eid(), seq(arguments)));
        }
        Interval i = e.interval();
        return new Object[] {e.value(), e.mod(), date(i.start()), date(i.end()),
                i.granularity().name().toLowerCase(Locale.ROOT), day(i.start()), day(i.end()), e.event(), e.lemma(),
                e.kind() == null ? null : e.kind().label(), e.text(),
                e.anchor() == null ? null : e.anchor().label(), e.anchorTid(), seq(participants(e.participants())), seq(participants(e.places())), seq(sources)};
    }

    /** A timeline entry from a row of {@link Columns#ENTRY}. */
    static TimelineEntry toEntry(Row r) {
        Long startDay = r.getAs("start_day");
        Long endDay = r.getAs("end_day");
        Interval interval = new Interval(startDay == null ? Intervals.OPEN_START : LocalDate.ofEpochDay(startDay),
                endDay == null ? Intervals.OPEN_END : LocalDate.ofEpochDay(endDay),
                Granularity.valueOf(r.<String>getAs("granularity").toUpperCase(Locale.ROOT)));
        List<TimelineEntry.Source> sources = new ArrayList<>();
        for (Row s : r.<Row>getList(r.fieldIndex("sources"))) {
            sources.add(source(s));
        }
        return new TimelineEntry(r.getAs("value"), r.getAs("mod"), interval, r.getAs("event"), r.getAs("lemma"),
                r.getAs("text"), toParticipants(r.getList(r.fieldIndex("participants"))),
                toParticipants(r.getList(r.fieldIndex("places"))), sources,
                r.getAs("anchor") == null ? null : Anchor.Basis.valueOf(r.<String>getAs("anchor").toUpperCase(Locale.ROOT)),
                r.getAs("anchor_tid"), EventClass.ofLabel(r.getAs("kind")));
    }

    /**
     * The merge key ({@link TimelineBuilder#mergeKey}) of a row of {@link Columns#ENTRY}, read from the three fields
     * it depends on without building the whole entry.
     */
    static String mergeKey(Row r) {
        List<Row> sources = r.getList(r.fieldIndex("sources"));
        return TimelineBuilder.mergeKey(r.getAs("event"), r.getAs("lemma"),
                sources.isEmpty() ? null : source(sources.get(0)));
    }

    private static TimelineEntry.Source source(Row s) {
        List<Argument> arguments = new ArrayList<>();
        int at = s.fieldIndex("arguments");
        if (!s.isNullAt(at)) {
            for (Row a : s.<Row>getList(at)) {
                Row referent = a.getAs("referent");
                arguments.add(new Argument(Argument.Role.valueOf(a.<String>getAs("role").toUpperCase(Locale.ROOT)),
                        toParticipant(a.getAs("mention")), referent == null ? null : toParticipant(referent)));
            }
        }
        return new TimelineEntry.Source(s.getAs("document"), s.<Integer>getAs("begin"), s.<Integer>getAs("end"),
                s.getAs("sentence"), s.getAs("eid"), null, arguments);
    }

    private static List<Participant> toParticipants(List<Row> rows) {
        List<Participant> out = new ArrayList<>(rows.size());
        for (Row p : rows) {
            out.add(toParticipant(p));
        }
        return out;
    }

    private static Participant toParticipant(Row p) {
        return new Participant(p.getAs("text"), p.<Integer>getAs("begin"), p.<Integer>getAs("end"),
                Participant.Type.valueOf(p.<String>getAs("type").toUpperCase(Locale.ROOT)));
    }

    private static Row participant(Participant p) {
        return RowFactory.create(p.text(), p.type().label(), p.begin(), p.end());
    }

    private static List<Row> participants(List<Participant> ps) {
        List<Row> out = new ArrayList<>(ps.size());
        for (Participant p : ps) {
            out.add(participant(p));
        }
        return out;
    }

    /** A list as the Scala sequence Spark's row encoder takes for an ARRAY column. */
    static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
    }

    /** A date Spark can store, or null (open bound, or outside years 1..9999). */
    /** A bound as epoch days; null for an open side ("before 1950" has no first day), never LocalDate.MIN's. */
    static Long day(LocalDate d) {
        return d == null || d.equals(Intervals.OPEN_START) || d.equals(Intervals.OPEN_END) ? null : d.toEpochDay();
    }

    static LocalDate date(LocalDate d) {
        return d == null || d.isBefore(FIRST) || d.isAfter(LAST) ? null : d;
    }

    private static String label(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
