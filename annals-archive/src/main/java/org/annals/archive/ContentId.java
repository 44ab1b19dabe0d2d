package org.annals.archive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A document's archive id: the first {@value #HEX_DIGITS} hex digits (128 bits) of the SHA-256 of its text, so the
 * same text gets the same id wherever it comes from (file name, title and date do not count) and a duplicate is
 * recognised before it is analysed.
 */
public final class ContentId {

    /** Hex digits kept from the digest. */
    public static final int HEX_DIGITS = 32;
    private static final String ALGORITHM = "SHA-256";

    private ContentId() {
    }

    /** The id of a text. */
    public static String of(String text) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance(ALGORITHM);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(ALGORITHM + " is not available in this JVM", e);
        }
        byte[] digest = sha.digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, HEX_DIGITS / 2);
    }
}
