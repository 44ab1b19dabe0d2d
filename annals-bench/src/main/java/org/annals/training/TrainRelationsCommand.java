package org.annals.training;

import org.annals.cli.Io;

import org.annals.eval.RelationCounts;
import org.annals.eval.TimebankDense;
import org.annals.event.RelationClassifier;
import org.annals.event.RelationClassifier.Kind;
import org.annals.event.RelationClassifier.KindSettings;
import org.annals.event.RelationClassifier.Mode;
import org.annals.gold.GoldTLink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code annals train-relations}: trains the TLINK classifier on TimeML TLINKs and TimeBank-Dense. */
@Command(name = "train-relations", sortOptions = false, mixinStandardHelpOptions = true,
        headerHeading = "%n",
        header = "Train the temporal relation (TLINK) classifier on TempEval-3 TLINKs and TimeBank-Dense.",
        description = {
            "Reads every .tml file under the corpus and runs annals on it (time expressions, events, the rule-based"
                + " linker). Each candidate pair of system events/times is labelled from the gold relations' closure"
                + " (BEFORE, AFTER, INCLUDES, IS_INCLUDED, SIMULTANEOUS, else NONE): the TimeBank-Dense relations"
                + " for the documents --dense covers (with --labels dense-else-tlinks, the default), the file's own"
                + " TLINKs for the others.",
            "--exclude-split NAME leaves the documents of that section of splits.txt (beside the dense file) out of"
                + " every training set and scores them, held out, against TimeBank-Dense.",
            "--folds N cross-validates on the whole corpus (document k in path order is in fold k mod N) against the"
                + " files' own TLINKs; --dense-folds N cross-validates the TimeBank-Dense documents not excluded (the"
                + " other documents not excluded always train). Scores are TempEval-3 temporal awareness end to end, next to the rules"
                + " alone.",
            "With --out it writes the model trained on every document not excluded, and a provenance file beside it"
                + " (same name, .properties)."},
        footerHeading = "%nExamples:%n",
        footer = {"  annals train-relations --corpus ../shared/corpora/tempeval3-train"
                + " --dense ../shared/corpora/timebank-dense/TimebankDense.T3.txt --exclude-split test --folds 5"
                + " --dense-folds 4 --domains te3 --out annals-core/src/main/resources/org/annals/event/en/relations.bin",
                ""})
final class TrainRelationsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "TimeML corpus folder.")
    private Path corpus;

    @Option(names = "--dense", paramLabel = "FILE", description = "TimeBank-Dense relations (TimebankDense.T3.txt).")
    private Path dense;

    @Option(names = "--exclude-split", paramLabel = "NAME",
            description = "With --dense: never train on the documents of section [NAME] of splits.txt; score them.")
    private String excludeSplit;

    @Option(names = "--labels", paramLabel = "SOURCE", defaultValue = "dense-else-tlinks",
            description = "Training labels: tlinks, dense (only the documents --dense covers), dense-else-tlinks"
                    + " (default) or dense-and-tlinks (the dense relations, then the TLINKs that do not contradict them).")
    private String labels;

    @Option(names = "--folds", paramLabel = "N", defaultValue = "0",
            description = "Cross-validate on the corpus's TLINKs with N document folds (0: no).")
    private int folds;

    @Option(names = "--dense-folds", paramLabel = "N", defaultValue = "0",
            description = "Cross-validate on the TimeBank-Dense documents with N folds (0: no).")
    private int denseFolds;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (and FILE's .properties).")
    private Path out;

    @Option(names = "--iterations", paramLabel = "N", description = "Training passes (default ${DEFAULT-VALUE}).")
    private int iterations = DEFAULT.iterations();

    @Option(names = "--min-count", paramLabel = "N", description = "Drop features seen fewer times (default ${DEFAULT-VALUE}).")
    private int minCount = DEFAULT.minCount();

    @Option(names = "--kind", paramLabel = "KIND=MODE[:BONUS]",
            description = "Per pair kind (same_sentence, next_sentence, event_time, event_dct): rules, model or"
                    + " model_then_rules, and the bonus added to NONE. Defaults: "
                    + "same_sentence=model_then_rules:0, next_sentence=model:0, event_time=model_then_rules:0,"
                    + " event_dct=model_then_rules:0.")
    private List<String> kinds = new ArrayList<>();

    @Option(names = "--try", paramLabel = "KIND=MODE[:BONUS],...",
            description = "Also cross-validate these variants of the settings (each a comma-separated list of"
                    + " --kind changes); for choosing settings.")
    private List<String> variants = new ArrayList<>();

    @Option(names = "--domains", paramLabel = "DOMAIN", description = "Domain adaptation: every feature also in a"
            + " copy for the corpus convention of the example's labels (te3: TLINKs, dense: TimeBank-Dense); the model"
            + " predicts for DOMAIN (te3 or dense). Cross-validation on TLINKs predicts for te3, on TimeBank-Dense for"
            + " dense.")
    private String domains;

    @Option(names = "--breakdown", description = "With --folds: also print, per kind of relation, the share of gold"
            + " relations entailed and of system relations correct, rules alone and classifier.")
    private boolean breakdown;

    static final RelationClassifier.Settings DEFAULT = new RelationClassifier.Settings(10, 2, Map.of(
            Kind.SAME_SENTENCE, new KindSettings(Mode.MODEL_THEN_RULES, 0),
            Kind.NEXT_SENTENCE, new KindSettings(Mode.MODEL, 0),
            Kind.EVENT_TIME, new KindSettings(Mode.MODEL_THEN_RULES, 0),
            Kind.EVENT_DCT, new KindSettings(Mode.MODEL_THEN_RULES, 0),
            Kind.TIME_DCT, new KindSettings(Mode.RULES, 0),
            Kind.TIME_TIME, new KindSettings(Mode.RULES, 0)));

    private final Io io;

    TrainRelationsCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new ParameterException(spec.commandLine(), "--corpus " + corpus + " is not a directory");
        }
        if ((excludeSplit != null || denseFolds > 0 || !labels.equals("tlinks")) && dense == null) {
            throw new ParameterException(spec.commandLine(),
                    "--exclude-split, --dense-folds and --labels dense* need --dense");
        }
        if (out == null && folds < 2 && denseFolds < 2 && excludeSplit == null) {
            throw new ParameterException(spec.commandLine(),
                    "nothing to do: give --out, --folds N, --dense-folds N (N >= 2) or --exclude-split");
        }
        RelationClassifier.Settings settings = parse(DEFAULT, kinds);
        if (domains != null) {
            if (!domains.equals("te3") && !domains.equals("dense")) {
                throw new ParameterException(spec.commandLine(), "--domains is te3 or dense");
            }
            settings = new RelationClassifier.Settings(settings.iterations(), settings.minCount(), settings.kinds(),
                    domains);
        }
        List<RelationClassifier.Settings> all = new ArrayList<>(List.of(settings));
        for (String v : variants) {
            RelationClassifier.Settings p = parse(settings, List.of(v.split(",")));
            all.add(new RelationClassifier.Settings(p.iterations(), p.minCount(), p.kinds(), settings.domain()));
        }
        long t0 = System.nanoTime();
        List<RelationTraining.Doc> docs = RelationTraining.load(corpus);
        Map<String, List<GoldTLink>> denseLinks = dense == null ? Map.of() : TimebankDense.read(dense);
        Set<String> excluded = excludeSplit == null ? Set.of()
                : TimebankDense.split(dense.resolveSibling("splits.txt"), excludeSplit);
        for (String id : excluded) {
            if (docs.stream().noneMatch(d -> d.id().equals(id))) {
                throw new IOException("document " + id + " of split " + excludeSplit + " is not in " + corpus);
            }
        }
        RelationTraining.GoldRelations trainGold = switch (labels) {
            case "tlinks" -> RelationTraining.tlinks();
            case "dense" -> RelationTraining.dense(denseLinks);
            case "dense-else-tlinks" -> RelationTraining.denseElseTlinks(denseLinks);
            case "dense-and-tlinks" -> RelationTraining.denseAndTlinks(denseLinks);
            default -> throw new ParameterException(spec.commandLine(), "unknown --labels " + labels);
        };
        if (domains != null) {
            trainGold = RelationTraining.withDomains(trainGold, denseLinks);
        }
        RelationTraining.GoldRelations tlinks = RelationTraining.tlinks();
        RelationTraining.GoldRelations denseGold = RelationTraining.dense(denseLinks);
        List<RelationTraining.Doc> trainDocs = docs.stream().filter(d -> !excluded.contains(d.id())).toList();
        List<RelationTraining.Doc> testDocs = docs.stream().filter(d -> excluded.contains(d.id())).toList();
        io.err().printf(Locale.ROOT, "train-relations: %d documents read in %.1f s (%d excluded from training)%n",
                docs.size(), (System.nanoTime() - t0) / 1e9, testDocs.size());
        Map<String, String> results = new LinkedHashMap<>();
        if (folds >= 2) {
            // every document, the excluded ones included (each fold is trained on the other folds)
            RelationCounts rules = RelationTraining.score(null, docs, tlinks);
            int[] fold = new int[docs.size()];
            for (int k = 0; k < fold.length; k++) {
                fold[k] = k % folds;
            }
            List<RelationCounts> cv = RelationTraining.crossValidate(docs, fold, folds, trainGold, tlinks, all,
                    "te3");
            String name = folds + "-fold cross-validation, corpus TLINKs, " + docs.size() + " documents";
            report(name, rules, all, cv);
            if (domains != null) {
                RelationCounts other = RelationTraining.crossValidate(docs, fold, folds, trainGold, tlinks,
                        List.of(settings), "dense").get(0);
                io.out().println("  classifier predicting TimeBank-Dense's convention (dense) " + line(other));
                results.put("crossvalidation.tlinks.dense-convention", line(other));
            }
            if (breakdown) {
                Map<String, int[]> r = RelationTraining.breakdown(null, docs, tlinks);
                Map<String, int[]> c = new java.util.TreeMap<>();
                for (int f = 0; f < folds; f++) {
                    List<RelationTraining.Doc> tr = new ArrayList<>();
                    List<RelationTraining.Doc> te = new ArrayList<>();
                    for (int k = 0; k < docs.size(); k++) {
                        (k % folds == f ? te : tr).add(docs.get(k));
                    }
                    RelationClassifier m = RelationTraining.train(tr, trainGold, settings);
                    RelationTraining.breakdown(m.domain() == null ? m : m.withDomain("te3"), te, tlinks)
                            .forEach((k, v) -> {
                                int[] t = c.computeIfAbsent(k, x -> new int[4]);
                                for (int i = 0; i < 4; i++) {
                                    t[i] += v[i];
                                }
                            });
                }
                io.out().println("  by kind: gold entailed / gold (rules -> classifier); system correct / system");
                for (String k : c.keySet()) {
                    int[] a = r.getOrDefault(k, new int[4]);
                    int[] b = c.get(k);
                    io.out().printf(Locale.ROOT, "  %-22s %5d / %5d -> %5d;   %5d / %5d -> %5d / %5d%n", k, a[1], a[0],
                            b[1], a[3], a[2], b[3], b[2]);
                }
            }
            results.put("crossvalidation.tlinks", line(cv.get(0)) + " (" + folds + " folds, " + docs.size()
                    + " documents" + (domains != null ? ", te3 convention" : "") + "; rules alone " + line(rules) + ")");
        }
        if (denseFolds >= 2) {
            int[] fold = new int[trainDocs.size()];
            int n = 0;
            for (int k = 0; k < fold.length; k++) {
                fold[k] = denseLinks.containsKey(trainDocs.get(k).id()) ? n++ % denseFolds : -1;
            }
            RelationCounts rules = RelationTraining.score(null, trainDocs, denseGold);
            List<RelationCounts> cv = RelationTraining.crossValidate(trainDocs, fold, denseFolds, trainGold,
                    denseGold, all, "dense");
            report(denseFolds + "-fold cross-validation, TimeBank-Dense, " + n + " documents", rules, all, cv);
            results.put("crossvalidation.dense", line(cv.get(0)) + " (" + denseFolds + " folds, " + n + " documents"
                    + (domains != null ? ", dense convention" : "") + "; rules alone " + line(rules) + ")");
        }
        if (!testDocs.isEmpty()) {
            RelationCounts rules = RelationTraining.score(null, testDocs, denseGold);
            List<RelationTraining.Doc> examples = trainDocs;
            List<RelationCounts> held = new ArrayList<>();
            for (RelationClassifier.Settings s : all) {
                RelationClassifier m = RelationTraining.train(examples, trainGold, s);
                held.add(RelationTraining.score(m.domain() == null ? m : m.withDomain("dense"), testDocs, denseGold));
            }
            report("TimeBank-Dense split " + excludeSplit + " held out, " + testDocs.size() + " documents", rules,
                    all, held);
            results.put("heldout.dense." + excludeSplit, line(held.get(0)) + " (" + testDocs.size() + " documents"
                    + (domains != null ? ", dense convention" : "") + "; rules alone " + line(rules) + ")");
        }
        if (out != null) {
            RelationClassifier m = RelationTraining.train(trainDocs, trainGold, settings);
            Path prov = ModelFiles.write(out, m::write);
            String name = out.getFileName().toString();
            StringBuilder b = new StringBuilder();
            b.append("# Provenance of ").append(name).append(", written by annals train-relations\n");
            b.append("command=annals train-relations --corpus ").append(corpus)
                    .append(dense != null ? " --dense " + dense : "")
                    .append(excludeSplit != null ? " --exclude-split " + excludeSplit : "")
                    .append(!labels.equals("dense-else-tlinks") ? " --labels " + labels : "")
                    .append(domains != null ? " --domains " + domains : "")
                    .append(folds >= 2 ? " --folds " + folds : "")
                    .append(denseFolds >= 2 ? " --dense-folds " + denseFolds : "")
                    .append(iterations != DEFAULT.iterations() ? " --iterations " + iterations : "")
                    .append(minCount != DEFAULT.minCount() ? " --min-count " + minCount : "");
            for (String k : kinds) {
                b.append(" --kind ").append(k);
            }
            b.append(" --out ").append(out).append('\n');
            b.append("corpus=").append(corpus.toAbsolutePath().normalize().getFileName()).append('\n');
            b.append("dense=").append(dense == null ? "-" : dense.getFileName()).append('\n');
            b.append("labels=").append(labels).append('\n');
            b.append("files=").append(docs.size()).append('\n');
            b.append("trained.files=").append(trainDocs.size()).append('\n');
            b.append("excluded=").append(excludeSplit == null ? "-" : excludeSplit + " " + String.join(" ",
                    excluded)).append('\n');
            b.append("examples=").append(RelationTraining.examples(trainDocs, trainGold).size()).append('\n');
            b.append("date=").append(Instant.now()).append('\n');
            b.append("code=").append(TrainEventsCommand.commit()).append('\n');
            b.append("learner=").append(settings.describe()).append('\n');
            b.append("features=").append(RelationClassifier.featureDescription()).append('\n');
            StringBuilder sizes = new StringBuilder();
            for (Kind k : Kind.values()) {
                sizes.append(sizes.isEmpty() ? "" : " ").append(k.name().toLowerCase(Locale.ROOT)).append('=')
                        .append(m.features(k));
            }
            b.append("model.features=").append(sizes).append('\n');
            b.append("events=the shipped event model (trained on all of tempeval3-train, so events on these"
                    + " documents are near gold)\n");
            for (Map.Entry<String, String> r : results.entrySet()) {
                b.append(r.getKey()).append('=').append(r.getValue()).append('\n');
            }
            Files.writeString(prov, b.toString(), StandardCharsets.UTF_8);
            io.err().println("train-relations: wrote " + out + " (" + Files.size(out) + " bytes) and " + prov);
        }
        io.out().flush();
        return 0;
    }

    private void report(String name, RelationCounts rules, List<RelationClassifier.Settings> all,
                        List<RelationCounts> scores) {
        io.out().println(name + ":");
        io.out().println("  rules alone            " + line(rules));
        for (int i = 0; i < all.size(); i++) {
            io.out().println("  " + (i == 0 ? "classifier             " : "variant " + variants.get(i - 1) + " ")
                    + line(scores.get(i)));
        }
        io.out().flush();
    }

    private static String line(RelationCounts c) {
        var p = c.prf();
        return String.format(Locale.ROOT, "P=%.2f R=%.2f F1=%.2f", 100 * p.precision(), 100 * p.recall(),
                100 * p.f1());
    }

    private RelationClassifier.Settings parse(RelationClassifier.Settings base, List<String> changes) {
        Map<Kind, KindSettings> k = new EnumMap<>(base.kinds());
        int it = base.iterations();
        int min = base.minCount();
        if (base == DEFAULT) {
            it = iterations;
            min = minCount;
        }
        for (String c : changes) {
            String[] kv = c.strip().split("=", 2);
            if (kv.length != 2) {
                throw new ParameterException(spec.commandLine(), "expected KIND=MODE[:BONUS]: " + c);
            }
            if (kv[0].equals("iterations")) {
                it = Integer.parseInt(kv[1]);
                continue;
            }
            if (kv[0].equals("min-count")) {
                min = Integer.parseInt(kv[1]);
                continue;
            }
            String[] mb = kv[1].split(":", 2);
            try {
                k.put(Kind.valueOf(kv[0].toUpperCase(Locale.ROOT)), new KindSettings(
                        Mode.valueOf(mb[0].toUpperCase(Locale.ROOT)), mb.length > 1 ? Double.parseDouble(mb[1]) : 0));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "bad --kind " + c + ": " + e.getMessage());
            }
        }
        return new RelationClassifier.Settings(it, min, k);
    }
}
