package org.annals.timeline;

import org.annals.api.Annals;
import org.annals.event.Participant;
import org.annals.model.Document;
import org.annals.model.DocumentDate;
import org.annals.model.Genre;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The corpus of event times ({@code corpus/timeline/en/*.tsv}, format in its README): history and news sentences
 * with the time each event must have on the timeline, and what must not be an entry. {@link #main} prints every row
 * with its status and the share of expected events at the right time.
 */
public final class EventTimeCorpus {

    private EventTimeCorpus() {
    }

    /**
     * One row.
     *
     * @param file     the file and line, for messages
     * @param id       unique over the corpus
     * @param text     the text (a {@code \n} in the file is a line break)
     * @param dct      the document date, or null ({@code -}: none)
     * @param genre    the genre annals is told
     * @param expected what the timeline must hold
     */
    public record Row(String file, String id, String text, LocalDate dct, Genre genre, List<Expectation> expected) {
    }

    /**
     * One expectation: {@code event=VALUE} (an entry whose trigger is {@code event}, the {@code n}th such from the
     * text's start, has that value; {@code none}: the event is on no date, listed with no value or not at all),
     * {@code !event} (no entry has that trigger) or {@code !who:Name} (no entry has that participant or place).
     */
    public record Expectation(String event, int n, String value, boolean negative, boolean who) {
        @Override
        public String toString() {
            if (who) {
                return "!who:" + event;
            }
            if (negative) {
                return "!" + event;
            }
            return event + (n > 1 ? "#" + n : "") + "=" + value;
        }
    }

    private static final Map<Genre, Annals> ANNALS = new EnumMap<>(Genre.class);

    static synchronized Annals annals(Genre g) {
        return ANNALS.computeIfAbsent(g, x -> Annals.builder().genre(x).build());
    }

    public static Path root() {
        return org.annals.tagger.ExampleCorpus.folder("/corpus/timeline/en");
    }

    public static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
        }
    }

    public static List<Row> read(Path file, String label) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = label + ":" + (i + 1);
            String[] c = line.split("\t", -1);
            if (c.length != 5) {
                throw new IllegalArgumentException(where + ": 5 tab-separated columns expected, got " + c.length);
            }
            LocalDate dct = c[2].equals("-") ? null : LocalDate.parse(c[2]);
            Genre genre = Genre.valueOf(c[3].toUpperCase(Locale.ROOT));
            List<Expectation> expected = new ArrayList<>();
            for (String part : c[4].split(" \\| ")) {
                if (!part.isBlank()) {
                    expected.add(expectation(part.strip(), where));
                }
            }
            if (expected.isEmpty()) {
                throw new IllegalArgumentException(where + ": no expectation");
            }
            rows.add(new Row(where, c[0], c[1].replace("\\n", "\n"), dct, genre, expected));
        }
        return rows;
    }

    private static Expectation expectation(String s, String where) {
        if (s.startsWith("!who:")) {
            return new Expectation(s.substring(5), 1, null, true, true);
        }
        if (s.startsWith("!")) {
            return new Expectation(s.substring(1), 1, null, true, false);
        }
        int eq = s.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException(where + ": event=VALUE, !event or !who:Name expected: " + s);
        }
        String event = s.substring(0, eq);
        int n = 1;
        int hash = event.indexOf('#');
        if (hash > 0) {
            n = Integer.parseInt(event.substring(hash + 1));
            event = event.substring(0, hash);
        }
        return new Expectation(event, n, s.substring(eq + 1), false, false);
    }

    /** The timeline annals gives for the row. */
    public static Timeline timeline(Row row) {
        Document d = Document.of(row.id() + ".txt", row.text());
        if (row.dct() != null) {
            d = d.withDate(DocumentDate.of(row.dct(), DocumentDate.Source.ARGUMENT));
        }
        return annals(row.genre()).timeline(List.of(d));
    }

    /** The expectations the timeline does not meet, each with what was found instead; empty when all are met. */
    public static List<String> failures(Row row, Timeline t) {
        List<String> out = new ArrayList<>();
        for (Expectation x : row.expected()) {
            String f = failure(row, x, t);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    private static String failure(Row row, Expectation x, Timeline t) {
        if (x.who()) {
            for (TimelineEntry e : t.entries()) {
                for (Participant p : concat(e.participants(), e.places())) {
                    if (p.text().equalsIgnoreCase(x.event())) {
                        return x + ": is a name of entry '" + e.event() + "'";
                    }
                }
            }
            return null;
        }
        List<TimelineEntry> byTrigger = new ArrayList<>();
        for (TimelineEntry e : t.entries()) {
            if (!TimelineBuilder.isPublication(e) && e.event().equalsIgnoreCase(x.event())) {
                byTrigger.add(e);
            }
        }
        byTrigger.sort((a, b) -> Integer.compare(a.sources().getFirst().begin(), b.sources().getFirst().begin()));
        if (x.negative()) {
            return byTrigger.isEmpty() ? null : x + ": is an entry at " + byTrigger.getFirst().value();
        }
        if (x.value().equals("none")) {
            // listed on no date (no value), or not at all
            return byTrigger.size() < x.n() || byTrigger.get(x.n() - 1).value() == null ? null
                    : x + ": is placed at " + byTrigger.get(x.n() - 1).value();
        }
        if (byTrigger.size() < x.n()) {
            return x + ": no such entry (entries: " + t.entries().stream().map(e -> e.event() + "=" + e.value())
                    .toList() + ")";
        }
        TimelineEntry e = byTrigger.get(x.n() - 1);
        return x.value().equals(e.value()) ? null : x + ": got " + e.value() + (e.mod() != null ? " " + e.mod() : "");
    }

    private static List<Participant> concat(List<Participant> a, List<Participant> b) {
        List<Participant> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Prints every row (OK, FAIL, PENDING, FIXED) and the share of expected dated events at the right time. */
    public static void main(String[] args) throws IOException {
        int events = 0;
        int right = 0;
        for (boolean pending : new boolean[] {false, true}) {
            Path dir = pending ? root().resolve("pending") : root();
            for (Path f : files(dir)) {
                for (Row row : read(f, (pending ? "pending/" : "") + f.getFileName())) {
                    Timeline t = timeline(row);
                    List<String> fails = new ArrayList<>();
                    for (Expectation x : row.expected()) {
                        String miss = failure(row, x, t);
                        if (miss != null) {
                            fails.add(miss);
                        }
                        if (!x.negative() && !"none".equals(x.value())) {
                            events++;
                            if (miss == null) {
                                right++;
                            }
                        }
                    }
                    String status = fails.isEmpty() ? (pending ? "FIXED" : "OK") : (pending ? "PENDING" : "FAIL");
                    System.out.println(status + "\t" + row.file() + "\t" + row.id() + "\t" + row.text());
                    for (String s : fails) {
                        System.out.println("    " + s);
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "dated events at the right time: %d/%d (%.1f%%)%n", right, events,
                events == 0 ? 0.0 : 100.0 * right / events);
    }
}
