package org.annals.archive;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

import java.util.ArrayList;
import java.util.List;

/**
 * Formats each highlighted passage on its own: the text HTML-escaped, every match inside
 * {@code <mark>}...{@code </mark>}; runs of white space become one space. The result is a {@code List<String>}.
 */
final class MarkFormatter extends PassageFormatter {

    static final String OPEN = "<mark>";
    static final String CLOSE = "</mark>";

    @Override
    public Object format(Passage[] passages, String content) {
        List<String> out = new ArrayList<>(passages.length);
        for (Passage p : passages) {
            StringBuilder sb = new StringBuilder(p.getLength() + 32);
            int pos = p.getStartOffset();
            for (int k = 0; k < p.getNumMatches(); k++) {
                int start = Math.max(pos, p.getMatchStarts()[k]);
                int end = p.getMatchEnds()[k];
                if (end <= start) {
                    continue;
                }
                escape(content, pos, start, sb);
                sb.append(OPEN);
                escape(content, start, end, sb);
                sb.append(CLOSE);
                pos = end;
            }
            escape(content, pos, Math.max(pos, p.getEndOffset()), sb);
            out.add(sb.toString().strip());
        }
        return out;
    }

    /** Appends {@code s[from, to)} HTML-escaped, white space runs as one space. */
    static void escape(String s, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isWhitespace(c)) {
                        if (out.isEmpty() || out.charAt(out.length() - 1) != ' ') {
                            out.append(' ');
                        }
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
