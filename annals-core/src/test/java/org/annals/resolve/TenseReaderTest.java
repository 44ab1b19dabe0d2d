package org.annals.resolve;

import org.annals.resolve.TenseReader.ClauseTense;
import org.annals.text.Lexicon;
import org.annals.text.Token;
import org.annals.text.Tokenizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The tense around the word in [brackets]: which way a bare "Friday" or "December" points. */
class TenseReaderTest {

    private static final Tokenizer TOKENIZER = new Tokenizer(Lexicon.english());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The company said [Friday] that profits fell.                          | PAST
            The company said [Friday] it will close two plants.                   | PAST
            The decision was announced [Wednesday].                               | PAST
            The ambassador to Venezuela said on [Tuesday] that Iraq would strike.  | PAST
            The talks will resume on [Friday].                                    | FUTURE
            They'll meet [Friday].                                                | FUTURE
            The senator won't decide before [Friday].                             | FUTURE
            The results are expected [Thursday].                                  | FUTURE
            Collins will be named commander of the shuttle for a mission in [December]. | FUTURE
            The accession will still be held at the summit on [April].            | FUTURE
            The man is believed to have died [Sunday].                            | PAST
            The offer had been due to expire [Friday].                            | PAST
            Officials postponed until [Tuesday] any action on the permit.         | FUTURE
            The father could come from Cuba as early as [Tuesday].                | FUTURE
            Until [Thursday], police had not named a suspect.                     | PAST
            On [Tuesday], police said they had found the car.                     | PAST
            The bridge, which will reopen soon, was closed on [Monday].           | PAST
            The vote on [Tuesday] and the count.                                  | UNKNOWN
            The shares need [Friday] approval.                                    | UNKNOWN
            Talks collapsed, and a new round is set for [March].                 | FUTURE
            The thrift announced the plan [Aug.] 21.                              | PAST
            The case is heard in [May] in the appeals court.                      | PRESENT
            """)
    void tenseAroundTheMarkedWord(String marked, ClauseTense expected) {
        int open = marked.indexOf('[');
        int close = marked.indexOf(']');
        String text = marked.substring(0, open) + marked.substring(open + 1, close) + marked.substring(close + 1);
        List<Token> tokens = TOKENIZER.tokenize(text);
        int start = -1;
        int end = -1;
        for (Token t : tokens) {
            if (t.begin == open) {
                start = t.index;
            }
            if (t.end == close - 1) {
                end = t.index + 1;
            }
        }
        assertEquals(expected, TenseReader.around(tokens, start, end), marked);
    }
}
