package org.annals.io;

import org.annals.model.TaggedDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextListingWriterTest {

    private final TextListingWriter writer = new TextListingWriter();

    @Test
    void headerThenOneLinePerTimex() {
        String out = writer.toText(Samples.rich());
        String[] lines = out.split("\n", -1);
        assertEquals(1 + 5 + 1, lines.length, out);
        assertEquals("", lines[6], "ends with a newline");
        assertEquals("== some/dir/rich.txt  dct 2020-11-02 (byline)  genre news  5 timexes", lines[0]);
        assertTrue(lines[1].matches("\\s+t1\\s+0-4\\s+\"1950\"\\s+DATE\\s+1950"), lines[1]);
        assertTrue(lines[2].contains("\"last week\"") && lines[2].contains("2020-W44")
                && lines[2].endsWith("anchor t0 (document date 2020-11-02)"), lines[2]);
        assertTrue(lines[3].contains("DURATION") && lines[3].contains("P2Y") && lines[3].contains("mod APPROX"),
                lines[3]);
        assertTrue(lines[4].contains("quant EVERY") && lines[4].contains("freq 1X"), lines[4]);
        int end = Samples.rich().text().length();
        assertTrue(lines[5].contains((end - 6) + "-" + end), lines[5]);
    }

    @Test
    void controlCharactersAndQuotesStayOnOneLine() {
        assertEquals("\"a\\r\\nb \\\"c\\\"\\t\"", TextListingWriter.quote("a\r\nb \"c\"\t"));
    }

    @Test
    void documentWithoutTimexes() {
        TaggedDocument d = Samples.doc("empty.txt", "nothing here", List.of());
        assertEquals("== empty.txt  dct 2020-11-02 (byline)  genre news  0 timexes\n", writer.toText(d));
    }
}
