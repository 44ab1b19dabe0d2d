package org.annals.tagger;

import org.annals.expression.Candidate;
import org.annals.expression.TemporalExpression;
import org.annals.model.TimexType;
import org.annals.text.Token;
import org.annals.time.Mod;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An extractor made of named rules: a {@link TokenPattern} and a function reading a match into a candidate
 * (or rejecting it). Each rule is tried at each token, so the cost is linear in the text.
 */
public abstract class RuleExtractor implements Extractor {

    /** Reads a match; returns null to reject it. */
    @FunctionalInterface
    public interface Reader {
        Reading read(TokenPattern.Match m);
    }

    /**
     * What a match means.
     *
     * @param expr      the unresolved reading
     * @param type      the TIMEX3 type
     * @param mod       a modifier, or null
     * @param trimStart tokens to leave out at the start of the match (context that is not part of the expression)
     * @param trimEnd   tokens to leave out at the end
     */
    public record Reading(TemporalExpression expr, TimexType type, Mod mod, int trimStart, int trimEnd) {
        public Reading(TemporalExpression expr, TimexType type) {
            this(expr, type, null, 0, 0);
        }

        public Reading mod(Mod m) {
            return new Reading(expr, type, m, trimStart, trimEnd);
        }

        public Reading trim(int start, int end) {
            return new Reading(expr, type, mod, start, end);
        }
    }

    /** A named rule of a family. */
    record Rule(String family, String name, TokenPattern pattern, Reader reader, int priority) {

        /** Applies the rule at token i, emitting a candidate when it matches and its reader accepts. */
        void apply(List<Token> tokens, int i, Consumer<Candidate> out) {
            TokenPattern.Match m = pattern.matchAt(tokens, i);
            if (m == null) {
                return;
            }
            Reading reading;
            try {
                reading = reader.read(m);
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                // an impossible value (30 February, month 13): not a time expression, and its parts are not either
                out.accept(new Candidate(m.start, m.end, TemporalExpression.Impossible.INSTANCE,
                        org.annals.model.TimexType.DATE, null, family + "/" + name + "/impossible", priority));
                return;
            }
            if (reading == null) {
                return;
            }
            int s = m.start + reading.trimStart();
            int e = m.end - reading.trimEnd();
            // an expression never starts or ends with a comma or a hyphen ("Feb. 10," before a clause)
            while (e > s && (tokens.get(e - 1).isPunct(',') || tokens.get(e - 1).isPunct('-'))) {
                e--;
            }
            while (s < e && (tokens.get(s).isPunct(',') || tokens.get(s).isPunct('-'))) {
                s++;
            }
            if (s < e) {
                out.accept(new Candidate(s, e, reading.expr(), reading.type(), reading.mod(), family + "/" + name,
                        priority));
            }
        }
    }

    private final String family;
    private final List<Rule> rules = new ArrayList<>();

    protected RuleExtractor(String family) {
        this.family = family;
    }

    /** Adds a rule; later rules do not override earlier ones, the resolver of overlaps decides. */
    protected final void rule(String name, TokenPattern pattern, Reader reader) {
        rules.add(new Rule(family, name, pattern, reader, 0));
    }

    protected final void rule(String name, int priority, TokenPattern pattern, Reader reader) {
        rules.add(new Rule(family, name, pattern, reader, priority));
    }

    @Override
    public final String name() {
        return family;
    }

    /** The rules, in the order they were added. */
    final List<Rule> rules() {
        return List.copyOf(rules);
    }

    @Override
    public final void extract(List<Token> tokens, Consumer<Candidate> out) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            for (Rule r : rules) {
                if (r.pattern().canStart(t)) {
                    r.apply(tokens, i, out);
                }
            }
        }
    }
}
