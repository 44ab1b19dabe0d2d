package org.annals.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenizerTest {

    private static List<Token> tokens(String s) {
        return Tokenizer.english().tokenize(s);
    }

    private static List<String> texts(String s) {
        return tokens(s).stream().map(t -> t.text).toList();
    }

    @Test
    void wordsNumbersAndPunctuation() {
        assertEquals(List.of("On", "Oct", ".", "25", ",", "1950", ",", "at", "dawn", "."),
                texts("On Oct. 25, 1950, at dawn."));
    }

    @Test
    void offsetsPointIntoTheText() {
        String s = "  Seventy years ago,\n\tbeginning on Oct. 25, 1950 \u2014 the army\u2019s crossing";
        for (Token t : tokens(s)) {
            assertEquals(t.text, s.substring(t.begin, t.end), "token " + t);
        }
        List<Token> ts = tokens(s);
        assertEquals(2, ts.get(0).begin);
        for (int i = 0; i < ts.size(); i++) {
            assertEquals(i, ts.get(i).index);
        }
    }

    @Test
    void offsetsAreUtf16WithSurrogatePairs() {
        String s = "\uD83D\uDE00 1950";
        List<Token> ts = tokens(s);
        assertEquals(2, ts.size());
        assertEquals(0, ts.get(0).begin);
        assertEquals(2, ts.get(0).end);
        assertEquals(3, ts.get(1).begin);
    }

    @Test
    void abbreviationsWithInnerPeriodsStayWhole() {
        assertEquals(List.of("at", "3", "a.m.", "and", "5", "p.m.", "in", "the", "U.S."),
                texts("at 3 a.m. and 5 p.m. in the U.S."));
        assertEquals(List.of("264", "B.C.", "ended"), texts("264 B.C. ended"));
        // at the end of the text, the final period still belongs to the abbreviation
        assertEquals(List.of("at", "6", "p.m."), texts("at 6 p.m."));
    }

    @Test
    void groupedDigitsAndDecimalsAreOneNumber() {
        List<Token> ts = tokens("1,000 people and 2.5 percent and 1,000,000 more");
        assertEquals("1,000", ts.get(0).text);
        assertEquals(Token.Kind.NUMBER, ts.get(0).kind);
        assertEquals(1000.0, ts.get(0).number);
        assertEquals("2.5", ts.get(3).text);
        assertEquals(2.5, ts.get(3).number);
        assertEquals(1_000_000.0, ts.get(6).number);
        // "$1,950" is the symbol and one number
        assertEquals(List.of("$", "1,950"), texts("$1,950"));
    }

    @Test
    void numberWordsAreMerged() {
        List<Token> ts = tokens("twenty-four hours and one hundred days and seventy years");
        assertEquals("twenty-four", ts.get(0).text);
        assertEquals(Token.Kind.NUMBER, ts.get(0).kind);
        assertEquals(24.0, ts.get(0).number);
        assertEquals("one hundred", ts.get(3).text);
        assertEquals(100.0, ts.get(3).number);
        assertEquals(70.0, ts.get(6).number);
        // "one" alone is a number too; two unrelated number words are not added up
        assertEquals(List.of("one", "year"), texts("one year"));
    }

    @Test
    void digitsAreDigitsTokens() {
        Token t = tokens("1950").get(0);
        assertEquals(Token.Kind.DIGITS, t.kind);
        assertEquals(1950, t.intValue());
        assertTrue(t.isNumber());
    }

    @Test
    void decadesAndOrdinalsAreOneWord() {
        Token d = tokens("the 1950s").get(1);
        assertEquals("1950s", d.text);
        assertEquals(Token.Kind.WORD, d.kind);
        assertTrue(d.is(Lex.DECADE_NUM));
        assertEquals(1950, d.value(Lex.DECADE_NUM));
        Token o = tokens("the 25th").get(1);
        assertTrue(o.is(Lex.ORDINAL));
        assertEquals(25, o.value(Lex.ORDINAL));
        assertEquals(List.of("the", "'", "50s"), texts("the '50s"));
    }

    @Test
    void lexiconClasses() {
        List<Token> ts = tokens("October Monday spring weeks noon");
        assertEquals(10, ts.get(0).value(Lex.MONTH));
        assertEquals(1, ts.get(1).value(Lex.WEEKDAY));
        assertTrue(ts.get(2).is(Lex.SEASON));
        assertTrue(ts.get(3).is(Lex.UNIT_PLURAL));
        assertEquals(12, ts.get(4).value(Lex.CLOCK_WORD));
        assertFalse(ts.get(0).is(Lex.WEEKDAY));
    }

    @Test
    void whitespaceAndNewlinesAreRecorded() {
        List<Token> ts = tokens("Oct.\n\n25 1950");
        assertFalse(ts.get(1).spaceBefore);
        assertEquals(2, ts.get(2).newlinesBefore);
        assertTrue(ts.get(2).spaceBefore);
        assertEquals(0, ts.get(3).newlinesBefore);
    }

    @Test
    void unicodeLettersDigitsAndSpacesAreClassedLikeAscii() {
        // no-break and ideographic spaces separate; accented letters and Arabic-Indic digits join words; letter
        // numbers (Roman numeral one) and symbols (circled A) stand alone
        List<Token> ts = tokens("caf\u00e9\u00a0\u00c9t\u00e9\u3000\u0661\u0663 \u2160x \u24b6b");
        assertEquals(List.of("caf\u00e9", "\u00c9t\u00e9", "\u0661\u0663", "\u2160", "x", "\u24b6", "b"),
                ts.stream().map(t -> t.text).toList());
        assertTrue(ts.get(1).spaceBefore);
        assertTrue(ts.get(2).spaceBefore);
        assertEquals(Token.Kind.WORD, ts.get(1).kind);
        assertEquals(Token.Kind.DIGITS, ts.get(2).kind);
        assertEquals(Token.Kind.PUNCT, ts.get(3).kind);
        assertEquals(Token.Kind.WORD, ts.get(4).kind);
        assertEquals(Token.Kind.PUNCT, ts.get(5).kind);
        assertFalse(ts.get(6).spaceBefore);
    }

    @Test
    void emptyText() {
        assertEquals(List.of(), tokens(""));
        assertEquals(List.of(), tokens(" \n\t "));
    }

    @Test
    void andJoinsANumberBelowAHundredAfterAHundredOrAThousand() {
        List<Token> ts = tokens("three hundred and forty-five days");
        assertEquals("three hundred and forty-five", ts.get(0).text);
        assertEquals(345, ts.get(0).number);
        assertEquals(2009, tokens("two thousand and nine").get(0).number);
        assertEquals(125, tokens("one hundred twenty-five").get(0).number);
        // two numbers, not 10200 nor 102 and 100
        List<Token> two = tokens("one hundred and two hundred");
        assertEquals(100, two.get(0).number);
        assertEquals("and", two.get(1).text);
        assertEquals(200, two.get(2).number);
        // "and" before a word that is no number is the conjunction
        assertEquals(List.of("three hundred", "and", "more"), texts("three hundred and more"));
    }

    @Test
    void aSpelledYearWithHundredAnd() {
        Token t = tokens("nineteen hundred and fifty-two").get(0);
        assertEquals("nineteen hundred and fifty-two", t.text);
        assertEquals(1952, t.value(Lex.SPELLED_YEAR));
    }

    @Test
    void aCountsTheMultiplierAfterIt() {
        Token t = tokens("a hundred and twenty days").get(0);
        assertEquals("a hundred and twenty", t.text);
        assertEquals(120, t.number);
        assertEquals(List.of("a", "day"), texts("a day"));
    }
}
