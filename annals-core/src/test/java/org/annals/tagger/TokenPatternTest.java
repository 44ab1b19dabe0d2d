package org.annals.tagger;

import org.annals.text.Token;
import org.annals.text.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.annals.tagger.TokenPattern.cap;
import static org.annals.tagger.TokenPattern.of;
import static org.annals.tagger.TokenPattern.opt;
import static org.annals.tagger.TokenPattern.phrase;
import static org.annals.tagger.TokenPattern.tok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenPatternTest {

    /** Month [.] Day [,] [Year]. */
    private static final TokenPattern DATE = of(cap("month", T.MONTH), opt(T.DOT), cap("day", T.DAY), opt(T.COMMA),
            cap("year", T.YEAR).opt());

    private static List<Token> tokens(String s) {
        return Tokenizer.english().tokenize(s);
    }

    private static String covered(String text, List<Token> ts, TokenPattern.Match m) {
        return text.substring(ts.get(m.start).begin, ts.get(m.end - 1).end);
    }

    @Test
    void optionalStepsMayBeSkippedOrTaken() {
        String a = "on Oct. 25, 1950 at dawn";
        List<Token> ta = tokens(a);
        TokenPattern.Match m = DATE.matchAt(ta, 1);
        assertNotNull(m);
        assertEquals("Oct. 25, 1950", covered(a, ta, m));
        assertTrue(m.has("year"));

        String b = "on Oct 25 at dawn";
        List<Token> tb = tokens(b);
        m = DATE.matchAt(tb, 1);
        assertNotNull(m);
        assertEquals("Oct 25", covered(b, tb, m));
        assertFalse(m.has("year"));
        assertNull(m.get("year"));
        assertEquals(List.of(), m.all("year"));
    }

    @Test
    void namedCapturesGiveTheirTokens() {
        List<Token> ts = tokens("October 25 1950");
        TokenPattern.Match m = DATE.matchAt(ts, 0);
        assertEquals("October", m.get("month").text);
        assertEquals(25, m.get("day").intValue());
        assertEquals("1950", m.get("year").text);
        assertEquals(0, m.start);
        assertEquals(3, m.end);
        assertEquals("October", m.first().text);
        assertEquals("1950", m.last().text);
    }

    @Test
    void greedyMatchIsTheLongest() {
        // the optional comma and year are taken when present
        List<Token> ts = tokens("June 28, 1919");
        assertEquals(4, DATE.matchAt(ts, 0).end);
    }

    @Test
    void backtracksWhenAnOptionalStepWouldBlockARequiredOne() {
        // "the" is optional; when the first token is not "the", the pattern still matches from the next step
        TokenPattern p = of(opt(T.THE), cap("season", T.SEASON));
        List<Token> ts = tokens("summer of 1944");
        TokenPattern.Match m = p.matchAt(ts, 0);
        assertNotNull(m);
        assertEquals("summer", m.get("season").text);
    }

    @Test
    void requiredStepMissingMeansNoMatch() {
        assertNull(DATE.matchAt(tokens("October was cold"), 0));
        assertNull(DATE.matchAt(tokens("Oct."), 0));
        assertNull(DATE.matchAt(tokens("October 25"), 5));
    }

    @Test
    void noMatchAcrossABlankLine() {
        assertNull(DATE.matchAt(tokens("October\n\n25, 1950"), 0));
        // a single line break is no paragraph break
        assertNotNull(DATE.matchAt(tokens("October\n25, 1950"), 0));
        // an optional step after a blank line is left out rather than crossing it
        String s = "October 25\n\n1950 was a year";
        List<Token> ts = tokens(s);
        assertEquals("October 25", covered(s, ts, DATE.matchAt(ts, 0)));
    }

    @Test
    void phraseStepsMatchWordSequences() {
        TokenPattern p = of(phrase("more than"), cap("n", T.NUMBER), cap("unit", T.ANY_UNIT));
        List<Token> ts = tokens("for more than three weeks");
        TokenPattern.Match m = p.matchAt(ts, 1);
        assertNotNull(m);
        assertEquals(3, m.get("n").intValue());
        assertEquals(5, m.end);
        assertNull(p.matchAt(tokens("more or less three weeks"), 0));
    }

    @Test
    void tokStepsAreUncaptured() {
        TokenPattern p = of(tok(T.word("every")), cap("wd", T.WEEKDAY));
        TokenPattern.Match m = p.matchAt(tokens("every Monday"), 0);
        assertEquals("Monday", m.get("wd").text);
    }

    @Test
    void badPatternsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> of(cap("a", T.DAY), cap("a", T.YEAR)));
        assertThrows(IllegalArgumentException.class, () -> of(opt(T.THE), opt(T.COMMA)));
    }

    @Test
    void unknownCaptureNamesReadAsAbsent() {
        // readers shared by several rules ask for captures some patterns lack: absent, never an exception that
        // would silently turn the match into "no match"
        TokenPattern.Match m = DATE.matchAt(tokens("October 25"), 0);
        assertFalse(m.has("weekday"));
        assertNull(m.get("s"));
        assertTrue(m.all("s").isEmpty());
    }
}
