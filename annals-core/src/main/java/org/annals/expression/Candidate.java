package org.annals.expression;

import org.annals.model.TimexType;
import org.annals.text.Token;
import org.annals.time.Mod;

import java.util.List;

/**
 * A time expression found by an extractor: its token span, its unresolved reading, its type and modifier, and the
 * rule that found it.
 *
 * @param start    index of the first token
 * @param end      index after the last token
 * @param expr     the unresolved reading
 * @param type     the TIMEX3 type
 * @param mod      the modifier, or null
 * @param rule     the extractor (family) and rule that fired, e.g. "month-day-year"
 * @param priority breaks ties between candidates of equal length (higher wins)
 */
public record Candidate(int start, int end, TemporalExpression expr, TimexType type, Mod mod, String rule,
                        int priority) {

    public int begin(List<Token> tokens) {
        return tokens.get(start).begin;
    }

    public int end(List<Token> tokens) {
        return tokens.get(end - 1).end;
    }

    public int length() {
        return end - start;
    }

    public Candidate withSpan(int s, int e) {
        return new Candidate(s, e, expr, type, mod, rule, priority);
    }

    public Candidate withMod(Mod m) {
        return new Candidate(start, end, expr, type, m, rule, priority);
    }

    public Candidate withExpr(TemporalExpression x, TimexType t) {
        return new Candidate(start, end, x, t, mod, rule, priority);
    }

    public boolean overlaps(Candidate o) {
        return start < o.end && o.start < end;
    }
}
