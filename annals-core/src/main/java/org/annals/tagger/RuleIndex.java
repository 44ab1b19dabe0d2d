package org.annals.tagger;

import org.annals.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Runs the rules of many {@link RuleExtractor}s in one pass, trying at each token only the rules that can start
 * there. Which rules can start at a token depends only on its text and on whether a space precedes it, so the answer
 * is cached per distinct token (up to {@value #MAX_CACHED} of them, so memory stays bounded on any input). The same
 * candidates come out as from running each extractor on its own. Thread-safe.
 */
public final class RuleIndex {

    static final int MAX_CACHED = 200_000;

    private final RuleExtractor.Rule[] rules;
    private final Map<String, RuleExtractor.Rule[]> afterSpace = new ConcurrentHashMap<>();
    private final Map<String, RuleExtractor.Rule[]> glued = new ConcurrentHashMap<>();

    public RuleIndex(List<RuleExtractor> extractors) {
        List<RuleExtractor.Rule> all = new ArrayList<>();
        for (RuleExtractor e : extractors) {
            all.addAll(e.rules());
        }
        this.rules = all.toArray(RuleExtractor.Rule[]::new);
    }

    public void extract(List<Token> tokens, Consumer<Candidate> out) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            for (RuleExtractor.Rule r : startingAt(tokens.get(i))) {
                r.apply(tokens, i, out);
            }
        }
    }

    private RuleExtractor.Rule[] startingAt(Token t) {
        Map<String, RuleExtractor.Rule[]> byToken = t.spaceBefore ? afterSpace : glued;
        String key = t.text;
        RuleExtractor.Rule[] cached = byToken.get(key);
        if (cached != null) {
            return cached;
        }
        List<RuleExtractor.Rule> fit = new ArrayList<>();
        for (RuleExtractor.Rule r : rules) {
            if (r.pattern().canStart(t)) {
                fit.add(r);
            }
        }
        RuleExtractor.Rule[] found = fit.toArray(RuleExtractor.Rule[]::new);
        if (afterSpace.size() + glued.size() < MAX_CACHED) {
            byToken.put(key, found);
        }
        return found;
    }
}
