package org.annals.nlp;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.util.StringUtil;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Greedy (beam 1) decoding of the OpenNLP UD-EWT POS model, giving the same tags as OpenNLP's {@code BeamSearch} of
 * size 1 over the model's {@code GISModel} but without building and hashing ~17 feature strings per word.
 *
 * <p>The model's feature generator (its {@code generator.featuregen}) gives, for word i: {@code def}; suffixes,
 * prefixes, {@code w=}, token class {@code wc=} and {@code w&c=} of the word itself; the lower-cased words at i-2..i+2
 * ({@code p2w= p1w= n1w= n2w=}); sentence-begin flags ({@code S=begin} at i = 0, {@code p1S=begin} at 1, {@code
 * p2S=begin} at 2); and the previous tags ({@code t=} and {@code t2=}). Only the last depend on the decoding; every
 * other feature depends on one word. So each distinct word is looked up once (cached, bounded): its own features'
 * parameter rows ({@link Context}s, taken from the model's own generator on a one-word sentence, so they match
 * OpenNLP exactly) and the rows of its {@code p1w= p2w= n1w= n2w=} features. A word's scores are then the sum of
 * about 15 sparse rows, added in OpenNLP's feature order from the same uniform prior, so that even rounding is the
 * same; the tag is the best score (the sequence validator of the model has no tag dictionary: every tag is valid).
 *
 * <p>Thread-safe: the rows are immutable and the cache is concurrent; the feature generator, used on cache misses
 * only, is the caller's (one per thread).
 */
final class GreedyPosTagger {

    /** Words cached at most (about 300 bytes each); later new words are looked up each time. */
    static final int CACHE_LIMIT = 100_000;

    private static final Context[] NONE = new Context[0];

    private final Map<String, Context> pmap;
    private final String[] outcomes;
    private final double logPrior;
    private final Context def;
    private final Context[] begin;      // S=begin, p1S=begin, p2S=begin
    private final Context[] prevTag;    // t=X by outcome
    private final Context[][] prevTags; // t2=X,Y by outcomes
    private final ConcurrentHashMap<String, Lex> cache = new ConcurrentHashMap<>();

    /** One word's rows: its own features before and after the window features, and as a neighbour. */
    private record Lex(Context[] own, Context[] ownClass, Context p1, Context p2, Context n1, Context n2) {
    }

    @SuppressWarnings("unchecked")
    GreedyPosTagger(AbstractModel model) {
        Object[] ds = model.getDataStructures();
        pmap = (Map<String, Context>) ds[1];
        outcomes = (String[]) ds[2];
        logPrior = Math.log(1.0 / outcomes.length);   // UniformPrior
        def = pmap.get("def");
        begin = new Context[] {pmap.get("S=begin"), pmap.get("p1S=begin"), pmap.get("p2S=begin")};
        int n = outcomes.length;
        prevTag = new Context[n];
        prevTags = new Context[n][n];
        for (int a = 0; a < n; a++) {
            prevTag[a] = pmap.get("t=" + outcomes[a]);
            for (int b = 0; b < n; b++) {
                prevTags[a][b] = pmap.get("t2=" + outcomes[a] + "," + outcomes[b]);
            }
        }
    }

    /** The tags (model outcomes) of one sentence's words. */
    String[] tag(String[] words, POSContextGenerator generator) {
        int n = words.length;
        Lex[] lex = new Lex[n];
        for (int i = 0; i < n; i++) {
            lex[i] = lex(words[i], generator);
        }
        double[] scores = new double[outcomes.length];
        int[] tags = new int[n];
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(scores, logPrior);
            add(scores, def);
            Lex w = lex[i];
            for (Context c : w.own) {
                add(scores, c);
            }
            if (i > 0) {
                add(scores, lex[i - 1].p1);
            }
            if (i > 1) {
                add(scores, lex[i - 2].p2);
            }
            if (i + 1 < n) {
                add(scores, lex[i + 1].n1);
            }
            if (i + 2 < n) {
                add(scores, lex[i + 2].n2);
            }
            if (i < 3) {
                add(scores, begin[i]);
            }
            for (Context c : w.ownClass) {
                add(scores, c);
            }
            if (i > 0) {
                add(scores, prevTag[tags[i - 1]]);
            }
            if (i > 1) {
                add(scores, prevTags[tags[i - 2]][tags[i - 1]]);
            }
            int best = 0;
            for (int k = 1; k < scores.length; k++) {
                if (scores[k] > scores[best]) {
                    best = k;
                }
            }
            tags[i] = best;
            out[i] = outcomes[best];
        }
        return out;
    }

    private static void add(double[] scores, Context c) {
        if (c == null) {
            return;
        }
        int[] o = c.getOutcomes();
        double[] p = c.getParameters();
        for (int j = 0; j < o.length; j++) {
            scores[o[j]] += p[j];
        }
    }

    private Lex lex(String word, POSContextGenerator generator) {
        Lex l = cache.get(word);
        if (l != null) {
            return l;
        }
        l = compute(word, generator);
        if (cache.size() < CACHE_LIMIT) {
            cache.putIfAbsent(word, l);
        }
        return l;
    }

    /**
     * The word's rows. Its own features come from the model's generator on the one-word sentence {@code [word]}:
     * {@code def, suf=..., pre=..., w=..., S=begin, wc=..., w&c=...}; those before {@code S=begin} are summed before
     * the window features, those after it after them, as in OpenNLP's order.
     */
    private Lex compute(String word, POSContextGenerator generator) {
        String[] context = generator.getContext(0, new String[] {word}, new String[0], new Object[0]);
        List<Context> own = new ArrayList<>(12);
        List<Context> ownClass = new ArrayList<>(2);
        boolean afterWindow = false;
        for (String f : context) {
            if (f.equals("def")) {
                continue;
            }
            if (f.equals("S=begin")) {
                afterWindow = true;
                continue;
            }
            if (f.startsWith("t=") || f.startsWith("t2=")) {
                continue;
            }
            Context c = pmap.get(f);
            if (c != null) {
                (afterWindow ? ownClass : own).add(c);
            }
        }
        String lw = StringUtil.toLowerCase(word);
        return new Lex(own.toArray(NONE), ownClass.toArray(NONE), pmap.get("p1w=" + lw), pmap.get("p2w=" + lw),
                pmap.get("n1w=" + lw), pmap.get("n2w=" + lw));
    }
}
