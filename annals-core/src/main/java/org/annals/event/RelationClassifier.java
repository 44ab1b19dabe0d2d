package org.annals.event;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A learned TLINK classifier: for each kind of candidate pair ({@link Kind}) an averaged {@link Perceptron} labels the
 * pair NONE (no link) or BEFORE, AFTER, INCLUDES, IS_INCLUDED, SIMULTANEOUS, from the features of
 * {@link RelationFeatures} (which include the rule-based linker's own relation for the pair). Per kind, the model
 * says whether its links replace the rules' ({@link Mode#MODEL}), are used where the classifier says NONE the rules'
 * link is kept ({@link Mode#MODEL_THEN_RULES}), or the rules alone are used ({@link Mode#RULES}).
 *
 * <p>{@link #relink} returns the rules' links of the kinds the model does not handle first (time-time links, links to
 * a narrative reference time or to a time of another sentence), then the classifier's links from the most confident
 * (largest margin between the best and second-best label) to the least, then the rules' fallback links; a consumer
 * that builds a graph in this order and refuses contradictions (as {@code TemporalGraph} does) keeps the most
 * confident of two contradicting links.
 *
 * <p>The shipped model is {@value #MODEL_RESOURCE}, trained by {@code annals train-relations} (provenance in
 * {@code relations.properties} beside it). Immutable; {@link #relink} is thread-safe.
 */
public final class RelationClassifier {

    static final String MODEL_RESOURCE = "org/annals/event/en/relations.bin";
    private static final String FORMAT = "annals-relations-1";

    /** The labels, NONE first. */
    public static final List<String> LABELS = List.of("NONE", "BEFORE", "AFTER", "INCLUDES", "IS_INCLUDED",
            "SIMULTANEOUS");
    private static final String[] LABEL_ARRAY = LABELS.toArray(new String[0]);
    private static final TLink.Relation[] RELATIONS = {null, TLink.Relation.BEFORE, TLink.Relation.AFTER,
            TLink.Relation.INCLUDES, TLink.Relation.IS_INCLUDED, TLink.Relation.SIMULTANEOUS};

    /**
     * Events of a sentence are paired when at most this many events stand between them (cross-validated: 4 was
     * worse on both gold sets).
     */
    static final int SAME_REACH = 6;
    /**
     * Events of adjacent sentences are paired when the first is among the last NEXT_REACH of its sentence and the
     * second among the first NEXT_REACH of the next (cross-validated: 1, the last event with the next first, scores as
     * well as 2 and 3 and makes far fewer pairs).
     */
    static final int NEXT_REACH = 1;

    /** Kinds of candidate pairs, each with its own model. */
    public enum Kind {
        /** Two events of a sentence, the earlier first. */
        SAME_SENTENCE,
        /** An event and an event of the next sentence. */
        NEXT_SENTENCE,
        /** An event and a time expression of its sentence. */
        EVENT_TIME,
        /** An event and the document date (t0). */
        EVENT_DCT,
        /** A time expression and the document date: the rules' links or none (no model). */
        TIME_DCT,
        /** Two time expressions: the rules' links or none (no model). */
        TIME_TIME
    }

    /** How a kind's links are made. */
    public enum Mode {
        /** The rules' links only. */
        RULES,
        /** The classifier's links only. */
        MODEL,
        /** The classifier's links, and the rules' link for a pair the classifier leaves without one. */
        MODEL_THEN_RULES,
        /** No links of the kind. */
        NONE
    }

    /**
     * Per-kind settings.
     *
     * @param mode      how the kind's links are made
     * @param noneBonus added to the NONE label's score before choosing (positive: fewer, surer links)
     */
    public record KindSettings(Mode mode, double noneBonus) {
    }

    private final Perceptron[] models;
    private final KindSettings[] settings;
    private final int iterations;
    private final int minCount;
    /**
     * With domain adaptation (models trained on features copied with a per-corpus prefix, Daumé 2007): the
     * domain whose features are added at prediction ("te3", "dense"), else null.
     */
    private final String domain;

    /** The models prediction uses: with a domain, the weights of each feature and of its domain copy summed. */
    private final Perceptron[] predicting;

    private RelationClassifier(Perceptron[] models, KindSettings[] settings, int iterations, int minCount,
                               String domain) {
        this.models = models;
        this.settings = settings;
        this.iterations = iterations;
        this.minCount = minCount;
        this.domain = domain;
        predicting = models.clone();
        for (int k = 0; k < models.length && domain != null; k++) {
            if (models[k] != null) {
                predicting[k] = models[k].folded(domain + ":");
            }
        }
    }

    /** The domain whose features prediction adds, or null (the model was trained without domains). */
    public String domain() {
        return domain;
    }

    /** The same models predicting for another domain (only for a model trained with domains). */
    public RelationClassifier withDomain(String d) {
        if (domain == null || d == null) {
            throw new IllegalArgumentException("domains need a model trained with domains");
        }
        return new RelationClassifier(models, settings, iterations, minCount, d);
    }

    /** The settings the model was trained with (and uses). */
    public Settings settings() {
        Map<Kind, KindSettings> k = new java.util.EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            k.put(kind, settings[kind.ordinal()]);
        }
        return new Settings(iterations, minCount, k, domain);
    }

    /** The same models with other per-kind settings (a kind without a model stays on the rules). */
    public RelationClassifier with(Map<Kind, KindSettings> s) {
        KindSettings[] n = settings.clone();
        for (Map.Entry<Kind, KindSettings> e : s.entrySet()) {
            n[e.getKey().ordinal()] = e.getValue();
        }
        return new RelationClassifier(models, n, iterations, minCount, domain);
    }

    public KindSettings settings(Kind k) {
        return settings[k.ordinal()];
    }

    private boolean uses(int kind) {
        return models[kind] != null && settings[kind].mode() != Mode.RULES && settings[kind].mode() != Mode.NONE;
    }

    /** Features kept by each kind's model. */
    public int features(Kind k) {
        return models[k.ordinal()] == null ? 0 : models[k.ordinal()].features();
    }

    // ---- candidates ----

    /**
     * A candidate pair: its kind, the indexes of its two nodes (events; for EVENT_TIME the second is a timex index,
     * for EVENT_DCT -1) and their ids.
     */
    public record LinkCandidate(Kind kind, int x, int y, String source, String target) {
    }

    /** The candidate pairs of a document, kind by kind. */
    static List<LinkCandidate> candidates(RelationFeatures c) {
        List<LinkCandidate> out = new ArrayList<>();
        List<Event> ev = c.events;
        for (int x = 0; x < ev.size(); x++) {
            Event a = ev.get(x);
            for (int y = x + 1; y < ev.size() && y - x - 1 <= SAME_REACH && ev.get(y).sentence() == a.sentence(); y++) {
                out.add(new LinkCandidate(Kind.SAME_SENTENCE, x, y, a.eid(), ev.get(y).eid()));
            }
            if (c.eventsInSentence[x] - c.eventRank[x] <= NEXT_REACH) {
                int y = x + c.eventsInSentence[x] - c.eventRank[x];
                for (; y < ev.size() && ev.get(y).sentence() == a.sentence() + 1 && c.eventRank[y] < NEXT_REACH; y++) {
                    out.add(new LinkCandidate(Kind.NEXT_SENTENCE, x, y, a.eid(), ev.get(y).eid()));
                }
            }
        }
        // event - time of its sentence
        int from = 0;
        for (int t = 0; t < c.timexes.size(); t++) {
            int s = c.timexSentence[t];
            if (s < 0) {
                continue;
            }
            while (from < ev.size() && ev.get(from).sentence() < s) {
                from++;
            }
            for (int x = from; x < ev.size() && ev.get(x).sentence() == s; x++) {
                out.add(new LinkCandidate(Kind.EVENT_TIME, x, t, ev.get(x).eid(), c.timexes.get(t).tid()));
            }
        }
        for (int x = 0; x < ev.size(); x++) {
            out.add(new LinkCandidate(Kind.EVENT_DCT, x, -1, ev.get(x).eid(), "t0"));
        }
        return out;
    }

    static void features(RelationFeatures c, LinkCandidate p, EventRecognizer.FeatureSink f) {
        switch (p.kind()) {
            case SAME_SENTENCE, NEXT_SENTENCE -> c.eventEvent(p.x(), p.y(), f);
            case EVENT_TIME -> c.eventTime(p.x(), p.y(), f);
            case EVENT_DCT -> c.eventDct(p.x(), f);
        }
    }

    /** A candidate pair with its feature strings (for training). */
    public record Pair(LinkCandidate candidate, List<String> features) {
    }

    /**
     * The candidate pairs of a document linked by the rules, with their features.
     *
     * @param doc   the document (its events, times, sentences)
     * @param rules the rule-based linker's output for it ({@code new TemporalLinker(null).link(doc)})
     */
    public static List<Pair> pairs(AnalyzedDocument doc, LinkedDocument rules) {
        RelationFeatures c = new RelationFeatures(doc, TemporalLinker.forLinks(doc, rules.anchors()),
                rules.document().tlinks());
        List<Pair> out = new ArrayList<>();
        for (LinkCandidate p : candidates(c)) {
            List<String> f = new ArrayList<>();
            features(c, p, new EventRecognizer.StringSink(f));
            out.add(new Pair(p, f));
        }
        return out;
    }

    // ---- linking ----

    /**
     * The document's TLINKs: the rules' links of the kinds the model does not handle, then the classifier's links,
     * most confident first, then (for kinds in {@link Mode#MODEL_THEN_RULES}) the rules' links of the pairs the
     * classifier left unlinked.
     */
    List<TLink> relink(AnalyzedDocument doc, List<Anchor> anchors, List<TLink> ruleLinks) {
        RelationFeatures c = new RelationFeatures(doc, anchors, ruleLinks);
        Map<String, Integer> eventIndex = new HashMap<>();
        for (int k = 0; k < c.events.size(); k++) {
            eventIndex.put(c.events.get(k).eid(), k);
        }
        Map<String, Integer> timexIndex = new HashMap<>();
        for (int k = 0; k < c.timexes.size(); k++) {
            timexIndex.put(c.timexes.get(k).tid(), k);
        }
        List<TLink> kept = new ArrayList<>();
        List<TLink> fallback = new ArrayList<>();
        Map<RelationFeatures.Key, TLink> fallbackByPair = new HashMap<>();
        for (TLink l : ruleLinks) {
            int kind = kind(l, c, eventIndex, timexIndex);
            if (kind >= 0 && settings[kind].mode() == Mode.NONE) {
                continue;
            }
            if (kind < 0 || !uses(kind)) {
                kept.add(l);
            } else if (settings[kind].mode() == Mode.MODEL_THEN_RULES) {
                fallback.add(l);
                fallbackByPair.put(new RelationFeatures.Key(l.source(), l.target()), l);
            }
        }
        Perceptron.ClassScores[] scorers = new Perceptron.ClassScores[models.length];
        List<Scored> learned = new ArrayList<>();
        for (LinkCandidate p : candidates(c)) {
            int kind = p.kind().ordinal();
            if (!uses(kind)) {
                continue;
            }
            Perceptron.ClassScores s = scorers[kind];
            if (s == null) {
                s = scorers[kind] = predicting[kind].scorer();
            }
            s.reset();
            features(c, p, s);
            int best = 0;
            double bestScore = s.score(0) + settings[kind].noneBonus();
            double second = Double.NEGATIVE_INFINITY;
            for (int k = 1; k < RELATIONS.length; k++) {
                double v = s.score(k);
                if (v > bestScore) {
                    second = bestScore;
                    bestScore = v;
                    best = k;
                } else if (v > second) {
                    second = v;
                }
            }
            if (best != 0) {
                learned.add(new Scored(p, RELATIONS[best], bestScore - second));
                fallbackByPair.remove(new RelationFeatures.Key(p.source(), p.target()));
                fallbackByPair.remove(new RelationFeatures.Key(p.target(), p.source()));
            }
        }
        learned.sort((a, b) -> Double.compare(b.margin, a.margin));
        List<TLink> out = new ArrayList<>(kept.size() + learned.size() + fallback.size());
        for (TLink l : kept) {
            out.add(new TLink("l" + (out.size() + 1), l.source(), l.target(), l.relation(), l.cue()));
        }
        for (Scored s : learned) {
            out.add(new TLink("l" + (out.size() + 1), s.pair.source(), s.pair.target(), s.relation,
                    CUES[s.pair.kind().ordinal()]));
        }
        for (TLink l : fallback) {
            if (fallbackByPair.containsKey(new RelationFeatures.Key(l.source(), l.target()))) {
                out.add(new TLink("l" + (out.size() + 1), l.source(), l.target(), l.relation(), l.cue()));
            }
        }
        return out;
    }

    private record Scored(LinkCandidate pair, TLink.Relation relation, double margin) {
    }

    /** The cue of the classifier's links, by kind. */
    private static final String[] CUES = java.util.Arrays.stream(Kind.values())
            .map(k -> "classifier " + k.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);

    /** The kind of a rules' link, or -1 for a link no classifier pair covers. */
    private static int kind(TLink l, RelationFeatures c, Map<String, Integer> eventIndex,
                            Map<String, Integer> timexIndex) {
        Integer a = eventIndex.get(l.source());
        Integer b = eventIndex.get(l.target());
        if (a != null && b != null) {
            int sa = c.events.get(a).sentence();
            int sb = c.events.get(b).sentence();
            return sa == sb ? Kind.SAME_SENTENCE.ordinal() : Math.abs(sa - sb) == 1 ? Kind.NEXT_SENTENCE.ordinal()
                    : -1;
        }
        Integer e = a != null ? a : b;
        String other = a != null ? l.target() : l.source();
        if (e == null) {
            return "t0".equals(l.source()) || "t0".equals(l.target()) ? Kind.TIME_DCT.ordinal()
                    : Kind.TIME_TIME.ordinal();
        }
        if ("t0".equals(other)) {
            return Kind.EVENT_DCT.ordinal();
        }
        Integer t = timexIndex.get(other);
        return t != null && c.timexSentence[t] == c.events.get(e).sentence() ? Kind.EVENT_TIME.ordinal() : -1;
    }

    // ---- training ----

    /**
     * A training example: a pair's kind, features and gold label (one of {@link #LABELS}), and the domain (corpus
     * convention) of its label, or null.
     */
    public record Example(Kind kind, List<String> features, String label, String domain) {
        public Example(Kind kind, List<String> features, String label) {
            this(kind, features, label, null);
        }
    }

    /**
     * Training settings.
     *
     * @param iterations perceptron passes
     * @param minCount   features seen fewer times are dropped
     * @param kinds      mode and NONE bonus per kind (all kinds)
     * @param domain     null, or the domain prediction uses when the examples have domains
     */
    public record Settings(int iterations, int minCount, Map<Kind, KindSettings> kinds, String domain) {
        public Settings(int iterations, int minCount, Map<Kind, KindSettings> kinds) {
            this(iterations, minCount, kinds, null);
        }

        public Settings {
            kinds = Map.copyOf(kinds);
            for (Kind k : Kind.values()) {
                if (!kinds.containsKey(k)) {
                    throw new IllegalArgumentException("no settings for " + k);
                }
            }
        }

        public String describe() {
            StringBuilder b = new StringBuilder("averaged perceptron per kind, " + iterations + " iterations, features"
                    + " seen >= " + minCount + " times;");
            for (Kind k : Kind.values()) {
                KindSettings s = kinds.get(k);
                b.append(' ').append(k.name().toLowerCase(Locale.ROOT)).append('=').append(s.mode().name()
                        .toLowerCase(Locale.ROOT)).append(String.format(Locale.ROOT, "(none bonus %.1f)", s.noneBonus()));
            }
            if (domain != null) {
                b.append("; each feature also copied per corpus convention (domain adaptation), predicting for ")
                        .append(domain);
            }
            return b.toString();
        }
    }

    /** Trains one model per kind that has examples and is not {@link Mode#RULES}. */
    public static RelationClassifier train(List<Example> examples, Settings settings) {
        Perceptron[] models = new Perceptron[Kind.values().length];
        KindSettings[] ks = new KindSettings[models.length];
        for (Kind k : Kind.values()) {
            ks[k.ordinal()] = settings.kinds().get(k);
            if (ks[k.ordinal()].mode() == Mode.RULES || ks[k.ordinal()].mode() == Mode.NONE) {
                continue;
            }
            List<Perceptron.Example> ex = new ArrayList<>();
            for (Example e : examples) {
                if (e.kind() == k) {
                    int label = LABELS.indexOf(e.label());
                    if (label < 0) {
                        throw new IllegalArgumentException("unknown label " + e.label());
                    }
                    List<String> f = e.features();
                    if (e.domain() != null) {
                        // each feature also in a copy of its own for the domain
                        f = new ArrayList<>(2 * f.size());
                        f.addAll(e.features());
                        for (String x : e.features()) {
                            f.add(e.domain() + ":" + x);
                        }
                    }
                    ex.add(new Perceptron.Example(f, label));
                }
            }
            if (!ex.isEmpty()) {
                models[k.ordinal()] = Perceptron.train(LABEL_ARRAY, ex, settings.iterations(), settings.minCount());
            }
        }
        return new RelationClassifier(models, ks, settings.iterations(), settings.minCount(), settings.domain());
    }

    // ---- model files ----

    /** The shipped model, or null when there is none on the classpath (the linker then uses its rules alone). */
    public static RelationClassifier shipped() {
        return Shipped.INSTANCE;
    }

    private static final class Shipped {
        static final RelationClassifier INSTANCE = load();

        private static RelationClassifier load() {
            InputStream in = RelationClassifier.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE);
            if (in == null) {
                return null;
            }
            try (in) {
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the relation model " + MODEL_RESOURCE, e);
            }
        }
    }

    /** Reads a model written by {@link #write}. */
    public static RelationClassifier read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
        String f = d.readUTF();
        if (!f.equals(FORMAT)) {
            throw new IOException("not an annals relation model: " + f);
        }
        int iterations = d.readInt();
        int minCount = d.readInt();
        String domain = d.readUTF();
        int n = d.readInt();
        if (n != Kind.values().length) {
            throw new IOException("relation model with " + n + " kinds, expected " + Kind.values().length);
        }
        Perceptron[] models = new Perceptron[n];
        KindSettings[] ks = new KindSettings[n];
        for (int k = 0; k < n; k++) {
            Mode mode = Mode.valueOf(d.readUTF());
            ks[k] = new KindSettings(mode, d.readDouble());
            if (d.readBoolean()) {
                models[k] = Perceptron.read(d);
                if (!Arrays.equals(models[k].labels, LABEL_ARRAY)) {
                    throw new IOException("relation model labels " + Arrays.toString(models[k].labels));
                }
            }
        }
        return new RelationClassifier(models, ks, iterations, minCount, domain.isEmpty() ? null : domain);
    }

    /** Writes the model (gzip). */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream z = new GZIPOutputStream(new BufferedOutputStream(out));
        DataOutputStream d = new DataOutputStream(z);
        d.writeUTF(FORMAT);
        d.writeInt(iterations);
        d.writeInt(minCount);
        d.writeUTF(domain == null ? "" : domain);
        d.writeInt(models.length);
        for (int k = 0; k < models.length; k++) {
            d.writeUTF(settings[k].mode().name());
            d.writeDouble(settings[k].noneBonus());
            d.writeBoolean(models[k] != null);
            if (models[k] != null) {
                models[k].write(d);
            }
        }
        d.flush();
        z.finish();
        z.flush();
    }

    /** A short description of the features (for provenance files). */
    public static String featureDescription() {
        return "per event: class, tense+aspect, class|tense, POS, lemma, polarity, previous word; event-event: class,"
                + " tense and POS pairs, lemma|tense, lemma pair, the rules' relation (alone and with the tenses),"
                + " anchor kinds, same anchor, anchor relations, anchor intervals' order; same sentence: word and event"
                + " distance, words between (<= 6), signal words, verbs, commas and quotes between, first/last word"
                + " between, words before each; adjacent sentences: rank of each event in its sentence, first words of"
                + " the second sentence; event-time: timex type, granularity, mod, interval against the document date,"
                + " the rules' relation, governing or not, text order, the words before the timex, distance, events"
                + " and words between; event-document date: lemma|tense, POS|tense, the rules' relation with class and"
                + " tense, anchor kind/relation/interval against the date, rank, first sentence, two words before,"
                + " inside quotes, a reporting verb of the sentence, the previous event's class and tense;"
                + " candidates: events of a sentence at most " + SAME_REACH + " events apart, the last " + NEXT_REACH
                + " event(s) of a sentence with the first " + NEXT_REACH + " of the next, every event with every time"
                + " of its sentence and with the document date";
    }
}
