package org.annals.io;

import org.annals.model.DocumentDate;
import org.annals.model.TaggedDocument;
import org.annals.model.Timex;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a listing for people: a header line per document, then one line per time expression.
 * <pre>
 * == korea-1950.txt  dct 2020-11-02 (byline)  genre news  3 timexes
 *    t1    123-136   "Oct. 25, 1950"         DATE      1950-10-25  "25 October 1950"
 *    t2    410-425   "Earlier that month"    DATE      1950-10  "early October 1950"  mod START  anchor t1 (Oct. 25, 1950)
 *    t3    980-997   "late October 1950"     DATE      1950-10  "late October 1950"  mod END
 * </pre>
 * The value is followed by its words ({@link JsonWriter#readable}) when they differ from it. Offsets are UTF-16 offsets into the document text, end exclusive. Line breaks, tabs and quotes inside the quoted
 * text are shown as {@code \n}, {@code \t} and {@code \"} so that each time expression stays on one line.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextListingWriter {

    /** Writes the listing of one document to {@code out} (not closed). */
    public void write(TaggedDocument d, Writer out) throws IOException {
        out.write(toText(d));
        out.flush();
    }

    /** The listing of one document. */
    public String toText(TaggedDocument d) {
        StringBuilder sb = new StringBuilder(128 + 80 * d.timexes().size());
        sb.append("== ").append(d.source());
        DocumentDate dct = d.date();
        sb.append("  dct ").append(dct == null ? "none" : dct.value() + " (" + dct.from().label() + ")");
        if (d.genre() != null) {
            sb.append("  genre ").append(d.genre().label());
        }
        int n = d.timexes().size();
        sb.append("  ").append(n).append(n == 1 ? " timex" : " timexes").append('\n');
        for (String w : d.warnings()) {
            sb.append("   (").append(w).append(")\n");
        }
        for (Timex t : d.timexes()) {
            line(t, sb);
        }
        return sb.toString();
    }

    private static void line(Timex t, StringBuilder sb) {
        StringBuilder l = new StringBuilder("   ");
        pad(l, t.tid(), 6);
        pad(l, t.begin() + "-" + t.end(), 12);
        pad(l, quote(t.text()), 24);
        pad(l, t.type().name(), 10);
        l.append(t.value());
        String words = JsonWriter.readable(t);
        if (!words.equals(t.value())) {
            l.append("  \"").append(words).append('"');
        }
        if (t.modString() != null) {
            l.append("  mod ").append(t.modString());
        }
        if (t.quant() != null) {
            l.append("  quant ").append(t.quant());
        }
        if (t.freq() != null) {
            l.append("  freq ").append(t.freq());
        }
        if (t.anchorTid() != null || t.anchor() != null) {
            l.append("  anchor");
            if (t.anchorTid() != null) {
                l.append(' ').append(t.anchorTid());
            }
            if (t.anchor() != null) {
                l.append(" (").append(t.anchor()).append(')');
            }
        }
        sb.append(l.toString().stripTrailing()).append('\n');
    }

    private static void pad(StringBuilder sb, String s, int width) {
        sb.append(s);
        int spaces = Math.max(2, width - s.length());
        sb.append(" ".repeat(spaces));
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
