package org.annals.cli;

import org.annals.api.Annals;
import org.annals.eval.CatDocument;
import org.annals.eval.TimelineTask;
import org.annals.model.Genre;
import org.annals.timeline.Timeline;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code annals eval --timelines DIR}: the SemEval-2015 TimeLine task. Reads the corpus's CAT documents, builds one
 * timeline of all of them, writes each gold target's timeline ({@link TimelineTask}) and runs the task's official
 * scorer (Python 2.7: {@code evaluation_all.py GOLD SYSTEM}), printing its per-target and micro scores.
 */
final class TimelineTaskRun {

    private final Io io;
    private final Genre genre;

    TimelineTaskRun(Io io, Genre genre) {
        this.io = io;
        this.genre = genre;
    }

    int run(CommandSpec spec, Path corpus, Path scorer, Path out) throws IOException {
        Path cat = corpus.resolve("documents-cat");
        Path gold = corpus.resolve("gold-timelines");
        if (!Files.isDirectory(cat) || !Files.isDirectory(gold)) {
            throw new ParameterException(spec.commandLine(), "--timelines " + corpus
                    + ": expected its documents-cat/ and gold-timelines/ folders");
        }
        Map<String, CatDocument> documents = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(cat)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                CatDocument d = CatDocument.read(p);
                documents.put(d.id(), d);
            }
        }
        Timeline timeline = Annals.builder().genre(genre).build()
                .timeline(documents.values().stream().map(CatDocument::document).toList());
        Path system = out != null ? Files.createDirectories(out) : Files.createTempDirectory("annals-timelines-");
        List<Path> golds;
        try (Stream<Path> files = Files.list(gold)) {
            golds = files.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path g : golds) {
            Files.write(system.resolve(g.getFileName()),
                    TimelineTask.lines(timeline, documents, TimelineTask.target(g)), StandardCharsets.UTF_8);
        }
        io.out().println(documents.size() + " documents, " + golds.size() + " targets; timelines written to " + system);
        Path tool = scorer != null ? scorer : defaultScorer();
        if (tool == null || !Files.isRegularFile(tool.resolve("evaluation_all.py"))) {
            io.err().println("annals eval: no scorer (evaluation_all.py) found" + (tool == null ? "" : " in " + tool)
                    + "; give it with --scorer DIR. The timelines are in " + system);
            return 1;
        }
        return score(tool, gold, system);
    }

    /** ../shared/tools/timeline-scorer beside the annals folder (-Dannals.root), else beside the current folder. */
    private static Path defaultScorer() {
        List<Path> roots = new ArrayList<>();
        String root = System.getProperty("annals.root");
        if (root != null) {
            roots.add(Path.of(root));
        }
        roots.add(Path.of("").toAbsolutePath());
        for (Path r : roots) {
            Path p = r.resolve("../shared/tools/timeline-scorer").normalize();
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    private int score(Path tool, Path gold, Path system) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("python", "evaluation_all.py", gold.toAbsolutePath().toString(),
                system.toAbsolutePath().toString()).directory(tool.toFile()).redirectErrorStream(true);
        pb.environment().putIfAbsent("PYENV_VERSION", "2.7.18");
        String micro = null;
        try {
            Process p = pb.start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.contains("MICRO-FSCORE")) {
                        micro = line.strip();
                    } else if (line.contains("\tFSCORE\t")) {
                        String[] f = line.split("\t");
                        io.out().printf("%-28s P=%6.2f R=%6.2f F1=%6.2f%n", f[0], Double.parseDouble(f[4]),
                                Double.parseDouble(f[6]), Double.parseDouble(f[2]));
                    } else if (!line.isBlank()) {
                        io.err().println("scorer: " + line);
                    }
                }
            }
            int code = p.waitFor();
            if (code != 0 || micro == null) {
                io.err().println("annals eval: the scorer failed (exit " + code + "; it needs Python 2.7 as"
                        + " 'python', or PYENV_VERSION=2.7.18 with pyenv). The timelines are in " + system);
                return 1;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (IOException e) {
            io.err().println("annals eval: cannot run python for the scorer: " + e.getMessage()
                    + ". The timelines are in " + system);
            return 1;
        }
        String[] f = micro.split("\t");
        double fm = Double.parseDouble(f[1]); // MICRO-FSCORE f MICRO-PRECISION p MICRO-RECALL r
        double pm = Double.parseDouble(f[3]);
        double rm = Double.parseDouble(f[5]);
        io.out().printf("micro (official scorer)      P=%6.2f R=%6.2f F1=%6.2f%n", pm, rm, fm);
        return 0;
    }
}
