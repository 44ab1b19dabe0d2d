package org.annals.event;

import org.annals.api.Annals;
import org.annals.model.Document;
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

    /** The hashed scorer gives the scores of the feature strings: the same label for every candidate. */
    @Test
    void hashedScorerAgreesWithStringFeatures() {
        String text = "The army crossed the river on Oct. 25. He said the talks hadn't failed, and Elian's father's"
                + " plans to return were announced. Sales rose 5% in the third quarter; the U.S.-based firm expects"
                + " growth.";
        List<org.annals.nlp.Sentence> sentences = org.annals.nlp.Nlp.get().analyze(text);
        Perceptron model = ((EventRecognizer) EventRecognizer.shipped()).model();
        Perceptron.ClassScores scorer = model.scorer();
        int candidates = 0;
        for (org.annals.nlp.Sentence s : sentences) {
            for (int i = 0; i < s.words().size(); i++) {
                if (!EventRecognizer.candidate(s.words().get(i), false)) {
                    continue;
                }
                List<String> fs = new java.util.ArrayList<>();
                EventRecognizer.features(s.words(), i, false, fs);
                scorer.reset();
                EventRecognizer.features(s.words(), i, false, scorer);
                assertEquals(model.predict(fs), scorer.best(), s.words().get(i).text());
                candidates++;
            }
        }
        assertTrue(candidates > 15);
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

    /** In a history, a dated main verb in the past is always an event; in news the model alone decides. */
    @Test
    void aHistorysDatedPastVerbsAreEvents() {
        String text = "The Second Punic War ended in 201 BC. Twelve years later the Romans defeated Antiochus.";
        List<String> narrative = Annals.builder().genre(org.annals.model.Genre.NARRATIVE).build()
                .analyze(Document.of("h", text)).events().stream().map(Event::text).toList();
        assertTrue(narrative.contains("ended") && narrative.contains("defeated"), narrative.toString());
        // auxiliaries and copulas are not forced ("was", "had"); other verbs in the simple past are
        assertFalse(EventRecognizer.finitePast(new org.annals.nlp.Sentence.Word(0, 3, "was", "VBD"), "be"));
        assertFalse(EventRecognizer.finitePast(new org.annals.nlp.Sentence.Word(0, 3, "had", "VBD"), "have"));
        assertTrue(EventRecognizer.finitePast(new org.annals.nlp.Sentence.Word(0, 8, "defeated", "VBD"), "defeat"));
        assertFalse(EventRecognizer.finitePast(new org.annals.nlp.Sentence.Word(0, 8, "defeated", "VBN"), "defeat"));
    }
}
