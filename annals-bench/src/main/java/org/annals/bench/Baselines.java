package org.annals.bench;

import org.annals.model.Document;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the HeidelTime and SUTime baselines of {@code ../shared/tools/baselines} (a measurement harness beside the
 * project, not part of it) on documents, as {@code bin/bench-baselines} does: each document becomes
 * {@code <n>.txt}, first line {@code DCT: YYYY-MM-DD}, then its text exactly as annals reads it. Each tool runs
 * {@value #PASSES} passes in one JVM; the rate counted is the best pass after the first (which includes warm-up).
 */
final class Baselines {

    /** The baseline tools. */
    enum Tool {
        HEIDELTIME("HeidelTime 2.2.1 (news)", "heideltime.sh", "news"),
        SUTIME("SUTime (CoreNLP 4.5.10)", "sutime.sh", null);

        final String label;
        final String script;
        final String type;

        Tool(String label, String script, String type) {
            this.label = label;
            this.script = script;
            this.type = type;
        }
    }

    static final int PASSES = 2;
    static final String DEFAULT_DIR = "../shared/tools/baselines";
    /** A pass line of the harness, e.g. {@code heideltime: pass 2: 30 files, ..., 13868 chars/s, heapUsed=...}. */
    private static final Pattern PASS = Pattern.compile(": pass (\\d+): .*?, ([0-9.]+) chars/s");

    private final Path harness;
    private final PrintStream log;

    Baselines(Path harness, PrintStream log) {
        this.harness = harness;
        this.log = log;
    }

    /** The harness folder ({@code dir}, else beside the project root); a usage error when it is missing. */
    static Path locate(CommandSpec spec, Path dir) {
        Path d = dir != null ? dir : Path.of(System.getProperty("annals.root", ".")).resolve(DEFAULT_DIR);
        if (!Files.isRegularFile(d.resolve(Tool.HEIDELTIME.script))
                || !Files.isRegularFile(d.resolve(Tool.SUTIME.script))) {
            throw new ParameterException(spec.commandLine(), "no baselines harness at " + d.toAbsolutePath()
                    .normalize() + " (heideltime.sh and sutime.sh): use --baselines-dir");
        }
        return d.toAbsolutePath().normalize();
    }

    /**
     * The system's warm rate on the documents, in characters per second; NaN when it failed (its log, kept in a
     * temporary folder, is named on the log stream).
     */
    double charactersPerSecond(Tool system, List<Document> docs) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("annals-baseline-" + system.name().toLowerCase(Locale.ROOT));
        Path in = Files.createDirectories(work.resolve("in"));
        for (int i = 0; i < docs.size(); i++) {
            Document d = docs.get(i);
            String dct = d.date() == null ? "" : "DCT: " + d.date().value() + "\n";
            Files.writeString(in.resolve(String.format(Locale.ROOT, "%04d.txt", i)), dct + d.text(),
                    StandardCharsets.UTF_8);
        }
        List<String> command = new ArrayList<>(List.of("bash", harness.resolve(system.script).toString(),
                in.toString(), work.resolve("out").toString()));
        if (system.type != null) {
            command.add(system.type);
        }
        Path output = work.resolve(system.name().toLowerCase(Locale.ROOT) + ".log");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        pb.environment().put("REPEAT", Integer.toString(PASSES));
        pb.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        int code = pb.start().waitFor();
        String text = Files.readString(output, StandardCharsets.UTF_8);
        double best = Double.NaN;
        Matcher m = PASS.matcher(text);
        while (m.find()) {
            log.println("  " + system.label + ": " + m.group().substring(2));
            if (Integer.parseInt(m.group(1)) > 1) {
                double rate = Double.parseDouble(m.group(2));
                best = Double.isNaN(best) ? rate : Math.max(best, rate);
            }
        }
        if (code != 0 || Double.isNaN(best)) {
            log.println("  " + system.label + " failed (exit " + code + "): see " + output);
            return Double.NaN;
        }
        return best;
    }
}
