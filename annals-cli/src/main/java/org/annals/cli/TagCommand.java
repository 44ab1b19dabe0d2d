package org.annals.cli;

import org.annals.api.Annals;
import org.annals.io.JsonWriter;
import org.annals.model.Genre;
import org.annals.model.TaggedDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code annals tag}: finds the time expressions of files and writes them as JSON, TimeML or a listing. */
@Command(name = "tag", sortOptions = false, mixinStandardHelpOptions = true,
        headerHeading = "%n",
        header = "Find and normalize the time expressions of documents.",
        description = {
            "Reads each FILE (by extension: .html and .htm a web page, its article text and date; .tml TimeML, .sgm"
                + " SGML, anything else plain text; '-' is standard input, a web page when it starts with <!DOCTYPE"
                + " html> or <html>, else plain text), finds its time expressions and normalizes them to TIMEX3 values."
                + " 'annals read' shows what was read.",
            "",
            "Without --out, everything goes to standard output: JSON as one object {\"documents\":[...]} for all"
                + " files, TimeML and text one document after the other.",
            "With --out DIR, each input gets its own file in DIR: x.txt, x.tml or x.sgm give x.json (json), x.tml"
                + " (timeml) or x.timexes.txt (text).",
            "A file that cannot be read is reported on standard error and skipped; the others are still processed."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file was tagged and written",
            "1:some file could not be read, tagged or written (see standard error)",
            "2:usage error (unknown option, bad --dct, bad --genre...)"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  annals tag --format text article.txt",
            "  annals tag --dct 2020-11-02 --format timeml --out tagged/ a.txt b.tml",
            "  cat article.txt | annals tag -", ""})
final class TagCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--dct", paramLabel = "YYYY-MM-DD|today", converter = Converters.DocumentDateArg.class,
            description = "The document date (creation time) to use for every file, instead of the one found in the"
                    + " file's header or byline (reported as from=argument); 'today' for today's (from=today). Without"
                    + " it, a file with no date found has none (from=none) and what needs one stays unknown (XXXX).")
    private org.annals.model.DocumentDate dct;

    @Option(names = "--genre", paramLabel = "GENRE", defaultValue = "auto", converter = Converters.GenreName.class,
            description = "How relative expressions (\"last week\", \"that month\") are anchored: news (to the document"
                    + " date), narrative (to the story's own time) or auto (decided per document; the default).")
    private Genre genre;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "Output format: json (the default), timeml or text.")
    private OutputFormat format;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write one output file per input into DIR (created if missing) instead of to standard"
                    + " output.")
    private Path outDir;

    @Option(names = "--encoding", paramLabel = "CHARSET", converter = Converters.CharsetArg.class,
            description = "The charset of plain-text input (ISO-8859-1, windows-1251...), instead of the one its bytes"
                    + " show (UTF-8 when they are valid UTF-8, else a detected legacy charset). Web pages, TimeML and"
                    + " SGML declare their own.")
    private java.nio.charset.Charset encoding;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to tag; '-' reads standard input.")
    private List<String> files;

    private final Io io;

    TagCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        Inputs.checkOutDir(spec, outDir);
        if (outDir != null) {
            Files.createDirectories(outDir);
        }
        Annals annals = Annals.builder().genre(genre).build();
        Writer stdout = new BufferedWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8));
        JsonWriter.Stream json = outDir == null && format == OutputFormat.JSON ? JsonWriter.pretty().open(stdout) : null;
        Map<Path, String> written = new HashMap<>();
        int failures = 0;
        try {
            for (String file : files) {
                TaggedDocument tagged = tag(annals, file);
                if (tagged == null) {
                    failures++;
                } else if (outDir != null) {
                    failures += writeFile(file, tagged, written) ? 0 : 1;
                } else if (json != null) {
                    json.add(tagged);
                } else {
                    failures += writeStdout(file, tagged, stdout) ? 0 : 1;
                }
            }
        } finally {
            if (json != null) {
                json.close();
            }
            stdout.flush();
        }
        return failures == 0 ? 0 : 1;
    }

    /** Reads and tags one input; null (after reporting) when it cannot be. */
    private TaggedDocument tag(Annals annals, String file) {
        return Inputs.process(io, "tag", file, dct, encoding, "tagging", annals::tag);
    }

    private boolean writeFile(String file, TaggedDocument tagged, Map<Path, String> written) {
        Path target = outDir.resolve(OutputNames.of(file, format));
        String earlier = written.putIfAbsent(target.toAbsolutePath().normalize(), file);
        if (earlier != null) {
            error(file + ": not written: " + target + " already holds the output of " + earlier);
            return false;
        }
        try {
            if (!"-".equals(file) && Files.exists(target) && Files.isSameFile(target, Path.of(file))) {
                error(file + ": not written: the output " + target + " would overwrite the input");
                return false;
            }
            try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                format.write(tagged, w);
            }
            return true;
        } catch (IOException e) {
            error(file + ": cannot write " + target + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            error(file + ": cannot write " + target + ": " + e.getMessage());
        }
        return false;
    }

    private boolean writeStdout(String file, TaggedDocument tagged, Writer stdout) throws IOException {
        try {
            format.write(tagged, stdout);
            return true;
        } catch (IllegalArgumentException e) {
            error(file + ": cannot write " + format.name().toLowerCase(java.util.Locale.ROOT) + ": " + e.getMessage());
            return false;
        }
    }

    private TaggedDocument error(String message) {
        io.err().println("annals tag: " + message);
        io.err().flush();
        return null;
    }
}
