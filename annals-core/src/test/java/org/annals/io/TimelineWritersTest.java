package org.annals.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.annals.event.Fixtures;
import org.annals.event.LinkedDocument;
import org.annals.event.Anchor;
import org.annals.event.Participant;
import org.annals.event.TemporalLinker;
import org.annals.model.Genre;
import org.annals.model.Interval;
import org.annals.model.Intervals;
import org.annals.time.Granularity;
import org.annals.timeline.Timeline;
import org.annals.timeline.TimelineEntry;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineWritersTest {

    private static final TimelineEntry CROSSED = new TimelineEntry("1950-10-25", null,
            new Interval(LocalDate.of(1950, 10, 25), LocalDate.of(1950, 10, 25), Granularity.DAY), "crossed", "cross",
            "the Chinese People's Volunteer Army (PVA) crossed the Yalu River",
            List.of(new Participant("Chinese People's Volunteer Army", 10, 41, Participant.Type.ORGANIZATION)),
            List.of(new Participant("Yalu River", 60, 70, Participant.Type.PLACE)),
            List.of(new TimelineEntry.Source("k.txt", 48, 55, "On Oct. 25, 1950, the \"PVA\", crossed.", "e1")),
            Anchor.Basis.CLAUSE, "t1");
    private static final TimelineEntry BEFORE = new TimelineEntry("1950-10", "BEFORE",
            new Interval(Intervals.OPEN_START, LocalDate.of(1950, 9, 30), Granularity.MONTH), "fortified", "fortify",
            "fortified", List.of(), List.of(), List.of(new TimelineEntry.Source("k.txt", 5, 14, "x", "e2")),
            Anchor.Basis.STORY, "t1");
    private static final Timeline TIMELINE = new Timeline(List.of(BEFORE, CROSSED));

    private static String write(Object w) throws Exception {
        StringWriter sw = new StringWriter();
        switch (w) {
            case TimelineTextWriter t -> t.write(TIMELINE, sw);
            case TimelineJsonWriter t -> t.write(TIMELINE, sw);
            case TimelineCsvWriter t -> t.write(TIMELINE, sw);
            case TimelineJsWriter t -> t.write(TIMELINE, sw);
            default -> throw new IllegalArgumentException();
        }
        return sw.toString();
    }

    @Test
    void json() throws Exception {
        JsonNode root = new ObjectMapper().readTree(write(new TimelineJsonWriter(false)));
        JsonNode e = root.get("entries").get(1);
        assertEquals("{\"value\":\"1950-10-25\",\"mod\":null,\"text\":\"25 October 1950\",\"start\":\"1950-10-25\","
                + "\"end\":\"1950-10-25\",\"granularity\":\"day\"}", e.get("when").toString());
        assertEquals("crossed", e.get("event").asText());
        assertEquals("[{\"text\":\"Chinese People's Volunteer Army\",\"type\":\"organization\"}]",
                e.get("participants").toString());
        assertEquals("[{\"text\":\"Yalu River\"}]", e.get("places").toString());
        assertEquals(48, e.get("sources").get(0).get("begin").asInt());
        JsonNode open = root.get("entries").get(0).get("when");
        assertTrue(open.get("start").isNull());
        assertEquals("1950-09-30", open.get("end").asText());
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaks() throws Exception {
        String csv = write(new TimelineCsvWriter());
        String[] rows = csv.split("\r\n");
        assertEquals(TimelineCsvWriter.HEADER, rows[0]);
        assertEquals("before October 1950,1950-10,BEFORE,,1950-09-30,month,story,t1,fortified,,fortified,,,k.txt,5,14,x", rows[1]);
        assertEquals("25 October 1950,1950-10-25,,1950-10-25,1950-10-25,day,clause,t1,crossed,,the Chinese People's Volunteer Army (PVA) crossed"
                + " the Yalu River,Chinese People's Volunteer Army (organization),Yalu River,k.txt,48,55,"
                + "\"On Oct. 25, 1950, the \"\"PVA\"\", crossed.\"", rows[2]);
        assertEquals("\"a\nb\"", TimelineCsvWriter.field("a\nb"));
        assertTrue(csv.endsWith("\r\n"));
    }

    @Test
    void timelineJs() throws Exception {
        JsonNode events = new ObjectMapper().readTree(write(new TimelineJsWriter())).get("events");
        JsonNode crossed = events.get(1);
        assertEquals("{\"year\":\"1950\",\"month\":\"10\",\"day\":\"25\"}", crossed.get("start_date").toString());
        assertEquals("crossed", crossed.get("text").get("headline").asText());
        assertTrue(crossed.get("text").get("text").asText().contains("Yalu River"));
        // open to the past: placed at its end, to the month
        assertEquals("{\"year\":\"1950\",\"month\":\"9\"}", events.get(0).get("start_date").toString());
    }

    @Test
    void text() throws Exception {
        String[] lines = write(new TimelineTextWriter()).split("\n");
        assertEquals(3, lines.length);
        assertTrue(lines[0].startsWith("when"));
        assertTrue(lines[1].startsWith("before October 1950 [..1950-09-30]"), lines[1]);
        assertTrue(lines[2].startsWith("25 October 1950 "), lines[2]);
        assertTrue(lines[2].contains("Chinese People's Volunteer Army (organization)"), lines[2]);
        assertTrue(lines[2].contains("k: On Oct. 25, 1950"), lines[2]);
    }

    @Test
    void timeMLKeepsTheTextAndAddsEventsInstancesAndLinks() {
        String text = "On Oct. 25, 1950, the army crossed the river & <won>. Earlier that month, it had marched.";
        // the rules alone: the links this test expects do not depend on the relation classifier
        LinkedDocument l = new TemporalLinker(null).link(Fixtures.doc("k.txt", text, LocalDate.of(2020, 11, 2),
                Genre.NARRATIVE, "crossed/PAST", "marched/PAST/PERFECTIVE"));
        String tml = new TimeMLEventWriter().toTimeML(l.document());
        assertTrue(tml.contains("<EVENT eid=\"e1\" class=\"OCCURRENCE\">crossed</EVENT>"), tml);
        assertTrue(tml.contains("<MAKEINSTANCE eiid=\"ei2\" eventID=\"e2\" pos=\"OTHER\" tense=\"PAST\" "
                + "aspect=\"PERFECTIVE\" polarity=\"POS\"/>"), tml);
        assertTrue(tml.contains("<TLINK lid=\"l1\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei1\" relatedToTime=\"t1\"/>"),
                tml);
        assertTrue(tml.contains("relType=\"AFTER\" eventInstanceID=\"ei1\" relatedToEventInstance=\"ei2\""), tml);
        String inner = tml.substring(tml.indexOf("<TEXT>") + 6, tml.indexOf("</TEXT>"));
        String plain = inner.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        assertEquals(text, plain);
    }
}
