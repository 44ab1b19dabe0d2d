package org.annals.cli;

import org.annals.api.Annals;
import org.annals.eval.EvalResult;
import org.annals.eval.Evaluation;
import org.annals.eval.GoldFormat;
import org.annals.eval.TimebankDense;
import org.annals.event.RelationClassifier;
import org.annals.event.TemporalLinker;
import org.annals.model.Genre;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code annals eval}: scores annals against a directory of annotated documents. */
@Command(name = "eval", sortOptions = false, mixinStandardHelpOptions = true,
        headerHeading = "%n",
        header = "Score annals against gold-standard annotated documents.",
        description = {
            "Tags every document under DIR and compares the result with its annotations (TempEval-3 rules: strict and"
                + " relaxed span match, then value and type over relaxed matches).",
            "With TimeML gold it also recognizes events and scores them (TempEval-3 Task B: strict and relaxed span"
                + " match, class F1); on the corpus the shipped event model was trained on (tempeval3-train) these"
                + " are training-set scores: the fair number is 'annals train-events --folds 5'.",
            "With --relations it also links events and times and scores the TLINKs end to end (TempEval-3 temporal"
                + " awareness: system events and times matched to gold ones by span overlap first), against the gold"
                + " TLINKs or, with --dense, TimeBank-Dense.",
            "Prints the report, then the event summary line (events strict-F1=.. relaxed-F1=.. class-F1=..), the"
                + " relations line (relations P=.. R=.. F1=..) with --relations; its last line is the timex summary:",
            "  strict-F1=.. relaxed-F1=.. value-F1=.. type-F1=.."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:evaluated (whatever the scores)", "1:some document could not be read or tagged", "2:usage error"},
        footerHeading = "%nExamples:%n",
        footer = {"  annals eval --gold ../shared/corpora/tempeval3-train",
            "  annals eval --gold ../shared/corpora/wikiwars-dev --genre narrative --errors",
            "  annals eval --gold ../shared/corpora/tempeval3-train --relations",
            "  annals eval --timelines ../shared/corpora/timeline-2015-trial",
            "  annals eval --gold ../shared/corpora/tempeval3-train --relations"
                + " --dense ../shared/corpora/timebank-dense/TimebankDense.T3.txt --split test", ""})
final class EvalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--gold", paramLabel = "DIR",
            description = "Directory of gold documents (searched recursively).")
    private Path gold;

    @Option(names = "--timelines", paramLabel = "DIR", description = "Instead of --gold: a SemEval-2015 TimeLine"
            + " corpus (documents-cat/, gold-timelines/: ../shared/corpora/timeline-2015-trial). Builds each target's"
            + " timeline from the documents, writes it in the task's format and scores it with the task's official"
            + " scorer (Python 2.7).")
    private Path timelines;

    @Option(names = "--scorer", paramLabel = "DIR", description = "With --timelines: the task's scorer"
            + " (evaluation_all.py; default: ../shared/tools/timeline-scorer beside the annals folder, else in the"
            + " current folder's parent).")
    private Path scorer;

    @Option(names = "--out", paramLabel = "DIR", description = "With --timelines: where to write the timelines"
            + " (default: a new temporary folder, named in the output).")
    private Path out;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "timeml (TIMEX3 .tml files, e.g. TempEval-3) or wikiwars (TIMEX2 .key.xml keys); by default"
                    + " wikiwars when any .key.xml file is below DIR, else timeml.")
    private GoldFormat format;

    @Option(names = "--genre", paramLabel = "GENRE", defaultValue = "auto", converter = Converters.GenreName.class,
            description = "auto (the default), news or narrative.")
    private Genre genre;

    @Option(names = "--errors", description = "Also print each missed, spurious or wrong time expression.")
    private boolean errors;

    @Option(names = "--no-events", description = "Do not recognize and score events (TimeML gold only).")
    private boolean noEvents;

    @Option(names = "--relations", description = "Also link events and times (annals timeline's TLINKs) and score"
            + " them end to end: TempEval-3 temporal awareness against the gold files' TLINKs, or --dense.")
    private boolean relations;

    @Option(names = "--dense", paramLabel = "FILE", description = "With --relations: score against TimeBank-Dense"
            + " relations (docid, id1, id2, b/a/i/ii/s/v lines; VAGUE skipped) instead of the gold TLINKs, over the"
            + " documents of DIR it covers.")
    private Path dense;

    @Option(names = "--split", paramLabel = "NAME", description = "With --dense: only the documents of section [NAME]"
            + " (train, dev, test) of splits.txt beside the dense file.")
    private String split;

    @Option(names = "--convention", paramLabel = "NAME", description = "With --relations: which relations the linker"
            + " predicts: te3 (TempEval-3's sparse TLINKs; the default with the gold TLINKs), dense (TimeBank-Dense's"
            + " pairs within two sentences; the default with --dense) or rules (the rule-based linker alone).")
    private String convention;

    private final Io io;

    EvalCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        if (timelines != null) {
            if (gold != null) {
                throw new ParameterException(spec.commandLine(), "--timelines and --gold: one or the other");
            }
            return new TimelineTaskRun(io, genre).run(spec, timelines, scorer, out);
        }
        if (gold == null) {
            throw new ParameterException(spec.commandLine(), "--gold DIR (or --timelines DIR) is needed");
        }
        if (scorer != null || out != null) {
            throw new ParameterException(spec.commandLine(), "--scorer and --out go with --timelines");
        }
        if (!Files.isDirectory(gold)) {
            throw new ParameterException(spec.commandLine(), "--gold " + gold + " is not a directory");
        }
        GoldFormat f = format != null ? format : infer(gold);
        io.err().println("annals eval: " + gold + " as " + f.name().toLowerCase(java.util.Locale.ROOT)
                + ", genre " + genre.label());
        Evaluation.Relations rel = null;
        if (dense != null && !relations || split != null && dense == null) {
            throw new ParameterException(spec.commandLine(), "--dense needs --relations, --split needs --dense");
        }
        if (relations) {
            if (dense == null) {
                rel = Evaluation.Relations.goldTLinks();
            } else {
                if (!Files.isRegularFile(dense)) {
                    throw new ParameterException(spec.commandLine(), "--dense " + dense + " is not a file");
                }
                java.util.Set<String> docs = null;
                if (split != null) {
                    Path splits = dense.toAbsolutePath().resolveSibling("splits.txt");
                    if (!Files.isRegularFile(splits)) {
                        throw new ParameterException(spec.commandLine(), "--split: no " + splits);
                    }
                    docs = TimebankDense.split(splits, split);
                }
                rel = new Evaluation.Relations(TimebankDense.read(dense), docs);
            }
        }
        if (convention != null && !relations) {
            throw new ParameterException(spec.commandLine(), "--convention needs --relations");
        }
        Annals.Builder builder = Annals.builder().genre(genre);
        if (relations) {
            String c = convention != null ? convention : dense != null ? "dense" : "te3";
            RelationClassifier shipped = RelationClassifier.shipped();
            builder.linker(switch (c) {
                case "rules" -> new TemporalLinker(null);
                case "te3", "dense" -> new TemporalLinker(shipped == null ? null
                        : shipped.domain() == null ? shipped : shipped.withDomain(c));
                default -> throw new ParameterException(spec.commandLine(), "--convention: te3, dense or rules");
            });
            io.err().println("annals eval: relations by " + (c.equals("rules") || shipped == null ? "the rules alone"
                    : "the rules and the relation classifier, " + c + " convention"));
        }
        EvalResult result = Evaluation.run(builder.build(), gold, f,
                errors ? io.out() : null, !noEvents, rel);
        String report = result.report().stripTrailing();
        String summary = result.summaryLine().strip();
        if (!report.isEmpty()) {
            io.out().println(report);
        }
        String eventSummary = result.eventSummaryLine();
        if (eventSummary != null) {
            io.err().println("annals eval: event scores come from the shipped model, trained on tempeval3-train:"
                    + " on that corpus they are training-set scores (cross-validated: annals train-events --folds 5)");
            io.out().println(eventSummary);
        }
        String relationSummary = result.relationSummaryLine();
        if (relationSummary != null && RelationClassifier.shipped() != null && !"rules".equals(convention)) {
            io.err().println("annals eval: the relation classifier was trained on tempeval3-train but the TimeBank-Dense"
                    + " test split (relations.properties): only --dense ... --split test is held out; other relation"
                    + " scores here are training-set scores (cross-validated: annals train-relations --folds 5"
                    + " --dense-folds 4)");
        }
        if (relationSummary != null) {
            io.out().println(relationSummary);
        }
        if (!report.endsWith(summary)) {
            io.out().println(summary);
        }
        io.out().flush();
        // some document could not be read or tagged: the scores do not cover the whole gold set
        return result.failed() > 0 ? 1 : 0;
    }

    /** WIKIWARS when any {@code .key.xml} file lies below {@code dir}, else TIMEML. */
    static GoldFormat infer(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            boolean keys = files.anyMatch(p -> p.getFileName().toString().endsWith(".key.xml"));
            return keys ? GoldFormat.WIKIWARS : GoldFormat.TIMEML;
        }
    }
}
