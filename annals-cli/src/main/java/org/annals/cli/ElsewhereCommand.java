package org.annals.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * A command that {@code bin/annals} starts with another class path (the Spark job, which needs Spark and Hadoop):
 * listed in {@code annals --help} and described by {@code annals help NAME}, and when run from the jar itself it says
 * in one line how to run it (exit 2).
 */
final class ElsewhereCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "ARGS", description = "The command's own arguments ('bin/annals NAME"
            + " --help' lists them).")
    private List<String> args;

    private final Io io;

    ElsewhereCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        String name = spec.name();
        io.err().println("annals " + name + ": run it with bin/annals, which starts it with Spark and Hadoop on the class"
                + " path: bin/annals " + name + " --help");
        io.err().flush();
        return 2;
    }

    /** The Spark job's entry in the command list. */
    @Command(name = "spark", mixinStandardHelpOptions = true, headerHeading = "%n",
            header = "Run the timeline pipeline over a corpus as an Apache Spark job (started by bin/annals).",
            description = {
                "bin/annals spark --input PATH --output DIR [--format auto|jsonl|parquet|files] [--master URL]"
                    + " [--genre auto|news|narrative] [--partitions N]",
                "",
                "Reads JSON lines (id, text, optional date, title, url), Parquet with the same columns, or a folder of"
                    + " .txt, .tml and .sgm files, analyses each on Spark's executors and writes Parquet"
                    + " tables under DIR: documents, timexes, events, timeline_entries, corpus_timeline and errors.",
                "bin/annals starts it with Spark and Hadoop on the class path (they are not in annals.jar);"
                    + " 'bin/annals spark --help' gives every option, docs/spark.md the details."})
    static final class Spark {
        private Spark() {
        }
    }
}
