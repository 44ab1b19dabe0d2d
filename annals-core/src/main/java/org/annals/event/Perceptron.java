package org.annals.event;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A multiclass averaged perceptron over string features (plain Java, deterministic). Training keeps, per feature and
 * label, the weight, its running sum and the step of its last change, so that averaging costs nothing per example.
 * The saved model keeps only the averaged weights that are not zero.
 */
final class Perceptron {

    final String[] labels;
    private final Map<String, float[]> weights;

    /*
     * The same weights for prediction without feature strings: an open-addressing table keyed by the 64-bit FNV-1a
     * hash of each feature string. Each slot holds the key (two ints, 0 0 for an empty slot) followed by the
     * feature's weights (float bits), so a lookup touches one place in memory. A scorer hashes a feature's parts as if
     * concatenated, so it finds the slot of the equal string (a 64-bit collision between a seen and an unseen
     * feature is vanishingly unlikely: about 5e4 features).
     */
    private final int[] table;
    private final int stride;
    private final int mask;

    Perceptron(String[] labels, Map<String, float[]> weights) {
        this.labels = labels;
        this.weights = weights;
        int cap = Integer.highestOneBit(Math.max(16, weights.size() * 3 / 2)) << 1;   // at most 2/3 full
        stride = 2 + labels.length;
        table = new int[cap * stride];
        mask = cap - 1;
        for (Map.Entry<String, float[]> e : weights.entrySet()) {
            long h = hash(FNV_OFFSET, e.getKey());
            if (h == 0) {
                throw new IllegalStateException("feature hash 0: " + e.getKey());
            }
            int slot = slot(h);
            while (key(slot) != 0) {
                if (key(slot) == h) {
                    throw new IllegalStateException("feature hash collision: " + e.getKey());
                }
                slot = (slot + 1) & mask;
            }
            int base = slot * stride;
            table[base] = (int) h;
            table[base + 1] = (int) (h >>> 32);
            float[] w = e.getValue();
            for (int k = 0; k < w.length; k++) {
                table[base + 2 + k] = Float.floatToRawIntBits(w[k]);
            }
        }
    }

    private long key(int slot) {
        int base = slot * stride;
        return (table[base] & 0xFFFFFFFFL) | (long) table[base + 1] << 32;
    }

    static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    static long hash(long h, String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            h = (h ^ s.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    private int slot(long h) {
        return (int) (h ^ (h >>> 32)) * 0x9E3779B9 >>> 7 & mask;
    }

    /** The table offset of the weights of the feature with this hash, or -1. */
    private int weightsAt(long h) {
        int slot = slot(h);
        while (true) {
            long k = key(slot);
            if (k == h) {
                return slot * stride + 2;
            }
            if (k == 0) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** A new scorer (not thread-safe: one per thread or call). */
    ClassScores scorer() {
        return new ClassScores();
    }

    /**
     * Adds up the weights of the features it receives, in order, as {@link #predict} does, without building the
     * feature strings.
     *
     * <p>Features are hashed as they come and looked up together when a score is read: first every feature's slot is
     * read once, with no branch between the reads, so the processor fetches them from memory at the same time (the
     * table is larger than the caches: each read is a miss); then the slots are probed and the rows added in the
     * features' order, from memory that has arrived. The sums are those of adding each row as it comes.
     */
    final class ClassScores implements EventRecognizer.FeatureSink {
        private final double[] scores = new double[labels.length];
        /** Hashes of the features received since the last lookup. */
        private long[] pending = new long[64];
        private int count;
        /** Where the first reads go, so that they are not optimized away. */
        private int touched;

        void reset() {
            java.util.Arrays.fill(scores, 0);
            count = 0;
        }

        /** Starts from these scores (as if the features that gave them had been added since a reset). */
        void start(double[] from) {
            System.arraycopy(from, 0, scores, 0, scores.length);
            count = 0;
        }

        /** A copy of the scores so far. */
        double[] scores() {
            lookUp();
            return scores.clone();
        }

        /** The best label's index; ties go to the lower index. */
        int best() {
            return best(0);
        }

        /**
         * The best label's index when every label but the first (O) gets {@code bonus} added; ties go to the lower
         * index.
         */
        int best(double bonus) {
            lookUp();
            int best = 0;
            if (bonus != 0) {
                int e = 1;
                for (int k = 2; k < scores.length; k++) {
                    if (scores[k] > scores[e]) {
                        e = k;
                    }
                }
                return scores[e] + bonus > scores[0] ? e : 0;
            }
            for (int k = 1; k < scores.length; k++) {
                if (scores[k] > scores[best]) {
                    best = k;
                }
            }
            return best;
        }

        /** Adds the rows of the pending features, in the order they came. */
        private void lookUp() {
            int n = count;
            if (n == 0) {
                return;
            }
            count = 0;
            long[] hs = pending;
            int t = 0;
            for (int i = 0; i < n; i++) {
                t += table[slot(hs[i]) * stride];
            }
            touched = t;
            for (int i = 0; i < n; i++) {
                int at = weightsAt(hs[i]);
                if (at >= 0) {
                    for (int k = 0; k < scores.length; k++) {
                        scores[k] += Float.intBitsToFloat(table[at + k]);
                    }
                }
            }
        }

        private void addRow(long h) {
            if (count == pending.length) {
                pending = java.util.Arrays.copyOf(pending, count * 2);
            }
            pending[count++] = h;
        }

        @Override
        public void add(String a) {
            addRow(hash(FNV_OFFSET, a));
        }

        @Override
        public void add(String a, String b) {
            addRow(hash(hash(FNV_OFFSET, a), b));
        }

        @Override
        public void add(String a, String b, String c, String d) {
            addRow(hash(hash(hash(hash(FNV_OFFSET, a), b), c), d));
        }

        @Override
        public void add(String a, String b, String c, String d, String e, String f) {
            addRow(hash(hash(hash(hash(hash(hash(FNV_OFFSET, a), b), c), d), e), f));
        }

        @Override
        public void add(String a, String b, String c, String d, String e, String f, String g, String h) {
            addRow(hash(hash(hash(hash(hash(hash(hash(hash(FNV_OFFSET, a), b), c), d), e), f), g), h));
        }

        /** The score of label k so far. */
        double score(int k) {
            lookUp();
            return scores[k];
        }
    }

    int features() {
        return weights.size();
    }

    /**
     * For a model trained with domain copies of its features ({@code "dense:" + f} beside {@code f}): the model
     * whose feature {@code f} has the weights of {@code f} plus those of {@code prefix + f}, without the copies of
     * any domain, so that prediction for the domain looks each feature up once. A domain copy is a feature whose
     * first ':' comes before any '='.
     */
    Perceptron folded(String prefix) {
        Map<String, float[]> m = new HashMap<>(weights.size() * 2);
        for (Map.Entry<String, float[]> e : weights.entrySet()) {
            if (!domainCopy(e.getKey())) {
                m.put(e.getKey(), e.getValue().clone());
            }
        }
        for (Map.Entry<String, float[]> e : weights.entrySet()) {
            if (e.getKey().startsWith(prefix) && domainCopy(e.getKey())) {
                float[] w = m.computeIfAbsent(e.getKey().substring(prefix.length()), k -> new float[labels.length]);
                for (int k = 0; k < w.length; k++) {
                    w[k] += e.getValue()[k];
                }
            }
        }
        return new Perceptron(labels, m);
    }

    private static boolean domainCopy(String f) {
        int colon = f.indexOf(':');
        int eq = f.indexOf('=');
        return colon > 0 && (eq < 0 || colon < eq);
    }

    /** The best label's index for the features; ties go to the lower index. */
    int predict(List<String> features) {
        double[] scores = new double[labels.length];
        for (String f : features) {
            float[] w = weights.get(f);
            if (w != null) {
                for (int k = 0; k < w.length; k++) {
                    scores[k] += w[k];
                }
            }
        }
        int best = 0;
        for (int k = 1; k < scores.length; k++) {
            if (scores[k] > scores[best]) {
                best = k;
            }
        }
        return best;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(labels.length);
        for (String l : labels) {
            out.writeUTF(l);
        }
        List<String> keys = new ArrayList<>(weights.keySet());
        keys.sort(null);
        out.writeInt(keys.size());
        for (String k : keys) {
            float[] w = weights.get(k);
            out.writeUTF(k);
            int nz = 0;
            for (float v : w) {
                nz += v != 0 ? 1 : 0;
            }
            out.writeByte(nz);
            for (int i = 0; i < w.length; i++) {
                if (w[i] != 0) {
                    out.writeByte(i);
                    out.writeFloat(w[i]);
                }
            }
        }
    }

    static Perceptron read(DataInputStream in) throws IOException {
        String[] labels = new String[in.readInt()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = in.readUTF();
        }
        int n = in.readInt();
        Map<String, float[]> weights = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String k = in.readUTF();
            float[] w = new float[labels.length];
            int nz = in.readByte();
            for (int j = 0; j < nz; j++) {
                int l = in.readByte();
                w[l] = in.readFloat();
            }
            weights.put(k, w);
        }
        return new Perceptron(labels, weights);
    }

    /** One training example: its features and gold label index. */
    record Example(List<String> features, int label) {
    }

    /**
     * Trains on the examples in the given order, {@code iterations} passes, with a deterministic shuffle per pass.
     * Features seen fewer than {@code minCount} times are dropped.
     */
    static Perceptron train(String[] labels, List<Example> examples, int iterations, int minCount) {
        Map<String, Integer> counts = new HashMap<>();
        for (Example e : examples) {
            for (String f : e.features) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new HashMap<>();
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            if (c.getValue() >= minCount) {
                index.put(c.getKey(), index.size());
            }
        }
        int nl = labels.length;
        int n = index.size();
        float[] w = new float[n * nl];
        double[] total = new double[n * nl];
        int[] stamp = new int[n * nl];
        int[][] feats = new int[examples.size()][];
        for (int i = 0; i < feats.length; i++) {
            List<String> fs = examples.get(i).features;
            int[] ids = new int[fs.size()];
            int m = 0;
            for (String f : fs) {
                Integer id = index.get(f);
                if (id != null) {
                    ids[m++] = id;
                }
            }
            feats[i] = java.util.Arrays.copyOf(ids, m);
        }
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Random random = new java.util.Random(42);
        int step = 1;
        double[] scores = new double[nl];
        for (int it = 0; it < iterations; it++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int ex : order) {
                int[] fs = feats[ex];
                java.util.Arrays.fill(scores, 0);
                for (int f : fs) {
                    int base = f * nl;
                    for (int k = 0; k < nl; k++) {
                        scores[k] += w[base + k];
                    }
                }
                int guess = 0;
                for (int k = 1; k < nl; k++) {
                    if (scores[k] > scores[guess]) {
                        guess = k;
                    }
                }
                int gold = examples.get(ex).label;
                if (guess != gold) {
                    for (int f : fs) {
                        update(w, total, stamp, f * nl + gold, 1, step);
                        update(w, total, stamp, f * nl + guess, -1, step);
                    }
                }
                step++;
            }
        }
        Map<String, float[]> avg = new HashMap<>(n * 2);
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            int base = e.getValue() * nl;
            float[] a = new float[nl];
            boolean any = false;
            for (int k = 0; k < nl; k++) {
                double t = total[base + k] + (double) (step - stamp[base + k]) * w[base + k];
                a[k] = (float) (t / step);
                any |= Math.abs(a[k]) > 1e-4;
                if (Math.abs(a[k]) <= 1e-4) {
                    a[k] = 0;
                }
            }
            if (any) {
                avg.put(e.getKey(), a);
            }
        }
        return new Perceptron(labels, avg);
    }

    private static void update(float[] w, double[] total, int[] stamp, int i, float delta, int step) {
        total[i] += (double) (step - stamp[i]) * w[i];
        stamp[i] = step;
        w[i] += delta;
    }
}
