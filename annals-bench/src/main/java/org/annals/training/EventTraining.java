package org.annals.training;

import org.annals.eval.Evaluation;
import org.annals.eval.EventCounts;
import org.annals.eval.GoldFormat;

import org.annals.api.Annals;
import org.annals.event.Event;
import org.annals.event.EventRecognizer;
import org.annals.gold.AnnotatedDocument;
import org.annals.gold.GoldEvent;
import org.annals.model.Timex;
import org.annals.nlp.Nlp;
import org.annals.nlp.Sentence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains and cross-validates the event recognizer on TimeML documents (TempEval-3): reads the gold EVENTs, runs
 * {@link Nlp} and the time expression tagger, and builds {@link EventRecognizer.TrainingDocument}s.
 */
public final class EventTraining {

    private EventTraining() {
    }

    /** A corpus document ready for training and scoring. */
    public record Doc(String source, EventRecognizer.TrainingDocument training, List<GoldEvent> gold) {
    }

    /** Reads every {@code .tml} file under the folder (sorted by path). */
    public static List<Doc> load(Path corpus) throws IOException {
        Annals annals = Annals.create();
        List<Doc> docs = new ArrayList<>();
        for (Path f : Evaluation.goldFiles(corpus, GoldFormat.TIMEML)) {
            AnnotatedDocument a = TrainingCorpus.read(f);
            List<Sentence> sentences = Nlp.get().analyze(a.document().text());
            List<int[]> timexes = spans(annals.tag(a.document()).timexes());
            List<EventRecognizer.GoldSpan> spans = new ArrayList<>();
            for (GoldEvent g : a.events()) {
                spans.add(new EventRecognizer.GoldSpan(g.begin(), g.end(), g.cls()));
            }
            docs.add(new Doc(corpus.relativize(f).toString(),
                    new EventRecognizer.TrainingDocument(sentences, timexes, spans), a.events()));
        }
        return docs;
    }

    /** Time expression spans {begin, end} in text order. */
    public static List<int[]> spans(List<Timex> timexes) {
        List<int[]> l = new ArrayList<>(timexes.size());
        for (Timex t : timexes) {
            l.add(new int[] {t.begin(), t.end()});
        }
        return l;
    }

    public static EventRecognizer train(List<Doc> docs, EventRecognizer.Settings settings) {
        List<EventRecognizer.TrainingDocument> t = new ArrayList<>(docs.size());
        for (Doc d : docs) {
            t.add(d.training());
        }
        return EventRecognizer.train(t, settings);
    }

    /** Scores a recognizer on documents. */
    public static Scores score(EventRecognizer r, List<Doc> docs) {
        EventCounts c = EventCounts.ZERO;
        int attrs = 0;
        int tense = 0;
        int aspect = 0;
        int polarity = 0;
        for (Doc d : docs) {
            List<Event> sys = r.recognize(d.training().sentences(), d.training().timexes());
            c = c.plus(EventCounts.score(d.gold(), sys));
            // tense, aspect, polarity over strict matches
            int j = 0;
            for (GoldEvent g : d.gold()) {
                while (j < sys.size() && sys.get(j).begin() < g.begin()) {
                    j++;
                }
                if (j < sys.size() && sys.get(j).begin() == g.begin() && sys.get(j).end() == g.end()) {
                    Event e = sys.get(j);
                    if (g.tense() == null) {
                        continue;   // an EVENT without MAKEINSTANCE has no attributes to compare
                    }
                    attrs++;
                    tense += e.tense().name().equals(g.tense()) ? 1 : 0;
                    aspect += e.aspect().name().equals(g.aspect()) ? 1 : 0;
                    polarity += e.polarity().name().equals(g.polarity()) ? 1 : 0;
                }
            }
        }
        return new Scores(c, attrs, tense, aspect, polarity);
    }

    /** Event counts plus tense/aspect/polarity agreement over strict matches. */
    public record Scores(EventCounts counts, int matched, int tense, int aspect, int polarity) {
        public Scores plus(Scores o) {
            return new Scores(counts.plus(o.counts), matched + o.matched, tense + o.tense, aspect + o.aspect,
                    polarity + o.polarity);
        }

        public String report() {
            EventCounts c = counts;
            return String.format(java.util.Locale.ROOT,
                    "gold %d system %d%nstrict   %s%nrelaxed  %s%nclass    %s%n"
                            + "tense %.2f%% aspect %.2f%% polarity %.2f%% (of %d strict matches)%n",
                    c.gold(), c.system(), c.strictPrf(), c.relaxedPrf(), c.classPrf(), pct(tense), pct(aspect),
                    pct(polarity), matched);
        }

        private double pct(int n) {
            return matched == 0 ? 0 : 100.0 * n / matched;
        }
    }

    /**
     * Cross-validation by documents: document k (in path order) is in fold {@code k % folds}; each fold is scored
     * with a model trained on the others.
     */
    public static Scores crossValidate(List<Doc> docs, int folds, EventRecognizer.Settings settings) {
        Scores total = new Scores(EventCounts.ZERO, 0, 0, 0, 0);
        for (int f = 0; f < folds; f++) {
            List<Doc> train = new ArrayList<>();
            List<Doc> test = new ArrayList<>();
            for (int k = 0; k < docs.size(); k++) {
                (k % folds == f ? test : train).add(docs.get(k));
            }
            total = total.plus(score(train(train, settings), test));
        }
        return total;
    }
}
