package org.annals.archive;

import org.annals.api.Annals;
import org.annals.model.Document;
import org.annals.model.DocumentDate;
import org.annals.model.Interval;
import org.annals.model.Intervals;
import org.annals.model.TaggedDocument;
import org.annals.timeline.Timeline;
import org.annals.timeline.TimelineEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LuceneArchiveTest {

    static final Annals ANNALS = Annals.builder()
            .clock(Clock.fixed(LocalDate.of(2024, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
            .build();

    static final Document YALU = doc("yalu.txt", "Chinese troops cross the Yalu",
            "On Oct. 25, 1950, Chinese troops crossed the Yalu River into Korea. The attack surprised the"
                    + " United Nations forces.\n\nIn November 1950 the Chinese troops attacked again near the Chosin"
                    + " Reservoir.", LocalDate.of(2020, 11, 2));
    static final Document YALU_AGAIN = doc("yalu-2.txt", "Seventy years on",
            "The crossing of the Yalu River by Chinese troops on October 25, 1950 changed the war. Historians"
                    + " still debate it.", LocalDate.of(2020, 10, 25));
    static final Document INCHON = doc("inchon.txt", "Landing at Inchon",
            "On Sept. 15, 1950, United Nations forces landed at Inchon. The landing <surprised> North Korean"
                    + " troops & cut their supply lines.", LocalDate.of(2010, 9, 15));
    static final Document IRAQ = doc("iraq.txt", "Invasion of Iraq",
            "In March 2003, coalition troops invaded Iraq. Baghdad fell in April 2003.", LocalDate.of(2003, 5, 1));
    static final List<Document> ALL = List.of(YALU, YALU_AGAIN, INCHON, IRAQ);

    static Document doc(String source, String title, String text, LocalDate dct) {
        return new Document(source, text, DocumentDate.of(dct, DocumentDate.Source.HEADER), title);
    }

    @TempDir
    static Path shared;
    static LuceneArchive archive;

    @BeforeAll
    static void ingestAll() throws Exception {
        archive = LuceneArchive.open(shared.resolve("index"), ANNALS);
        for (Document d : ALL) {
            IngestResult r = archive.ingest(d);
            assertTrue(r.added(), d.source());
            assertTrue(r.entries() > 0, d.source());
        }
        archive.commit();
    }

    @Test
    void textQueryRanksDocumentsAndEntriesWithHighlightedSnippets() throws Exception {
        SearchResult r = archive.search(ArchiveQuery.text("Yalu"));
        assertEquals(2, r.totalDocuments());
        assertEquals(List.of(ContentId.of(YALU.text()), ContentId.of(YALU_AGAIN.text())),
                r.documents().stream().map(SearchResult.DocumentHit::id).toList(),
                "the document with the word in its title too ranks first");
        SearchResult.DocumentHit first = r.documents().get(0);
        assertEquals("Chinese troops cross the Yalu", first.title());
        assertEquals("2020-11-02", first.dct());
        assertTrue(first.score() > r.documents().get(1).score());
        assertTrue(first.snippets().get(0).contains("<mark>Yalu</mark>"), first.snippets().toString());
        assertTrue(r.totalEntries() >= 2);
        for (SearchResult.EntryHit e : r.entries()) {
            assertTrue(e.snippet().contains("<mark>Yalu</mark>"), e.snippet());
        }
    }

    @Test
    void snippetsAreEscaped() throws Exception {
        SearchResult r = archive.search(ArchiveQuery.text("supply"));
        assertEquals(1, r.documents().size());
        String s = String.join(" ", r.documents().get(0).snippets());
        assertTrue(s.contains("&lt;surprised&gt; North Korean troops &amp; cut their <mark>supply</mark> lines."), s);
    }

    @Test
    void timeRangeFindsEveryEntryWhoseIntervalIntersectsInChronologicalOrder() throws Exception {
        SearchResult r = archive.search(new ArchiveQuery(null, QueryDates.start("1950-10"), QueryDates.end("1950-11"),
                100));
        List<String> values = r.entries().stream().map(e -> e.entry().value()).toList();
        assertTrue(values.contains("1950-10-25"), values.toString());
        assertTrue(values.contains("1950-11"), values.toString());
        assertFalse(values.contains("1950-09-15"), values.toString());
        for (int k = 1; k < r.entries().size(); k++) {
            assertFalse(r.entries().get(k).entry().interval().end()
                    .isBefore(r.entries().get(k - 1).entry().interval().end()), values.toString());
        }
        assertEquals(r.entries().size(), r.totalEntries());
        assertEquals(2, r.totalDocuments(), "documents with a date in the range");
        // the month 1950-10 holds the crossing of both documents; 1950-11 the November attack
        assertTrue(r.facets().months().contains(new SearchResult.Count("1950-10",
                r.entries().stream().filter(e -> e.entry().value().startsWith("1950-10")).count())), r.facets().toString());
        assertTrue(r.facets().places().stream().anyMatch(c -> c.value().contains("Yalu")), r.facets().toString());
    }

    @Test
    void textAndRangeTogether() throws Exception {
        SearchResult y1950 = archive.search(new ArchiveQuery("troops", LocalDate.of(1950, 1, 1),
                LocalDate.of(1950, 12, 31), 10));
        SearchResult y2003 = archive.search(new ArchiveQuery("troops", QueryDates.start("2003"), QueryDates.end("2003"),
                10));
        assertEquals(3, y1950.totalDocuments());
        assertEquals(List.of(ContentId.of(IRAQ.text())), y2003.documents().stream().map(SearchResult.DocumentHit::id)
                .toList(), y2003.toString());
        long closed = 0;
        for (SearchResult.EntryHit e : y2003.entries()) {
            Interval i = e.entry().interval();
            assertTrue(!i.start().isAfter(LocalDate.of(2003, 12, 31)) && !i.end().isBefore(LocalDate.of(2003, 1, 1)),
                    e.toString());
            if (Intervals.isOpen(i)) {
                // "surprised" in the 2010 article: before its date, an interval open towards the past
                assertEquals(ContentId.of(INCHON.text()), e.documentId(), e.toString());
            } else {
                assertEquals(ContentId.of(IRAQ.text()), e.documentId(), e.toString());
                closed++;
            }
        }
        assertTrue(y2003.entries().stream().anyMatch(e -> e.entry().event().equals("invaded")), y2003.toString());
        assertEquals(List.of(new SearchResult.Count("2003", closed)), y2003.facets().years(), "open intervals are in no year");
    }

    @Test
    void reIngestingAddsNothing() throws Exception {
        long before = archive.documentCount();
        for (Document d : ALL) {
            IngestResult r = archive.ingest(d.withTitle("another title"));
            assertFalse(r.added());
            assertEquals(ContentId.of(d.text()), r.id());
        }
        archive.commit();
        assertEquals(before, archive.documentCount());
        assertEquals(ALL.size(), before);
    }

    @Test
    void storedDocumentsComeBackWhole() throws Exception {
        StoredDocument d = archive.document(ContentId.of(YALU.text())).orElseThrow();
        TaggedDocument tagged = ANNALS.tag(YALU);
        assertEquals(tagged.timexes(), d.timexes());
        assertEquals(YALU.text(), d.text());
        assertEquals("yalu.txt", d.source());
        assertEquals("2020-11-02", d.dct());
        assertEquals(ANNALS.timeline(List.of(YALU)).entries(), d.entries());
        assertTrue(archive.document("0".repeat(32)).isEmpty());
    }

    @Test
    void crossDocumentTimelineMergesTheMatchingEntries() throws Exception {
        Timeline t = archive.timeline(new ArchiveQuery("Yalu", null, null, 100));
        TimelineEntry crossing = t.entries().stream().filter(e -> e.value().equals("1950-10-25")).findFirst()
                .orElseThrow();
        assertEquals(2, crossing.sources().size(), t.toString());
        // each mention says which stored document it is in, and that document's name and date can be had
        assertEquals(java.util.Set.of(ContentId.of(YALU.text()), ContentId.of(YALU_AGAIN.text())), crossing.sources()
                .stream().map(TimelineEntry.Source::documentId).collect(java.util.stream.Collectors.toSet()));
        java.util.Map<String, DocumentLabel> labels = archive.labels(List.of(ContentId.of(YALU.text()),
                "0".repeat(32), ContentId.of(YALU_AGAIN.text())));
        assertEquals(List.of(new DocumentLabel(ContentId.of(YALU.text()), "Chinese troops cross the Yalu", "2020-11-02"),
                new DocumentLabel(ContentId.of(YALU_AGAIN.text()), "Seventy years on", "2020-10-25")),
                List.copyOf(labels.values()));
        Timeline all = archive.timeline(new ArchiveQuery(null, null, null, 10_000));
        assertEquals(ANNALS.timeline(ALL).entries().size(), all.entries().size());
    }

    @Test
    void hiddenKindsAndPredicatesAreNeitherCountedNorListed() throws Exception {
        ArchiveQuery everything = new ArchiveQuery(null, null, null, 10_000);
        long all = archive.entryCount(everything);
        List<TimelineEntry> entries = archive.timeline(everything).entries();
        long published = entries.stream().filter(e -> e.event().equals("published")).count();
        assertEquals(ALL.size(), published);
        org.annals.timeline.HiddenEntries hide = org.annals.timeline.HiddenEntries.parse("published, state");
        ArchiveQuery q = new ArchiveQuery(null, null, null, 10_000, 0, hide);
        List<TimelineEntry> kept = archive.timeline(q).entries();
        assertTrue(kept.stream().noneMatch(hide::hides), kept.toString());
        assertTrue(archive.entryCount(q) <= all - published, archive.entryCount(q) + " of " + all);
        assertTrue(kept.stream().allMatch(e -> e.kind() != null), "kinds are stored: " + kept);
        // by the base form: "attack" hides "attacked"
        ArchiveQuery noAttack = new ArchiveQuery(null, null, null, 10_000, 0,
                org.annals.timeline.HiddenEntries.parse("attack"));
        assertTrue(archive.timeline(noAttack).entries().stream().noneMatch(e -> e.event().startsWith("attack")),
                archive.timeline(noAttack).toString());
        assertTrue(archive.timeline(everything).entries().stream()
                .anyMatch(e -> e.event().startsWith("attack")));
    }

    /** An entity's entries: where it is an agent or patient, through a name or a pronoun; counted and paged so. */
    @Test
    void entriesAboutAnEntityThroughItsMentions() throws Exception {
        ArchiveQuery chinese = new ArchiveQuery(null, null, null, 10_000).about(
                org.annals.timeline.AboutEntity.of("Chinese troops"));
        List<TimelineEntry> entries = archive.timeline(chinese).entries();
        List<String> events = entries.stream().map(TimelineEntry::event).sorted().toList();
        // crossed (yalu.txt), attacked (the Chinese troops again), crossing (by Chinese troops, yalu-2.txt)
        assertTrue(events.containsAll(List.of("attacked", "crossed")), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.equals("landed") || e.equals("invaded")), events.toString());
        assertEquals(entries.size(), archive.entryCount(chinese));
        org.annals.timeline.AboutEntity un = org.annals.timeline.AboutEntity.of("United Nations forces");
        List<TimelineEntry> unEntries = archive.timeline(new ArchiveQuery(null, null, null, 100).about(un)).entries();
        // "The attack surprised the United Nations forces": the forces undergo it
        assertTrue(unEntries.stream().anyMatch(e -> e.event().equals("surprised")
                && un.match(e).role() == org.annals.event.Argument.Role.PATIENT), unEntries.toString());
        assertTrue(unEntries.stream().anyMatch(e -> e.event().equals("landed")
                && un.match(e).role() == org.annals.event.Argument.Role.AGENT), unEntries.toString());
        assertEquals(0, archive.entryCount(new ArchiveQuery(null, null, null, 10).about(
                org.annals.timeline.AboutEntity.of("Napoleon"))));
    }

    @Test
    void blankTextIsRefusedAndChangesNothing() throws Exception {
        long before = archive.documentCount();
        assertThrows(IllegalArgumentException.class, () -> archive.ingest(Document.of("empty.txt", " \n")));
        archive.commit();
        assertEquals(before, archive.documentCount());
    }

    /** A query the parser refuses is said in words: what is wrong, and how to search a sign as it is. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "(Yalu                 | a parenthesis '(' is not closed",
            "Yalu)                 | a closing parenthesis ')' has no opening one before it",
            "\"Yalu River          | a quote opens a phrase that no quote closes",
            "[1950 TO              | a range in brackets ([a TO b] or {a TO b}) is not complete",
            "Yalu AND              | it ends with an operator (AND, OR, NOT, +, -) that has nothing after it",
            "Yalu OR               | it ends with an operator (AND, OR, NOT, +, -) that has nothing after it",
            "title:                | a colon (as in title:Yalu) has no field before it or no words after it",
            "*alu                  | a word begins with a wildcard (* or ?), which is not allowed",
            "Yalu\\                | it ends with a backslash, which stands for the sign after it",
    })
    void badQuerySyntaxIsSaidInWords(String query, String problem) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> archive.search(ArchiveQuery.text(query)));
        assertEquals("The search '" + query + "' cannot be read: " + problem + ". " + QueryProblems.HINT,
                e.getMessage());
        assertTrue(!e.getMessage().contains("Encountered") && !e.getMessage().contains("column"), e.getMessage());
    }

    @Test
    void readOnlyOpenSeesTheCommitsAndRefusesToWrite(@TempDir Path dir) throws Exception {
        Path index = dir.resolve("ro");
        try (LuceneArchive writer = LuceneArchive.open(index, ANNALS, 0)) {
            writer.ingest(IRAQ);
            writer.commit();
            try (LuceneArchive reader = LuceneArchive.openReadOnly(index)) {
                assertEquals(1, reader.documentCount());
                assertThrows(IllegalStateException.class, () -> reader.ingest(YALU));
            }
        }
        Exception e = assertThrows(java.io.IOException.class, () -> LuceneArchive.openReadOnly(dir.resolve("none")));
        assertTrue(e.getMessage().startsWith("no archive at"), e.getMessage());
    }

    @Test
    void eachDocumentKeepsHowAndWhenItCameIn(@TempDir Path dir) throws Exception {
        Path index = dir.resolve("prov");
        java.time.Instant at = java.time.Instant.parse("2026-12-06T10:15:30.123Z");
        try (LuceneArchive a = LuceneArchive.open(index, ANNALS, 0)) {
            a.ingest(YALU, new Provenance(at, Provenance.Via.API, "203.0.113.9"));
            java.time.Instant before = java.time.Instant.now().minusSeconds(1);
            a.ingest(INCHON);
            assertFalse(a.ingest(YALU, Provenance.now(Provenance.Via.CLI, "someone")).added());
            a.commit();
            Provenance yalu = a.document(ContentId.of(YALU.text())).orElseThrow().provenance();
            assertEquals(new Provenance(at, Provenance.Via.API, "203.0.113.9"), yalu, "the first arrival is kept");
            Provenance inchon = a.document(ContentId.of(INCHON.text())).orElseThrow().provenance();
            assertEquals(Provenance.Via.LIBRARY, inchon.via(), "a program's own call");
            assertTrue(!inchon.at().isBefore(before) && !inchon.at().isAfter(java.time.Instant.now()), inchon.toString());
            assertEquals(null, inchon.client());
            SearchResult r = a.search(ArchiveQuery.text("Yalu"));
            Provenance hit = r.documents().get(0).provenance();
            assertEquals(at, hit.at());
            assertEquals(Provenance.Via.API, hit.via());
            assertEquals(null, hit.client(), "search hits do not show the client");
            java.io.StringWriter json = new java.io.StringWriter();
            new SearchResultJsonWriter(false).write(ArchiveQuery.text("Yalu"), r, json);
            assertTrue(json.toString().contains("\"ingestedAt\":\"2026-12-06T10:15:30.123Z\",\"ingestedVia\":\"api\""),
                    json.toString());
        }
        try (LuceneArchive a = LuceneArchive.openReadOnly(index)) {
            assertEquals(Provenance.Via.API, a.document(ContentId.of(YALU.text())).orElseThrow().provenance().via(),
                    "stored, not remembered");
        }
        assertEquals(Provenance.Via.SPARK, Provenance.Via.ofLabel("spark"));
        assertEquals(null, Provenance.Via.ofLabel("other"));
    }

    @Test
    void committedDocumentsSurviveAReopen(@TempDir Path dir) throws Exception {
        Path index = dir.resolve("re");
        try (LuceneArchive a = LuceneArchive.open(index, ANNALS, 0)) {
            a.ingest(YALU);
            a.ingest(INCHON);
        }
        try (LuceneArchive a = LuceneArchive.open(index, ANNALS, 0)) {
            assertEquals(2, a.documentCount());
            assertFalse(a.ingest(YALU).added());
            assertTrue(a.document(ContentId.of(INCHON.text())).isPresent());
        }
    }
}
