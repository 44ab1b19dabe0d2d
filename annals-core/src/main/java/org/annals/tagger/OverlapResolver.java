package org.annals.tagger;

import org.annals.expression.Candidate;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps, among overlapping candidates, the one covering most tokens, then the one of higher priority, then the
 * one found first. Linear time: candidates are bucketed by length and priority (both small), not sorted.
 */
public final class OverlapResolver {

    private OverlapResolver() {
    }

    public static List<Candidate> resolve(List<Candidate> in, int tokenCount) {
        return resolve(in, 0, tokenCount);
    }

    /**
     * The same for candidates that all lie within the tokens {@code [from, to)}: the work arrays cover only that
     * range, so resolving a long text window by window costs no more than resolving it at once.
     */
    public static List<Candidate> resolve(List<Candidate> in, int from, int to) {
        if (in.isEmpty()) {
            return List.of();
        }
        int maxLength = 0;
        int minPriority = Integer.MAX_VALUE;
        int maxPriority = Integer.MIN_VALUE;
        for (Candidate c : in) {
            maxLength = Math.max(maxLength, c.length());
            minPriority = Math.min(minPriority, c.priority());
            maxPriority = Math.max(maxPriority, c.priority());
        }
        int priorities = maxPriority - minPriority + 1;
        @SuppressWarnings("unchecked")
        List<Candidate>[] buckets = new List[(maxLength + 1) * priorities];
        for (Candidate c : in) {
            int k = c.length() * priorities + (maxPriority - c.priority());
            if (buckets[k] == null) {
                buckets[k] = new ArrayList<>();
            }
            buckets[k].add(c);
        }
        boolean[] taken = new boolean[to - from];
        Candidate[] byStart = new Candidate[to - from];
        for (int length = maxLength; length >= 1; length--) {
            for (int p = 0; p < priorities; p++) {
                List<Candidate> bucket = buckets[length * priorities + p];
                if (bucket == null) {
                    continue;
                }
                for (Candidate c : bucket) {
                    if (free(taken, c, from)) {
                        for (int i = c.start(); i < c.end(); i++) {
                            taken[i - from] = true;
                        }
                        byStart[c.start() - from] = c;
                    }
                }
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : byStart) {
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean free(boolean[] taken, Candidate c, int from) {
        for (int i = c.start(); i < c.end(); i++) {
            if (taken[i - from]) {
                return false;
            }
        }
        return true;
    }
}
