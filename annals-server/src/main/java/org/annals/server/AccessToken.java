package org.annals.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The server's access token: made at random ({@value #RANDOM_BYTES} bytes from {@link SecureRandom}, 256 bits, in
 * base64url), or kept in a file so that it survives restarts. A presented token is compared in constant time: both
 * sides are hashed (SHA-256) and the digests compared with {@link MessageDigest#isEqual}, so neither the time taken
 * nor an early exit says how much of it was right, or how long it is.
 */
public final class AccessToken {

    static final int RANDOM_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] digest;

    AccessToken(String token) {
        this.digest = sha256(token);
    }

    /** True when {@code presented} is the token. */
    boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(digest, sha256(presented));
    }

    /** A new random token: 256 bits in base64url (43 characters). */
    public static String generate() {
        byte[] b = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /**
     * The token kept in {@code file}: its first line, without surrounding blanks. A missing file is created with a new
     * random token, readable by its owner only (where the file system has POSIX permissions).
     *
     * @throws IOException when the file cannot be read or created
     * @throws IllegalArgumentException when the file's token is too short or holds characters a token cannot
     */
    public static String fromFile(Path file) throws IOException {
        if (!Files.exists(file)) {
            String token = generate();
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            try {
                Files.writeString(file, token + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: its own rules apply
                }
            } catch (FileAlreadyExistsException e) {
                // made by another process meanwhile: read it
            }
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String first = text.lines().findFirst().orElse("").strip();
        if (first.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no token (its first line is empty)");
        }
        try {
            AccessSettings.checkToken(first);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        return first;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
