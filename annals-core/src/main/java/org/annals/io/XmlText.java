package org.annals.io;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Prepares XML bytes for a StAX parser that must neither normalize carriage returns nor read a DTD.
 *
 * <p>XML parsers turn CR LF and lone CR into LF (XML 1.0, section 2.11). To keep the characters of the text unchanged,
 * every {@code '\r'} in character data is replaced by the character reference {@code &#13;}, which the parser reports
 * as a literal CR; in a CDATA section the section is closed around the reference. CRs inside markup (between
 * attributes, in comments, in processing instructions) and outside the root element are left alone: they are not
 * text (and references are not allowed there). A document type declaration
 * is refused before any parser sees it, so no DTD or external entity can ever be loaded.
 */
final class XmlText {

    private XmlText() {
    }

    /** Decodes XML bytes: a UTF-16 byte order mark, else the encoding of the XML declaration, else UTF-8. */
    static String decode(String name, byte[] bytes) throws ReadException {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return Decoding.decode(name, bytes, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return Decoding.decode(name, bytes, StandardCharsets.UTF_16LE);
        }
        return Decoding.decode(name, bytes, declaredCharset(name, bytes));
    }

    /** The charset named by {@code <?xml ... encoding="..."?>} at the start of the bytes, else UTF-8. */
    private static Charset declaredCharset(String name, byte[] bytes) throws ReadException {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        int n = Math.min(bytes.length, start + 200);
        String head = new String(bytes, start, n - start, StandardCharsets.ISO_8859_1);
        if (!head.startsWith("<?xml")) {
            return StandardCharsets.UTF_8;
        }
        int close = head.indexOf("?>");
        String decl = close < 0 ? head : head.substring(0, close);
        int at = decl.indexOf("encoding");
        if (at < 0) {
            return StandardCharsets.UTF_8;
        }
        int q = at + "encoding".length();
        while (q < decl.length() && (decl.charAt(q) == ' ' || decl.charAt(q) == '=' || decl.charAt(q) == '\t')) {
            q++;
        }
        if (q >= decl.length() || (decl.charAt(q) != '"' && decl.charAt(q) != '\'')) {
            return StandardCharsets.UTF_8;
        }
        int end = decl.indexOf(decl.charAt(q), q + 1);
        if (end < 0) {
            return StandardCharsets.UTF_8;
        }
        String enc = decl.substring(q + 1, end).trim();
        try {
            return Charset.forName(enc);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ReadException(name, "unsupported encoding '" + enc + "' in the XML declaration");
        }
    }

    /**
     * Returns the XML with every CR of character data written as {@code &#13;}, refusing a DOCTYPE.
     *
     * @throws ReadException when the document has a document type declaration
     */
    static String protect(String name, String xml) throws ReadException {
        StringBuilder b = new StringBuilder(xml.length() + 64);
        int n = xml.length();
        int i = 0;
        int depth = 0;  // element depth: references are only allowed inside the root element
        while (i < n) {
            char c = xml.charAt(i);
            if (c == '\r' && depth > 0) {
                b.append("&#13;");
                i++;
            } else if (c != '<') {
                b.append(c);
                i++;
            } else if (xml.startsWith("<!--", i)) {
                i = copyThrough(xml, i, "-->", b);
            } else if (xml.startsWith("<![CDATA[", i)) {
                int end = xml.indexOf("]]>", i);
                int stop = end < 0 ? n : end + 3;
                for (int k = i; k < stop; k++) {
                    char d = xml.charAt(k);
                    if (d == '\r') {
                        b.append("]]>&#13;<![CDATA[");
                    } else {
                        b.append(d);
                    }
                }
                i = stop;
            } else if (xml.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                throw new ReadException(name, "document type declarations (DOCTYPE) are not accepted, at line "
                        + lineOf(xml, i) + ": DTDs and external entities are never loaded");
            } else if (xml.startsWith("<?", i)) {
                i = copyThrough(xml, i, "?>", b);
            } else {
                int end = copyTag(xml, i, b);
                if (i + 1 < xml.length() && xml.charAt(i + 1) == '/') {
                    depth--;
                } else if (!(end - i >= 2 && xml.charAt(end - 1) == '>' && xml.charAt(end - 2) == '/')) {
                    depth++;
                }
                i = end;
            }
        }
        return b.toString();
    }

    /** Copies from {@code i} through the first {@code terminator} (or to the end); returns the next index. */
    private static int copyThrough(String xml, int i, String terminator, StringBuilder b) {
        int end = xml.indexOf(terminator, i);
        int stop = end < 0 ? xml.length() : end + terminator.length();
        b.append(xml, i, stop);
        return stop;
    }

    /** Copies a tag from its '<' through its '>' (quoted attribute values may contain '>'); returns the next index. */
    private static int copyTag(String xml, int i, StringBuilder b) {
        char quote = 0;
        int k = i + 1;
        for (; k < xml.length(); k++) {
            char d = xml.charAt(k);
            if (quote != 0) {
                if (d == quote) {
                    quote = 0;
                }
            } else if (d == '"' || d == '\'') {
                quote = d;
            } else if (d == '>') {
                k++;
                break;
            } else if (d == '<') {
                break; // malformed; let the parser report it
            }
        }
        b.append(xml, i, k);
        return k;
    }

    static int lineOf(String s, int offset) {
        int line = 1;
        for (int k = 0; k < offset && k < s.length(); k++) {
            if (s.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }
}
