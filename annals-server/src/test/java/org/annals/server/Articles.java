package org.annals.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The example article shipped with annals ({@code examples/harbour-museum.txt}), for the server's tests. */
final class Articles {

    static final String HARBOUR_NAME = "harbour-museum.txt";

    private Articles() {
    }

    static Path root() {
        String root = System.getenv("ANNALS_ROOT");
        return root != null ? Path.of(root) : Path.of("..");
    }

    static String harbour() {
        try {
            return Files.readString(root().resolve("examples").resolve(HARBOUR_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
