package org.annals.cli;

import org.annals.api.Annals;
import org.annals.archive.Archive;
import org.annals.archive.LuceneArchive;
import org.apache.lucene.store.LockObtainFailedException;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens the archive of {@code annals serve}: the Lucene archive in {@code dir} (created if missing) for reading and
 * writing; read-only when another process (an {@code annals ingest}) holds its write lock; none (the archive routes
 * then answer 503) when it cannot be opened at all. What happened is said on standard error.
 */
final class ArchiveOpener {

    private ArchiveOpener() {
    }

    /** The archive in {@code dir}, or null (after saying why on standard error) when it cannot be opened. */
    static Archive open(Path dir, Io io) {
        try {
            return LuceneArchive.open(dir, Annals.create());
        } catch (LockObtainFailedException e) {
            try {
                Archive a = LuceneArchive.openReadOnly(dir);
                say(io, dir + " is being written by another process: opened read-only (ingest answers an error)");
                return a;
            } catch (IOException | RuntimeException again) {
                say(io, "cannot open the archive " + dir + ": " + again.getMessage() + "; search, the archive"
                        + " timeline and stored documents answer 503");
                return null;
            }
        } catch (IOException | RuntimeException e) {
            say(io, "cannot open the archive " + dir + ": " + e.getMessage() + "; search, the archive timeline and"
                    + " stored documents answer 503");
            return null;
        }
    }

    /** The archive in {@code dir} opened for reading only ({@code serve --read-only}), or null after saying why. */
    static Archive openReadOnly(Path dir, Io io) {
        try {
            return LuceneArchive.openReadOnly(dir);
        } catch (IOException | RuntimeException e) {
            say(io, "cannot open the archive " + dir + " read-only: " + e.getMessage() + "; search, the archive"
                    + " timeline and stored documents answer 503");
            return null;
        }
    }

    private static void say(Io io, String message) {
        io.err().println("annals serve: " + message);
        io.err().flush();
    }
}
