package org.annals.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.annals.archive.ArchiveQuery;
import org.annals.archive.ContentId;
import org.annals.archive.LuceneArchive;
import org.annals.archive.SearchResult;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Crash safety of {@code annals ingest}: a child JVM running it (committing every {@value #BATCH} documents and
 * logging the committed ids with {@code --ack-log}) is killed with SIGKILL {@value #KILLS} times at random points (a
 * seeded random delay after its first new acknowledgement: while analysing, adding or committing), and restarted on
 * the same input each time. After every kill Lucene's {@link CheckIndex} must find the index clean and every id
 * acknowledged so far must be stored; at the end, after a last run to completion, every document is stored exactly
 * once, with as many timeline entries as a clean, uninterrupted ingest of the same input.
 */
class KilledIngestTest {

    static final int KILLS = 20;
    static final int DOCUMENTS = 800;
    static final int BATCH = 4;
    /** The kill comes this long at most after the first commit of the run... */
    static final int MAX_DELAY_MILLIS = 400;
    /** ...or once the run has acknowledged this many documents, so that kills, not documents, run out. */
    static final int MAX_ACKNOWLEDGED_PER_RUN = 24;
    static final long SEED = 20261125L;
    static final long CHILD_WAIT_SECONDS = 60;
    static final long POLL_MILLIS = 5;
    private static final String[] TOWNS = {"Harwich", "Lowestoft", "Aldeburgh", "Southwold", "Felixstowe"};
    private static final String[] VERBS = {"approved", "rejected", "delayed", "announced"};

    @TempDir
    Path dir;

    @Test
    void twentyKillsLoseNothingAndStoreEachDocumentOnce() throws Exception {
        Path input = dir.resolve("items.jsonl");
        List<String> ids = writeDocuments(input);
        Path index = dir.resolve("index");
        Path ackLog = dir.resolve("acknowledged.txt");
        Random random = new Random(SEED);
        int kills = 0;
        int unacknowledgedCommits = 0;
        long unacknowledged = 0;
        for (int run = 0; run < KILLS; run++) {
            int before = acknowledged(ackLog).size();
            Process child = ingest(index, ackLog, input, run);
            while (acknowledged(ackLog).size() == before && child.isAlive()) {
                Thread.sleep(POLL_MILLIS);
            }
            long killAt = System.nanoTime() + random.nextInt(MAX_DELAY_MILLIS + 1) * 1_000_000L;
            while (System.nanoTime() < killAt && acknowledged(ackLog).size() < before + MAX_ACKNOWLEDGED_PER_RUN) {
                Thread.sleep(POLL_MILLIS);
            }
            int r = run;
            assertTrue(child.isAlive(), () -> "run " + r + " ended before its kill (exit " + child.exitValue()
                    + "; stderr in " + dir + "): too few documents for " + KILLS + " kills");
            child.destroyForcibly();
            assertTrue(child.waitFor(CHILD_WAIT_SECONDS, TimeUnit.SECONDS), "run " + run + " did not die");
            assertEquals(137, child.exitValue(), "run " + run + " was killed by SIGKILL");
            kills++;
            Set<String> acked = acknowledged(ackLog);
            assertTrue(acked.size() > before, "run " + run + " acknowledged nothing");
            long stored = checkAfterCrash(index, acked);
            // more stored than acknowledged, and more so than before: killed after a commit, before its
            // acknowledgement was written (those documents are stored and will never be acknowledged)
            unacknowledgedCommits += stored - acked.size() > unacknowledged ? 1 : 0;
            unacknowledged = stored - acked.size();
            System.out.printf(Locale.ROOT, "KilledIngestTest: kill %d: %d acknowledged, %d stored%n", kills,
                    acked.size(), stored);
        }
        System.out.printf(Locale.ROOT, "KilledIngestTest: %d kills, %d of them between a commit and its"
                + " acknowledgement%n", kills, unacknowledgedCommits);
        Process last = ingest(index, ackLog, input, KILLS);
        assertTrue(last.waitFor(CHILD_WAIT_SECONDS * 4, TimeUnit.SECONDS), "the last run did not end");
        assertEquals(0, last.exitValue(), "the last run failed; stderr in " + dir);
        assertEquals(KILLS, kills);

        Set<String> acked = acknowledged(ackLog);
        // a document committed just before a kill, not yet acknowledged, is found stored by the next run: it is
        // never acknowledged, which is fine; an acknowledged id must be one of the input
        assertTrue(new LinkedHashSet<>(ids).containsAll(acked), "acknowledged ids are input ids");
        checkAfterCrash(index, acked);
        Run clean = Run.of("ingest", "--index", dir.resolve("clean").toString(), "--progress", "none",
                input.toString());
        assertEquals(0, clean.code(), clean.toString());
        SearchResult expected;
        try (LuceneArchive a = LuceneArchive.openReadOnly(dir.resolve("clean"))) {
            expected = a.search(new ArchiveQuery(null, null, null, 1));
        }
        try (LuceneArchive a = LuceneArchive.openReadOnly(index)) {
            SearchResult all = a.search(new ArchiveQuery(null, null, null, 1));
            assertEquals(DOCUMENTS, a.documentCount());
            assertEquals(DOCUMENTS, all.totalDocuments());
            assertEquals(expected.totalEntries(), all.totalEntries(), "entries as in a clean ingest");
            // DOCUMENTS documents, DOCUMENTS distinct ids each found: each exactly once
            for (String id : ids) {
                assertTrue(a.document(id).isPresent(), id);
            }
        }
    }

    /**
     * CheckIndex finds the index clean and every acknowledged id is stored; returns the documents stored.
     */
    private static long checkAfterCrash(Path index, Set<String> acked) throws IOException {
        try (Directory d = FSDirectory.open(index); CheckIndex check = new CheckIndex(d)) {
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
            CheckIndex.Status status = check.checkIndex();
            assertTrue(status.clean, "CheckIndex: " + log.toString(StandardCharsets.UTF_8));
            assertFalse(status.missingSegments, "segments missing");
        }
        try (LuceneArchive a = LuceneArchive.openReadOnly(index)) {
            for (String id : acked) {
                assertTrue(a.document(id).isPresent(), "acknowledged but lost: " + id);
            }
            long stored = a.documentCount();
            assertTrue(stored >= acked.size(), stored + " stored, " + acked.size() + " acknowledged");
            return stored;
        }
    }

    /** {@code annals ingest} in a child JVM. */
    private Process ingest(Path index, Path ackLog, Path input, int run) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "ingest", "--index", index.toString(), "--batch", Integer.toString(BATCH),
                "--progress", "none", "--ack-log", ackLog.toString(), input.toString())
                .redirectOutput(dir.resolve("run-" + run + ".out").toFile())
                .redirectError(dir.resolve("run-" + run + ".err").toFile())
                .start();
    }

    /** The complete lines of the ack log (a kill may cut the last one). */
    private static Set<String> acknowledged(Path ackLog) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        if (!Files.exists(ackLog)) {
            return ids;
        }
        String all = Files.readString(ackLog, StandardCharsets.UTF_8);
        int end = all.lastIndexOf('\n');
        for (String line : all.substring(0, end + 1).split("\n")) {
            if (!line.isEmpty()) {
                assertEquals(ContentId.HEX_DIGITS, line.length(), "a whole id a line: " + line);
                ids.add(line);
            }
        }
        return ids;
    }

    /** Short, distinct news items as JSON Lines; returns their content ids in order. */
    private static List<String> writeDocuments(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        StringBuilder sb = new StringBuilder();
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < DOCUMENTS; k++) {
            LocalDate day = LocalDate.of(1990 + k % 30, 1 + k % 12, 1 + k % 28);
            String text = "Item " + k + ". On " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                    + day.getDayOfMonth() + ", " + day.getYear() + ", the council of " + TOWNS[k % TOWNS.length] + " "
                    + VERBS[k % VERBS.length] + " the harbour plan. The mayor said the work would start in the spring"
                    + " of " + (day.getYear() + 1) + ". Residents had protested the week before.";
            ObjectNode o = mapper.createObjectNode();
            o.put("id", "item-" + k);
            o.put("text", text);
            o.put("date", day.plusDays(1).toString());
            sb.append(mapper.writeValueAsString(o)).append('\n');
            ids.add(ContentId.of(text));
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        return ids;
    }
}
