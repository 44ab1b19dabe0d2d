package org.annals.testing;

import org.annals.gold.AnnotatedDocument;
import org.annals.gold.GoldTimex;
import org.annals.io.ReadException;
import org.annals.io.TimeMLReader;
import org.annals.io.TimeMLWriter;
import org.annals.model.TaggedDocument;
import org.annals.model.Timex;
import org.annals.time.Timex3Syntax;

import java.util.List;

/**
 * What must hold for any tagged document, whatever the input: offsets inside the text and in order, no two time
 * expressions overlapping, each one's text the text at its offsets, every value well-formed TIMEX3 and every date
 * possible, and the TimeML output read back with the identical text and the same time expressions.
 */
public final class Invariants {

    private Invariants() {
    }

    /** False for text with NUL, U+FFFE, U+FFFF or an unpaired surrogate. */
    static boolean xmlCanHold(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0 || c == 0xFFFE || c == 0xFFFF || Character.isLowSurrogate(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    /** Throws an AssertionError naming the first broken invariant. */
    public static void check(TaggedDocument d) {
        String text = d.text();
        int end = 0;
        for (Timex t : d.timexes()) {
            if (t.begin() < 0 || t.end() > text.length() || t.begin() >= t.end()) {
                throw new AssertionError("offsets " + t.begin() + "-" + t.end() + " outside a text of "
                        + text.length() + ": " + t);
            }
            if (t.begin() < end) {
                throw new AssertionError("overlapping or unordered time expressions at " + t.begin() + ": " + t);
            }
            end = t.end();
            if (!text.substring(t.begin(), t.end()).equals(t.text())) {
                throw new AssertionError("text of " + t + " is not the text at its offsets");
            }
            String problem = Timex3Syntax.problem(t.value());
            if (problem != null) {
                throw new AssertionError(problem + ": " + t);
            }
        }
        if (!xmlCanHold(text)) {
            try {
                new TimeMLWriter().toTimeML(d);
            } catch (IllegalArgumentException expected) {
                return;
            }
            throw new AssertionError("TimeML written for a text XML cannot hold");
        }
        String tml = new TimeMLWriter().toTimeML(d);
        AnnotatedDocument back;
        try {
            back = TimeMLReader.read(d.source(), tml);
        } catch (ReadException e) {
            throw new AssertionError("TimeML output not readable: " + e.getMessage(), e);
        }
        if (!back.document().text().equals(text)) {
            throw new AssertionError("TimeML output read back with a different text");
        }
        List<GoldTimex> gold = back.gold();
        if (gold.size() != d.timexes().size()) {
            throw new AssertionError("TimeML output read back with " + gold.size() + " time expressions, not "
                    + d.timexes().size());
        }
        for (int i = 0; i < gold.size(); i++) {
            GoldTimex g = gold.get(i);
            Timex t = d.timexes().get(i);
            if (g.begin() != t.begin() || g.end() != t.end() || !g.value().equals(t.value())) {
                throw new AssertionError("TimeML output read back as " + g + ", not " + t);
            }
        }
    }
}
