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
