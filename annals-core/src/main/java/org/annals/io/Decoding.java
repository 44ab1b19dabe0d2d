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

    /**
     * Text in whatever charset it was saved in: bytes that are valid UTF-8 are UTF-8; otherwise the charset of another
     * script that ICU4J's detector ranks first by {@value #MARGIN} points over every Western one (windows-1251,
     * Shift_JIS, GB18030, KOI8-R...), else Windows-1252, the superset of Latin-1 that Western legacy text is written in
     * (a Latin-1 file is read, not refused; the detector alone mistakes French for Central European). A NUL character
     * is still an error; bytes none of these decode are the UTF-8 error.
     */
    static String detected(String name, byte[] bytes) throws ReadException {
        try {
            return utf8(name, bytes);
        } catch (ReadException notUtf8) {
            if (notUtf8.getMessage().contains("NUL")) {
                throw notUtf8;
            }
            com.ibm.icu.text.CharsetDetector detector = new com.ibm.icu.text.CharsetDetector();
            detector.setText(bytes);
            com.ibm.icu.text.CharsetMatch[] all = detector.detectAll();
            com.ibm.icu.text.CharsetMatch best = all == null || all.length == 0 ? null : all[0];
            int western = 0;
            for (com.ibm.icu.text.CharsetMatch m : all == null ? new com.ibm.icu.text.CharsetMatch[0] : all) {
                if (WESTERN.contains(m.getName()) && !m.getName().startsWith("UTF")) {
                    western = Math.max(western, m.getConfidence());
                }
            }
            if (best != null && !WESTERN.contains(best.getName()) && best.getConfidence() >= western + MARGIN) {
                try {
                    return decode(name, bytes, Charset.forName(best.getName()));
                } catch (ReadException | java.nio.charset.UnsupportedCharsetException
                         | java.nio.charset.IllegalCharsetNameException e) {
                    // not that one after all: the Western reading
                }
            }
            try {
                return decode(name, bytes, Charset.forName("windows-1252"));
            } catch (ReadException e) {
                throw notUtf8;
            }
        }
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
