package org.annals.nlp;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.util.StringUtil;

import java.util.ArrayList;
import java.util.Arrays;
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
 * OpenNLP exactly) and the rows of its {@code p1w= p2w= n1w= n2w=} features. A word's scores are the sum of about 15
 * sparse rows, added in OpenNLP's feature order from the same uniform prior, so that even rounding is the same; the
 * tag is the best score (the sequence validator of the model has no tag dictionary: every tag is valid).
 *
 * <p>The first sums of that order, the prior, {@code def} and the word's own features before the window ones, are the
 * same wherever the word stands: they are added once, when the word is cached, and each occurrence starts from a
 * copy of the result (the same additions in the same order give the same doubles). The word's other rows are kept
 * packed in two arrays of its own instead of as the model's scattered {@link Context} objects, so a word costs a few
 * memory accesses rather than some forty.
 *
 * <p>Thread-safe: the cached words are immutable and the cache is concurrent; the feature generator, used on cache
 * misses only, is the caller's (one per thread).
 */
final class GreedyPosTagger {

    /** Words cached at most (about 500 bytes each); later new words are looked up each time. */
    static final int CACHE_LIMIT = 100_000;

    /** A word's packed rows, in {@link LexEntry#start}: as the previous, second previous, next, second next word. */
    private static final int P1 = 0;
    private static final int P2 = 1;
    private static final int N1 = 2;
    private static final int N2 = 3;
    /** Then its own rows summed after the window features ({@code wc=}, {@code w&c=}), any number. */
    private static final int CLASS = 4;

    private final Map<String, Context> pmap;
    private final String[] outcomes;
    private final double logPrior;
    private final Context def;
    private final Context[] begin;      // S=begin, p1S=begin, p2S=begin
    private final Context[] prevTag;    // t=X by outcome
    private final Context[][] prevTags; // t2=X,Y by outcomes
    private final ConcurrentHashMap<String, LexEntry> cache = new ConcurrentHashMap<>();

    /**
     * One word: {@code word}, the instance the cache holds; {@code prefix}, the scores after the prior, {@code def}
     * and its own features before the window ones; its other rows packed, row r being {@code outcome[j], param[j]}
     * for j in {@code start[r]..start[r+1]} (empty when the model lacks the feature).
     */
    private record LexEntry(String word, double[] prefix, int[] outcome, double[] param, int[] start) {

        void add(double[] scores, int row) {
            for (int j = start[row], end = start[row + 1]; j < end; j++) {
                scores[outcome[j]] += param[j];
            }
        }

        int rows() {
            return start.length - 1;
        }
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

    /**
     * The tags (model outcomes) of one sentence's words. Each word of {@code words} is replaced by the equal string
     * the cache holds, when it holds one: the same words of all documents are then one instance, whose hash is
     * computed once and whose comparisons in later lookups (event features, word lists) are by identity.
     */
    String[] tag(String[] words, POSContextGenerator generator) {
        int n = words.length;
        LexEntry[] lex = new LexEntry[n];
        for (int i = 0; i < n; i++) {
            lex[i] = lex(words[i], generator);
            words[i] = lex[i].word;
        }
        double[] scores = new double[outcomes.length];
        int[] tags = new int[n];
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            LexEntry w = lex[i];
            System.arraycopy(w.prefix, 0, scores, 0, scores.length);
            if (i > 0) {
                lex[i - 1].add(scores, P1);
            }
            if (i > 1) {
                lex[i - 2].add(scores, P2);
            }
            if (i + 1 < n) {
                lex[i + 1].add(scores, N1);
            }
            if (i + 2 < n) {
                lex[i + 2].add(scores, N2);
            }
            if (i < 3) {
                add(scores, begin[i]);
            }
            for (int r = CLASS, rows = w.rows(); r < rows; r++) {
                w.add(scores, r);
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

    private LexEntry lex(String word, POSContextGenerator generator) {
        LexEntry l = cache.get(word);
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
     * {@code def, suf=..., pre=..., w=..., S=begin, wc=..., w&c=...}; those before {@code S=begin} are summed into
     * the prefix (after the prior and {@code def}), before the window features; those after it after them, as in
     * OpenNLP's order.
     */
    private LexEntry compute(String word, POSContextGenerator generator) {
        String[] context = generator.getContext(0, new String[] {word}, new String[0], new Object[0]);
        double[] prefix = new double[outcomes.length];
        Arrays.fill(prefix, logPrior);
        add(prefix, def);
        List<Context> rows = new ArrayList<>(8);
        String lw = StringUtil.toLowerCase(word);
        rows.add(pmap.get("p1w=" + lw));
        rows.add(pmap.get("p2w=" + lw));
        rows.add(pmap.get("n1w=" + lw));
        rows.add(pmap.get("n2w=" + lw));
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
            if (c == null) {
                continue;
            }
            if (afterWindow) {
                rows.add(c);
            } else {
                add(prefix, c);
            }
        }
        int[] start = new int[rows.size() + 1];
        for (int r = 0; r < rows.size(); r++) {
            start[r + 1] = start[r] + (rows.get(r) == null ? 0 : rows.get(r).getOutcomes().length);
        }
        int[] outcome = new int[start[rows.size()]];
        double[] param = new double[outcome.length];
        for (int r = 0; r < rows.size(); r++) {
            Context c = rows.get(r);
            if (c != null) {
                System.arraycopy(c.getOutcomes(), 0, outcome, start[r], c.getOutcomes().length);
                System.arraycopy(c.getParameters(), 0, param, start[r], c.getParameters().length);
            }
        }
        return new LexEntry(word, prefix, outcome, param, start);
    }
}
