package org.annals.cli;

import org.annals.archive.Archive;

import java.nio.file.Path;

/**
 * Opens the archive of {@code annals serve}. This build has no archive implementation yet (the Lucene archive is
 * being written on its own branch), so the server runs without one and its archive routes answer 503.
 */
final class ArchiveOpener {

    private ArchiveOpener() {
    }

    /** The archive in {@code dir}, or null (after saying so on standard error) when there is none to open. */
    static Archive open(Path dir, Io io) {
        io.err().println("annals serve: no archive implementation in this build: " + dir + " is not opened; search,"
                + " the archive timeline and stored documents answer 503");
        io.err().flush();
        return null;
    }
}
