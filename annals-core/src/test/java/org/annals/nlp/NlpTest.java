package org.annals.nlp;

import org.junit.jupiter.api.Test;

import org.annals.io.Readers;
import org.annals.testing.Corpora;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** The fast greedy tagger gives exactly OpenNLP's beam-1 tags on every sentence of TempEval-3 train. */
    @Test
    void greedyTaggerEqualsOpenNlpBeamSearchOfSizeOne() throws Exception {
        Path dir = Corpora.dir("tempeval3-train");
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(f -> f.toString().endsWith(".tml")).sorted().toList();
        }
        int words = 0;
        int differ = 0;
        String first = null;
        for (Path f : files) {
            for (Sentence s : Nlp.get().split(Readers.read(f).text())) {
                String[] ws = s.words().stream().map(Sentence.Word::text).toArray(String[]::new);
                String[] fast = Nlp.get().udTags(ws);
                String[] beam = Nlp.get().udTagsByBeamSearch(ws);
                words += ws.length;
                if (!Arrays.equals(fast, beam)) {
                    differ++;
                    first = first != null ? first : String.join(" ", ws) + "\n" + Arrays.toString(fast) + "\n"
                            + Arrays.toString(beam);
                }
            }
        }
        assertTrue(words > 50_000, "words: " + words);
        assertEquals(0, differ, first);
    }

    @Test
    void emptyText() {
        assertEquals(List.of(), Nlp.get().analyze(""));
        assertEquals(List.of(), Nlp.get().analyze("  \n\n "));
    }
}
