package org.annals.io;

/** XML escaping for the writers. */
final class Xml {

    private Xml() {
    }

    /** Escapes character data: {@code & < >}; everything else, line ends included, is kept as it is. */
    static void text(CharSequence s, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
    }

    /** Escapes character data. */
    static String text(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        text(s, 0, s.length(), sb);
        return sb.toString();
    }

    /** Escapes an attribute value written between double quotes. */
    static String attribute(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\n' -> sb.append("&#10;");
                case '\r' -> sb.append("&#13;");
                case '\t' -> sb.append("&#9;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
