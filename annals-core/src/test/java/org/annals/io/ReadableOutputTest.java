package org.annals.io;

import org.annals.api.Annals;
import org.annals.model.Document;
import org.annals.model.DocumentDate;
import org.annals.model.TaggedDocument;
import org.annals.timeline.Timeline;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a person reads (the text table, the tag listing, TimelineJS, the CSV's {@code when} column) says every time
 * in words: no TIMEX3 keyword ({@code PRESENT_REF}), no bare decade ({@code 192}), no duration code ({@code P3W}),
 * no {@code XXXX} placeholder. The TIMEX3 values stay in JSON, CSV's {@code value} column and TimeML.
 */
class ReadableOutputTest {

    private static final String TEXT = "Officials said the talks now underway last three weeks. In the 1920s the"
            + " town grew. The committee meets every Monday at 6pm. In the past the river flooded. On Oct. 25 the"
            + " troops crossed. Prices rose in the fall.";
    private static final Annals ANNALS = Annals.create();
    private static final Document DOC = new Document("town.txt", TEXT,
            new DocumentDate(LocalDate.of(2020, 11, 2), DocumentDate.Source.ARGUMENT), null);

    private static void noCodes(String out) {
        for (String code : List.of("PRESENT_REF", "PAST_REF", "FUTURE_REF", "P3W", "XXXX", " 192 ", "\"192\"")) {
            assertFalse(out.contains(code), code + " in:\n" + out);
        }
    }

    @Test
    void textTableSaysNowAndTheDay() throws Exception {
        Timeline t = ANNALS.timeline(List.of(DOC));
        StringWriter sw = new StringWriter();
        new TimelineTextWriter().write(t, sw);
        String out = sw.toString();
        noCodes(out);
        assertTrue(out.contains("now [2020-11-02]"), out);
        assertTrue(out.contains("the 1920s"), out);
    }

    @Test
    void timelineJsDisplayDatesAreWords() throws Exception {
        Timeline t = ANNALS.timeline(List.of(DOC));
        StringWriter sw = new StringWriter();
        new TimelineJsWriter().write(t, "town", sw);
        String out = sw.toString();
        noCodes(out.replaceAll("\"(year|month|day)\" : \"[^\"]*\"", ""));
        assertTrue(out.contains("\"display_date\" : \"the 1920s\""), out);
        assertTrue(out.contains("\"display_date\" : \"now\""), out);
    }

    @Test
    void csvWhenColumnIsWordsAndValueColumnTheValue() throws Exception {
        Timeline t = ANNALS.timeline(List.of(DOC));
        StringWriter sw = new StringWriter();
        new TimelineCsvWriter().write(t, sw);
        boolean decade = false;
        for (String row : sw.toString().split("\r\n")) {
            String when = row.substring(0, row.indexOf(','));
            noCodes(" " + when + " ");
            decade |= row.startsWith("the 1920s,192,");
        }
        assertTrue(decade, sw.toString());
    }

    @Test
    void tagListingAddsTheWords() {
        TaggedDocument d = ANNALS.tag(DOC);
        String out = new TextListingWriter().toText(d);
        assertTrue(out.contains("PRESENT_REF  \"now\""), out);
        assertTrue(out.contains("P3W  \"3 weeks\""), out);
        assertTrue(out.contains("192  \"the 1920s\""), out);
        assertTrue(out.contains("XXXX-WXX-1T18:00  \"every Monday at 18:00\""), out);
    }

    @Test
    void tagJsonHasReadableNextToValue() {
        TaggedDocument d = ANNALS.tag(DOC);
        String json = JsonWriter.compact().toJson(List.of(d));
        assertTrue(json.contains("\"value\":\"PRESENT_REF\",\"readable\":\"now\""), json);
        assertTrue(json.contains("\"dct\":{\"value\":\"2020-11-02\",\"text\":\"2 November 2020\""), json);
    }
}
