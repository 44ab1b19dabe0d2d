package org.annals.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.annals.event.Participant;
import org.annals.model.Interval;
import org.annals.model.Intervals;
import org.annals.time.Granularity;
import org.annals.time.ReadableTime;
import org.annals.timeline.Timeline;
import org.annals.timeline.TimelineEntry;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * Writes a timeline as TimelineJS3 JSON:
 * <pre>{@code
 * {"title":{"text":{"headline":"korea-1950.txt","text":"12 events, from 1945 to late October 1950"}},
 *  "events":[{"start_date":{"year":"1950","month":"10","day":"25"},
 *             "display_date":"25 October 1950",
 *             "text":{"headline":"crossed","text":"the Chinese People's Volunteer Army (PVA) crossed ... <br>Source: ..."},
 *             "unique_id":"entry-9"}]}
 * }</pre>
 * The start date has the fields its granularity knows (year; year and month for months and seasons; a day for
 * days); an entry open to the past starts at its end; a span (longer than a month, of several days, or a range of
 * values, "1618/1648") has an {@code end_date}; the title slide, when there is a title, says how many events from when
 * to when. Entries
 * with neither a start nor an end are left out. Text is HTML-escaped. Stateless.
 */
public final class TimelineJsWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    public void write(Timeline timeline, Writer out) throws IOException {
        write(timeline, null, out);
    }

    /**
     * {@link #write(Timeline, Writer)} with a title slide when {@code title} is not null: the title as its headline,
     * and how many events from when to when as its text.
     */
    public void write(Timeline timeline, String title, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            if (title != null) {
                g.writeObjectFieldStart("title");
                g.writeObjectFieldStart("text");
                g.writeStringField("headline", html(title));
                g.writeStringField("text", html(summary(timeline)));
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeArrayFieldStart("events");
            int n = 0;
            for (TimelineEntry e : timeline.entries()) {
                n++;
                Interval i = e.interval();
                String start = Intervals.startText(i);
                String end = Intervals.endText(i);
                if (start == null && end == null) {
                    continue;
                }
                g.writeStartObject();
                date("start_date", start != null ? i.start() : i.end(), i.granularity(), g);
                if (start != null && end != null && (i.end().isAfter(i.start().plusMonths(1))
                        || i.granularity() == Granularity.DAY && i.end().isAfter(i.start())
                        || e.value() != null && e.value().contains("/"))) { // a span is drawn as one
                    date("end_date", i.end(), Granularity.DAY, g);
                }
                g.writeStringField("display_date", e.value() == null ? "" : ReadableTime.of(e.value(), e.mod()));
                g.writeObjectFieldStart("text");
                g.writeStringField("headline", html(e.event()));
                StringBuilder body = new StringBuilder(html(e.text()));
                String who = e.participants().stream().map(p -> html(p.text())).collect(Collectors.joining(", "));
                String where = e.places().stream().map(Participant::text).map(TimelineJsWriter::html)
                        .collect(Collectors.joining(", "));
                if (!who.isEmpty()) {
                    body.append("<br>Who: ").append(who);
                }
                if (!where.isEmpty()) {
                    body.append("<br>Where: ").append(where);
                }
                for (TimelineEntry.Source s : e.sources()) {
                    body.append("<br>Source: ").append(html(TimeMLWriter.docId(s.document()))).append(": ")
                            .append(html(s.sentence()));
                }
                g.writeStringField("text", body.toString());
                g.writeEndObject();
                g.writeStringField("unique_id", "entry-" + n);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    /** "12 events, from 25 May 1961 to 24 July 1969" (the dated ones, first to last as the timeline orders them). */
    static String summary(Timeline timeline) {
        java.util.List<TimelineEntry> dated = timeline.entries().stream()
                .filter(e -> Intervals.startText(e.interval()) != null || Intervals.endText(e.interval()) != null)
                .toList();
        if (dated.isEmpty()) {
            return "no dated events";
        }
        String n = dated.size() == 1 ? "1 event" : dated.size() + " events";
        return n + ", from " + ReadableTime.of(dated.get(0).value(), dated.get(0).mod()) + " to "
                + ReadableTime.of(dated.get(dated.size() - 1).value(), dated.get(dated.size() - 1).mod());
    }

    private static void date(String field, LocalDate d, Granularity g, JsonGenerator gen) throws IOException {
        gen.writeObjectFieldStart(field);
        gen.writeStringField("year", Integer.toString(d.getYear()));
        if (!g.coarserThan(Granularity.SEASON)) {
            gen.writeStringField("month", Integer.toString(d.getMonthValue()));
        }
        if (!g.coarserThan(Granularity.WEEK)) {
            gen.writeStringField("day", Integer.toString(d.getDayOfMonth()));
        }
        gen.writeEndObject();
    }

    static String html(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
