package org.annals.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RuleSplitterTest {

    /** Sentences as words joined by spaces, one string per sentence; offsets checked against the text. */
    private static List<String> split(String text) {
        List<Sentence> s = RuleSplitter.split(text);
        for (Sentence sentence : s) {
            for (Sentence.Word w : sentence.words()) {
                assertEquals(w.text(), text.substring(w.begin(), w.end()));
            }
        }
        return s.stream().map(x -> x.words().stream().map(Sentence.Word::text).collect(Collectors.joining(" ")))
                .toList();
    }

    @Test
    void cliticsAreSplitAsInThePennTreebank() {
        assertEquals(List.of("They do n't know , ca n't say and wo n't go ."),
                split("They don't know, can't say and won't go."));
        assertEquals(List.of("Elian 's father 's here ; we 're sure they 've left , I 'm told ."),
                split("Elian's father's here; we're sure they've left, I'm told."));
        assertEquals(List.of("O'Brien said the relatives ' home is closed ."),
                split("O'Brien said the relatives' home is closed."));
    }

    @Test
    void innerPunctuationKeepsWordsWhole() {
        assertEquals(List.of("The U.S.-based firm earned $ 1,000 , or 2.5 % , on 9/11 at 3 p.m. from AT&T ."),
                split("The U.S.-based firm earned $1,000, or 2.5%, on 9/11 at 3 p.m. from AT&T."));
        assertEquals(List.of("An anti-abortion 6-year-old -- no ... and `` quoted '' ."),
                split("An anti-abortion 6-year-old -- no... and ``quoted''."));
    }

    @Test
    void sentenceEnds() {
        assertEquals(List.of("Mr. Smith of Acme Inc. left on Jan. 5 .", "He returned to the U.S. in 1990 .",
                        "\" Why ? \"", "Nobody knew !"),
                split("Mr. Smith of Acme Inc. left on Jan. 5. He returned to the U.S. in 1990. \"Why?\" Nobody knew!"));
        assertEquals(List.of("It rose 2.5 percent . he said"), split("It rose 2.5 percent. he said"));
        assertEquals(List.of("Acme Corp.", "Headline without period", "Text ."),
                split("Acme Corp.\nHeadline without period\n\nText."));
        assertEquals(List.of("A line", "continues here ."), split("A line\n \ncontinues here."));
        assertEquals(List.of("A line continues here ."), split("A line\ncontinues here."));
    }

    @Test
    void longRunsAreCut() {
        String text = "word ".repeat(1000);
        List<Sentence> s = RuleSplitter.split(text);
        assertEquals(3, s.size());
        for (Sentence x : s) {
            assertEquals(true, x.end() - x.begin() <= Nlp.MAX_SENTENCE_CHARS);
        }
    }

    @Test
    void emptyAndOddText() {
        assertEquals(List.of(), split(""));
        assertEquals(List.of(), split(" \n\t"));
        assertEquals(List.of("' s"), split("'s"));
        assertEquals(List.of("a \uD83D\uDE00 b"), split("a\uD83D\uDE00b"));
    }
}
