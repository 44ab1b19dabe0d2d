package org.annals.tagger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Keeps, among overlapping candidates, the one covering most tokens, then the one of higher priority. */
public final class OverlapResolver {

    private OverlapResolver() {
    }

    public static List<Candidate> resolve(List<Candidate> in, int tokenCount) {
        List<Candidate> sorted = new ArrayList<>(in);
        sorted.sort(Comparator.comparingInt(Candidate::length).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::priority).reversed())
                .thenComparingInt(Candidate::start));
        boolean[] taken = new boolean[tokenCount];
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : sorted) {
            boolean free = true;
            for (int i = c.start(); i < c.end() && free; i++) {
                free = !taken[i];
            }
            if (free) {
                for (int i = c.start(); i < c.end(); i++) {
                    taken[i] = true;
                }
                out.add(c);
            }
        }
        out.sort(Comparator.comparingInt(Candidate::start));
        return out;
    }
}
