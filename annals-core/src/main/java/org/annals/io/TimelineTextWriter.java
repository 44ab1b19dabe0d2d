package org.annals.io;

import org.annals.event.Participant;
import org.annals.model.Interval;
import org.annals.model.Intervals;
import org.annals.time.ReadableTime;
import org.annals.timeline.Timeline;
import org.annals.timeline.TimelineEntry;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a timeline as a table for people, one entry a line:
 * <pre>
 * when                      event       who                                   where                  source
 * 25 October 1950          crossed     Chinese People's Volunteer Army (org) Yalu River; Korean ... korea-1950: Seventy years ago, ...
 * </pre>
 * {@code when} is the value with its mod in words and, when they differ from the value's own period, the days it may
 * have happened on ({@code early October 1950 [1950-10-01..1950-10-10]}). Long cells are cut with "...". Stateless.
 */
public final class TimelineTextWriter {

    private static final int WHEN = 40;
    private static final int EVENT = 16;
    private static final int WHO = 56;
    private static final int WHERE = 30;
    private static final int SENTENCE = 110;

    public void write(Timeline timeline, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder();
        row(sb, "when", "event", "who", "where", "source: sentence");
        for (TimelineEntry e : timeline.entries()) {
            String who = e.participants().stream().map(p -> p.text()
                    + (p.type() == Participant.Type.OTHER ? "" : " (" + p.type().label() + ")"))
                    .collect(Collectors.joining("; "));
            String where = e.places().stream().map(Participant::text).collect(Collectors.joining("; "));
            List<TimelineEntry.Source> sources = e.sources();
            for (int k = 0; k < sources.size(); k++) {
                TimelineEntry.Source s = sources.get(k);
                String source = TimeMLWriter.docId(s.document()) + ": " + s.sentence();
                if (k == 0) {
                    row(sb, when(e), e.event(), who, where, source);
                } else {
                    row(sb, "", "", "", "", source);
                }
            }
        }
        out.write(sb.toString());
        out.flush();
    }

    /**
     * The entry's time in words ({@link ReadableTime}: "25 October 1950", "late October 1950", "the 1530s", "300 BC",
     * "1618–1648") and, when they differ from the value's own period, the days it may have happened on in
     * brackets ("late October 1950 [1950-10-21..1950-10-31]", "before 2 November 2020 [..2020-11-01]").
     */
    static String when(TimelineEntry e) {
        if (e.value() == null) {
            return "no date"; // nothing in the text dates it, and the document has no date
        }
        StringBuilder sb = new StringBuilder(ReadableTime.of(e.value(), e.mod()));
        Interval i = e.interval();
        String start = Intervals.startText(i);
        String end = Intervals.endText(i);
        boolean plain = e.value() != null && start != null && end != null
                && (e.mod() == null && (start.equals(end) ? e.value().equals(start) : true));
        if (!plain || e.mod() != null) {
            if (start != null && start.equals(end)) { // "now [2020-11-02]"
                sb.append(" [").append(start).append(']');
            } else {
                sb.append(" [").append(start == null ? "" : start).append("..").append(end == null ? "" : end).append(']');
            }
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String when, String event, String who, String where, String source) {
        cell(sb, when, WHEN);
        cell(sb, event, EVENT);
        cell(sb, who, WHO);
        cell(sb, where, WHERE);
        sb.append(cut(source, SENTENCE).stripTrailing()).append('\n');
    }

    private static void cell(StringBuilder sb, String s, int width) {
        String c = cut(s, width - 1);
        sb.append(c).append(" ".repeat(width - c.length()));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
