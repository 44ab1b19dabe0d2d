package org.annals.tagger;

import org.annals.api.Annals;
import org.annals.model.Document;
import org.annals.model.DocumentDate;
import org.annals.model.Genre;
import org.annals.model.TaggedDocument;
import org.annals.model.Timex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The example corpus of {@code src/test/resources/corpus/en}: one TSV file per expression family, rows
 * {@code id<TAB>text<TAB>dct<TAB>genre<TAB>expected} (see {@code corpus/en/README.md}).
 *
 * <p>Run {@code main} to print the tagger's actual output for every row in the row format (useful when writing rows
 * or moving pending rows back).
 */
public final class ExampleCorpus {

    /** Separator of the expected timexes. */
    public static final String SEP = " | ";

    /** The "today" of the tagger in these tests, so that a missing document date is visible and repeatable. */
    public static final LocalDate TODAY = LocalDate.of(2001, 1, 1);

    /** The document-date family: its rows may have no dct and then state the one expected from the text. */
    public static final String DOCUMENT_DATE = "document-date";
    /** Whole documents, some without a date. */
    static final String MIXED = "mixed";

    /** One expected timex: {@code "covered text"=TYPE:value[:MOD][:quant=Q][:freq=F]}. */
    private static final java.util.regex.Pattern ITEM = java.util.regex.Pattern.compile(
            "\"[^\"]+\"=(DATE|TIME|DURATION|SET):[0-9A-Z_.:+\\-]+?"
                    + "(:(BEFORE|AFTER|ON_OR_BEFORE|ON_OR_AFTER|LESS_THAN|MORE_THAN|EQUAL_OR_LESS|EQUAL_OR_MORE|START"
                    + "|MID|END|APPROX))?(:quant=[A-Z]+)?(:freq=\\d+X)?");

    private static final Map<Genre, Annals> ANNALS = new EnumMap<>(Genre.class);

    static {
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        for (Genre g : Genre.values()) {
            ANNALS.put(g, Annals.builder().genre(g).clock(clock).build());
        }
    }

    private ExampleCorpus() {
    }

    /**
     * One example.
     *
     * @param file     the TSV file
     * @param line     1-based line number in the file
     * @param family   the file's name without {@code .tsv}
     * @param pending  true for rows of {@code pending/}
     * @param id       the row id
     * @param text     the text to tag ({@code \n} in the file stands for a line break)
     * @param dct      the document date, or null ({@code -})
     * @param genre    the genre
     * @param expected the expected timexes in canonical form, and first {@code DCT=...} for rows without a dct
     */
    public record Row(Path file, int line, String family, boolean pending, String id, String text, LocalDate dct,
                      Genre genre, List<String> expected) {

        public String where() {
            return (pending ? "pending/" : "") + family + ".tsv:" + line;
        }
    }

    /** The folder of the corpus on the test class path. */
    public static Path root() {
        return folder("/corpus/en");
    }

    /** A folder of the test class path ("/corpus/en", "/corpus/timeline/en") as a path. */
    public static Path folder(String resource) {
        URL u = ExampleCorpus.class.getResource(resource);
        if (u == null) {
            throw new IllegalStateException("no " + resource.substring(1) + " on the test class path");
        }
        try {
            return Path.of(u.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The TSV files of a folder, sorted by name. */
    public static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the rows of a file; a malformed row throws with its line number. */
    public static List<Row> read(Path file, boolean pending) {
        String name = file.getFileName().toString();
        String family = name.substring(0, name.length() - ".tsv".length());
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String where = (pending ? "pending/" : "") + name + ":" + (i + 1) + ": ";
            String[] f = l.split("\t", -1);
            if (f.length != 5) {
                throw new IllegalArgumentException(where + "expected 5 tab-separated columns, found " + f.length);
            }
            String id = f[0].strip();
            if (id.isEmpty() || !id.equals(f[0]) || id.contains(" ")) {
                throw new IllegalArgumentException(where + "bad id '" + f[0] + "'");
            }
            String text = f[1].replace("\\n", "\n");
            if (text.isBlank()) {
                throw new IllegalArgumentException(where + "empty text");
            }
            LocalDate dct;
            if (f[2].equals("-")) {
                if (!family.equals(DOCUMENT_DATE) && !family.equals(MIXED)) {
                    throw new IllegalArgumentException(where + "only document-date and mixed rows may leave the dct out");
                }
                dct = null;
            } else {
                try {
                    dct = LocalDate.parse(f[2]);
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(where + "bad dct '" + f[2] + "'");
                }
            }
            Genre genre;
            try {
                genre = Genre.parse(f[3]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage());
            }
            List<String> expected = f[4].isEmpty() ? List.of() : List.of(f[4].split(" \\| ", -1));
            int from = 0;
            for (int k = 0; k < expected.size(); k++) {
                String item = expected.get(k);
                if (k == 0 && dct == null) {
                    if (!item.matches("DCT=(\\d{4}-\\d{2}-\\d{2}|none)")) {
                        throw new IllegalArgumentException(where + "a row without dct starts with DCT=YYYY-MM-DD "
                                + "or DCT=none, found '" + item + "'");
                    }
                    continue;
                }
                if (!ITEM.matcher(item).matches()) {
                    throw new IllegalArgumentException(where + "malformed expected timex '" + item + "'");
                }
                String covered = item.substring(1, item.indexOf("\"=", 1));
                int at = text.indexOf(covered, from);
                if (at < 0) {
                    throw new IllegalArgumentException(where + "\"" + covered + "\" is not in the text (in order)");
                }
                from = at + covered.length();
            }
            if (dct == null && expected.isEmpty()) {
                throw new IllegalArgumentException(where + "a row without dct starts with DCT=YYYY-MM-DD or DCT=none");
            }
            rows.add(new Row(file, i + 1, family, pending, id, text, dct, genre, expected));
        }
        return rows;
    }

    /** Every row: the family files, then the pending ones. */
    public static List<Row> all() {
        List<Row> rows = new ArrayList<>();
        for (Path f : files(root())) {
            rows.addAll(read(f, false));
        }
        for (Path f : files(root().resolve("pending"))) {
            rows.addAll(read(f, true));
        }
        return rows;
    }

    /** Tags a row's text as the row says. */
    public static TaggedDocument tag(Row row) {
        Document d = Document.of(row.id(), row.text());
        if (row.dct() != null) {
            d = d.withDate(DocumentDate.of(row.dct(), DocumentDate.Source.ARGUMENT));
        }
        return ANNALS.get(row.genre()).tag(d);
    }

    /** The tagger's output for a row, in the canonical form of the expected column. */
    public static List<String> actual(Row row) {
        TaggedDocument t = tag(row);
        List<String> out = new ArrayList<>();
        if (row.dct() == null) {
            out.add("DCT=" + (t.date() == null ? "none" : t.date().value()));
        }
        for (Timex x : t.timexes()) {
            out.add(format(x));
        }
        return out;
    }

    /** {@code "covered text"=TYPE:value[:MOD][:quant=Q][:freq=F]}. */
    public static String format(Timex x) {
        StringBuilder sb = new StringBuilder();
        sb.append('"').append(x.text()).append("\"=").append(x.type()).append(':').append(x.value());
        if (x.mod() != null) {
            sb.append(':').append(x.modString());
        }
        if (x.quant() != null) {
            sb.append(":quant=").append(x.quant());
        }
        if (x.freq() != null) {
            sb.append(":freq=").append(x.freq());
        }
        return sb.toString();
    }

    public static String join(List<String> items) {
        return String.join(SEP, items);
    }

    /**
     * Prints each row with its actual output: {@code OK} or {@code FAIL} (or {@code PENDING}/{@code FIXED}), the id,
     * and for mismatches the expected and the actual lines. Arguments: optional family names to restrict to.
     */
    public static void main(String[] args) {
        List<String> only = List.of(args);
        for (Row r : all()) {
            if (!only.isEmpty() && !only.contains(r.family())) {
                continue;
            }
            String exp = join(r.expected());
            String act;
            try {
                act = join(actual(r));
            } catch (RuntimeException e) {
                act = "EXCEPTION " + e;
            }
            boolean ok = exp.equals(act);
            String status = r.pending() ? (ok ? "FIXED" : "PENDING") : (ok ? "OK" : "FAIL");
            System.out.println(status + "\t" + r.where() + "\t" + r.id() + "\t" + r.text().replace("\n", "\\n"));
            if (!ok) {
                System.out.println("    expected: " + exp);
                System.out.println("    actual:   " + act);
            }
        }
    }
}
