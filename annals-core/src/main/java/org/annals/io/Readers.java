package org.annals.io;

import org.annals.api.Document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * PLACEHOLDER until the readers branch is merged: reads plain text only; TimeML and SGML input are rejected with a
 * {@link ReadException}.
 */
public final class Readers {

    private Readers() {
    }

    /** Reads a file; the kind is chosen by its extension. */
    public static Document read(Path path) throws ReadException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new ReadException(path + ": cannot read: " + e.getMessage(), e);
        }
        return read(path.toString(), bytes);
    }

    /** Reads a document from bytes; {@code name} (a file name) chooses the kind by its extension. */
    public static Document read(String name, byte[] bytes) throws ReadException {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".tml") || lower.endsWith(".sgm")) {
            throw new ReadException(name + ": TimeML/SGML input is not supported by the placeholder reader");
        }
        return Document.of(name, new String(bytes, StandardCharsets.UTF_8));
    }
}
