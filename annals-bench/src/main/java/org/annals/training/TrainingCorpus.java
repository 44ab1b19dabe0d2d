package org.annals.training;

import org.annals.gold.AnnotatedDocument;
import org.annals.io.ReadException;
import org.annals.io.Readers;

import java.io.IOException;
import java.nio.file.Path;

/** The gold documents training reads: a file that cannot be read stops the training, as an {@link IOException}. */
final class TrainingCorpus {

    private TrainingCorpus() {
    }

    /** A TimeML file with its gold annotations. */
    static AnnotatedDocument read(Path file) throws IOException {
        try {
            return Readers.readAnnotated(file);
        } catch (ReadException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
