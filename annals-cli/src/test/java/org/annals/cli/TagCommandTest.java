package org.annals.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TagCommandTest {

    private static final String ARTICLE = "Washington, March 3, 1999 (AP) - The talks begin on Monday.\n";
    private static final String MALFORMED_TML = "<TimeML><DOCID>broken</DOCID><TEXT>On <TIMEX3 tid=\"t1\">May 5";

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void plainFileGivesJsonWithTimexesAndDct() throws Exception {
        Path a = file("a.txt", ARTICLE);
        Run r = Run.of("tag", a.toString());
        assertEquals(0, r.code(), r.toString());
        JsonNode doc = json.readTree(r.out()).get("documents").get(0);
        assertEquals(a.toString(), doc.get("source").asText());
        assertTrue(doc.get("timexes").isArray(), r.out());
        assertTrue(doc.get("dct").get("value").asText().matches("\\d{4}-\\d\\d-\\d\\d"), r.out());
        assertTrue(doc.get("genre").asText().matches("news|narrative"), r.out());
    }

    @Test
    void dctOptionOverridesTheDocumentDate() throws Exception {
        Path a = file("a.txt", ARTICLE);
        Run r = Run.of("tag", "--dct", "2020-11-02", a.toString());
        assertEquals(0, r.code(), r.toString());
        JsonNode dct = json.readTree(r.out()).get("documents").get(0).get("dct");
        assertEquals("2020-11-02", dct.get("value").asText());
        assertEquals("argument", dct.get("from").asText());
    }

    @Test
    void aFileWithNoDateHasNoneUnlessTodayIsAskedFor() throws Exception {
        Path a = file("a.txt", "The talks began yesterday.\n");
        Run r = Run.of("tag", a.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("\"value\" : null") && r.out().contains("\"from\" : \"none\""), r.out());
        assertTrue(r.out().contains("\"XXXX-XX-XX\""), r.out());
        Run today = Run.of("tag", "--dct", "today", a.toString());
        assertEquals(0, today.code(), today.toString());
        assertTrue(today.out().contains("\"from\" : \"today\"")
                && today.out().contains(java.time.LocalDate.now().minusDays(1).toString()), today.out());
        Run bad = Run.of("tag", "--dct", "yesterday", a.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("nor 'today'"), bad.err());
    }

    @Test
    void severalFilesGoInOneJsonObject() throws Exception {
        Run r = Run.of("tag", file("a.txt", ARTICLE).toString(), file("b.txt", "Nothing.").toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals(2, json.readTree(r.out()).get("documents").size());
    }

    @Test
    void stdinIsReadAsPlainText() throws Exception {
        Run r = Run.withStdin(ARTICLE, "tag", "--dct", "1999-03-03", "-");
        assertEquals(0, r.code(), r.toString());
        JsonNode doc = json.readTree(r.out()).get("documents").get(0);
        assertEquals("stdin", doc.get("source").asText());
        assertTrue(doc.get("timexes").isArray());
    }

    @Test
    void outDirGetsOneFilePerInputWithTheRightNames() throws Exception {
        Path a = file("a.txt", ARTICLE);
        Path b = file("notes", "Nothing.");
        Path out = dir.resolve("out/json");
        Run r = Run.of("tag", "--out", out.toString(), a.toString(), b.toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals("", r.out(), "nothing on stdout with --out");
        assertEquals(1, json.readTree(out.resolve("a.json").toFile()).get("documents").size());
        assertTrue(Files.exists(out.resolve("notes.json")));

        Path tml = dir.resolve("out/tml");
        assertEquals(0, Run.of("tag", "--format", "timeml", "--out", tml.toString(), a.toString()).code());
        String timeml = Files.readString(tml.resolve("a.tml"));
        assertTrue(timeml.startsWith("<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>a</DOCID>"), timeml);
        assertTrue(timeml.contains("<TEXT>"), timeml);

        Path txt = dir.resolve("out/txt");
        assertEquals(0, Run.of("tag", "--format", "TEXT", "--out", txt.toString(), a.toString()).code());
        assertTrue(Files.readString(txt.resolve("a.timexes.txt")).startsWith("== " + a));
        try (Stream<Path> s = Files.list(txt)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void malformedInputIsReportedAndTheOthersStillProcessed() throws Exception {
        Path good = file("good.txt", ARTICLE);
        Path bad = file("bad.tml", MALFORMED_TML);
        Path good2 = file("good2.txt", "Nothing.");
        Run r = Run.of("tag", good.toString(), bad.toString(), good2.toString());
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("bad.tml"), "the error names the file: " + r.err());
        JsonNode docs = json.readTree(r.out()).get("documents");
        assertEquals(2, docs.size(), r.out());
        assertEquals(good.toString(), docs.get(0).get("source").asText());
        assertEquals(good2.toString(), docs.get(1).get("source").asText());

        Path out = dir.resolve("out");
        Run r2 = Run.of("tag", "--out", out.toString(), good.toString(), bad.toString());
        assertEquals(1, r2.code(), r2.toString());
        assertTrue(Files.exists(out.resolve("good.json")));
        assertFalse(Files.exists(out.resolve("bad.json")));
    }

    @Test
    void missingFileIsAnErrorNamingIt() throws Exception {
        Run r = Run.of("tag", dir.resolve("nope.txt").toString(), file("a.txt", ARTICLE).toString());
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("nope.txt"), r.err());
        assertEquals(1, json.readTree(r.out()).get("documents").size());
    }

    @Test
    void twoInputsWithTheSameNameDoNotOverwriteEachOther() throws Exception {
        Files.createDirectories(dir.resolve("x"));
        Files.createDirectories(dir.resolve("y"));
        Path a = file("x/a.txt", ARTICLE);
        Path b = file("y/a.txt", "Nothing.");
        Run r = Run.of("tag", "--out", dir.resolve("out").toString(), a.toString(), b.toString());
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("already holds the output of " + a), r.err());
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        Path a = file("a.txt", ARTICLE);
        Run unknown = Run.of("tag", "--bogus", a.toString());
        assertEquals(2, unknown.code(), unknown.toString());
        assertTrue(unknown.err().contains("--bogus"), unknown.err());

        Run badDct = Run.of("tag", "--dct", "2020-02-30", a.toString());
        assertEquals(2, badDct.code(), badDct.toString());
        assertTrue(badDct.err().contains("YYYY-MM-DD"), badDct.err());

        Run badGenre = Run.of("tag", "--genre", "poetry", a.toString());
        assertEquals(2, badGenre.code(), badGenre.toString());
        assertTrue(badGenre.err().contains("auto, news or narrative"), badGenre.err());

        assertEquals(2, Run.of("tag", "--format", "csv", a.toString()).code());
        assertEquals(2, Run.of("tag").code(), "no file");
        assertEquals(2, Run.of().code(), "no command");
        assertEquals(2, Run.of("frobnicate").code(), "unknown command");
    }

    @Test
    void outNames() {
        assertEquals("x.tml", OutputNames.of("dir/x.tml", OutputFormat.TIMEML));
        assertEquals("x.json", OutputNames.of("dir/x.sgm", OutputFormat.JSON));
        assertEquals("x.json", OutputNames.of("x.txt", OutputFormat.JSON));
        assertEquals("x.timexes.txt", OutputNames.of("x.txt", OutputFormat.TEXT));
        assertEquals("ABC19980108.1830.0711.json", OutputNames.of("/c/ABC19980108.1830.0711.tml", OutputFormat.JSON));
        assertEquals("notes.md.json", OutputNames.of("notes.md", OutputFormat.JSON));
        assertEquals("stdin.tml", OutputNames.of("-", OutputFormat.TIMEML));
    }
}
