package org.annals.event;

import org.annals.api.Annals;
import org.annals.api.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventRecognizerTest {

    private static final Annals ANNALS = Annals.create();

    private static List<Event> events(String text) {
        return ANNALS.analyze(Document.of("t", text)).events();
    }

    private static Event find(List<Event> events, String text) {
        return events.stream().filter(e -> e.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no event '" + text + "' in " + events));
    }

    @Test
    void pastOccurrence() {
        List<Event> es = events("The army crossed the river on Oct. 25.");
        Event e = find(es, "crossed");
        assertEquals(EventClass.OCCURRENCE, e.eventClass());
        assertEquals(Tense.PAST, e.tense());
        assertEquals(Aspect.NONE, e.aspect());
        assertEquals(Polarity.POS, e.polarity());
        assertEquals("cross", e.lemma());
        assertEquals("e1", es.get(0).eid());
        assertTrue(es.stream().noneMatch(x -> x.text().equals("Oct.") || x.text().equals("25")));
    }

    @Test
    void reportingAndPastPerfect() {
        List<Event> es = events("He said the talks had failed.");
        assertEquals(EventClass.REPORTING, find(es, "said").eventClass());
        find(es, "talks");
        Event failed = find(es, "failed");
        assertEquals(Tense.PAST, failed.tense());
        assertEquals(Aspect.PERFECTIVE, failed.aspect());
        assertFalse(es.stream().anyMatch(x -> x.text().equals("had")), "auxiliary 'had' is no event");
    }

    @Test
    void negation() {
        Event e = find(events("They did not attack."), "attack");
        assertEquals(Polarity.NEG, e.polarity());
        assertEquals(Tense.PAST, e.tense());
    }

    @Test
    void future() {
        Event e = find(events("The leaders will meet in Geneva next week."), "meet");
        assertEquals(Tense.FUTURE, e.tense());
    }

    @Test
    void eventsInTextOrderWithOffsetsAndSentences() {
        String text = "Chinese forces attacked at Unsan. The battle ended the offensive.";
        AnalyzedDocument a = ANNALS.analyze(Document.of("t", text));
        assertEquals(2, a.sentences().size());
        assertTrue(a.tlinks().isEmpty());
        int last = -1;
        for (int i = 0; i < a.events().size(); i++) {
            Event e = a.events().get(i);
            assertEquals("e" + (i + 1), e.eid());
            assertEquals(e.text(), text.substring(e.begin(), e.end()));
            assertTrue(e.begin() > last);
            last = e.begin();
        }
        find(a.events(), "attacked");
        assertEquals(1, find(a.events(), "battle").sentence());
    }

    @Test
    void modelRoundTrip() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        EventRecognizer.shipped().write(out);
        EventRecognizer r = EventRecognizer.read(new java.io.ByteArrayInputStream(out.toByteArray()));
        assertEquals(EventRecognizer.shipped().features(), r.features());
    }
}
