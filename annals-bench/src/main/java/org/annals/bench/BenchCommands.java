package org.annals.bench;

import org.annals.cli.CommandPlugin;
import org.annals.cli.Io;

import java.util.LinkedHashMap;
import java.util.Map;

/** The benchmark and load-test commands, added to {@code annals} when annals-bench is on the class path. */
public final class BenchCommands implements CommandPlugin {

    /** {@code spark-bench}'s entry in the command list: {@link SparkBench} runs through bin/annals. */
    @picocli.CommandLine.Command(name = "spark-bench", header = "Measure the Spark job in local mode against the"
            + " single-machine pipeline (started by bin/annals).", description = {
                "bin/annals spark-bench --corpus DIR [--copies N] [--threads 1,2] [--work DIR]",
                "",
                "Reads the documents as annals reads files, repeats them, runs the Spark job in local mode and the"
                    + " single-machine pipeline on the same documents, and prints documents/s of each"
                    + " (docs/benchmarks.md). 'bin/annals spark-bench --help' gives every option."})
    static final class SparkBenchHelp {
        private SparkBenchHelp() {
        }
    }

    @Override
    public Map<String, Object> commands(Io io) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("bench", new BenchCommand(io));
        c.put("bench-archive", new BenchArchiveCommand(io));
        c.put("bench-server", new BenchServerCommand(io));
        c.put("load", new LoadCommand(io));
        c.put("bench-suite", new BenchSuiteCommand(io));
        c.put("bench-read", new BenchReadCommand(io));
        c.put("spark-bench", org.annals.cli.Main.elsewhere(SparkBenchHelp.class, io));
        return c;
    }
}
