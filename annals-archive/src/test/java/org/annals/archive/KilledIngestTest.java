package org.annals.archive;

import org.annals.api.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An ingest killed mid-way (a child JVM destroyed forcibly) and then resumed ends with every document stored once,
 * and every document acknowledged before the kill is there after it.
 */
class KilledIngestTest {

    private static final int DOCUMENTS = 300;
    /** Acknowledged documents to wait for before the kill. */
    private static final int KILL_AFTER = 30;

    @TempDir
    Path dir;

    @Test
    void killedThenResumedIngestStoresEveryDocumentOnce() throws Exception {
        Path index = dir.resolve("index");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                KillableIngest.class.getName(), index.toString(), Integer.toString(DOCUMENTS))
                .redirectError(dir.resolve("child.err").toFile())
                .start();
        Set<String> acknowledged = new HashSet<>();
        boolean finished = false;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; acknowledged.size() < KILL_AFTER && (line = r.readLine()) != null; ) {
                if (line.startsWith(KillableIngest.ACKNOWLEDGED)) {
                    acknowledged.addAll(Arrays.asList(line.substring(KillableIngest.ACKNOWLEDGED.length())
                            .strip().split(" ")));
                }
                finished |= line.equals(KillableIngest.DONE);
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
        }
        assertFalse(finished, "the child finished before it was killed");
        assertNotEquals(0, child.exitValue(), "killed, not exited");
        assertTrue(acknowledged.size() >= KILL_AFTER, "acknowledged before the kill: " + acknowledged.size()
                + "; child stderr in " + dir.resolve("child.err"));

        List<Document> docs = SyntheticDocuments.make(DOCUMENTS);
        try (LuceneArchive archive = LuceneArchive.open(index, LuceneArchiveTest.ANNALS)) {
            long survived = archive.documentCount();
            assertTrue(survived >= acknowledged.size() && survived < DOCUMENTS, "after the kill: " + survived);
            for (String id : acknowledged) {
                assertTrue(archive.document(id).isPresent(), "acknowledged but lost: " + id);
            }
            int added = 0;
            for (Document d : docs) {
                if (archive.ingest(d).added()) {
                    added++;
                }
            }
            archive.commit();
            assertEquals(DOCUMENTS - survived, added, "the resume stores exactly what was missing");
            assertEquals(DOCUMENTS, archive.documentCount());
            // each document once, with its entries once: the archive's entries are those of each document's timeline
            long expectedEntries = 0;
            List<String> ids = new ArrayList<>();
            for (Document d : docs) {
                expectedEntries += LuceneArchiveTest.ANNALS.timeline(List.of(d)).entries().size();
                ids.add(ContentId.of(d.text()));
            }
            assertEquals(DOCUMENTS, new HashSet<>(ids).size());
            SearchResult all = archive.search(new ArchiveQuery(null, null, null, 1));
            assertEquals(DOCUMENTS, all.totalDocuments());
            assertEquals(expectedEntries, all.totalEntries());
            for (String id : ids) {
                assertTrue(archive.document(id).isPresent(), id);
            }
        }
    }
}
