package org.annals.archive;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An archive that another program has open for writing (an {@code annals serve} or another {@code annals ingest}):
 * one writer at a time. The message says, in one sentence, what to do instead of Lucene's lock error.
 */
public final class ArchiveBusyException extends IOException {

    public ArchiveBusyException(Path folder, Throwable cause) {
        super("the archive " + folder + " is open for writing by another program (an 'annals serve' or another"
                + " 'annals ingest'): stop it first, or add the documents through that server (the page's 'Add to"
                + " archive', or POST /api/documents); searching it works meanwhile", cause);
    }
}
