package org.annals.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict byte-to-text decoding shared by the readers. */
final class Decoding {

    private Decoding() {
    }

    /**
     * Decodes strictly (malformed or unmappable input is an error naming its byte offset) and removes one leading
     * byte order mark (U+FEFF); everything else is kept unchanged. A NUL character is an error too: it marks
     * binary data (or UTF-16 read as UTF-8), not text.
     */
    static String decode(String name, byte[] bytes, Charset charset) throws ReadException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) (bytes.length * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isUnderflow()) {
            fail(name, charset, in.position(), r);
        }
        r = decoder.flush(out);
        if (!r.isUnderflow()) {
            fail(name, charset, in.position(), r);
        }
        out.flip();
        String s = out.toString();
        int nul = s.indexOf('\0');
        if (nul >= 0) {
            throw new ReadException(name, "NUL character at character offset " + nul
                    + ": binary data or UTF-16, not " + charset.name() + " text");
        }
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** Text decoded from bytes, and the charset it was read in. */
    record Decoded(String text, Charset charset) {
    }

    /** {@link #detect}'s text. */
    static String detected(String name, byte[] bytes) throws ReadException {
        return detect(name, bytes).text();
    }

    /**
     * Text in whatever charset it was saved in: bytes that are valid UTF-8 are UTF-8; otherwise the charset of another
     * script that ICU4J's detector ranks first by {@value #MARGIN} points over every Western one (windows-1251,
     * Shift_JIS, GB18030, KOI8-R...), else Windows-1252, the superset of Latin-1 that Western legacy text is written in
     * (a Latin-1 file is read, not refused; the detector alone mistakes French for Central European). A NUL character
     * is still an error; bytes none of these decode are the UTF-8 error.
     */
    static Decoded detect(String name, byte[] bytes) throws ReadException {
        try {
            return new Decoded(utf8(name, bytes), StandardCharsets.UTF_8);
        } catch (ReadException notUtf8) {
            if (notUtf8.getMessage().contains("NUL")) {
                throw notUtf8;
            }
            Charset other = otherScript(bytes);
            if (other != null) {
                try {
                    return new Decoded(decode(name, bytes, other), other);
                } catch (ReadException e) {
                    // not that one after all: the Western reading
                }
            }
            try {
                return new Decoded(decode(name, bytes, WINDOWS_1252), WINDOWS_1252);
            } catch (ReadException e) {
                throw notUtf8;
            }
        }
    }

    /** The charset Western legacy text is written in. */
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * The charset of a script other than Latin that ICU4J's detector ranks first, {@value #MARGIN} points above every
     * Western one, for bytes that are not UTF-8; null when the Western reading is as likely.
     */
    static Charset otherScript(byte[] bytes) {
        com.ibm.icu.text.CharsetDetector detector = new com.ibm.icu.text.CharsetDetector();
        detector.setText(bytes);
        com.ibm.icu.text.CharsetMatch[] all = detector.detectAll();
        if (all == null || all.length == 0) {
            return null;
        }
        int western = 0;
        for (com.ibm.icu.text.CharsetMatch m : all) {
            if (WESTERN.contains(m.getName()) && !m.getName().startsWith("UTF")) {
                western = Math.max(western, m.getConfidence());
            }
        }
        com.ibm.icu.text.CharsetMatch best = all[0];
        if (WESTERN.contains(best.getName()) || best.getConfidence() < western + MARGIN) {
            return null;
        }
        try {
            return Charset.forName(best.getName());
        } catch (java.nio.charset.UnsupportedCharsetException | java.nio.charset.IllegalCharsetNameException e) {
            return null;
        }
    }

    /** Whether the bytes are well-formed UTF-8 (RFC 3629: shortest forms, no surrogates, nothing above U+10FFFF). */
    static boolean isUtf8(byte[] bytes) {
        return utf8Errors(bytes, Integer.MAX_VALUE) == 0;
    }

    /**
     * Whether the bytes are UTF-8 with a little damage: at least {@value #UTF8_SHARE} well-formed multi-byte sequences
     * for each byte that is none (text in a legacy charset almost never forms one: "Ã¤" is what UTF-8 looks like in
     * it, not the other way round).
     */
    static boolean mostlyUtf8(byte[] bytes) {
        return utf8Errors(bytes, UTF8_SHARE) == 0;
    }

    /** How many well-formed multi-byte UTF-8 sequences make up for one malformed byte in {@link #mostlyUtf8}. */
    static final int UTF8_SHARE = 10;

    /**
     * The malformed bytes of a UTF-8 reading that {@code share} well-formed multi-byte sequences each do not make up
     * for: 0 when every malformed byte is outweighed ({@code Integer.MAX_VALUE}: 0 only when there are none).
     */
    private static int utf8Errors(byte[] bytes, int share) {
        long good = 0;
        long bad = 0;
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int more = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
            int cp = b & (0x3F >> more);
            boolean ok = more > 0 && i + more < n;
            for (int k = 1; ok && k <= more; k++) {
                int c = bytes[i + k] & 0xFF;
                ok = (c & 0xC0) == 0x80;
                cp = cp << 6 | c & 0x3F;
            }
            int min = more == 1 ? 0x80 : more == 2 ? 0x800 : 0x10000;
            if (ok && cp >= min && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)) {
                good++;
                i += more + 1;
            } else {
                bad++;
                i++;
            }
        }
        if (bad == 0) {
            return 0;
        }
        return share == Integer.MAX_VALUE || good < bad * share ? (int) Math.min(bad, Integer.MAX_VALUE) : 0;
    }

    /** By how much (of the detector's 0-100) a charset of another script must beat every Western one. */
    private static final int MARGIN = 10;
    /** Charsets the Western fallback already reads well, and UTF-16, which the detector guesses on stray bytes. */
    private static final java.util.Set<String> WESTERN = java.util.Set.of("ISO-8859-1", "windows-1252", "ISO-8859-2",
            "windows-1250", "ISO-8859-9", "windows-1254", "UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE", "UTF-8");

    /** {@link #decode(String, byte[], Charset)} with UTF-8. */
    static String utf8(String name, byte[] bytes) throws ReadException {
        return decode(name, bytes, StandardCharsets.UTF_8);
    }

    private static void fail(String name, Charset charset, int offset, CoderResult r) throws ReadException {
        String what = r.isMalformed() ? "malformed" : r.isUnmappable() ? "unmappable" : "undecodable";
        try {
            r.throwException();
        } catch (CharacterCodingException e) {
            throw new ReadException(name, what + " " + charset.name() + " input at byte offset " + offset, e);
        }
        throw new ReadException(name, what + " " + charset.name() + " input at byte offset " + offset);
    }
}
