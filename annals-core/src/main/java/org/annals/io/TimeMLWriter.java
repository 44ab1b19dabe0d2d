package org.annals.io;

import org.annals.model.DocumentDate;
import org.annals.model.TaggedDocument;
import org.annals.model.Timex;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Writes a tagged document as TimeML:
 * <pre>{@code
 * <?xml version="1.0" ?>
 * <TimeML>
 * <DOCID>korea-1950</DOCID>
 * <DCT><TIMEX3 tid="t0" type="DATE" value="2020-11-02" temporalFunction="false" functionInDocument="CREATION_TIME">2020-11-02</TIMEX3></DCT>
 * <TEXT>... <TIMEX3 tid="t1" type="DATE" value="1950-10-25" temporalFunction="false">Oct. 25, 1950</TIMEX3> ...</TEXT>
 * </TimeML>
 * }</pre>
 * The content of {@code TEXT} is the document text unchanged except for the escaping of {@code & < >} and the
 * inserted {@code TIMEX3} tags, so that removing the tags and unescaping gives back the text exactly (and the
 * offsets of the JSON output line up with it).
 *
 * <p>Stateless and thread-safe.
 */
public final class TimeMLWriter {

    /** Writes the document to {@code out} (not closed). */
    public void write(TaggedDocument d, Writer out) throws IOException {
        out.write(toTimeML(d));
        out.flush();
    }

    /** The start of a TimeML document up to and including {@code <TEXT>}: DOCID and the DCT as TIMEX3 t0. */
    static void header(String source, String text, DocumentDate dct, StringBuilder sb) {
        sb.append("<?xml version=\"").append(Xml.version(text)).append("\" ?>\n<TimeML>\n");
        sb.append("<DOCID>").append(Xml.text(docId(source))).append("</DOCID>\n");
        if (dct != null) {
            String v = dct.value().toString();
            sb.append("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"").append(v)
                    .append("\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">")
                    .append(v).append("</TIMEX3></DCT>\n");
        }
        sb.append("<TEXT>");
    }

    /**
     * The TimeML document as a string.
     *
     * @throws IllegalArgumentException when two time expressions overlap or one lies outside the text, or the text
     *                                  holds a character no XML can hold (NUL, U+FFFE, U+FFFF, an unpaired
     *                                  surrogate); control characters are written as references in XML 1.1
     */
    public String toTimeML(TaggedDocument d) {
        String text = d.text();
        List<Timex> timexes = inTextOrder(d.timexes(), text.length());
        StringBuilder sb = new StringBuilder(text.length() + 64 * timexes.size() + 256);
        header(d.source(), text, d.date(), sb);
        int at = 0;
        for (Timex t : timexes) {
            Xml.text(text, at, t.begin(), sb);
            openTag(t, sb);
            Xml.text(text, t.begin(), t.end(), sb);
            sb.append("</TIMEX3>");
            at = t.end();
        }
        Xml.text(text, at, text.length(), sb);
        sb.append("</TEXT>\n</TimeML>\n");
        return sb.toString();
    }

    private static List<Timex> inTextOrder(List<Timex> timexes, int length) {
        List<Timex> sorted = new ArrayList<>(timexes);
        sorted.sort(Comparator.comparingInt(Timex::begin).thenComparingInt(Timex::end));
        int prevEnd = 0;
        Timex prev = null;
        for (Timex t : sorted) {
            if (t.end() > length) {
                throw new IllegalArgumentException(t.tid() + " [" + t.begin() + "," + t.end()
                        + ") lies outside the text (length " + length + ")");
            }
            if (prev != null && t.begin() < prevEnd) {
                throw new IllegalArgumentException(prev.tid() + " [" + prev.begin() + "," + prev.end() + ") and "
                        + t.tid() + " [" + t.begin() + "," + t.end() + ") overlap");
            }
            prev = t;
            prevEnd = t.end();
        }
        return sorted;
    }

    static void openTag(Timex t, StringBuilder sb) {
        sb.append("<TIMEX3 tid=\"").append(Xml.attribute(t.tid())).append('"');
        sb.append(" type=\"").append(t.type().name()).append('"');
        sb.append(" value=\"").append(Xml.attribute(t.value())).append('"');
        optional("mod", t.modString(), sb);
        optional("quant", t.quant(), sb);
        optional("freq", t.freq(), sb);
        sb.append(" temporalFunction=\"").append(t.temporalFunction()).append('"');
        optional("anchorTimeID", t.anchorTid(), sb);
        sb.append('>');
    }

    private static void optional(String name, String value, StringBuilder sb) {
        if (value != null) {
            sb.append(' ').append(name).append("=\"").append(Xml.attribute(value)).append('"');
        }
    }

    /** The DOCID for a source: its file name without directories and without a .tml/.sgm/.txt/.xml extension. */
    static String docId(String source) {
        String name = source.replace('\\', '/');
        int slash = name.lastIndexOf('/');
        if (slash >= 0 && slash < name.length() - 1) {
            name = name.substring(slash + 1);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".tml", ".sgm", ".txt", ".xml"}) {
            if (lower.endsWith(ext) && lower.length() > ext.length()) {
                name = name.substring(0, name.length() - ext.length());
                break;
            }
        }
        return printable(name);
    }

    /** An identifier with control characters and characters XML cannot hold replaced by '_'. */
    private static String printable(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                sb.append(c).append(s.charAt(++i));
            } else if (Character.isISOControl(c) || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF
                    || c == 0x2028) {
                sb.append('_');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
