package org.annals.tagger;

import org.annals.expression.Candidate;
import org.annals.expression.TemporalExpression;
import org.annals.model.TimexType;
import org.annals.text.Token;
import org.annals.time.Mod;

import java.util.ArrayList;
import java.util.List;

/**
 * Extends candidates over the modifiers written before them and records the TIMEX3 mod: "late October 1950"
 * (END), "early 1950" (START), "mid-1950s" (MID), "the end of 1990" (END), "about three weeks" (APPROX),
 * "less than two weeks" (LESS_THAN), "more than a decade" (MORE_THAN), "at least 30 days" (EQUAL_OR_MORE), and over "or so" written after a duration or
 * a unit's shift ("two years or so", "the next year or so").
 */
public final class ModifierRefiner {

    /** Words before an expression; {@code extend} says whether they belong to its span (TimeBank: "nearly five
     * months" does, "about five hours" does not, though both set the mod). */
    private record Prefix(String[] words, Mod pointMod, Mod durationMod, boolean extend) {
    }

    private static final List<Prefix> PREFIXES = List.of(
            p("the very beginning of", Mod.START, null), p("the very end of", Mod.END, null),
            p("the beginning of", Mod.START, null), p("the start of", Mod.START, null),
            p("the end of", Mod.END, null), p("the middle of", Mod.MID, null), p("the close of", Mod.END, null),
            p("the dawn of", Mod.START, null), p("the turn of", null, null),
            p("beginning of", Mod.START, null), p("end of", Mod.END, null), p("middle of", Mod.MID, null),
            p("the early", Mod.START, null), p("the late", Mod.END, null), p("the mid", Mod.MID, null),
            p("the mid -", Mod.MID, null),
            p("early on", Mod.START, null), p("late on", Mod.END, null),
            p("early", Mod.START, null), p("late", Mod.END, null), p("mid", Mod.MID, null),
            p("mid -", Mod.MID, null), p("middle", Mod.MID, null),
            p("pre -", Mod.BEFORE, null), p("post -", Mod.AFTER, null),
            p("no more than", null, Mod.EQUAL_OR_LESS), p("no less than", null, Mod.EQUAL_OR_MORE),
            p("more than", null, Mod.MORE_THAN), p("less than", null, Mod.LESS_THAN),
            p("fewer than", null, Mod.LESS_THAN), p("at least", null, Mod.EQUAL_OR_MORE),
            p("at most", null, Mod.EQUAL_OR_LESS), p("up to", null, Mod.EQUAL_OR_LESS),
            p("over", null, Mod.MORE_THAN), p("under", null, Mod.LESS_THAN),
            p("nearly", null, Mod.LESS_THAN), outside("almost", null, Mod.LESS_THAN),
            outside("about", Mod.APPROX, Mod.APPROX), p("around", Mod.APPROX, Mod.APPROX),
            p("approximately", Mod.APPROX, Mod.APPROX), p("roughly", Mod.APPROX, Mod.APPROX),
            p("some", null, Mod.APPROX), p("circa", Mod.APPROX, null), p("c.", Mod.APPROX, null),
            p("ca.", Mod.APPROX, null), p("c .", Mod.APPROX, null), p("ca .", Mod.APPROX, null), p("an estimated", null, Mod.APPROX));

    private static Prefix p(String words, Mod point, Mod duration) {
        return new Prefix(words.split(" "), point, duration, true);
    }

    /** A prefix that sets the mod but stays outside the span. */
    private static Prefix outside(String words, Mod point, Mod duration) {
        return new Prefix(words.split(" "), point, duration, false);
    }

    /** The prefixes by their last word, the one right before an expression, in list order. */
    private static final java.util.Map<String, List<Prefix>> BY_LAST_WORD = byLastWord();

    private static java.util.Map<String, List<Prefix>> byLastWord() {
        java.util.Map<String, List<Prefix>> m = new java.util.HashMap<>();
        for (Prefix p : PREFIXES) {
            m.computeIfAbsent(p.words[p.words.length - 1], k -> new ArrayList<>()).add(p);
        }
        return m;
    }

    private ModifierRefiner() {
    }

    /** Returns the candidates with modifiers attached (spans extended to cover them). */
    public static List<Candidate> refine(List<Token> tokens, List<Candidate> in) {
        List<Candidate> out = new ArrayList<>(in.size());
        for (Candidate c : in) {
            out.add(orSo(tokens, refine(tokens, c)));
        }
        return out;
    }

    private static Candidate refine(List<Token> tokens, Candidate c) {
        if (c.start() == 0) {
            return c;
        }
        List<Prefix> candidates = BY_LAST_WORD.get(tokens.get(c.start() - 1).lower);
        if (candidates == null) {
            return c;
        }
        boolean duration = c.type() == TimexType.DURATION || c.expr() instanceof TemporalExpression.Offset;
        boolean point = !duration && c.type() != TimexType.SET
                && !(c.expr() instanceof TemporalExpression.Ref);
        for (Prefix p : candidates) {
            int n = p.words.length;
            int s = c.start() - n;
            if (s < 0 || !matches(tokens, s, p.words)) {
                continue;
            }
            if (tokens.get(c.start()).newlinesBefore >= 2) {
                return c;
            }
            Mod mod;
            if (duration) {
                if (p.durationMod == null && p.pointMod == null) {
                    continue;
                }
                mod = c.expr() instanceof TemporalExpression.Offset ? null : p.durationMod;
                if (p.durationMod == null) {
                    continue;
                }
            } else if (point) {
                if (p.pointMod == null && !p.words[p.words.length - 1].equals("of")) {
                    continue;
                }
                mod = p.pointMod;
            } else {
                continue;
            }
            // "over the past year": "over" is a preposition there, a modifier only before an amount
            if ((p.words[0].equals("over") || p.words[0].equals("under")) && !amount(tokens.get(c.start()))) {
                continue;
            }
            return new Candidate(p.extend ? s : c.start(), c.end(), c.expr(), c.type(), mod != null ? mod : c.mod(),
                    c.rule(), c.priority());
        }
        return c;
    }

    /**
     * "two years or so", "the next year or so": "or so" after a duration or a unit's shift is in the span, an
     * approximation (mod APPROX, as TimeBank marks both); not before a word that goes on ("or so-called" is no modifier).
     */
    private static Candidate orSo(List<Token> tokens, Candidate c) {
        int e = c.end();
        if (e + 1 >= tokens.size() || !tokens.get(e).lower.equals("or") || !tokens.get(e + 1).lower.equals("so")
                || tokens.get(e).newlinesBefore > 0 || tokens.get(e + 1).newlinesBefore > 0
                || e + 2 < tokens.size() && (tokens.get(e + 2).isPunct('-') && !tokens.get(e + 2).spaceBefore)) {
            return c;
        }
        if (c.type() != TimexType.DURATION && !(c.expr() instanceof TemporalExpression.UnitShift)) {
            return c;
        }
        return new Candidate(c.start(), e + 2, c.expr(), c.type(), c.mod() == null ? Mod.APPROX : c.mod(), c.rule(),
                c.priority());
    }

    private static boolean amount(Token t) {
        return t.isNumber() || t.lower.equals("a") || t.lower.equals("an") || t.lower.equals("one");
    }

    private static boolean matches(List<Token> tokens, int s, String[] words) {
        for (int k = 0; k < words.length; k++) {
            Token t = tokens.get(s + k);
            if (!t.lower.equals(words[k])) {
                return false;
            }
            if (k > 0 && t.newlinesBefore >= 2) {
                return false;
            }
        }
        return true;
    }
}
