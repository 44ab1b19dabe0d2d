package org.annals.io;

import org.annals.gold.GoldTimex;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A tolerant scanner for ACE/WikiWars SGML ({@code <DOC><DOCID>..</DOCID><DATETIME>..</DATETIME><TEXT>..</TEXT>}),
 * with or without inline TIMEX2 annotations. It is not an XML parser: {@code '&'} and a {@code '<'} that does not start
 * a tag are ordinary characters, entity references are kept as written, and tag names are case-insensitive.
 *
 * <p>A tag is {@code '<'} followed by a letter, {@code '/'}, {@code '!'} or {@code '?'}, running to the next
 * {@code '>'} outside quotes (or, if quotes never close, to the next {@code '>'}).
 *
 * @param docid    the content of DOCID, trimmed, or null
 * @param datetime the DATETIME: the {@code val} of a TIMEX2 inside it if any, else its text, trimmed; or null
 * @param text     the content of TEXT with inner tags removed, otherwise unchanged
 * @param timex2   the TIMEX2 elements of TEXT (nested ones included), in text order; empty unless collected
 */
record SgmlDoc(String docid, String datetime, String text, List<GoldTimex> timex2) {

    /**
     * @param collectTimex2 true to collect the TIMEX2 of TEXT (then unbalanced TIMEX2 tags are an error); false to
     *                      strip them like any other tag
     */
    static SgmlDoc parse(String name, String s, boolean collectTimex2) throws ReadException {
        String docid = null;
        String datetime = null;
        StringBuilder text = null;
        boolean textDone = false;
        StringBuilder field = null;  // content of DOCID or DATETIME being read
        String fieldName = null;
        String datetimeVal = null;
        Deque<Open> open = new ArrayDeque<>();
        List<GoldTimex> gold = new ArrayList<>();
        int n = s.length();
        int i = 0;
        int plainFrom = 0;
        while (i <= n) {
            int lt = s.indexOf('<', i);
            int tagEnd = -1;
            if (lt >= 0) {
                tagEnd = tagEnd(s, lt);
            }
            if (lt >= 0 && tagEnd < 0) {   // a '<' that is not a tag: keep scanning after it
                i = lt + 1;
                continue;
            }
            int stop = lt < 0 ? n : lt;
            // characters plainFrom..stop are content
            if (text != null && !textDone) {
                text.append(s, plainFrom, stop);
            } else if (field != null) {
                field.append(s, plainFrom, stop);
            }
            if (lt < 0) {
                break;
            }
            Tag tag = Tag.of(s, lt, tagEnd);
            boolean inText = text != null && !textDone;
            if (tag.name.equals("TEXT") && !tag.closing && text == null) {
                text = new StringBuilder();
            } else if (tag.name.equals("TEXT") && tag.closing && inText) {
                textDone = true;
            } else if (inText && collectTimex2 && tag.name.equals("TIMEX2")) {
                if (!tag.closing) {
                    open.push(new Open(text.length(), tag.attrs, lt));
                } else if (open.isEmpty()) {
                    throw new ReadException(name, "</TIMEX2> without an open TIMEX2 at line " + XmlText.lineOf(s, lt));
                } else {
                    Open o = open.pop();
                    int end = text.length();
                    gold.add(new GoldTimex(o.attrs.get("id"), o.begin, end, text.substring(o.begin, end), null,
                            o.attrs.get("val"), o.attrs.get("mod")));
                }
            } else if (!inText && !tag.closing && (tag.name.equals("DOCID") || tag.name.equals("DATETIME"))
                    && fieldName == null) {
                fieldName = tag.name;
                field = new StringBuilder();
            } else if (!inText && tag.closing && tag.name.equals(fieldName)) {
                String v = field.toString().strip();
                if (fieldName.equals("DOCID") && docid == null) {
                    docid = v;
                } else if (fieldName.equals("DATETIME") && datetime == null) {
                    datetime = datetimeVal != null && !datetimeVal.isBlank() ? datetimeVal.strip() : v;
                }
                fieldName = null;
                field = null;
            } else if ("DATETIME".equals(fieldName) && tag.name.equals("TIMEX2") && !tag.closing
                    && datetimeVal == null) {
                datetimeVal = tag.attrs.get("val");
            }
            i = tagEnd;
            plainFrom = tagEnd;
        }
        if (text == null) {
            throw new ReadException(name, "no <TEXT> element");
        }
        if (!textDone) {
            throw new ReadException(name, "<TEXT> is not closed");
        }
        if (!open.isEmpty()) {
            throw new ReadException(name, "TIMEX2 opened at line " + XmlText.lineOf(s, open.peek().offset) + " is not closed in TEXT");
        }
        gold.sort(Comparator.comparingInt(GoldTimex::begin).thenComparing(Comparator.comparingInt(GoldTimex::end)
                .reversed()));
        return new SgmlDoc(docid, datetime, text.toString(), List.copyOf(gold));
    }

    /** The index after the tag starting at {@code lt}, or -1 when {@code lt} does not start a tag. */
    private static int tagEnd(String s, int lt) {
        if (lt + 1 >= s.length()) {
            return -1;
        }
        char c = s.charAt(lt + 1);
        if (!(Character.isLetter(c) || c == '/' || c == '!' || c == '?')) {
            return -1;
        }
        if (s.startsWith("<!--", lt)) {
            int e = s.indexOf("-->", lt + 4);
            return e < 0 ? -1 : e + 3;
        }
        // a tag ends at its '>' (quoted values may hold '>'); a '<' before it means this one was no tag. Stopping
        // there keeps the scan linear: no character is looked at by more than one candidate tag.
        char quote = 0;
        int firstGt = -1;
        for (int k = lt + 1; k < s.length(); k++) {
            char d = s.charAt(k);
            if (d == '<') {
                return firstGt < 0 ? -1 : firstGt + 1; // unbalanced quotes: the first '>'
            }
            if (d == '>' && firstGt < 0) {
                firstGt = k;
            }
            if (quote != 0) {
                if (d == quote) {
                    quote = 0;
                }
            } else if (d == '"' || d == '\'') {
                quote = d;
            } else if (d == '>') {
                return k + 1;
            }
        }
        return firstGt < 0 ? -1 : firstGt + 1;
    }

    private record Open(int begin, Map<String, String> attrs, int offset) {
    }

    /** A parsed tag: upper-case name, closing or not, attributes with lower-case names. */
    private record Tag(String name, boolean closing, Map<String, String> attrs) {

        static Tag of(String s, int lt, int end) {
            int k = lt + 1;
            boolean closing = k < end && s.charAt(k) == '/';
            if (closing) {
                k++;
            }
            int nameFrom = k;
            while (k < end && !Character.isWhitespace(s.charAt(k)) && s.charAt(k) != '>' && s.charAt(k) != '/') {
                k++;
            }
            String name = s.substring(nameFrom, k).toUpperCase(Locale.ROOT);
            Map<String, String> attrs = new HashMap<>();
            int stop = end - 1; // the '>'
            while (k < stop) {
                while (k < stop && (Character.isWhitespace(s.charAt(k)) || s.charAt(k) == '/')) {
                    k++;
                }
                int an = k;
                while (k < stop && s.charAt(k) != '=' && !Character.isWhitespace(s.charAt(k))) {
                    k++;
                }
                String attr = s.substring(an, k).toLowerCase(Locale.ROOT);
                while (k < stop && Character.isWhitespace(s.charAt(k))) {
                    k++;
                }
                String value = "";
                if (k < stop && s.charAt(k) == '=') {
                    k++;
                    while (k < stop && Character.isWhitespace(s.charAt(k))) {
                        k++;
                    }
                    if (k < stop && (s.charAt(k) == '"' || s.charAt(k) == '\'')) {
                        char q = s.charAt(k);
                        int close = s.indexOf(q, k + 1);
                        if (close < 0 || close > stop) {
                            close = stop;
                        }
                        value = s.substring(k + 1, close);
                        k = Math.min(close + 1, stop);
                    } else {
                        int vf = k;
                        while (k < stop && !Character.isWhitespace(s.charAt(k))) {
                            k++;
                        }
                        value = s.substring(vf, k);
                    }
                }
                if (!attr.isEmpty()) {
                    attrs.putIfAbsent(attr, value);
                }
            }
            return new Tag(name, closing, attrs);
        }
    }
}
