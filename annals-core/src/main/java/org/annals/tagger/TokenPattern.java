package org.annals.tagger;

import org.annals.text.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A fixed-length-bounded sequence of token tests with named captures, e.g.
 * {@code TokenPattern.of(cap("month", MONTH), opt(dot), cap("day", DAY), opt(comma), cap("year", YEAR))}.
 *
 * <p>Every step consumes at most a fixed number of tokens and there is no repetition, so a match attempt costs at
 * most 2^(optional steps) x (steps) token tests: bounded per position, linear over a text. A match never crosses a
 * blank line (paragraph break).
 */
public final class TokenPattern {

    /** One step: a test on one token or on a fixed phrase of tokens. */
    public static final class Step {
        final String name;
        final Predicate<Token> test;
        final String[] phrase;
        final boolean optional;

        private Step(String name, Predicate<Token> test, String[] phrase, boolean optional) {
            this.name = name;
            this.test = test;
            this.phrase = phrase;
            this.optional = optional;
        }

        /** Tokens consumed at i, or -1. */
        int match(List<Token> tokens, int i) {
            if (phrase == null) {
                return i < tokens.size() && test.test(tokens.get(i)) ? 1 : -1;
            }
            if (i + phrase.length > tokens.size()) {
                return -1;
            }
            for (int k = 0; k < phrase.length; k++) {
                if (!tokens.get(i + k).lower.equals(phrase[k])) {
                    return -1;
                }
            }
            return phrase.length;
        }

        /** The same step, optional. */
        public Step opt() {
            return new Step(name, test, phrase, true);
        }

        /** The same step, captured under a name. */
        public Step as(String n) {
            return new Step(n, test, phrase, optional);
        }
    }

    /** A token that passes the test. */
    public static Step tok(Predicate<Token> test) {
        return new Step(null, test, null, false);
    }

    /** A captured token that passes the test. */
    public static Step cap(String name, Predicate<Token> test) {
        return new Step(name, test, null, false);
    }

    /** An optional token. */
    public static Step opt(Predicate<Token> test) {
        return new Step(null, test, null, true);
    }

    /** A phrase of literal lower-case words separated by spaces ("more than", "of the"). */
    public static Step phrase(String words) {
        return new Step(null, null, words.split(" "), false);
    }

    /** Per-thread work arrays for match attempts. */
    private static final ThreadLocal<int[][]> SCRATCH = ThreadLocal.withInitial(() -> new int[][] {new int[16],
            new int[16]});

    private final Step[] steps;
    private final Map<String, Integer> names;

    private TokenPattern(Step[] steps) {
        this.steps = steps;
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < steps.length; i++) {
            if (steps[i].name != null && m.put(steps[i].name, i) != null) {
                throw new IllegalArgumentException("duplicate capture name " + steps[i].name);
            }
        }
        this.names = Map.copyOf(m);
        boolean required = false;
        for (Step st : steps) {
            required |= !st.optional;
        }
        if (!required) {
            throw new IllegalArgumentException("a pattern needs at least one required step");
        }
    }

    public static TokenPattern of(Step... steps) {
        return new TokenPattern(steps.clone());
    }

    /**
     * True when a match could start at this token: it passes one of the leading steps up to the first required one.
     * Depends only on the token itself (its text and whether a space precedes it), so callers may cache it.
     */
    public boolean canStart(Token t) {
        for (Step s : steps) {
            if (s.phrase != null ? t.lower.equals(s.phrase[0]) : s.test.test(t)) {
                return true;
            }
            if (!s.optional) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when a match could start with these two tokens: {@code a} passes a leading step, and either every step
     * after it is optional or {@code b} (null at the end of the text) passes the next step that can follow. Depends
     * only on the two tokens (their text, the space before each, whether a blank line precedes {@code b}).
     */
    public boolean canStart(Token a, Token b) {
        for (int s0 = 0; s0 < steps.length; s0++) {
            Step first = steps[s0];
            boolean firstMatches = first.phrase != null ? a.lower.equals(first.phrase[0]) : first.test.test(a);
            if (firstMatches) {
                if (first.phrase != null && first.phrase.length > 1) {
                    if (b != null && b.newlinesBefore < 2 && b.lower.equals(first.phrase[1])) {
                        return true;
                    }
                } else if (restCanFollow(s0 + 1, b)) {
                    return true;
                }
            }
            if (!first.optional) {
                return false;
            }
        }
        return false;
    }

    /** True when the steps from s on can all be skipped, or b passes one of them reachable by skipping. */
    private boolean restCanFollow(int s, Token b) {
        for (int k = s; k < steps.length; k++) {
            Step st = steps[k];
            if (b != null && b.newlinesBefore < 2
                    && (st.phrase != null ? b.lower.equals(st.phrase[0]) : st.test.test(b))) {
                return true;
            }
            if (!st.optional) {
                return false;
            }
        }
        return true;
    }

    /** The longest-first (greedy) match starting at token {@code start}, or null. */
    public Match matchAt(List<Token> tokens, int start) {
        if (start >= tokens.size()) {
            return null;
        }
        if (!steps[0].optional && steps[0].match(tokens, start) < 0) {
            return null;
        }
        int[][] scratch = SCRATCH.get();
        if (scratch[0].length < steps.length) {
            scratch[0] = new int[steps.length];
            scratch[1] = new int[steps.length];
        }
        int[] from = scratch[0];
        int[] to = scratch[1];
        int end = walk(tokens, start, 0, from, to, start);
        if (end < 0) {
            return null;
        }
        // only a match gets arrays of its own; failed attempts (most of them) allocate nothing
        return new Match(this, tokens, start, end, java.util.Arrays.copyOf(from, steps.length),
                java.util.Arrays.copyOf(to, steps.length));
    }

    private int walk(List<Token> tokens, int i, int s, int[] from, int[] to, int start) {
        if (s == steps.length) {
            return i;
        }
        Step step = steps[s];
        if (i < tokens.size() && (i == start || tokens.get(i).newlinesBefore < 2)) {
            int n = step.match(tokens, i);
            if (n > 0) {
                from[s] = i;
                to[s] = i + n;
                int end = walk(tokens, i + n, s + 1, from, to, start);
                if (end >= 0) {
                    return end;
                }
            }
        }
        if (step.optional) {
            from[s] = -1;
            to[s] = -1;
            return walk(tokens, i, s + 1, from, to, start);
        }
        return -1;
    }

    /** True when the pattern has a capture of that name. */
    public boolean hasCapture(String name) {
        return names.containsKey(name);
    }

    int stepIndex(String name) {
        Integer i = names.get(name);
        if (i == null) {
            // a programming error in a rule, not a rejected match: never caught by the extractors
            throw new IllegalStateException("no capture named " + name);
        }
        return i;
    }

    /** The result of a match: token range [start, end) and the captured tokens by name. */
    public static final class Match {
        private final TokenPattern pattern;
        private final List<Token> tokens;
        public final int start;
        public final int end;
        private final int[] from;
        private final int[] to;

        Match(TokenPattern pattern, List<Token> tokens, int start, int end, int[] from, int[] to) {
            this.pattern = pattern;
            this.tokens = tokens;
            this.start = start;
            this.end = end;
            this.from = from;
            this.to = to;
        }

        /** True when the named step matched (optional steps may not have); false for a name the pattern lacks. */
        public boolean has(String name) {
            return pattern.hasCapture(name) && from[pattern.stepIndex(name)] >= 0;
        }

        /** The (first) token of a named step, or null when it did not match or the pattern lacks it. */
        public Token get(String name) {
            if (!pattern.hasCapture(name)) {
                return null;
            }
            int s = pattern.stepIndex(name);
            return from[s] < 0 ? null : tokens.get(from[s]);
        }

        /** All tokens of a named step. */
        public List<Token> all(String name) {
            if (!pattern.hasCapture(name)) {
                return List.of();
            }
            int s = pattern.stepIndex(name);
            return from[s] < 0 ? List.of() : new ArrayList<>(tokens.subList(from[s], to[s]));
        }

        public Token first() {
            return tokens.get(start);
        }

        public Token last() {
            return tokens.get(end - 1);
        }

        public List<Token> tokens() {
            return tokens;
        }
    }
}
