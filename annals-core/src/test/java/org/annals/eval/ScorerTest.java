package org.annals.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScorerTest {

    private static Mention m(String text, String covered, int from, String type, String value) {
        int b = text.indexOf(covered, from);
        if (b < 0) {
            throw new IllegalArgumentException(covered);
        }
        return new Mention(null, b, b + covered.length(), covered, type, value);
    }

    private static Mention m(String text, String covered, String type, String value) {
        return m(text, covered, 0, type, value);
    }

    @Test
    void handComputedTimeMLExample() {
        String t = "He left on Friday morning, 2 May 1998, and stayed for two weeks.";
        List<Mention> gold = List.of(
                m(t, "Friday morning", "TIME", "1998-05-01TMO"),
                m(t, "2 May 1998", "DATE", "1998-05-02"),
                m(t, "two weeks", "DURATION", "P2W"));
        List<Mention> system = List.of(
                m(t, "Friday", "DATE", "1998-05-01"),        // relaxed only, wrong value and type
                m(t, " 2 May 1998", "DATE", "1998-05-02"),   // same tokens: strict
                m(t, "for two weeks", "DURATION", "P2W"),    // relaxed only, right value and type
                m(t, "He", "DATE", "XXXX"));                 // spurious
        DocumentResult r = Scorer.score(GoldFormat.TIMEML, "d", t, gold, system);
        assertEquals(new Counts(3, 4, 1, 3, 2, 2), r.counts());
        EvalResult e = new EvalResult(GoldFormat.TIMEML, List.of(r));
        // strict P 1/4 R 1/3; relaxed P 3/4 R 3/3; value and type P 2/4 R 2/3
        assertEquals(0.25, e.strict().precision(), 1e-9);
        assertEquals(1.0 / 3, e.strict().recall(), 1e-9);
        assertEquals(2 / 7.0, e.strict().f1(), 1e-9);
        assertEquals(6 / 7.0, e.relaxed().f1(), 1e-9);
        assertEquals(4 / 7.0, e.value().f1(), 1e-9);
        assertEquals(4 / 7.0, e.type().f1(), 1e-9);
        assertEquals("strict-F1=28.57 relaxed-F1=85.71 value-F1=57.14 type-F1=57.14", e.summaryLine());
        // in text order: "He" (spurious), "Friday" (span, value, type), "for two weeks" (span)
        assertEquals(List.of(Finding.Kind.SPURIOUS, Finding.Kind.SPAN, Finding.Kind.VALUE, Finding.Kind.TYPE,
                Finding.Kind.SPAN), r.findings().stream().map(Finding::kind).toList());
    }

    @Test
    void strictIsByTokensNotCharacters() {
        String t = "In mid-1990s and May 1998 it rose.";
        List<Mention> gold = List.of(m(t, "mid-1990s", "DATE", "199"), m(t, "May 1998", "DATE", "1998-05"));
        // "1990s" is a different token extent (mid, -, 1990s); "May 199" touches the same tokens as "May 1998"
        List<Mention> system = List.of(m(t, "1990s", "DATE", "199"), m(t, "May 199", "DATE", "1998-05"));
        DocumentResult r = Scorer.score(GoldFormat.TIMEML, "d", t, gold, system);
        assertEquals(new Counts(2, 2, 1, 2, 2, 2), r.counts());
    }

    @Test
    void pairingIsOneToOne() {
        String t = "On Friday morning we met.";
        // one system expression cannot match two gold ones
        DocumentResult r = Scorer.score(GoldFormat.TIMEML, "d", t,
                List.of(m(t, "Friday", "DATE", "a"), m(t, "morning", "TIME", "b")),
                List.of(m(t, "Friday morning", "TIME", "b")));
        assertEquals(new Counts(2, 1, 0, 1, 0, 0), r.counts());
        // one gold expression cannot match two system ones
        r = Scorer.score(GoldFormat.TIMEML, "d", t, List.of(m(t, "Friday morning", "TIME", "b")),
                List.of(m(t, "Friday", "DATE", "a"), m(t, "morning", "TIME", "b")));
        assertEquals(new Counts(1, 2, 0, 1, 0, 0), r.counts());
        assertEquals(1, r.findings().stream().filter(f -> f.kind() == Finding.Kind.SPURIOUS).count());
    }

    @Test
    void largestOverlapIsPreferred() {
        String t = "May 5 in the last two weeks of May we sat.";
        List<Mention> gold = List.of(m(t, "the last two weeks of May", "DURATION", "P2W"));
        List<Mention> system = List.of(m(t, "May", 10, "DATE", "XXXX-05"), m(t, "the last two weeks", "DURATION", "P2W"));
        DocumentResult r = Scorer.score(GoldFormat.TIMEML, "d", t, gold, system);
        assertEquals(new Counts(1, 2, 0, 1, 1, 1), r.counts());
        Finding spurious = r.findings().stream().filter(f -> f.kind() == Finding.Kind.SPURIOUS).findFirst()
                .orElseThrow();
        assertEquals("May", spurious.system().text());
    }

    @Test
    void timex2LenientStrictAndValue() {
        String t = "In June 1950 and in  the spring of 1951 , then later.";
        List<Mention> gold = List.of(
                m(t, "June 1950", null, "1950-06"),
                m(t, "1950", null, "1950"),                  // nested
                m(t, " the spring of 1951 ", null, "1951-SP"),  // whitespace is trimmed for strict
                m(t, "later", null, null));                 // no val
        List<Mention> system = List.of(
                m(t, "1950", "DATE", "1950"),                // exact match of the inner one
                m(t, "the spring of 1951", "DATE", "1951-SP"),
                m(t, "later", "DATE", "FUTURE_REF"));
        DocumentResult r = Scorer.score(GoldFormat.WIKIWARS, "d", t, gold, system);
        // greedy in text order: the outer "June 1950" comes first and takes "1950" (lenient, value wrong), the inner
        // gold is missed; spring (strict, value); later (strict, gold has no val -> value wrong)
        assertEquals(new Counts(4, 3, 2, 3, 1, 0), r.counts());
        EvalResult e = new EvalResult(GoldFormat.WIKIWARS, List.of(r));
        // strict P 2/3 R 2/4; lenient P 3/3 R 3/4; value P 1/3 R 1/4
        assertEquals("strict-F1=57.14 relaxed-F1=85.71 value-F1=28.57", e.summaryLine());
        assertEquals(List.of(Finding.Kind.SPAN, Finding.Kind.VALUE, Finding.Kind.MISSED, Finding.Kind.VALUE),
                r.findings().stream().map(Finding::kind).toList());
        assertEquals("June 1950", r.findings().get(0).gold().text());
        assertEquals("1950", r.findings().get(2).gold().text());
    }

    @Test
    void nothingToFindAndNothingFoundIsPerfect() {
        DocumentResult r = Scorer.score(GoldFormat.TIMEML, "d", "no time here", List.of(), List.of());
        assertEquals("strict-F1=100.00 relaxed-F1=100.00 value-F1=100.00 type-F1=100.00",
                new EvalResult(GoldFormat.TIMEML, List.of(r)).summaryLine());
        r = Scorer.score(GoldFormat.TIMEML, "d", "on Monday", List.of(m("on Monday", "Monday", "DATE", "x")),
                List.of());
        assertEquals("strict-F1=0.00 relaxed-F1=0.00 value-F1=0.00 type-F1=0.00",
                new EvalResult(GoldFormat.TIMEML, List.of(r)).summaryLine());
    }
}
