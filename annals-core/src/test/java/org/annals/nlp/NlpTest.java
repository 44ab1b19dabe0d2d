package org.annals.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NlpTest {

    @Test
    void sentencesWordsAndPennTagsWithOffsets() {
        String text = "The army crossed the river.\n\nHe said the talks had failed.";
        List<Sentence> s = Nlp.get().analyze(text);
        assertEquals(2, s.size());
        for (Sentence sentence : s) {
            for (Sentence.Word w : sentence.words()) {
                assertEquals(w.text(), text.substring(w.begin(), w.end()));
            }
        }
        assertEquals("crossed", s.get(0).words().get(2).text());
        assertEquals("VBD", s.get(0).words().get(2).pos());
        assertEquals("NNS", s.get(1).words().get(3).pos());
        assertEquals("VBN", s.get(1).words().get(5).pos());
        assertEquals(1, s.get(1).index());
    }

    @Test
    void emptyText() {
        assertEquals(List.of(), Nlp.get().analyze(""));
        assertEquals(List.of(), Nlp.get().analyze("  \n\n "));
    }
}
