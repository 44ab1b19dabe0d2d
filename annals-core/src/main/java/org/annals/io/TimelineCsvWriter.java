package org.annals.io;

import org.annals.event.Participant;
import org.annals.model.Intervals;
import org.annals.time.ReadableTime;
import org.annals.timeline.Timeline;
import org.annals.timeline.TimelineEntry;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a timeline as CSV (RFC 4180: CRLF line ends, fields holding a comma, a quote, CR or LF quoted, quotes
 * doubled), one row per entry and source, with a header:
 * {@code when,value,mod,start,end,granularity,anchor,anchor_tid,event,kind,text,participants,places,document,begin,end,sentence}
 * ({@code when}: the time in words, "late October 1950", for people; {@code value} its TIMEX3 value; {@code anchor}: where the time came from, clause, sentence, story, document or none; {@code anchor_tid} the time
 * expression's id).
 * Participants are "name (type)" joined by "; ". A merged entry has one row per source. Stateless.
 */
public final class TimelineCsvWriter {

    static final String HEADER = "when,value,mod,start,end,granularity,anchor,anchor_tid,event,kind,text,participants,places,"
            + "document,begin,end,sentence";

    public void write(Timeline timeline, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder(HEADER).append("\r\n");
        for (TimelineEntry e : timeline.entries()) {
            String who = e.participants().stream().map(p -> p.text() + " (" + p.type().label() + ")")
                    .collect(Collectors.joining("; "));
            String where = e.places().stream().map(Participant::text).collect(Collectors.joining("; "));
            for (TimelineEntry.Source s : e.sources()) {
                row(sb, List.of(e.value() == null ? "" : ReadableTime.of(e.value(), e.mod()), nz(e.value()), nz(e.mod()), nz(Intervals.startText(e.interval())),
                        nz(Intervals.endText(e.interval())), e.interval().granularity().label(), e.anchor() == null ? ""
                        : e.anchor().label(), nz(e.anchorTid()), e.event(), e.kind() == null ? "" : e.kind().label(),
                        nz(e.text()), who, where, s.document(), Integer.toString(s.begin()),
                        Integer.toString(s.end()), nz(s.sentence())));
            }
        }
        out.write(sb.toString());
        out.flush();
    }

    private static void row(StringBuilder sb, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(field(fields.get(i)));
        }
        sb.append("\r\n");
    }

    /** A field, quoted when it holds a comma, a quote or a line break. */
    static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
