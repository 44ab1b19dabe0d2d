package org.annals.io;

/** XML escaping for the writers. */
final class Xml {

    private Xml() {
    }

    /**
     * Escapes character data: {@code & < >}, and control characters (other than tab, line feed and carriage
     * return), C1 controls and U+2028 as character references, so that an XML 1.1 parser gives them back unchanged
     * (see {@link #version}); everything else, line ends included, is kept as it is.
     */
    static void text(CharSequence s, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F || c == 0x2028) {
                        out.append("&#x").append(Integer.toHexString(c)).append(';');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    /**
     * The XML version a document holding this text must declare: "1.1" when it has control characters (XML 1.0
     * cannot write them even as references), else "1.0".
     *
     * @throws IllegalArgumentException for characters no XML can hold: NUL, U+FFFE, U+FFFF, unpaired surrogates
     */
    static String version(CharSequence s) {
        boolean controls = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0 || c == 0xFFFE || c == 0xFFFF) {
                throw new IllegalArgumentException(String.format("character U+%04X at offset %d cannot be written "
                        + "in XML", (int) c, i));
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw new IllegalArgumentException("unpaired surrogate at offset " + i + " cannot be written in XML");
            }
            if (Character.isLowSurrogate(c)) {
                throw new IllegalArgumentException("unpaired surrogate at offset " + i + " cannot be written in XML");
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                controls = true;
            }
        }
        return controls ? "1.1" : "1.0";
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
