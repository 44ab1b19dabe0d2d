package org.annals.archive;

import org.annals.api.Annals;
import org.annals.model.Document;
import org.annals.model.DocumentDate;
import org.annals.model.Interval;
import org.annals.model.Intervals;
import org.annals.time.Granularity;
import org.annals.timeline.Timeline;
import org.annals.timeline.TimelineEntry;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A date range returns only the entries whose time overlaps it on evidence: a 2023 quote "said" before its article's
 * date is no 1600-1650 entry, and an entry open on one side matches only at the bound it has.
 */
class DateRangeEvidenceTest {

    static final Annals ANNALS = Annals.create();

    static final Document NEWS_2023 = new Document("council-2023.txt", "The council approved the new budget, the"
            + " mayor said. \"We listened to every neighbourhood,\" she told reporters. Critics said the plan came"
            + " too late. The treasurer announced that taxes would not rise.",
            DocumentDate.of(LocalDate.of(2023, 3, 14), DocumentDate.Source.HEADER), "Budget approved");

    static final Document HISTORY = new Document("war.txt", "In May 1618 Protestant nobles threw two envoys from a"
            + " window in Prague. The war that followed spread across Germany. In 1648 the Peace of Westphalia ended"
            + " it.", DocumentDate.of(LocalDate.of(2019, 6, 1), DocumentDate.Source.HEADER), "The Thirty Years' War");

    @Test
    void openSidesMatchOnlyAtTheirBound() {
        LocalDate d = LocalDate.of(2023, 3, 14);
        assertEquals(new Interval(d, d, Granularity.DAY),
                IndexSchema.evidence(new Interval(Intervals.OPEN_START, d, Granularity.DAY)));
        assertEquals(new Interval(d, d, Granularity.DAY),
                IndexSchema.evidence(new Interval(d, Intervals.OPEN_END, Granularity.DAY)));
        Interval closed = new Interval(d.minusDays(3), d, Granularity.DAY);
        assertEquals(closed, IndexSchema.evidence(closed));
    }

    @Test
    void quotesOfThisCenturyAreNoSeventeenthCenturyEntries(@TempDir Path dir) throws Exception {
        try (LuceneArchive a = LuceneArchive.open(dir.resolve("index"), ANNALS, 0)) {
            a.ingest(NEWS_2023);
            a.ingest(HISTORY);
            a.commit();
            Timeline early = a.timeline(new ArchiveQuery(null, LocalDate.of(1600, 1, 1), LocalDate.of(1650, 12, 31),
                    1000));
            assertFalse(early.entries().isEmpty(), "the 1618 and 1648 entries");
            for (TimelineEntry e : early.entries()) {
                assertEquals("war.txt", e.sources().get(0).document(), e.toString());
                assertTrue(e.interval().end().getYear() >= 1600 && e.interval().start().getYear() <= 1650,
                        e.toString());
            }
            SearchResult hits = a.search(new ArchiveQuery(null, LocalDate.of(1600, 1, 1), LocalDate.of(1650, 12, 31),
                    1000));
            assertTrue(hits.entries().stream().noneMatch(h -> h.entry().sources().get(0).document()
                    .equals("council-2023.txt")), hits.entries().toString());
            // the reported speech is in the days before the article: found around its date, with a bound each side
            Timeline march = a.timeline(new ArchiveQuery("said", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31),
                    1000));
            List<TimelineEntry> reported = march.entries().stream()
                    .filter(e -> List.of("said", "told", "announced").contains(e.event())).toList();
            assertFalse(reported.isEmpty(), march.toString());
            for (TimelineEntry e : reported) {
                assertFalse(Intervals.isOpen(e.interval()), "reported speech has both bounds: " + e);
                assertTrue(!e.interval().start().isBefore(LocalDate.of(2023, 3, 7)), e.toString());
            }
        }
    }

    @Test
    void theSeedsAutumn1950EntriesAndNoneOf2023(@TempDir Path dir) throws Exception {
        Path seed = seed();
        Document korea = org.annals.io.Readers.read(seed);
        try (LuceneArchive a = LuceneArchive.open(dir.resolve("index"), ANNALS, 0)) {
            a.ingest(korea);
            a.ingest(NEWS_2023);
            a.commit();
            LocalDate from = LocalDate.of(1950, 10, 1);
            LocalDate to = LocalDate.of(1950, 12, 31);
            Timeline t = a.timeline(new ArchiveQuery(null, from, to, 10_000));
            Timeline all = ANNALS.timeline(List.of(korea));
            long expected = all.entries().stream().filter(e -> !e.interval().end().isBefore(from)
                    && !e.interval().start().isAfter(to)).count();
            assertTrue(expected >= 5, "the seed tells autumn 1950: " + all);
            assertEquals(expected, t.entries().stream().filter(e -> e.sources().get(0).document()
                    .equals(korea.source())).count(), t.toString());
            assertTrue(t.entries().stream().noneMatch(e -> e.sources().get(0).document().equals("council-2023.txt")));
            Timeline early = a.timeline(new ArchiveQuery(null, LocalDate.of(1600, 1, 1), LocalDate.of(1650, 12, 31),
                    10_000));
            assertTrue(early.entries().isEmpty(), early.toString());
        }
    }

    static Path seed() {
        String root = System.getenv("ANNALS_ROOT");
        Path p = (root != null ? Path.of(root) : Path.of("..")).resolve("../shared/seed/korea-1950.txt").normalize();
        Assumptions.assumeTrue(Files.isRegularFile(p), "seed archive test skipped: no file " + p
                + " (../shared/seed beside the project)");
        return p;
    }
}
