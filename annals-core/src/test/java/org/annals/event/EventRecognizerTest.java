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
        assertFalse(past("was/VBD"));
        assertFalse(past("had/VBD"));
        assertTrue(past("defeated/VBD"));
        assertFalse(past("defeated/VBN"));
        // a past form that is no other word, tagged as a noun ("famine struck Ireland")
        assertTrue(past("famine/NN", "struck/NN"));
        assertFalse(past("the/DT", "ground/NN"));
        // a passive in the past, its participle tagged as a participle or an adjective
        assertTrue(past("town/NN", "was/VBD", "besieged/JJ"));
        assertTrue(past("armies/NNS", "were/VBD", "quickly/RB", "defeated/VBN"));
        assertFalse(past("he/PRP", "has/VBZ", "defeated/VBN"));
        // a past the same as its present, after its subject ("Jazz spread to Europe")
        assertTrue(past("Jazz/NN", "spread/NN"));
        assertFalse(past("to/TO", "spread/VB"));
    }

    /** {@link EventRecognizer#finitePast} of the last of the words ("text/POS"). */
    private static boolean past(String... words) {
        List<org.annals.nlp.Sentence.Word> ws = new java.util.ArrayList<>();
        int at = 0;
        for (String w : words) {
            String[] p = w.split("/");
            ws.add(new org.annals.nlp.Sentence.Word(at, at + p[0].length(), p[0], p[1]));
            at += p[0].length() + 1;
        }
        String last = ws.getLast().text().toLowerCase(java.util.Locale.ROOT);
        String lemma = switch (last) {
            case "was" -> "be";
            case "had" -> "have";
            default -> last;
        };
        return EventRecognizer.finitePast(ws, ws.size() - 1, lemma);
    }
}
