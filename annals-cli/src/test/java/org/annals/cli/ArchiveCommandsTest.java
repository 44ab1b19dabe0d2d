package org.annals.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code annals ingest}, {@code annals search} and {@code annals timeline --index} on a small folder. */
class ArchiveCommandsTest {

    @TempDir
    static Path dir;
    static Path index;
    static Run first;

    @BeforeAll
    static void ingestAFolder() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in/nested"));
        Files.writeString(dir.resolve("in/yalu.txt"), "Chinese troops cross the Yalu\n\nOn Oct. 25, 1950, Chinese"
                + " troops crossed the Yalu River into Korea. In November 1950 they attacked again.");
        Files.writeString(in.resolve("inchon.html"), "<html><head><title>Inchon</title>"
                + "<meta property=\"article:published_time\" content=\"2010-09-15T10:00:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home</a></nav><article><p>On Sept. 15, 1950, United Nations forces landed at"
                + " Inchon.</p></article></body></html>");
        Files.writeString(dir.resolve("in/feed.jsonl"), """
                {"id": "iraq", "text": "In March 2003, coalition troops invaded Iraq.", "date": "2003-05-01T09:00:00Z"}
                {"id": "broken", "text": 
                {"id": "seoul", "text": "On Sept. 28, 1950, United Nations troops retook Seoul.", "title": "Seoul"}
                """);
        Files.writeString(dir.resolve("in/notes.md"), "not ingested");
        // a corpus's notes are no documents (DocumentFiles): not ingested, not counted
        Files.writeString(dir.resolve("in/README.txt"), "This folder holds news about 1950, written in 2020.");
        Files.writeString(dir.resolve("in/nested/LICENSE.txt"), "Released on 1 May 2020 under CC BY 4.0.");
        Files.writeString(dir.resolve("in/.draft.txt"), "Hidden since 3 May 2021.");
        index = dir.resolve("index");
        first = Run.of("ingest", "--index", index.toString(), "--progress", "lines", dir.resolve("in").toString());
    }

    @Test
    void ingestStoresEveryGoodDocumentAndReportsTheBadLine() {
        assertEquals(1, first.code(), first.toString());
        assertTrue(first.out().contains("4 added, 0 already stored, 1 failed"), first.out());
        assertTrue(first.out().contains("the archive holds 4 documents"), first.out());
        assertTrue(first.err().contains("annals ingest: " + dir.resolve("in/feed.jsonl") + ":2: not JSON"),
                first.err());
    }

    @Test
    void reIngestingAddsNothing() {
        Run again = Run.of("ingest", "--index", index.toString(), dir.resolve("in/yalu.txt").toString(),
                dir.resolve("in/nested").toString());
        assertEquals(0, again.code(), again.toString());
        assertTrue(again.out().contains("0 added, 2 already stored, 0 failed"), again.out());
        assertTrue(again.out().contains("the archive holds 4 documents"), again.out());
    }

    @Test
    void searchByTextAndTimeRangeRanksHits() throws Exception {
        Run r = Run.of("search", "--index", index.toString(), "--format", "json", "--from", "1950-09",
                "--to", "1950-09", "United Nations");
        assertEquals(0, r.code(), r.toString());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("1950-09-01", json.get("query").get("from").asText());
        assertEquals("1950-09-30", json.get("query").get("to").asText());
        assertEquals(2, json.get("totalDocuments").asInt(), r.out());
        List<String> titles = new ArrayList<>();
        for (JsonNode d : json.get("documents")) {
            titles.add(d.get("title").asText());
            assertTrue(d.get("snippets").get(0).asText().contains("<mark>United</mark> <mark>Nations</mark>"),
                    d.toString());
            assertEquals("cli", d.get("ingestedVia").asText(), "how it came in: " + d);
            assertTrue(java.time.Instant.parse(d.get("ingestedAt").asText()).isBefore(java.time.Instant.now()));
        }
        assertEquals(List.of("Seoul", "Inchon"), titles, "the title match first");
        List<String> events = new ArrayList<>();
        for (JsonNode e : json.get("entries")) {
            events.add(e.get("entry").get("event").asText());
        }
        assertTrue(events.containsAll(List.of("retook", "landed")), r.out());
        assertEquals("1950-09", json.get("facets").get("months").get(0).get("value").asText(), r.out());

        Run text = Run.of("search", "--index", index.toString(), "--to", "1950", "troops");
        assertEquals(0, text.code(), text.toString());
        assertTrue(text.out().startsWith("2 documents, "), text.out());
        assertTrue(text.out().contains("[troops]"), text.out());
    }

    @Test
    void timelineFromTheArchive() throws Exception {
        Run r = Run.of("timeline", "--index", index.toString(), "--from", "1950", "--to", "1950", "--format", "json");
        assertEquals(0, r.code(), r.toString());
        JsonNode entries = new ObjectMapper().readTree(r.out()).get("entries");
        List<String> values = new ArrayList<>();
        for (JsonNode e : entries) {
            values.add(e.get("when").get("value").asText() + " " + e.get("event").asText());
        }
        assertTrue(values.indexOf("1950-09-15 landed") < values.indexOf("1950-09-28 retook"), values.toString());
        assertTrue(values.indexOf("1950-09-28 retook") < values.indexOf("1950-10-25 crossed"), values.toString());
        assertTrue(values.stream().noneMatch(v -> v.startsWith("2003")), values.toString());
        Run q = Run.of("timeline", "--index", index.toString(), "--query", "Seoul");
        assertTrue(q.out().contains("retook") && !q.out().contains("crossed"), q.out());
    }

    @Test
    void archiveTimelinesAndSearchesSayHowManyMatchAndPageThroughThem() throws Exception {
        Run all = Run.of("timeline", "--index", index.toString(), "--format", "json", "--from", "264 BC");
        JsonNode a = new ObjectMapper().readTree(all.out());
        long total = a.get("total").asLong();
        assertTrue(total >= 4, all.out());
        assertEquals(total, a.get("entries").size(), "one page holds them all here: " + all.out());
        assertTrue(all.err().isEmpty(), all.err());
        Run page = Run.of("timeline", "--index", index.toString(), "--limit", "2", "--offset", "2");
        assertEquals(0, page.code(), page.toString());
        assertTrue(page.out().startsWith("matching entries 3-4 of " + total + "\n"), page.out());
        assertTrue(page.err().contains("matching entries 3-4 of " + total + "; --offset and --limit show others"),
                page.err());
        Run lastPage = Run.of("timeline", "--index", index.toString(), "--format", "json", "--limit", "2", "--offset",
                String.valueOf(total - 1));
        assertEquals(1, new ObjectMapper().readTree(lastPage.out()).get("entries").size(), lastPage.out());
        Run search = Run.of("search", "--index", index.toString(), "--limit", "1", "1950");
        assertTrue(search.out().contains("Entries (1-1 of "), search.out());
        assertTrue(search.out().contains("--offset 1 for the next"), search.out());
        Run next = Run.of("search", "--index", index.toString(), "--limit", "1", "--offset", "1", "--format", "json",
                "1950");
        assertEquals(1, new ObjectMapper().readTree(next.out()).get("query").get("offset").asInt(), next.out());
        assertEquals(2, Run.of("search", "--index", index.toString(), "--offset", "-1").code());
        // a document without a title is called by its first line, never by its id
        Run yalu = Run.of("search", "--index", index.toString(), "--format", "json", "Yalu");
        JsonNode hit = new ObjectMapper().readTree(yalu.out()).get("documents").get(0);
        assertEquals("Chinese troops cross the Yalu", hit.get("name").asText(), yalu.out());
        assertTrue(Run.of("search", "--index", index.toString(), "Yalu").out().contains("1. Chinese troops cross the Yalu"));
    }

    @Test
    void usageErrorsAndMissingArchive() {
        assertEquals(2, Run.of("search", "--index", index.toString(), "--from", "1950-13", "x").code());
        assertEquals(2, Run.of("search", "--index", index.toString(), "--from", "1951", "--to", "1950", "x").code());
        Run syntax = Run.of("search", "--index", index.toString(), "(troops");
        assertEquals(2, syntax.code(), syntax.toString());
        assertTrue(syntax.err().contains("The search '(troops' cannot be read: a parenthesis '(' is not closed."),
                syntax.err());
        assertEquals(2, Run.of("timeline", "--query", "x", dir.resolve("in/yalu.txt").toString()).code());
        assertEquals(2, Run.of("timeline", "--index", index.toString(), dir.resolve("in/yalu.txt").toString())
                .code());
        Run missing = Run.of("search", "--index", dir.resolve("none").toString(), "x");
        assertEquals(1, missing.code(), missing.toString());
        assertTrue(missing.err().contains("no archive at"), missing.err());
        Run noInput = Run.of("ingest", "--index", dir.resolve("other").toString(), dir.resolve("nope").toString());
        assertEquals(1, noInput.code(), noInput.toString());
        assertTrue(noInput.err().contains("no such file or folder"), noInput.err());
    }

    /**
     * End to end: an archive holding the seed article and 2023 news with reported speech; {@code search --from 1600
     * --to 1650} returns no 2023 entry, {@code --from 1950-10 --to 1950-12} the seed's autumn 1950 and nothing of 2023.
     */
    @Test
    void dateRangesMatchOnEvidence(@TempDir Path own) throws Exception {
        String root = System.getenv("ANNALS_ROOT");
        Path seed = (root != null ? Path.of(root) : Path.of("..")).resolve("../shared/seed/korea-1950.txt").normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(seed), "skipped: no seed article " + seed);
        Path news = own.resolve("council.tml");
        Files.writeString(news, "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2023-03-14\""
                + " functionInDocument=\"CREATION_TIME\">March 14, 2023</TIMEX3></DCT><TEXT>The council approved the"
                + " budget, the mayor said. Critics said the plan came too late.</TEXT></TimeML>");
        Path idx = own.resolve("index");
        Run ingest = Run.of("ingest", "--index", idx.toString(), "--progress", "none", seed.toString(),
                news.toString());
        assertEquals(0, ingest.code(), ingest.toString());
        Run early = Run.of("search", "--index", idx.toString(), "--format", "json", "--from", "1600", "--to", "1650");
        assertEquals(0, early.code(), early.toString());
        JsonNode e = new ObjectMapper().readTree(early.out());
        assertEquals(0, e.get("totalEntries").asInt(), early.out());
        Run autumn = Run.of("search", "--index", idx.toString(), "--format", "json", "--limit", "1000", "--from",
                "1950-10", "--to", "1950-12");
        JsonNode a = new ObjectMapper().readTree(autumn.out());
        assertTrue(a.get("totalEntries").asInt() >= 5, autumn.out());
        for (JsonNode hit : a.get("entries")) {
            String doc = hit.get("entry").get("sources").get(0).get("document").asText();
            assertTrue(doc.endsWith("korea-1950.txt"), doc + " in autumn 1950");
        }
        Run spring2023 = Run.of("search", "--index", idx.toString(), "--format", "json", "--from", "2023-03",
                "--to", "2023-03", "said");
        assertTrue(new ObjectMapper().readTree(spring2023.out()).get("totalEntries").asInt() >= 1, spring2023.out());
    }

    @Test
    void ingestReadsPlainTextInTheEncodingGiven(@TempDir Path own) throws Exception {
        String polish = "W dniu 3 maja 1950 roku w Gda\u0144sku otwarto muzeum \u017ceglugi.\n";
        Path pl = own.resolve("pl.txt");
        Files.write(pl, polish.getBytes(java.nio.charset.Charset.forName("ISO-8859-2")));
        Path idx = own.resolve("index");
        Run ingest = Run.of("ingest", "--index", idx.toString(), "--progress", "none", "--encoding", "ISO-8859-2",
                pl.toString());
        assertEquals(0, ingest.code(), ingest.toString());
        Run found = Run.of("search", "--index", idx.toString(), "--format", "json", "Gda\u0144sku");
        assertEquals(1, new ObjectMapper().readTree(found.out()).get("totalDocuments").asInt(), found.out());
        assertEquals(2, Run.of("ingest", "--index", idx.toString(), "--encoding", "nope", pl.toString()).code());
    }

    @Test
    void ingestIntoAnArchiveAnotherProgramWritesSaysWhatToDo(@TempDir Path own) throws Exception {
        Path idx = own.resolve("index");
        Path doc = own.resolve("a.txt");
        Files.writeString(doc, "On 3 May 2021 the museum reopened.");
        try (org.annals.archive.LuceneArchive writing = org.annals.archive.LuceneArchive.open(idx,
                org.annals.api.Annals.create())) {
            Run r = Run.of("ingest", "--index", idx.toString(), "--progress", "none", doc.toString());
            assertEquals(1, r.code(), r.toString());
            assertTrue(r.err().contains("is open for writing by another program"), r.err());
            assertTrue(r.err().contains("POST /api/documents"), r.err());
            assertTrue(!r.err().contains("Lock held") && !r.err().contains("Exception"), r.err());
            // searching it works meanwhile
            assertEquals(0, Run.of("search", "--index", idx.toString(), "museum").code());
        }
    }
}
