package org.annals.io;

import org.annals.timeline.Timeline;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The files a timeline is written as, the same from the CLI ({@code annals timeline --format}), the server
 * ({@code /api/timeline?format=}) and the page's export buttons: a text table, JSON, CSV and TimelineJS3 JSON. (TimeML,
 * which needs the documents and not only their timeline, is written by {@link TimeMLEventWriter}.) Stateless.
 */
public enum TimelineFormat {
    /** A table for people ({@link TimelineTextWriter}), after a line saying which entries of how many it shows. */
    TEXT("text", "timeline.txt", "text/plain; charset=utf-8"),
    /** {@link TimelineJsonWriter}, with the paging when there is one. */
    JSON("json", "timeline.json", "application/json"),
    /** {@link TimelineCsvWriter}. */
    CSV("csv", "timeline.csv", "text/csv; charset=utf-8"),
    /** {@link TimelineJsWriter}, with a title slide when there is a title. */
    TIMELINEJS("timelinejs", "timeline.timelinejs.json", "application/json");

    private final String label;
    private final String fileName;
    private final String mediaType;

    TimelineFormat(String label, String fileName, String mediaType) {
        this.label = label;
        this.fileName = fileName;
        this.mediaType = mediaType;
    }

    /** The name users give it: "text", "json", "csv", "timelinejs". */
    public String label() {
        return label;
    }

    /** The file a timeline in this format is written to by default ("timeline.csv"). */
    public String fileName() {
        return fileName;
    }

    /** Its HTTP content type. */
    public String mediaType() {
        return mediaType;
    }

    /** The format of that name (any case); an {@link IllegalArgumentException} naming the known ones else. */
    public static TimelineFormat of(String label) {
        for (TimelineFormat f : values()) {
            if (f.label.equalsIgnoreCase(label.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown timeline format '" + label + "'; one of "
                + Arrays.stream(values()).map(TimelineFormat::label).collect(Collectors.joining(", ")));
    }

    /**
     * Writes the timeline. {@code title} (null: none) heads TimelineJS's title slide; {@code paging} (null: the whole
     * timeline) goes into JSON and the text table's first line.
     */
    public void write(Timeline t, String title, TimelineJsonWriter.Paging paging, Writer w) throws IOException {
        write(t, title, paging, null, w);
    }

    /** {@link #write(Timeline, String, TimelineJsonWriter.Paging, Writer)}; JSON entries say how they are about. */
    public void write(Timeline t, String title, TimelineJsonWriter.Paging paging,
                      org.annals.timeline.AboutEntity about, Writer w) throws IOException {
        switch (this) {
            case TEXT -> {
                if (paging != null) {
                    w.write(shown(paging) + "\n");
                }
                new TimelineTextWriter().write(t, w);
            }
            case JSON -> new TimelineJsonWriter(true, about).write(t, paging, w);
            case CSV -> new TimelineCsvWriter().write(t, w);
            case TIMELINEJS -> new TimelineJsWriter().write(t, title, w);
        }
    }

    /** "matching entries 21-40 of 337" (entries the same event gave in several documents merged on the page). */
    public static String shown(TimelineJsonWriter.Paging p) {
        long first = Math.min(p.total(), p.offset() + 1L);
        long last = Math.min(p.total(), (long) p.offset() + p.limit());
        return p.total() == 0 ? "no matching entries" : "matching entries " + first + "-" + last + " of " + p.total();
    }

    /** The title of an archive's timeline: "Archive: Yalu (1950-10–1950-12)", "Archive". */
    public static String archiveTitle(String query, String from, String to) {
        return "Archive" + (query == null || query.isBlank() ? "" : ": " + query.strip())
                + (blank(from) && blank(to) ? "" : " (" + (blank(from) ? "" : from.strip()) + "\u2013"
                + (blank(to) ? "" : to.strip()) + ")");
    }

    /** The title of a timeline of documents: the one document's title, else its file name; "Timeline of 3 documents". */
    public static String documentsTitle(int documents, String title, String fileName) {
        if (documents != 1) {
            return "Timeline of " + documents + " documents";
        }
        return title != null && !title.isBlank() ? title.strip() : fileName;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
