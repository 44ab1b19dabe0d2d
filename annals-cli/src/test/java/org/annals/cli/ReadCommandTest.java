package org.annals.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadCommandTest {

    private static final String PAGE = """
            <!DOCTYPE html><html lang="en"><head><title>Yalu | The Daily</title>
            <link rel="canonical" href="https://example.org/yalu">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-10-25T08:30:00+02:00"}</script>
            </head><body><nav><a href="/">Home</a></nav><article><h1>Chinese troops cross the Yalu</h1>
            <p>On Oct. 25, 1950, the Chinese army crossed the Yalu River into Korea, and the war changed.</p>
            </article><footer>Copyright 2020</footer></body></html>""";

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    private Path file(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    @Test
    void aPageGivesItsTextTitleUrlLanguageCharsetAndDateWithItsSource() throws Exception {
        Path page = file("yalu.html", PAGE.getBytes(StandardCharsets.UTF_8));
        Run r = Run.of("read", page.toString());
        assertEquals(0, r.code(), r.toString());
        JsonNode d = json.readTree(r.out()).get("documents").get(0);
        assertEquals(List.of("source", "title", "url", "language", "charset", "dct", "text"),
                iterable(d.fieldNames()));
        assertEquals(page.toString(), d.get("source").asText());
        assertEquals("Chinese troops cross the Yalu", d.get("title").asText());
        assertEquals("https://example.org/yalu", d.get("url").asText());
        assertEquals("en", d.get("language").asText());
        assertEquals("UTF-8", d.get("charset").asText());
        assertEquals("2020-10-25", d.get("dct").get("value").asText());
        assertEquals("json-ld", d.get("dct").get("from").asText());
        assertEquals("Chinese troops cross the Yalu\n\nOn Oct. 25, 1950, the Chinese army crossed the Yalu River into"
                + " Korea, and the war changed.\n", d.get("text").asText());
        // the text is the one tag analyses: its offsets point into it
        Run tag = Run.of("tag", page.toString());
        JsonNode timex = json.readTree(tag.out()).get("documents").get(0).get("timexes").get(0);
        assertEquals("Oct. 25, 1950", d.get("text").asText().substring(timex.get("begin").asInt(),
                timex.get("end").asInt()));
    }

    @Test
    void plainTextInALegacyCharsetWithItsBylineAndNoDateMadeUp() throws Exception {
        Path latin = file("a.txt", ("Paris, 3 mars 1999 (AFP) - Le caf\u00e9 a ouvert ses portes, et les clients sont"
                + " venus nombreux malgr\u00e9 la pluie.\n").getBytes(StandardCharsets.ISO_8859_1));
        Path none = file("b.txt", "Nothing here says when.\n".getBytes(StandardCharsets.UTF_8));
        Run r = Run.of("read", latin.toString(), none.toString());
        assertEquals(0, r.code(), r.toString());
        JsonNode docs = json.readTree(r.out()).get("documents");
        assertEquals("windows-1252", docs.get(0).get("charset").asText());
        assertTrue(docs.get(0).get("text").asText().contains("Le caf\u00e9"), r.out());
        assertEquals("fr", docs.get(0).get("language").asText());
        assertTrue(docs.get(1).get("dct").get("value").isNull(), r.out());
        assertEquals("none", docs.get(1).get("dct").get("from").asText());
        assertTrue(docs.get(1).get("language").isNull(), "too short to tell: " + r.out());
        assertTrue(docs.get(1).get("title").isNull(), r.out());
    }

    @Test
    void standardInputThatStartsAsAPageIsReadAsOneAndTextFormatIsForPeople() {
        Run r = Run.withStdin(PAGE, "read", "--format", "text", "-");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("== stdin\ntitle:    Chinese troops cross the Yalu\nurl:      https://example.org/yalu\n"
                + "language: en\ncharset:  UTF-8\ndct:      2020-10-25 (json-ld)\n\nChinese troops cross the Yalu\n"), r.out());
        Run dct = Run.withStdin(PAGE, "read", "--dct", "2021-01-02", "-");
        assertTrue(dct.out().contains("\"from\" : \"argument\""), dct.out());
    }

    @Test
    void aFileThatCannotBeReadIsNamedAndTheOthersAreStillRead() throws Exception {
        Path ok = file("ok.txt", "On 3 March 1999 it rained.\n".getBytes(StandardCharsets.UTF_8));
        Run r = Run.of("read", dir.resolve("missing.html").toString(), ok.toString());
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("annals read: " + dir.resolve("missing.html") + ": no such file"), r.err());
        assertEquals(1, json.readTree(r.out()).get("documents").size(), r.out());
        assertEquals(2, Run.of("read", "--format", "xml", ok.toString()).code());
    }

    @Test
    void encodingSaysWhatCharsetPlainTextIsIn() throws Exception {
        // Polish in ISO-8859-2: its bytes read as Windows-1252 give the wrong letters, --encoding the right ones
        String polish = "Wojna w Korei zacz\u0119\u0142a si\u0119 w czerwcu 1950 roku. \u017b\u00f3\u0142w.";
        Path f = file("pl.txt", polish.getBytes(java.nio.charset.Charset.forName("ISO-8859-2")));
        JsonNode guessed = json.readTree(Run.of("read", f.toString()).out()).get("documents").get(0);
        assertTrue(!guessed.get("text").asText().equals(polish), guessed.toString());
        Run r = Run.of("read", "--encoding", "ISO-8859-2", f.toString());
        assertEquals(0, r.code(), r.toString());
        JsonNode d = json.readTree(r.out()).get("documents").get(0);
        assertEquals(polish, d.get("text").asText());
        assertEquals("ISO-8859-2", d.get("charset").asText());
        // the same for tag and standard input; bytes the charset cannot decode are named; a charset nobody knows is a
        // usage error
        assertEquals(0, Run.of("tag", "--encoding", "ISO-8859-2", f.toString()).code());
        Run utf16 = Run.of("read", "--encoding", "US-ASCII", f.toString());
        assertEquals(1, utf16.code(), utf16.toString());
        assertTrue(utf16.err().contains("US-ASCII input at byte offset"), utf16.err());
        Run unknown = Run.of("tag", "--encoding", "klingon-8", f.toString());
        assertEquals(2, unknown.code(), unknown.toString());
        assertTrue(unknown.err().contains("'klingon-8' is not a charset"), unknown.err());
    }

    @Test
    void tagSaysWhenADocumentIsNotInEnglish() throws Exception {
        Path page = file("de.html", ("<html><body><article><p>Der Krieg in Korea begann im Juni 1950, als Truppen aus"
                + " dem Norden die Grenze \u00fcberschritten und nach S\u00fcden zogen.</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        JsonNode d = json.readTree(Run.of("tag", page.toString()).out()).get("documents").get(0);
        assertEquals("de", d.get("language").asText());
        assertTrue(d.get("warnings").get(0).asText().contains("English only"), d.toString());
        assertTrue(Run.of("tag", "--format", "text", page.toString()).out().contains("English only"));
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
