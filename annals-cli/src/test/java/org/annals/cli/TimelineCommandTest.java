package org.annals.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void oneMergedTimelineOverADirectory() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "On May 8, 1945, Soviet troops crossed the Elbe River.");
        Files.writeString(in.resolve("b.txt"), "The crossing of the Elbe River by Soviet troops on May 8, 1945 was"
                + " celebrated. In 1944 the war ended.");
        Files.writeString(in.resolve("notes.md"), "ignored");
        Run r = Run.of("timeline", "--dct", "2020-01-01", "--format", "json", in.toString());
        assertEquals(0, r.code(), r.toString());
        JsonNode entries = new ObjectMapper().readTree(r.out()).get("entries");
        assertEquals("1944", entries.get(0).get("when").get("value").asText());
        JsonNode crossed = null;
        for (JsonNode e : entries) {
            if (e.get("event").asText().equals("crossed")) {
                crossed = e;
            }
        }
        assertTrue(crossed != null, r.out());
        assertEquals("1945-05-08", crossed.get("when").get("value").asText());
        assertEquals("crossed", crossed.get("event").asText());
        assertEquals(2, crossed.get("sources").size(), r.out());
    }

    @Test
    void aboutKeepsTheEntitysEventsAndSaysWhichMentionNamesIt() throws Exception {
        Path a = write("jobs.txt", "Steve Jobs founded Apple in 1976. In 1985 Jobs left the company. He returned"
                + " in 1997. Bill Gates founded Microsoft in 1975.");
        Run r = Run.of("timeline", "--dct", "2011-10-06", "--format", "json", "--about", "Steve Jobs", a.toString());
        assertEquals(0, r.code(), r.toString());
        com.fasterxml.jackson.databind.JsonNode entries = new ObjectMapper().readTree(r.out()).get("entries");
        java.util.List<String> events = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode e : entries) {
            events.add(e.get("when").get("value").asText() + " " + e.get("event").asText() + " "
                    + e.get("about").get("mention").get("text").asText());
            assertEquals("Steve Jobs", e.get("about").get("entity").asText());
            assertEquals("agent", e.get("about").get("role").asText(), e.toString());
        }
        // "He" stands for Steve Jobs; Bill Gates's founding is not his
        assertEquals(java.util.List.of("1976 founded Steve Jobs", "1985 left Jobs", "1997 returned He"), events);
        Run table = Run.of("timeline", "--dct", "2011-10-06", "--about", "steve jobs", a.toString());
        assertFalse(table.out().contains("Microsoft") || table.out().contains("published"), table.out());
        assertEquals(2, Run.of("timeline", "--about", "  ", a.toString()).code());
        assertEquals(2, Run.of("timeline", "--about", "Jobs", "--format", "timeml", a.toString()).code());
        // the archive: the same entries, found by the names the agents and patients answer to
        Path index = dir.resolve("about-index");
        assertEquals(0, Run.of("ingest", "--index", index.toString(), a.toString()).code());
        Run archived = Run.of("timeline", "--index", index.toString(), "--format", "json", "--about", "Steve Jobs");
        assertEquals(0, archived.code(), archived.toString());
        java.util.List<String> fromArchive = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode e : new ObjectMapper().readTree(archived.out()).get("entries")) {
            fromArchive.add(e.get("when").get("value").asText() + " " + e.get("event").asText() + " "
                    + e.get("about").get("mention").get("text").asText() + " " + e.get("about").get("role").asText());
        }
        assertEquals(java.util.List.of("1976 founded Steve Jobs agent", "1985 left Jobs agent",
                "1997 returned He agent"), fromArchive);
        Run gates = Run.of("timeline", "--index", index.toString(), "--about", "Gates");
        assertTrue(gates.out().contains("founded") && !gates.out().contains("returned"), gates.out());
    }

    @Test
    void entitiesListsWhoAndWhatMostNamedFirst() throws Exception {
        Path a = write("e1.txt", "Steve Jobs founded Apple in 1976. In 1985 Jobs left the company.");
        Path b = write("e2.txt", "Jobs returned to Apple in 1997. Bill Gates praised him in 2007.");
        Run text = Run.of("entities", "--dct", "2011-10-06", a.toString(), b.toString());
        assertEquals(0, text.code(), text.toString());
        String[] lines = text.out().split("\n");
        assertTrue(lines[0].startsWith("mentions"), text.out());
        assertTrue(lines[1].matches("3 +2 +[a-z]+ +Steve Jobs \\(Jobs\\)"), text.out());
        Run json = Run.of("entities", "--format", "json", "--dct", "2011-10-06", a.toString(), b.toString());
        com.fasterxml.jackson.databind.JsonNode first = new ObjectMapper().readTree(json.out()).get("entities").get(0);
        assertEquals("Steve Jobs", first.get("name").asText(), json.out());
        assertEquals(3, first.get("mentions").asInt());
        assertEquals("[\"Steve Jobs\",\"Jobs\"]", first.get("names").toString());
        assertEquals(2, Run.of("entities").code());
        // the same from an archive of the two
        Path index = dir.resolve("entities-index");
        assertEquals(0, Run.of("ingest", "--index", index.toString(), a.toString(), b.toString()).code());
        Run archived = Run.of("entities", "--index", index.toString());
        assertEquals(0, archived.code(), archived.toString());
        assertTrue(archived.out().split("\n")[1].matches("3 +2 +[a-z]+ +Steve Jobs \\(Jobs\\)"), archived.out());
        assertEquals(2, Run.of("entities", "--index", index.toString(), a.toString()).code());
    }

    @Test
    void hideLeavesOutKindsAndPredicates() throws Exception {
        Path a = write("said.txt", "On 3 May 2021 the museum reopened, the director said. Visitors said they waited"
                + " for years. In 1934 a storm destroyed the pier.");
        Run all = Run.of("timeline", "--dct", "2021-05-04", "--format", "csv", a.toString());
        assertTrue(all.out().contains(",reporting,") && all.out().contains(",published,"), all.out());
        Run some = Run.of("timeline", "--dct", "2021-05-04", "--format", "csv", "--hide", "reporting,published",
                a.toString());
        assertEquals(0, some.code(), some.toString());
        assertFalse(some.out().contains(",reporting,") || some.out().contains(",published,"), some.out());
        assertTrue(some.out().contains(",destroyed,") && some.out().contains(",reopened,"), some.out());
        Run bad = Run.of("timeline", "--hide", "x,".repeat(101), a.toString());
        assertEquals(2, bad.code(), bad.toString());
        assertTrue(bad.err().contains("--hide: at most 100"), bad.err());
    }

    @Test
    void textCsvTimelineJsAndTimeML() throws Exception {
        Path a = write("a.txt", "In June 1944 the Allies landed in Normandy. The Germans had fortified the coast.");
        Run text = Run.of("timeline", "--dct", "2020-01-01", a.toString());
        assertEquals(0, text.code(), text.toString());
        assertTrue(text.out().startsWith("when"), text.out());
        assertTrue(text.out().contains("June 1944 "), text.out());
        Run csv = Run.of("timeline", "--dct", "2020-01-01", "--format", "csv", a.toString());
        assertTrue(csv.out().startsWith("when,value,mod,start,end,"), csv.out());
        Run js = Run.of("timeline", "--dct", "2020-01-01", "--format", "timelinejs", a.toString());
        com.fasterxml.jackson.databind.JsonNode tjs = new ObjectMapper().readTree(js.out());
        assertTrue(tjs.get("events").size() >= 2, js.out());
        // a title slide: the document's name, and how many events from when to when
        assertEquals("a.txt", tjs.get("title").get("text").get("headline").asText(), js.out());
        assertTrue(tjs.get("title").get("text").get("text").asText().matches("\\d+ events, from June 1944 to .+"),
                js.out());
        assertEquals("June 1944", tjs.get("events").get(0).get("display_date").asText(), js.out());
        // a span of days is drawn as one
        Path span = write("span.txt", "From May 3 to May 9, 1945, the fighting went on.");
        com.fasterxml.jackson.databind.JsonNode spans = new ObjectMapper().readTree(
                Run.of("timeline", "--dct", "2020-01-01", "--format", "timelinejs", span.toString()).out());
        boolean drawnAsSpan = false;
        for (com.fasterxml.jackson.databind.JsonNode e : spans.get("events")) {
            drawnAsSpan |= e.has("end_date") && e.get("end_date").get("day").asText().equals("9");
        }
        assertTrue(drawnAsSpan, spans.toString());
        Path out = dir.resolve("out");
        Run tml = Run.of("timeline", "--format", "timeml", "--out", out.toString(), a.toString());
        assertEquals(0, tml.code(), tml.toString());
        String doc = Files.readString(out.resolve("a.tml"));
        assertTrue(doc.contains("<EVENT eid=\"e1\" class=\"OCCURRENCE\">landed</EVENT>"), doc);
        assertTrue(doc.contains("<TLINK "), doc);
        Run outText = Run.of("timeline", "--dct", "2020-01-01", "--out", out.toString(), a.toString());
        assertEquals(0, outText.code());
        assertTrue(Files.readString(out.resolve("timeline.txt")).startsWith("when"));
    }

    @Test
    void exitCodes() throws Exception {
        Path a = write("a.txt", "In 1944 the Allies landed.");
        Run missing = Run.of("timeline", a.toString(), dir.resolve("nope.txt").toString());
        assertEquals(1, missing.code(), missing.toString());
        assertTrue(missing.err().contains("nope.txt"), missing.err());
        assertTrue(missing.out().contains("landed"), missing.out());
        assertEquals(2, Run.of("timeline", "--format", "pdf", a.toString()).code());
        assertEquals(2, Run.of("timeline", "--dct", "yesterday", a.toString()).code());
        assertEquals(2, Run.of("timeline").code());
    }
}
