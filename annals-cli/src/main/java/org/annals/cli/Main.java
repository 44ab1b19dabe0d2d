package org.annals.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.ServiceLoader;

/**
 * The {@code annals} command line: {@code read}, {@code tag}, {@code timeline}, {@code ingest}, {@code search}, {@code eval} and
 * {@code serve}, and the commands of any {@link CommandPlugin} on the class path (the developers' tools of
 * annals-bench: {@code bench}, {@code bench-archive}, {@code bench-server}, {@code bench-suite}, {@code load},
 * {@code train-events}, {@code train-relations}).
 *
 * <p>{@link #commandLine(Io)} builds the command for in-process use (tests); {@link #main} runs it and exits with
 * its code: 0 success, 1 a failure on some input, 2 a usage error.
 */
@Command(name = "annals", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        headerHeading = "%n",
        header = "annals: find the dates and times in English text and normalize them (TimeML TIMEX3).",
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%n",
        footer = {"Run 'annals COMMAND --help' for the options of a command, e.g. 'annals tag --help'."},
        subcommands = CommandLine.HelpCommand.class)
public final class Main implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is needed: "
                + String.join(", ", spec.commandLine().getSubcommands().keySet().stream()
                        .filter(n -> !n.equals("help")).toList()));
    }

    static {
        // log records (the server's access log, its errors) as one line each: time, level, message, cause
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format",
                    "%1$tFT%1$tT%1$tz %4$s %5$s%6$s%n");
        }
    }

    /**
     * Lucene's notice that the Vector API incubator module is not enabled (it then uses plain Java, as fast for the
     * archive's work): not for users, so it is silenced. Kept here so that the logger's level is not collected.
     */
    private static final java.util.logging.Logger LUCENE_VECTORIZATION =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        LUCENE_VECTORIZATION.setLevel(java.util.logging.Level.SEVERE);
        Io io = Io.system();
        int code = commandLine(io).execute(args);
        io.out().flush();
        io.err().flush();
        System.exit(code);
    }

    /** The {@code annals} command with its subcommands, reading and writing the given streams. */
    public static CommandLine commandLine(Io io) {
        CommandLine cl = new CommandLine(new Main())
                .addSubcommand("read", new ReadCommand(io))
                .addSubcommand("tag", new TagCommand(io))
                .addSubcommand("timeline", new TimelineCommand(io))
                .addSubcommand("entities", new EntitiesCommand(io))
                .addSubcommand("ingest", new IngestCommand(io))
                .addSubcommand("search", new SearchCommand(io))
                .addSubcommand("eval", new EvalCommand(io))
                .addSubcommand("serve", new ServeCommand(io))
                .addSubcommand(elsewhere(ElsewhereCommand.Spark.class, io));
        for (CommandPlugin plugin : ServiceLoader.load(CommandPlugin.class, Main.class.getClassLoader())) {
            plugin.commands(io).forEach(cl::addSubcommand);
        }
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(io.err(), StandardCharsets.UTF_8), true));
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            String msg = ex.getMessage() != null ? ex.getMessage() : ex.toString();
            cmd.getErr().println(name(cmd) + ": error: " + msg);
            cmd.getErr().flush();
            return 1;
        });
        return cl;
    }

    /**
     * A command that bin/annals runs with another class path (the Spark job): listed and described from {@code spec}'s
     * {@code @Command} (name, header, description), and when run from the jar it says in one line how to run it.
     */
    public static CommandLine elsewhere(Class<?> spec, Io io) {
        CommandLine described = new CommandLine(spec);
        CommandLine cl = new CommandLine(new ElsewhereCommand(io));
        CommandLine.Model.CommandSpec from = described.getCommandSpec();
        CommandLine.Model.CommandSpec to = cl.getCommandSpec();
        to.name(from.name());
        to.usageMessage().header(from.usageMessage().header()).headerHeading("%n")
                .description(from.usageMessage().description());
        to.mixinStandardHelpOptions(true);
        cl.setUnmatchedOptionsArePositionalParams(true); // its own options: for it to read, not for picocli here
        return cl;
    }

    private static int usageError(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(name(cmd) + ": " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return CommandLine.ExitCode.USAGE;
    }

    private static String name(CommandLine cmd) {
        return cmd.getCommandSpec().qualifiedName();
    }

    /** The version from the build ({@code version.properties}, filled in by Maven). */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                // fall through to "unknown"
            }
            return new String[] {"annals " + p.getProperty("version", "unknown"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
        }
    }
}
