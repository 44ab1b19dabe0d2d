package org.annals.text;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordListsTest {

    @Test
    void listsGoOnOverSeveralLinesAndSkipComments() {
        WordLists w = WordLists.load(WordListsTest.class, "lists-ok.tsv");
        assertEquals(Set.of("red", "green", "blue"), w.get("colours"));
        assertEquals(Set.of("square"), w.get("shapes"));
    }

    @Test
    void aListTheFileLacksIsAnErrorNamingTheFile() {
        WordLists w = WordLists.load(WordListsTest.class, "lists-ok.tsv");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> w.get("sizes"));
        assertTrue(e.getMessage().contains("lists-ok.tsv") && e.getMessage().contains("sizes"), e.getMessage());
    }

    @Test
    void aWordListedTwiceIsAnErrorNamingTheLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> WordLists.load(WordListsTest.class, "lists-twice.tsv"));
        assertTrue(e.getMessage().contains("lists-twice.tsv:1") && e.getMessage().contains("red"), e.getMessage());
    }

    @Test
    void aLineWithoutATabIsAnError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> WordLists.load(WordListsTest.class, "lists-malformed.tsv"));
        assertTrue(e.getMessage().contains("lists-malformed.tsv:1"), e.getMessage());
    }

    @Test
    void theShippedListsLoad() {
        // the extractors read these when their class loads; a broken file would fail every tagging
        String[][] filesAndLists = {{"year.tsv", "count-nouns"}, {"named-period.tsv", "campaigns"},
            {"holiday.tsv", "not-the-day"}, {"relative.tsv", "pod-compounds"},
            {"reporting-period.tsv", "year-end-before"}, {"time-of-day.tsv", "clock-prepositions"},
            {"../names.tsv", "time-prepositions"}, {"../../resolve/en/tense-words.tsv", "not-verbs"},
            {"../../resolve/en/story.tsv", "story-prepositions"}, {"../../resolve/en/byline.tsv", "cues"}};
        for (String[] f : filesAndLists) {
            String r = java.nio.file.Path.of("/org/annals/tagger/en/" + f[0]).normalize().toString();
            WordLists w = WordLists.load(WordListsTest.class, r);
            assertTrue(w.get(f[1]).size() > 3, r);
        }
    }
}
