package org.annals.pipeline;

import org.annals.expression.Candidate;
import org.annals.tagger.CompositionMerger;
import org.annals.tagger.DateTimeMerger;
import org.annals.tagger.EventOffsetRefiner;
import org.annals.tagger.ModifierRefiner;
import org.annals.tagger.NameRefiner;
import org.annals.tagger.OverlapResolver;
import org.annals.tagger.RuleExtractor;
import org.annals.tagger.RuleIndex;
import org.annals.text.Token;
import org.annals.text.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Pipeline#candidates} refines a long text window by window; the result must be the one of refining all its
 * candidates at once, whatever stands near the cuts.
 */
class PipelineWindowsTest {

    private static final Pipeline PIPELINE = Pipeline.english();
    private static final RuleIndex INDEX = new RuleIndex(PIPELINE.extractors().stream()
            .map(e -> (RuleExtractor) e).toList());

    /** Words and phrases that make dense runs of candidates, modifiers, parts of day, clocks, ranges and names. */
    private static final String[] VOCABULARY = {"January", "May", "March", "the", "of", "early", "late", "mid", "-",
        "1950", "1950s", "25", ",", "on", "at", "in", "the morning", "night", "Friday", "last", "next", "week",
        "year", "years", "ago", "later", "more than", "about", "3", "p.m.", "a.m.", "EST", "noon", "Main", "Street",
        "Times", "from", "to", "and", "spring", "fall", "the very beginning of", "early in the morning hours of",
        "hours", "quarter", "third", "fiscal", "Christmas", "Day", ".", "\n\n", "1,000", "twenty-four", "two", "days",
        "every", "Monday", "daily", "post", "pre", "1959", "by", "until", "since", "words", "without", "any", "time"};

    private static List<String> atOnce(String text) {
        List<Token> tokens = Tokenizer.english().tokenize(text);
        List<Candidate> all = new ArrayList<>();
        INDEX.extract(tokens, all::add);
        List<Candidate> modified = ModifierRefiner.refine(tokens, all);
        return show(EventOffsetRefiner.refine(tokens, CompositionMerger.merge(tokens, NameRefiner.refine(tokens,
                DateTimeMerger.merge(tokens, OverlapResolver.resolve(modified, tokens.size()))))));
    }

    private static List<String> byWindows(String text) {
        return show(PIPELINE.candidates(Tokenizer.english().tokenize(text)));
    }

    private static List<String> show(List<Candidate> cs) {
        return cs.stream().map(c -> c.start() + "-" + c.end() + " " + c.rule() + " " + c.type() + " " + c.mod() + " "
                + c.expr()).toList();
    }

    @Test
    void randomDenseTextsGiveTheCandidatesOfRefiningAllAtOnce() {
        Random random = new Random(20261202);
        int cut = 0;
        for (int n = 0; n < 120; n++) {
            StringBuilder sb = new StringBuilder();
            int words = 1_000 + random.nextInt(4_000);
            for (int i = 0; i < words; i++) {
                sb.append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
                if (random.nextInt(5) > 0) {
                    sb.append(' ');
                }
            }
            String text = sb.toString();
            List<String> expected = atOnce(text);
            assertSameCandidates(expected, byWindows(text), "text " + n);
            cut += expected.size() > Pipeline.WINDOW ? 1 : 0;
        }
        assertTrue(cut > 50, "too few texts long enough to be cut into windows: " + cut);
    }

    /** What the refiners join or extend across neighbouring tokens, each placed where a window fills up. */
    private static final String[] NEAR_A_CUT = {"January - 1959", "from April to June 1968", "5 p.m. on Friday",
        "at noon, Oct. 25, 1950", "early in the morning hours of March 21, 1950", "the very beginning of 1951",
        "more than three weeks", "1950 Main Street", "the night of May 13, 1950", "in 1950 Main Street",
        "the week of March 6", "three weeks from tomorrow", "a month after Easter", "ten days before the murder"};

    @Test
    void joinedAndExtendedExpressionsWhereAWindowFillsUp() {
        String filler = "In 1950 it rained. ";
        for (String phrase : NEAR_A_CUT) {
            for (int k = Pipeline.WINDOW - 4; k <= Pipeline.WINDOW + 4; k++) {
                for (String before : new String[] {"", "and so ", "and then some more "}) {
                    String text = filler.repeat(k) + before + phrase + ". " + filler.repeat(3);
                    assertSameCandidates(atOnce(text), byWindows(text),
                            phrase + " after " + k + " fillers and '" + before + "'");
                }
            }
        }
    }

    @Test
    void aLongNewsTextGivesTheCandidatesOfRefiningAllAtOnce() {
        String story = "WASHINGTON (AP) Mar 22, 2013 - The talks ended on Monday, early in the morning hours of "
                + "March 21. In the fall of 1950 the army crossed; the very beginning of 1951 saw more than three "
                + "weeks of fighting at 5 p.m. EST on Friday, Oct. 25, 1950. The 1950 Main Street office closed "
                + "from April to June 1968, and the post-1959 politics went on every Monday until Christmas Day.\n\n";
        String text = story.repeat(200);
        List<String> expected = atOnce(text);
        assertTrue(expected.size() > 4 * Pipeline.WINDOW, "the text should need several windows");
        assertSameCandidates(expected, byWindows(text), "news text");
    }

    /** Equal lists, or a failure that shows the first difference only. */
    private static void assertSameCandidates(List<String> expected, List<String> actual, String what) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), what + ", candidate " + i);
        }
        assertEquals(expected.size(), actual.size(), what + ": number of candidates");
    }
}
