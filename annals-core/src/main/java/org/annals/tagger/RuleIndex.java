package org.annals.tagger;

import org.annals.expression.Candidate;
import org.annals.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Runs the rules of many {@link RuleExtractor}s in one pass, trying at each token only the rules that can start
 * with it and the token after it. Which rules can start at a token depends only on its text and on whether a space
 * precedes it, and which of those can go on depends only on the next token's text and spacing, so both answers are
 * cached (up to {@value #MAX_CACHED} entries each, so memory stays bounded on any input). The same candidates come
 * out as from running each extractor on its own. Thread-safe.
 */
public final class RuleIndex {

    static final int MAX_CACHED = 200_000;

    private final RuleExtractor.Rule[] rules;
    private final Map<String, Node> afterSpace = new ConcurrentHashMap<>();
    private final Map<String, Node> glued = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger cachedPairs = new java.util.concurrent.atomic.AtomicInteger();

    public RuleIndex(List<RuleExtractor> extractors) {
        List<RuleExtractor.Rule> all = new ArrayList<>();
        for (RuleExtractor e : extractors) {
            all.addAll(e.rules());
        }
        this.rules = all.toArray(RuleExtractor.Rule[]::new);
    }

    public void extract(List<Token> tokens, Consumer<Candidate> out) {
        for (int i = 0; i < tokens.size(); i++) {
            extractAt(tokens, i, out);
        }
    }

    /** The candidates of the rules whose match begins at token i (each starts at i or after it). */
    public void extractAt(List<Token> tokens, int i, Consumer<Candidate> out) {
        Node node = startingAt(tokens.get(i));
        if (node.rules.length == 0) {
            return;
        }
        Token b = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        for (RuleExtractor.Rule r : node.followedBy(b)) {
            r.apply(tokens, i, out);
        }
    }

    /** The rules that can start at one token, and among them, by the next token, those that can go on. */
    private final class Node {
        final RuleExtractor.Rule[] rules;
        final Token first;
        @SuppressWarnings("unchecked")
        final Map<String, RuleExtractor.Rule[]>[] next = new Map[4];
        RuleExtractor.Rule[] atEnd;

        Node(RuleExtractor.Rule[] rules, Token first) {
            this.rules = rules;
            this.first = first;
        }

        RuleExtractor.Rule[] followedBy(Token b) {
            if (b == null) {
                if (atEnd == null) {
                    atEnd = filter(null);
                }
                return atEnd;
            }
            int k = (b.spaceBefore ? 1 : 0) + (b.newlinesBefore >= 2 ? 2 : 0);
            Map<String, RuleExtractor.Rule[]> m = next[k];
            if (m == null) {
                synchronized (this) {
                    if (next[k] == null) {
                        next[k] = new ConcurrentHashMap<>();
                    }
                    m = next[k];
                }
            }
            RuleExtractor.Rule[] cached = m.get(b.text);
            if (cached != null) {
                return cached;
            }
            RuleExtractor.Rule[] found = filter(b);
            if (cachedPairs.incrementAndGet() < MAX_CACHED) {
                m.put(b.text, found);
            }
            return found;
        }

        private RuleExtractor.Rule[] filter(Token b) {
            List<RuleExtractor.Rule> fit = new ArrayList<>();
            for (RuleExtractor.Rule r : rules) {
                if (r.pattern().canStart(first, b)) {
                    fit.add(r);
                }
            }
            return fit.toArray(RuleExtractor.Rule[]::new);
        }
    }

    private Node startingAt(Token t) {
        Map<String, Node> byToken = t.spaceBefore ? afterSpace : glued;
        Node cached = byToken.get(t.text);
        if (cached != null) {
            return cached;
        }
        List<RuleExtractor.Rule> fit = new ArrayList<>();
        for (RuleExtractor.Rule r : rules) {
            if (r.pattern().canStart(t)) {
                fit.add(r);
            }
        }
        Node found = new Node(fit.toArray(RuleExtractor.Rule[]::new), t);
        if (afterSpace.size() + glued.size() < MAX_CACHED) {
            byToken.put(t.text, found);
        }
        return found;
    }
}
