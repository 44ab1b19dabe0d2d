package org.annals.training;

import org.annals.eval.Evaluation;
import org.annals.eval.GoldFormat;
import org.annals.eval.RelationCounts;
import org.annals.eval.RelationScorer;
import org.annals.eval.TemporalGraph;

import org.annals.api.Annals;
import org.annals.event.AnalyzedDocument;
import org.annals.event.RelationClassifier;
import org.annals.event.TemporalLinker;
import org.annals.gold.AnnotatedDocument;
import org.annals.gold.GoldEvent;
import org.annals.gold.GoldTLink;
import org.annals.gold.GoldTimex;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Trains and evaluates the {@link RelationClassifier} on TimeML documents: runs annals on each document (time
 * expressions, events, the rule-based linker), lists the candidate pairs with their features, and labels each pair
 * from gold relations (the document's TLINKs, or TimeBank-Dense): a system node is renamed to the gold node it
 * matches ({@link RelationScorer#matches}) and the pair takes the first of BEFORE, AFTER, INCLUDES, IS_INCLUDED,
 * SIMULTANEOUS that the closure of the gold relations entails, else NONE (also when a node matches no gold node).
 * Scores are temporal awareness end to end ({@link RelationScorer}).
 */
public final class RelationTraining {

    private RelationTraining() {
    }

    /**
     * A corpus document ready for training and scoring.
     *
     * @param id       the file name without {@code .tml} (the TimeBank-Dense document id)
     * @param gold     the annotated document
     * @param analyzed annals' analysis (events, times, sentences), without links
     * @param pairs    the candidate pairs and their features
     * @param toGold   system node ids to the gold node ids they match
     */
    public record Doc(String id, AnnotatedDocument gold, AnalyzedDocument analyzed,
                      List<RelationClassifier.Pair> pairs, Map<String, String> toGold) {
    }

    /** Where the gold relations of a document come from (null: the document has none and is skipped). */
    public interface GoldRelations extends Function<Doc, List<GoldTLink>> {
        /** The domain (corpus convention) of a document's relations for domain adaptation, or null. */
        default String domain(Doc d) {
            return null;
        }
    }

    /**
     * The same relations, each document's examples marked with a domain for domain adaptation: "dense" for the
     * documents TimeBank-Dense covers, "te3" for the others.
     */
    public static GoldRelations withDomains(GoldRelations g, Map<String, List<GoldTLink>> dense) {
        return new GoldRelations() {
            @Override
            public List<GoldTLink> apply(Doc d) {
                return g.apply(d);
            }

            @Override
            public String domain(Doc d) {
                return dense.containsKey(d.id()) ? "dense" : "te3";
            }
        };
    }

    /** The documents' own TLINKs. */
    public static GoldRelations tlinks() {
        return d -> d.gold().tlinks();
    }

    /** TimeBank-Dense relations for the documents they cover (others skipped). */
    public static GoldRelations dense(Map<String, List<GoldTLink>> dense) {
        return d -> dense.get(d.id());
    }

    /** TimeBank-Dense relations for the documents they cover, the documents' TLINKs for the others. */
    public static GoldRelations denseElseTlinks(Map<String, List<GoldTLink>> dense) {
        return d -> dense.getOrDefault(d.id(), d.gold().tlinks());
    }

    /**
     * For the documents TimeBank-Dense covers its relations followed by the document's TLINKs (those contradicting
     * the dense relations are refused when the graph is built), the TLINKs for the others.
     */
    public static GoldRelations denseAndTlinks(Map<String, List<GoldTLink>> dense) {
        return d -> {
            List<GoldTLink> l = dense.get(d.id());
            if (l == null) {
                return d.gold().tlinks();
            }
            List<GoldTLink> both = new ArrayList<>(l);
            both.addAll(d.gold().tlinks());
            return both;
        };
    }

    /** Reads and analyzes every {@code .tml} file under the folder (sorted by path). */
    public static List<Doc> load(Path corpus) throws IOException {
        Annals annals = Annals.create();
        TemporalLinker rules = new TemporalLinker(null);
        Map<String, String> strings = new HashMap<>();
        List<Doc> docs = new ArrayList<>();
        for (Path f : Evaluation.goldFiles(corpus, GoldFormat.TIMEML)) {
            AnnotatedDocument a = TrainingCorpus.read(f);
            AnalyzedDocument analyzed = annals.analyze(a.document());
            List<RelationClassifier.Pair> pairs = new ArrayList<>();
            for (RelationClassifier.Pair p : RelationClassifier.pairs(analyzed, rules.link(analyzed))) {
                List<String> fs = new ArrayList<>(p.features().size());
                for (String s : p.features()) {
                    fs.add(strings.computeIfAbsent(s, k -> k));     // one copy of each feature string
                }
                pairs.add(new RelationClassifier.Pair(p.candidate(), fs));
            }
            Map<String, String> toGold = RelationScorer.matches(a.events(), a.gold(), analyzed.events(),
                    analyzed.tagged().timexes());
            String id = f.getFileName().toString().replaceFirst("\\.tml$", "");
            docs.add(new Doc(id, a, analyzed, pairs, toGold));
        }
        return docs;
    }

    private static final TemporalGraph.Rel[] LABELED = {TemporalGraph.Rel.BEFORE, TemporalGraph.Rel.AFTER,
            TemporalGraph.Rel.INCLUDES, TemporalGraph.Rel.IS_INCLUDED, TemporalGraph.Rel.SIMULTANEOUS};

    /** The gold label of each of a document's pairs, in order. */
    public static List<String> labels(Doc d, List<GoldTLink> gold) {
        List<TemporalGraph.Relation> rels = new ArrayList<>();
        for (GoldTLink l : gold) {
            TemporalGraph.Rel r = TemporalGraph.Rel.parse(l.relType());
            if (r != null) {
                rels.add(new TemporalGraph.Relation(l.source(), l.target(), r));
            }
        }
        TemporalGraph g = TemporalGraph.of(rels);
        List<String> out = new ArrayList<>(d.pairs().size());
        for (RelationClassifier.Pair p : d.pairs()) {
            String a = d.toGold().get(p.candidate().source());
            String b = d.toGold().get(p.candidate().target());
            String label = "NONE";
            if (a != null && b != null) {
                for (TemporalGraph.Rel r : LABELED) {
                    if (g.entails(new TemporalGraph.Relation(a, b, r))) {
                        label = r.name();
                        break;
                    }
                }
            }
            out.add(label);
        }
        return out;
    }

    /** The training examples of the documents that have gold relations. */
    public static List<RelationClassifier.Example> examples(List<Doc> docs, GoldRelations gold) {
        List<RelationClassifier.Example> out = new ArrayList<>();
        for (Doc d : docs) {
            List<GoldTLink> g = gold.apply(d);
            if (g == null) {
                continue;
            }
            List<String> labels = labels(d, g);
            String domain = gold.domain(d);
            for (int k = 0; k < labels.size(); k++) {
                RelationClassifier.Pair p = d.pairs().get(k);
                out.add(new RelationClassifier.Example(p.candidate().kind(), p.features(), labels.get(k), domain));
            }
        }
        return out;
    }

    public static RelationClassifier train(List<Doc> docs, GoldRelations gold, RelationClassifier.Settings s) {
        return RelationClassifier.train(examples(docs, gold), s);
    }

    /**
     * Temporal awareness of the linker with this classifier (null: the rules alone) on the documents that have gold
     * relations.
     */
    public static RelationCounts score(RelationClassifier model, List<Doc> docs, GoldRelations gold) {
        TemporalLinker linker = new TemporalLinker(model);
        RelationCounts c = RelationCounts.ZERO;
        for (Doc d : docs) {
            List<GoldTLink> g = gold.apply(d);
            if (g == null) {
                continue;
            }
            AnalyzedDocument linked = linker.link(d.analyzed()).document();
            c = c.plus(RelationScorer.score(d.gold().events(), d.gold().gold(), g, linked.events(),
                    linked.tagged().timexes(), linked.tlinks()));
        }
        return c;
    }

    /**
     * Cross-validation by documents: document k (in path order) is in fold {@code k % folds}; each fold is scored
     * against {@code testGold} with a model trained on the other folds' {@code trainGold} relations.
     *
     * @param settings one or more settings to score; models that differ only in per-kind settings are trained once
     * @return the summed counts, one per settings
     */
    public static List<RelationCounts> crossValidate(List<Doc> docs, int folds, GoldRelations trainGold,
                                                     GoldRelations testGold, List<RelationClassifier.Settings> settings) {
        int[] fold = new int[docs.size()];
        for (int k = 0; k < fold.length; k++) {
            fold[k] = k % folds;
        }
        return crossValidate(docs, fold, folds, trainGold, testGold, settings, null);
    }

    /**
     * Cross-validation with given folds: {@code fold[k]} is document k's fold, or -1 for a document always in the
     * training part (never scored). With domain adaptation the models predict for {@code scoreDomain} (null: the
     * settings' domain).
     */
    public static List<RelationCounts> crossValidate(List<Doc> docs, int[] fold, int folds, GoldRelations trainGold,
                                                     GoldRelations testGold, List<RelationClassifier.Settings> settings,
                                                     String scoreDomain) {
        List<RelationCounts> total = new ArrayList<>();
        for (int i = 0; i < settings.size(); i++) {
            total.add(RelationCounts.ZERO);
        }
        for (int f = 0; f < folds; f++) {
            List<Doc> train = new ArrayList<>();
            List<Doc> test = new ArrayList<>();
            for (int k = 0; k < docs.size(); k++) {
                (fold[k] == f ? test : train).add(docs.get(k));
            }
            List<RelationClassifier.Example> ex = examples(train, trainGold);
            RelationClassifier base = null;
            RelationClassifier.Settings baseSettings = null;
            for (int i = 0; i < settings.size(); i++) {
                RelationClassifier.Settings s = settings.get(i);
                if (base == null || baseSettings.iterations() != s.iterations()
                        || baseSettings.minCount() != s.minCount()
                        || !java.util.Objects.equals(baseSettings.domain(), s.domain())) {
                    base = RelationClassifier.train(ex, allModels(s));
                    baseSettings = s;
                }
                RelationClassifier m = base.with(s.kinds());
                if (scoreDomain != null && m.domain() != null) {
                    m = m.withDomain(scoreDomain);
                }
                total.set(i, total.get(i).plus(score(m, test, testGold)));
            }
        }
        return total;
    }

    /** The settings with every kind trained (a kind on RULES gets a model too, used only when another setting asks). */
    private static RelationClassifier.Settings allModels(RelationClassifier.Settings s) {
        Map<RelationClassifier.Kind, RelationClassifier.KindSettings> k = new HashMap<>();
        for (RelationClassifier.Kind kind : RelationClassifier.Kind.values()) {
            k.put(kind, new RelationClassifier.KindSettings(RelationClassifier.Mode.MODEL, 0));
        }
        k.put(RelationClassifier.Kind.TIME_DCT, s.kinds().get(RelationClassifier.Kind.TIME_DCT));
        k.put(RelationClassifier.Kind.TIME_TIME, s.kinds().get(RelationClassifier.Kind.TIME_TIME));
        return new RelationClassifier.Settings(s.iterations(), s.minCount(), k, s.domain());
    }

    /**
     * Temporal awareness broken down by the kind of relation (event-event in a sentence, in adjacent sentences,
     * farther; event-time; event-document date; time-time): per kind, the reduced gold relations and how many the
     * system closure entails, the reduced system relations and how many the gold closure entails. Nodes are placed
     * in sentences by offset; a system relation with a node that matches no gold node is of kind "unmatched".
     *
     * @return kind to {gold, gold entailed, system, system correct}
     */
    public static Map<String, int[]> breakdown(RelationClassifier model, List<Doc> docs, GoldRelations gold) {
        TemporalLinker linker = new TemporalLinker(model);
        Map<String, int[]> out = new java.util.TreeMap<>();
        for (Doc d : docs) {
            List<GoldTLink> g = gold.apply(d);
            if (g == null) {
                continue;
            }
            AnalyzedDocument linked = linker.link(d.analyzed()).document();
            List<org.annals.nlp.Sentence> ss = linked.sentences();
            Map<String, Integer> sentenceOf = new HashMap<>();
            for (GoldEvent e : d.gold().events()) {
                sentenceOf.put(e.eid(), sentenceAt(ss, e.begin()));
            }
            Map<String, Boolean> isTime = new HashMap<>();
            for (GoldTimex t : d.gold().gold()) {
                sentenceOf.put(t.id(), sentenceAt(ss, t.begin()));
                isTime.put(t.id(), true);
            }
            List<TemporalGraph.Relation> ref = new ArrayList<>();
            for (GoldTLink l : g) {
                TemporalGraph.Rel r = TemporalGraph.Rel.parse(l.relType());
                if (r != null) {
                    ref.add(new TemporalGraph.Relation(l.source(), l.target(), r));
                }
            }
            List<TemporalGraph.Relation> sys = new ArrayList<>();
            for (org.annals.event.TLink l : linked.tlinks()) {
                TemporalGraph.Rel r = TemporalGraph.Rel.parse(l.relation().name());
                String a = d.toGold().getOrDefault(l.source(), "sys:" + l.source());
                String b = d.toGold().getOrDefault(l.target(), "sys:" + l.target());
                if (r != null) {
                    sys.add(new TemporalGraph.Relation(a, b, r));
                }
            }
            TemporalGraph rg = TemporalGraph.of(ref);
            TemporalGraph sg = TemporalGraph.of(sys);
            for (TemporalGraph.Relation r : rg.reduced()) {
                int[] c = out.computeIfAbsent(kind(r, sentenceOf, isTime), k -> new int[4]);
                c[0]++;
                c[1] += sg.entails(r) ? 1 : 0;
            }
            for (TemporalGraph.Relation r : sg.reduced()) {
                int[] c = out.computeIfAbsent(kind(r, sentenceOf, isTime), k -> new int[4]);
                c[2]++;
                c[3] += rg.entails(r) ? 1 : 0;
            }
        }
        return out;
    }

    private static int sentenceAt(List<org.annals.nlp.Sentence> ss, int offset) {
        for (org.annals.nlp.Sentence s : ss) {
            if (offset < s.end()) {
                return s.index();
            }
        }
        return ss.size();
    }

    private static String kind(TemporalGraph.Relation r, Map<String, Integer> sentenceOf, Map<String, Boolean> isTime) {
        if (r.a().startsWith("sys:") || r.b().startsWith("sys:")) {
            return "unmatched";
        }
        boolean ta = r.a().equals("t0") || isTime.containsKey(r.a());
        boolean tb = r.b().equals("t0") || isTime.containsKey(r.b());
        if (ta && tb) {
            return "time-time";
        }
        if (r.a().equals("t0") || r.b().equals("t0")) {
            return "event-dct";
        }
        if (ta || tb) {
            return "event-time";
        }
        int d = Math.abs(sentenceOf.getOrDefault(r.a(), -9) - sentenceOf.getOrDefault(r.b(), -99));
        return d == 0 ? "event-event same" : d == 1 ? "event-event adjacent" : "event-event farther";
    }
}
