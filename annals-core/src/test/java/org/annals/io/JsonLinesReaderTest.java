package org.annals.io;

import org.annals.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonLinesReaderTest {

    private static final String FILE = """
            {"id": "a1", "text": "Troops crossed on Oct. 25, 1950.", "title": "Crossing", "date": "1950-10-26T06:00:00Z", "url": "https://x.org/a1"}

            {"id": 7, "text": "No date here."}
            not json
            {"id": "b", "title": "no text"}
            {"id": "c", "text": "bad date", "date": "last Tuesday"}
            [1, 2]
            {"id": "d", "text": "The last one, without a line end.", "date": null}""";

    @Test
    void theJsonParsersMessagesLoseTheirInternals() {
        assertEquals("Unexpected end-of-input: expected close marker for Object",
                JsonLinesReader.inWords("Unexpected end-of-input: expected close marker for Object (start marker at"
                        + " [Source: (String)\"{\\\"id\\\": 1\"; line: 1, column: 1])"));
        assertEquals("Cannot construct instance of a value", JsonLinesReader.inWords(
                "Cannot construct instance of `com.fasterxml.jackson.databind.node.ObjectNode`".replace("`", "")));
        assertEquals("malformed", JsonLinesReader.inWords(null));
        assertTrue(JsonLinesReader.inWords("x".repeat(500)).length() <= 163);
    }

    @Test
    void eachRecordIsADocumentOrAnErrorNamingItsLine() {
        List<ReadResult> r = JsonLinesReader.read("in.jsonl", FILE.getBytes(StandardCharsets.UTF_8), 1 << 20);
        assertEquals(7, r.size());
        Document a = r.get(0).document();
        assertEquals("a1", a.source());
        assertEquals("Troops crossed on Oct. 25, 1950.", a.text());
        assertEquals("Crossing", a.title());
        assertEquals("https://x.org/a1", a.url());
        assertEquals("1950-10-26", a.date().value().toString());
        assertEquals("7", r.get(1).document().source());
        assertNull(r.get(1).document().date());
        String broken = r.get(2).error().getMessage();
        assertTrue(broken.matches("in\\.jsonl:4: not JSON at column \\d+: .+"), broken);
        assertFalse(broken.contains("Source") || broken.contains("com.fasterxml") || broken.contains("\n"), broken);
        assertEquals("in.jsonl:5: no \"text\" string", r.get(3).error().getMessage());
        assertEquals("in.jsonl:6: \"date\" is not an ISO date (YYYY-MM-DD, or a date-time): last Tuesday",
                r.get(4).error().getMessage());
        assertEquals("in.jsonl:7: not a JSON object", r.get(5).error().getMessage());
        assertEquals("d", r.get(6).document().source());
        assertNull(r.get(6).document().date());
    }

    @Test
    void longLinesAndBadUtf8AreRecordErrors() {
        byte[] bytes = ("{\"id\":\"x\",\"text\":\"" + "a".repeat(100) + "\"}\n{\"id\":\"y\",\"text\":\"\u00e9\"}\n")
                .getBytes(StandardCharsets.UTF_8);
        List<ReadResult> r = JsonLinesReader.read("big.jsonl", bytes, 50);
        assertEquals("big.jsonl:1: line too long (120 bytes; the limit is 50)", r.get(0).error().getMessage());
        assertEquals("\u00e9", r.get(1).document().text());
        byte[] bad = {'{', '"', 'i', (byte) 0xFF, '\n'};
        assertEquals("bad.jsonl:1: malformed UTF-8 input at byte offset 3",
                JsonLinesReader.read("bad.jsonl", bad, 100).get(0).error().getMessage());
    }

    @Test
    void readersReadAllByExtension(@TempDir Path dir) throws Exception {
        Path jsonl = Files.writeString(dir.resolve("many.jsonl"), FILE);
        try (Stream<ReadResult> s = Readers.readAll(jsonl)) {
            assertEquals(3, s.filter(ReadResult::ok).count());
        }
        Path txt = Files.writeString(dir.resolve("one.txt"), "plain");
        try (Stream<ReadResult> s = Readers.readAll(txt)) {
            assertEquals(List.of("plain"), s.map(x -> x.document().text()).toList());
        }
        try (Stream<ReadResult> s = Readers.readAll(dir.resolve("none.jsonl"))) {
            assertEquals(dir.resolve("none.jsonl") + ": no such file", s.toList().get(0).error().getMessage());
        }
        ReadException e = assertThrows(ReadException.class, () -> Readers.read(jsonl));
        assertTrue(e.getMessage().contains("Readers.readAll"), e.getMessage());
        Path html = Files.writeString(dir.resolve("p.html"), "<p>Hello</p>");
        assertEquals("Hello\n", Readers.read(html).text());
    }
}
