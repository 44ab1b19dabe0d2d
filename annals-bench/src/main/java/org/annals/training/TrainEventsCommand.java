package org.annals.training;

import org.annals.cli.Io;

import org.annals.event.EventRecognizer;
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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code annals train-events}: trains the event recognizer on TimeML EVENT annotations. */
@Command(name = "train-events", sortOptions = false, mixinStandardHelpOptions = true,
        headerHeading = "%n",
        header = "Train the event recognizer on TimeML (TempEval-3) EVENT annotations.",
        description = {
            "Reads every .tml file under the corpus, runs sentence and word splitting, POS tagging and the time"
                + " expression tagger, and trains the averaged-perceptron event classifier.",
            "With --folds N it first cross-validates by documents (document k in path order is in fold k mod N) and"
                + " prints event strict/relaxed/class P/R/F1 and tense/aspect/polarity agreement.",
            "With --out it writes the model trained on the whole corpus, and a provenance file beside it"
                + " (same name, .properties)."},
        footerHeading = "%nExamples:%n",
        footer = {"  annals train-events --corpus ../shared/corpora/tempeval3-train --folds 5 "
                + "--out annals-core/src/main/resources/org/annals/event/en/events.bin", ""})
final class TrainEventsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "TimeML corpus folder.")
    private Path corpus;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (and FILE's .properties).")
    private Path out;

    @Option(names = "--folds", paramLabel = "N", defaultValue = "0",
            description = "Cross-validate with N document folds first (0: no cross-validation).")
    private int folds;

    @Option(names = "--iterations", paramLabel = "N", description = "Training passes (default ${DEFAULT-VALUE}).")
    private int iterations = EventRecognizer.Settings.DEFAULT.iterations();

    @Option(names = "--min-count", paramLabel = "N", description = "Drop features seen fewer times (default ${DEFAULT-VALUE}).")
    private int minCount = EventRecognizer.Settings.DEFAULT.minCount();

    @Option(names = "--bonus", paramLabel = "X",
            description = "Added to every event label's score at prediction: more recall, less precision (default ${DEFAULT-VALUE}).")
    private double bonus = EventRecognizer.Settings.DEFAULT.bonus();

    private final Io io;

    TrainEventsCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new ParameterException(spec.commandLine(), "--corpus " + corpus + " is not a directory");
        }
        if (out == null && folds < 2) {
            throw new ParameterException(spec.commandLine(), "nothing to do: give --out and/or --folds N (N >= 2)");
        }
        EventRecognizer.Settings settings = new EventRecognizer.Settings(iterations, minCount, bonus);
        long t0 = System.nanoTime();
        List<EventTraining.Doc> docs = EventTraining.load(corpus);
        int events = docs.stream().mapToInt(d -> d.gold().size()).sum();
        io.err().printf(Locale.ROOT, "train-events: %d documents, %d events read in %.1f s%n", docs.size(), events,
                (System.nanoTime() - t0) / 1e9);
        String cv = null;
        if (folds >= 2) {
            EventTraining.Scores s = EventTraining.crossValidate(docs, folds, settings);
            io.out().println(folds + "-fold cross-validation (document folds):");
            io.out().print(s.report());
            io.out().println(s.counts().summaryLine());
            cv = s.counts().summaryLine() + " (tense/aspect/polarity agreement: "
                    + s.report().lines().filter(l -> l.startsWith("tense")).findFirst().orElse("") + ")";
        }
        if (out != null) {
            EventRecognizer r = EventTraining.train(docs, settings);
            Path prov = ModelFiles.write(out, r::write);
            String name = out.getFileName().toString();
            StringBuilder b = new StringBuilder();
            b.append("# Provenance of ").append(name).append(", written by annals train-events\n");
            b.append("command=annals train-events --corpus ").append(corpus).append(folds >= 2 ? " --folds " + folds : "")
                    .append(" --out ").append(out).append(iterations != EventRecognizer.Settings.DEFAULT.iterations()
                            ? " --iterations " + iterations : "")
                    .append(minCount != EventRecognizer.Settings.DEFAULT.minCount() ? " --min-count " + minCount : "")
                    .append(bonus != EventRecognizer.Settings.DEFAULT.bonus() ? " --bonus " + bonus : "")
                    .append('\n');
            b.append("corpus=").append(corpus.toAbsolutePath().normalize().getFileName()).append('\n');
            b.append("files=").append(docs.size()).append('\n');
            b.append("events=").append(events).append('\n');
            b.append("date=").append(Instant.now()).append('\n');
            b.append("code=").append(commit()).append('\n');
            b.append("learner=").append(settings.describe()).append('\n');
            b.append("features=").append(EventRecognizer.featureDescription()).append('\n');
            b.append("model.features=").append(r.features()).append('\n');
            b.append("nlp=rule-based sentences and words (Penn-style clitics), OpenNLP 2.5.11 opennlp-models-pos-en"
                    + " 1.1.0 (UD EWT) greedy POS, UD tags mapped to Penn tags\n");
            if (cv != null) {
                b.append("crossvalidation.folds=").append(folds).append('\n');
                b.append("crossvalidation=").append(cv).append('\n');
            }
            Files.writeString(prov, b.toString(), StandardCharsets.UTF_8);
            io.err().println("train-events: wrote " + out + " (" + Files.size(out) + " bytes, " + r.features()
                    + " features) and " + prov);
        }
        io.out().flush();
        return 0;
    }

    /** The git commit of the project (with "+changes" when the work tree differs), or "unknown". */
    static String commit() {
        try {
            String root = System.getProperty("annals.root", ".");
            Process p = new ProcessBuilder("git", "-C", root, "describe", "--always", "--dirty=+changes")
                    .redirectErrorStream(true).start();
            String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 && !s.isEmpty() ? s : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
