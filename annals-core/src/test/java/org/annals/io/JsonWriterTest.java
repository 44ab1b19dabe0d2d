package org.annals.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.annals.model.TaggedDocument;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonWriterTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void writesTheContractShape() throws Exception {
        TaggedDocument d = Samples.rich();
        JsonNode root = mapper.readTree(JsonWriter.compact().toJson(List.of(d)));
        JsonNode doc = root.get("documents").get(0);
        assertEquals("some/dir/rich.txt", doc.get("source").asText());
        assertEquals("2020-11-02", doc.get("dct").get("value").asText());
        assertEquals("byline", doc.get("dct").get("from").asText());
        assertEquals("news", doc.get("genre").asText());
        JsonNode ts = doc.get("timexes");
        assertEquals(5, ts.size());

        JsonNode first = ts.get(0);
        assertEquals("t1", first.get("tid").asText());
        assertEquals("1950", first.get("text").asText());
        assertEquals(0, first.get("begin").asInt());
        assertEquals(4, first.get("end").asInt());
        assertEquals("DATE", first.get("type").asText());
        assertEquals("1950", first.get("value").asText());
        assertTrue(first.has("mod") && first.get("mod").isNull(), "mod is present and null");

        assertEquals("APPROX", ts.get(2).get("mod").asText());
        assertEquals("P2Y", ts.get(2).get("value").asText());
        assertEquals("EVERY", ts.get(3).get("quant").asText());
        assertEquals("1X", ts.get(3).get("freq").asText());
        assertEquals("t0", ts.get(4).get("anchorTid").asText());
        assertEquals("2020-11-02", ts.get(4).get("value").asText());
    }

    @Test
    void offsetsPointIntoTheText() throws Exception {
        TaggedDocument d = Samples.rich();
        JsonNode ts = mapper.readTree(JsonWriter.pretty().toJson(List.of(d))).get("documents").get(0).get("timexes");
        for (JsonNode t : ts) {
            assertEquals(t.get("text").asText(), d.text().substring(t.get("begin").asInt(), t.get("end").asInt()));
        }
        JsonNode last = ts.get(ts.size() - 1);
        assertEquals(d.text().length(), last.get("end").asInt(), "a timex at the very end");
    }

    @Test
    void manyDocumentsGoInOneObject() throws Exception {
        TaggedDocument a = Samples.rich();
        TaggedDocument b = Samples.doc("empty.txt", "", List.of());
        StringWriter out = new StringWriter();
        try (JsonWriter.Stream s = JsonWriter.pretty().open(out)) {
            s.add(a);
            s.add(b);
        }
        JsonNode root = mapper.readTree(out.toString());
        assertEquals(1, root.size());
        assertEquals(2, root.get("documents").size());
        assertEquals(0, root.get("documents").get(1).get("timexes").size());
    }

    @Test
    void singleDocumentUsesTheSameEnvelope() throws Exception {
        StringWriter out = new StringWriter();
        JsonWriter.compact().write(Samples.rich(), out);
        assertEquals(1, mapper.readTree(out.toString()).get("documents").size());
    }

    @Test
    void noDocumentsIsAnEmptyArray() throws Exception {
        assertEquals("{\"documents\":[]}", JsonWriter.compact().toJson(List.of()));
    }
}
