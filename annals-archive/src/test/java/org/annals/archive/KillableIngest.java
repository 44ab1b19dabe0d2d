package org.annals.archive;

import org.annals.api.Document;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A child process for {@link KilledIngestTest}: ingests {@link SyntheticDocuments} into an archive, committing every
 * {@value #BATCH} documents and then printing {@code acknowledged ID...} for the ids that commit made durable;
 * {@code done} at the end.
 */
public final class KillableIngest {

    static final int BATCH = 10;
    static final String ACKNOWLEDGED = "acknowledged";
    static final String DONE = "done";

    private KillableIngest() {
    }

    /** {@code KillableIngest INDEX_DIR DOCUMENTS}. */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (LuceneArchive archive = LuceneArchive.open(Path.of(args[0]), LuceneArchiveTest.ANNALS, 0)) {
            List<String> pending = new ArrayList<>();
            for (Document d : SyntheticDocuments.make(Integer.parseInt(args[1]))) {
                pending.add(archive.ingest(d).id());
                if (pending.size() == BATCH) {
                    archive.commit();
                    out.println(ACKNOWLEDGED + " " + String.join(" ", pending));
                    pending.clear();
                }
            }
        }
        out.println(DONE);
    }
}
