package org.annals.tagger;

import org.annals.text.Token;
import org.annals.text.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ZoneNamesTest {

    private static ZoneNames.Found at(String text, int i) {
        List<Token> ts = Tokenizer.english().tokenize(text);
        return ZoneNames.at(ts, i);
    }

    @Test
    void theLongestNameWins() {
        assertEquals(new ZoneNames.Found(4, "+02"), at("Central European Summer Time", 0));
        assertEquals(new ZoneNames.Found(3, "+01"), at("Central European Time", 0));
    }

    @Test
    void aNameThatDoesNotSayItsOffsetHasNoZone() {
        assertEquals(new ZoneNames.Found(2, null), at("Pacific time", 0));
    }

    @Test
    void halfHourOffsetsAndHyphens() {
        assertEquals(new ZoneNames.Found(3, "+05:30"), at("India Standard Time", 0));
        assertEquals(new ZoneNames.Found(5, "-10"), at("Hawaii-Aleutian Standard Time", 0));
    }

    @Test
    void otherWordsAreNoZone() {
        assertNull(at("Central Park", 0));
        assertNull(at("the eastern shore", 1));
    }
}
