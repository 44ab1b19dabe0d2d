package org.annals.event;

import org.annals.nlp.Sentence;
import org.annals.nlp.Sentence.Word;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Finds TimeML events: a token classifier (an averaged perceptron, {@link Perceptron}) labels each word O or with an
 * event class; tense, aspect and polarity come from rules on the verb group ({@link VerbGroup}). Triggers are single
 * words, as TempEval-3 marks them ("the Battle of Unsan": "Battle").
 *
 * <p>The model is trained from TimeML EVENT annotations ({@code annals train-events}); the shipped one is
 * {@code org/annals/event/en/events.bin}, with its provenance in {@code events.properties} beside it. Immutable and
 * thread-safe.
 */
public final class EventRecognizer {

    /** The shipped model's resource. */
    public static final String MODEL_RESOURCE = "org/annals/event/en/events.bin";
    static final String LEXICON_RESOURCE = "org/annals/event/en/event-lexicon.tsv";
    static final String FORMAT = "annals-events-2";
    static final String FORMAT_1 = "annals-events-1";
    static final String NONE = "O";

    /** Words whose own features' scores are cached at most (about 200 bytes each). */
    static final int CACHE_LIMIT = 100_000;

    private final Perceptron model;
    /** Added to every event label's score before comparing with O: trades precision for recall. */
    private final double bonus;
    /** The class of each label of the model (null for O). */
    private final EventClass[] classes;
    /** A word's lemma and the scores of its own features, by word, tag and whether it opens its sentence. */
    private final ConcurrentHashMap<WordKey, Scored> words = new ConcurrentHashMap<>();

    EventRecognizer(Perceptron model, double bonus) {
        this.model = model;
        this.bonus = bonus;
        this.classes = new EventClass[model.labels.length];
        for (int k = 1; k < classes.length; k++) {
            classes[k] = EventClass.valueOf(model.labels[k]);
        }
    }

    /** What a word's own features depend on (equality and hash written out: the record's are slower here). */
    private record WordKey(String text, String pos, boolean first) {

        @Override
        public boolean equals(Object o) {
            return o instanceof WordKey k && first == k.first && text.equals(k.text) && pos.equals(k.pos);
        }

        @Override
        public int hashCode() {
            return (text.hashCode() * 31 + pos.hashCode()) * 2 + (first ? 1 : 0);
        }
    }

    /** A word's lemma and the scores after its own features ({@link #wordFeatures}), summed from zero. */
    private record Scored(String lemma, double[] scores) {
    }

    /** The shipped model (loaded once, on first call). */
    public static EventRecognizer shipped() {
        return Shipped.INSTANCE;
    }

    /** Reads a model written by {@link #write}. */
    public static EventRecognizer read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
        String f = d.readUTF();
        if (f.equals(FORMAT_1)) {
            return new EventRecognizer(Perceptron.read(d), 0);
        }
        if (!f.equals(FORMAT)) {
            throw new IOException("not an annals event model: " + f);
        }
        double bonus = d.readDouble();
        return new EventRecognizer(Perceptron.read(d), bonus);
    }

    /** Writes the model (gzip). */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        DataOutputStream d = new DataOutputStream(gz);
        d.writeUTF(FORMAT);
        d.writeDouble(bonus);
        model.write(d);
        d.flush();
        gz.finish();
    }

    Perceptron model() {
        return model;
    }

    /** The number of features with weights. */
    public int features() {
        return model.features();
    }

    /**
     * The events of a document, eids e1.. in text order.
     *
     * @param sentences the document's sentences ({@link org.annals.nlp.Nlp})
     * @param timexes   spans {begin, end} of its time expressions (words inside one are not events), or {begin, end,
     *                  historical} where historical is 1 for a date far in the document's past (see
     *                  {@link #recognize(List, List, boolean)})
     */
    public List<Event> recognize(List<Sentence> sentences, List<int[]> timexes) {
        return recognize(sentences, timexes, bonus, false);
    }

    /**
     * As {@link #recognize(List, List)}; in a {@code narrative} (a history), a main verb in the simple past in a
     * sentence that holds a time expression is always an event ("Twelve years later the Romans defeated Antiochus",
     * "The war ended in 1648"): a history tells what happened then, even where the model, trained on news, hesitates.
     * In any text, so is one in a sentence that holds a historical date (a span marked 1): a history passage.
     */
    public List<Event> recognize(List<Sentence> sentences, List<int[]> timexes, boolean narrative) {
        return recognize(sentences, timexes, bonus, narrative);
    }

    /** As {@link #recognize(List, List)}, with {@code bonus} added to every event label's score (tuning). */
    List<Event> recognize(List<Sentence> sentences, List<int[]> timexes, double bonus) {
        return recognize(sentences, timexes, bonus, false);
    }

    private List<Event> recognize(List<Sentence> sentences, List<int[]> timexes, double bonus, boolean narrative) {
        List<Event> out = new ArrayList<>();
        Perceptron.ClassScores scorer = model.scorer();
        int tx = 0;
        for (Sentence s : sentences) {
            List<Word> ws = s.words();
            String[] lower = null;
            for (int i = 0; i < ws.size(); i++) {
                Word w = ws.get(i);
                while (tx < timexes.size() && timexes.get(tx)[1] <= w.begin()) {
                    tx++;
                }
                boolean inTimex = tx < timexes.size() && timexes.get(tx)[0] < w.end();
                if (!candidate(w, inTimex)) {
                    continue;
                }
                if (lower == null) {
                    lower = lowered(ws);
                }
                Scored own = scored(w, i == 0, scorer);
                scorer.start(own.scores());
                contextFeatures(ws, lower, i, inTimex, own.lemma(), scorer);
                int label = scorer.best(bonus);
                EventClass cls;
                if (label != 0) {
                    cls = classes[label];
                } else if (finitePast(ws, i, own.lemma()) && dated(s, timexes, tx, narrative)) {
                    cls = EventClass.OCCURRENCE;
                } else {
                    continue;
                }
                VerbGroup g = VerbGroup.of(ws, i);
                out.add(new Event("e" + (out.size() + 1), w.begin(), w.end(), w.text(), own.lemma(), w.pos(), cls,
                        g.tense(), g.aspect(), g.polarity(), s.index(), List.of(), List.of()));
            }
        }
        return out;
    }

    /**
     * The word's lemma and own features' scores, from the cache or summed now with {@code scorer} (which is reset):
     * the same additions, in the same order, as when {@link #features} gives them to a fresh scorer, so the sums are
     * the same doubles.
     */
    private Scored scored(Word w, boolean first, Perceptron.ClassScores scorer) {
        WordKey key = new WordKey(w.text(), w.pos(), first);
        Scored s = words.get(key);
        if (s != null) {
            return s;
        }
        String lemma = Lemmas.of(w);
        scorer.reset();
        wordFeatures(w, first, lemma, scorer);
        s = new Scored(lemma, scorer.scores());
        if (words.size() < CACHE_LIMIT) {
            words.putIfAbsent(key, s);
        }
        return s;
    }

    /** Verbs that are auxiliaries or copulas as often as events: never made events by {@link #finitePast}. */
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "get", "seem", "become");

    /** A verb in the simple past that is no auxiliary or copula. */
    static boolean finitePast(List<Word> ws, int i, String lemma) {
        Word w = ws.get(i);
        if ("VBD".equals(w.pos())) {
            return !AUXILIARIES.contains(lemma);
        }
        if (w.pos() == null || w.text().isEmpty() || !Character.isLowerCase(w.text().charAt(0))) {
            return false;
        }
        String lower = w.text().toLowerCase(java.util.Locale.ROOT);
        // "famine struck Ireland", "he spoke on Saturday": a past form that is nothing else, tagged as a noun
        if (w.pos().startsWith("NN") && IRREGULAR_PAST.contains(lower)) {
            return true;
        }
        Word prev = i > 0 ? ws.get(i - 1) : null;
        if (prev != null && "RB".equals(prev.pos()) && i > 1) {
            prev = ws.get(i - 2); // "was quickly besieged"
        }
        if (prev == null || prev.pos() == null) {
            return false;
        }
        String before = prev.text().toLowerCase(java.util.Locale.ROOT);
        // "The town was besieged in 1643": a passive in the past (the participle sometimes tagged as an adjective)
        if (("VBN".equals(w.pos()) || "JJ".equals(w.pos()) && lower.endsWith("ed"))
                && (before.equals("was") || before.equals("were")) && !AUXILIARIES.contains(lemma)) {
            return true;
        }
        // "Jazz spread to Europe in the 1920s": a past the same as its present, after its subject
        return SAME_AS_PRESENT.contains(lower) && (prev.pos().startsWith("NN") || prev.pos().equals("PRP"))
                && (w.pos().startsWith("VB") || w.pos().startsWith("NN"));
    }

    /** The past forms read whatever the POS model says, each list with what it is for: {@code past-forms.tsv}. */
    private static final org.annals.text.WordLists PAST_FORMS = org.annals.text.WordLists.load(EventRecognizer.class,
            "/org/annals/event/en/past-forms.tsv");
    /** Past forms the same as the present. */
    private static final Set<String> SAME_AS_PRESENT = PAST_FORMS.get("same-as-present");
    /** Simple past forms that are no other word. */
    private static final Set<String> IRREGULAR_PAST = PAST_FORMS.get("irregular-past");

    /**
     * The sentence holds a time expression (in a narrative) or a historical one (anywhere: a span's third element is
     * 1, "The Second Punic War ended in 201 BC" in a text read as news): the timexes are in text order, {@code tx} the
     * word's next one, so the sentence's are those around it that end after its start and begin before its end.
     */
    private static boolean dated(Sentence s, List<int[]> timexes, int tx, boolean narrative) {
        for (int k = tx - 1; k >= 0 && timexes.get(k)[1] > s.begin(); k--) {
            if (narrative || historical(timexes.get(k))) {
                return true;
            }
        }
        for (int k = tx; k < timexes.size() && timexes.get(k)[0] < s.end(); k++) {
            if (narrative || historical(timexes.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean historical(int[] span) {
        return span.length > 2 && span[2] == 1;
    }

    /** Words that may be events: not punctuation, numbers, symbols or words of a time expression. */
    static boolean candidate(Word w, boolean inTimex) {
        if (inTimex) {
            return false;
        }
        String p = w.pos();
        if (!Character.isLetter(w.text().charAt(0))) {
            return false;
        }
        return p.startsWith("VB") || p.startsWith("NN") || p.startsWith("JJ") || p.equals("RB") || p.equals("IN")
                || p.equals("FW") || p.equals("MD");
    }

    // ---- features ----

    /** Receives a word's features, each the concatenation of its parts (no part is null). */
    interface FeatureSink {
        void add(String a);

        void add(String a, String b);

        void add(String a, String b, String c, String d);

        void add(String a, String b, String c, String d, String e, String f);

        void add(String a, String b, String c, String d, String e, String f, String g, String h);

        default void add(String a, String b, String c) {
            add(a, b, c, "");
        }

        default void add(String a, String b, String c, String d, String e) {
            add(a, b, c, d, e, "");
        }
    }

    /** Collects features as strings (training). */
    record StringSink(List<String> out) implements FeatureSink {
        public void add(String a) {
            out.add(a);
        }

        public void add(String a, String b) {
            out.add(a + b);
        }

        public void add(String a, String b, String c, String d) {
            out.add(a + b + c + d);
        }

        public void add(String a, String b, String c, String d, String e, String f) {
            out.add(a + b + c + d + e + f);
        }

        public void add(String a, String b, String c, String d, String e, String f, String g, String h) {
            out.add(a + b + c + d + e + f + g + h);
        }
    }

    private static final String[] ONE_CHAR = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            ONE_CHAR[c] = String.valueOf(c);
        }
    }

    private static String first(String p) {
        char c = p.charAt(0);
        return c < 128 ? ONE_CHAR[c] : String.valueOf(c);
    }

    static void features(List<Word> ws, int i, boolean inTimex, List<String> f) {
        features(ws, i, inTimex, new StringSink(f));
    }

    /** The words of a sentence in lower case, as the features use them. */
    static String[] lowered(List<Word> ws) {
        String[] out = new String[ws.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = ws.get(k).text().toLowerCase(Locale.ROOT);
        }
        return out;
    }

    /**
     * A word's features, in a fixed order: its own ({@link #wordFeatures}: the word, its tag and whether it opens
     * the sentence decide them), then those of its context ({@link #contextFeatures}).
     */
    static void features(List<Word> ws, int i, boolean inTimex, FeatureSink f) {
        features(ws, lowered(ws), i, inTimex, f);
    }

    /** As {@link #features(List, int, boolean, FeatureSink)}, with the sentence's {@link #lowered} words. */
    static void features(List<Word> ws, String[] lower, int i, boolean inTimex, FeatureSink f) {
        Word w = ws.get(i);
        String lemma = Lemmas.of(w);
        wordFeatures(w, i == 0, lemma, f);
        contextFeatures(ws, lower, i, inTimex, lemma, f);
    }

    /** The features of the word alone: text, lemma, tag, suffixes, capitalization, event lexicon. */
    private static void wordFeatures(Word w, boolean first, String lemma, FeatureSink f) {
        String lw = w.text().toLowerCase(Locale.ROOT);
        String p = w.pos();
        String p0 = first(p);
        f.add("b");
        f.add("w=", lw);
        f.add("l=", lemma);
        f.add("p=", p);
        f.add("wp=", lw, "|", p);
        int n = lw.length();
        if (n > 3) {
            f.add("s3=", lw.substring(n - 3));
        }
        if (n > 4) {
            f.add("s4=", lw.substring(n - 4));
        }
        if (n > 2) {
            f.add("s2=", lw.substring(n - 2), "|", p0);
        }
        if (Character.isUpperCase(w.text().charAt(0))) {
            f.add(first ? "cap0" : "cap");
        }
        String lex = EventLexicon.get(lemma);
        if (lex == null) {
            lex = EventLexicon.get(lw);
        }
        if (lex != null) {
            f.add("lex=", lex);
            f.add("lexp=", lex, "|", p0);
        }
    }

    /** The features of the word in its sentence: the words and tags around it, the verb group word before it. */
    private static void contextFeatures(List<Word> ws, String[] lower, int i, boolean inTimex, String lemma,
                                        FeatureSink f) {
        String p = ws.get(i).pos();
        String p0 = first(p);
        String p1 = pos(ws, i - 1);
        String p2 = pos(ws, i - 2);
        String n1 = pos(ws, i + 1);
        String n2 = pos(ws, i + 2);
        String w1 = word(lower, i - 1);
        // the word after a noun: "of" (the invasion of Korea), a verb (the talks failed)
        f.add("lw+1=", lemma, "|", n1);
        f.add("p-1l=", p1, "|", lemma);
        String x1 = word(lower, i + 1);
        f.add("p-1=", p1);
        f.add("p+1=", n1);
        f.add("p-2=", p2);
        f.add("p+2=", n2);
        f.add("p-1p=", p1, "|", p);
        f.add("pp+1=", p, "|", n1);
        f.add("p-2p-1p=", p2, "|", p1, "|", p);
        f.add("w-1=", w1);
        f.add("w+1=", x1);
        f.add("w-2=", word(lower, i - 2));
        f.add("w+2=", word(lower, i + 2));
        f.add("w-1w=", w1, "|", lemma);
        f.add("ww+1=", lemma, "|", x1);
        // the nearest verb-group word before (auxiliary, "to", a determiner for nominals)
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            String pk = ws.get(k).pos();
            if (pk.startsWith("VB") || pk.equals("MD") || pk.equals("TO") || pk.equals("DT") || pk.equals("PRP$")
                    || pk.equals("IN")) {
                f.add("left=", lower[k], "|", p0);
                break;
            }
        }
        if (inTimex) {
            f.add("timex");
        }
    }

    private static String pos(List<Word> ws, int i) {
        return i < 0 ? "<s>" : i >= ws.size() ? "</s>" : ws.get(i).pos();
    }

    private static String word(String[] lower, int i) {
        return i < 0 ? "<s>" : i >= lower.length ? "</s>" : lower[i];
    }

    // ---- training ----

    /** A document for training: its sentences, time expression spans and gold events. */
    public record TrainingDocument(List<Sentence> sentences, List<int[]> timexes, List<GoldSpan> events) {
    }

    /** A gold event: span and class name. */
    public record GoldSpan(int begin, int end, String cls) {
    }

    /**
     * Training settings; {@code bonus} is added to every event label's score at prediction (5-fold cross-validation
     * on TempEval-3 train: 0 gives strict F1 84.24, 3 84.87, 4 84.97, 5 84.97; recall rises, precision falls).
     */
    public record Settings(int iterations, int minCount, double bonus) {
        public static final Settings DEFAULT = new Settings(12, 1, 4.0);

        public String describe() {
            return "averaged perceptron, " + iterations + " iterations, features seen >= " + minCount
                    + " times, event label bonus " + bonus;
        }
    }

    /** A one-line description of the features, for the provenance file. */
    public static String featureDescription() {
        return "word, lemma, POS, word|POS, suffixes (2-4), capitalization, event lexicon class, POS and words at"
                + " -2..+2, POS bigrams/trigram, lemma with neighbour word, lemma with next POS, previous POS with lemma, nearest auxiliary/determiner/preposition"
                + " on the left; candidates: letters-initial words tagged VB*, NN*, JJ*, RB, IN, FW, MD outside time"
                + " expressions";
    }

    /** Trains a model on the documents. */
    public static EventRecognizer train(List<TrainingDocument> docs, Settings settings) {
        String[] labels = new String[EventClass.values().length + 1];
        labels[0] = NONE;
        Map<String, Integer> labelIndex = new HashMap<>();
        for (EventClass c : EventClass.values()) {
            labels[c.ordinal() + 1] = c.name();
            labelIndex.put(c.name(), c.ordinal() + 1);
        }
        List<Perceptron.Example> examples = new ArrayList<>();
        for (TrainingDocument d : docs) {
            forEachCandidate(d, (ws, lower, i, inTimex, gold) -> {
                List<String> fs = new ArrayList<>(48);
                features(ws, lower, i, inTimex, new StringSink(fs));
                int label = gold == null ? 0 : labelIndex.getOrDefault(gold.cls(), labelIndex.get("OCCURRENCE"));
                examples.add(new Perceptron.Example(fs, label));
            });
        }
        return new EventRecognizer(Perceptron.train(labels, examples, settings.iterations(), settings.minCount()),
                settings.bonus());
    }

    interface CandidateVisitor {
        void visit(List<Word> ws, String[] lower, int i, boolean inTimex, GoldSpan gold);
    }

    /** Calls the visitor with every candidate word and the gold event whose span covers it (or null). */
    static void forEachCandidate(TrainingDocument d, CandidateVisitor v) {
        int tx = 0;
        int ev = 0;
        List<GoldSpan> events = d.events();
        for (Sentence s : d.sentences()) {
            List<Word> ws = s.words();
            String[] lower = lowered(ws);
            for (int i = 0; i < ws.size(); i++) {
                Word w = ws.get(i);
                while (tx < d.timexes().size() && d.timexes().get(tx)[1] <= w.begin()) {
                    tx++;
                }
                boolean inTimex = tx < d.timexes().size() && d.timexes().get(tx)[0] < w.end();
                while (ev < events.size() && events.get(ev).end() <= w.begin()) {
                    ev++;
                }
                GoldSpan gold = ev < events.size() && events.get(ev).begin() < w.end() ? events.get(ev) : null;
                if (candidate(w, inTimex)) {
                    v.visit(ws, lower, i, inTimex, gold);
                }
            }
        }
    }

    private static final class Shipped {
        static final EventRecognizer INSTANCE = load();

        private static EventRecognizer load() {
            InputStream in = EventRecognizer.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE);
            if (in == null) {
                throw new IllegalStateException("no event model on the classpath: " + MODEL_RESOURCE
                        + " (train it with 'annals train-events')");
            }
            try (in) {
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the event model " + MODEL_RESOURCE, e);
            }
        }
    }

    /** Words known to name events, with a class hint (resource {@code event-lexicon.tsv}: word TAB class). */
    static final class EventLexicon {
        static final Map<String, String> INSTANCE = load();

        private static Map<String, String> load() {
            Map<String, String> m = new HashMap<>();
            InputStream in = EventRecognizer.class.getClassLoader().getResourceAsStream(LEXICON_RESOURCE);
            if (in == null) {
                return m;
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] p = line.split("\t");
                    m.put(p[0].strip().toLowerCase(Locale.ROOT), p.length > 1 ? p[1].strip() : "OCCURRENCE");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return m;
        }

        static String get(String w) {
            return INSTANCE.get(w);
        }
    }
}
