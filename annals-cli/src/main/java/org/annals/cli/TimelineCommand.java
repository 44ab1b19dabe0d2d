package org.annals.cli;

import org.annals.api.Annals;
import org.annals.archive.ArchiveQuery;
import org.annals.archive.LuceneArchive;
import org.annals.event.LinkedDocument;
import org.annals.io.TimeMLEventWriter;
import org.annals.io.TimelineFormat;
import org.annals.io.TimelineJsonWriter;
import org.annals.model.Genre;
import org.annals.timeline.AboutEntity;
import org.annals.timeline.HiddenEntries;
import org.annals.timeline.Timeline;
import org.annals.timeline.TimelineBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code annals timeline}: one chronological timeline of the events of all the inputs. */
@Command(name = "timeline", sortOptions = false, mixinStandardHelpOptions = true,
        headerHeading = "%n",
        header = "Build one chronological timeline of the events of documents.",
        description = {
            "Reads each FILE (.html and .htm a web page, .tml TimeML, .sgm SGML, anything else plain text; '-' is"
                + " standard input, a web page when it starts as one) or the documents of a DIR (its .txt, .text,"
                + " .html, .htm, .tml, .sgm and .xml files, not its README.txt, LICENSE.txt or hidden files), finds its"
                + " events, who and where they involve and when they happened,"
                + " and writes one timeline over all inputs; mentions of the same event in several documents merge.",
            "",
            "With --index DIR, the timeline is built from an archive instead (see 'annals ingest'): the entries"
                + " matching --query and the time range --from/--to, merged across documents; no FILE is given then.",
            "Formats: text (a table), json, csv, timelinejs (TimelineJS3 JSON: a title slide, readable dates, spans as"
                + " spans), timeml (one document per input with"
                + " EVENT, MAKEINSTANCE and TLINK)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input was read and the timeline written",
            "1:some file could not be read, analyzed or written (see standard error)",
            "2:usage error"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  annals timeline --format text article.txt",
            "  annals timeline --format timelinejs --out site/ articles/",
            "  annals timeline --index ~/archive --query Yalu --from 1950-10 --to 1950-12", ""})
final class TimelineCommand implements Callable<Integer> {

    /** The formats of {@code annals timeline}. */
    enum Format {
        TEXT("timeline.txt"), JSON("timeline.json"), CSV("timeline.csv"), TIMELINEJS("timeline.timelinejs.json"),
        TIMEML(".tml");

        final String fileName;

        Format(String fileName) {
            this.fileName = fileName;
        }
    }

    @Spec
    private CommandSpec spec;

    @Option(names = "--dct", paramLabel = "YYYY-MM-DD|today", converter = Converters.DocumentDateArg.class,
            description = "The document date to use for every file, instead of the one found in its header or byline;"
                    + " 'today' for today's. Without it, a file with no date found has none.")
    private org.annals.model.DocumentDate dct;

    @Option(names = "--genre", paramLabel = "GENRE", defaultValue = "auto", converter = Converters.GenreName.class,
            description = "news, narrative or auto (the default): how relative expressions are anchored.")
    private Genre genre;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text (the default), json, csv, timelinejs or timeml.")
    private Format format;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write into DIR (created if missing): timeline.txt, timeline.json, timeline.csv or"
                    + " timeline.timelinejs.json; for timeml one x.tml per input.")
    private Path outDir;

    @Option(names = "--index", paramLabel = "DIR",
            description = "Build the timeline from the archive in DIR instead of from files.")
    private Path index;

    @Option(names = "--query", paramLabel = "Q",
            description = "With --index: only entries matching these words (Lucene syntax, as 'annals search').")
    private String query;

    @Option(names = "--from", paramLabel = "DATE", converter = Converters.RangeStart.class,
            description = "With --index: only entries on or after YYYY, YYYY-MM or YYYY-MM-DD (its first day).")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = Converters.RangeEnd.class,
            description = "With --index: only entries on or before YYYY, YYYY-MM or YYYY-MM-DD (its last day).")
    private LocalDate to;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10000",
            description = "With --index: the most entries taken, best matches first (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0",
            description = "With --index: skip the first N matching entries (the next page).")
    private int offset;

    @Option(names = "--hide", paramLabel = "LIST",
            description = "Leave out these event kinds and predicates, comma-separated: a kind (occurrence, reporting,"
                    + " state, i_action, i_state, aspectual, perception) or a predicate as written or its base form"
                    + " (said, say, published), e.g. --hide reporting,published. With --index, hidden entries are"
                    + " neither counted nor paged through.")
    private String hide;

    @Option(names = "--about", paramLabel = "NAME",
            description = "Only the events this entity takes part in, as agent or patient, through any of its"
                    + " mentions: its name or a shorter one (\"Jobs\" for \"Steve Jobs\"), a pronoun (\"he\") or a"
                    + " description (\"the company\") that stands for it. JSON entries then say which mention names"
                    + " it and its role. With --index, entries stored before roles were found are about no one:"
                    + " ingest them again.")
    private String about;

    /** What --about asks for, once read. */
    private AboutEntity entity;

    @Option(names = "--encoding", paramLabel = "CHARSET", converter = Converters.CharsetArg.class,
            description = "The charset of plain-text input (ISO-8859-1, windows-1251...), instead of the one its bytes"
                    + " show (UTF-8 when they are valid UTF-8, else a detected legacy charset). Web pages, TimeML and"
                    + " SGML declare their own.")
    private java.nio.charset.Charset encoding;

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Files or directories; '-' reads standard"
            + " input. A DIR stands for its documents as annals ingest chooses them (not README.txt, LICENSE.txt...),"
            + " one a file (no .jsonl), not its subfolders.")
    private List<String> inputs = List.of();

    private final Io io;

    TimelineCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        Inputs.checkOutDir(spec, outDir);
        hidden(); // a bad --hide is a usage error before any work
        if (about != null) {
            if (format == Format.TIMEML) {
                throw new ParameterException(spec.commandLine(), "--about does not apply to --format timeml (a"
                        + " document's events with their TLINKs)");
            }
            try {
                entity = AboutEntity.of(about);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--about: " + e.getMessage());
            }
        }
        if (index != null) {
            return fromArchive();
        }
        if (query != null || from != null || to != null) {
            throw new ParameterException(spec.commandLine(), "--query, --from and --to need --index");
        }
        if (inputs.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "a FILE or DIR is needed (or --index DIR)");
        }
        int failures = 0;
        List<String> files = Inputs.oneDocumentFiles(inputs);
        if (outDir != null) {
            Files.createDirectories(outDir);
        }
        Annals annals = Annals.builder().genre(genre).build();
        List<LinkedDocument> linked = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String file : files) {
            LinkedDocument l = analyze(annals, file);
            if (l == null) {
                failures++;
            } else {
                linked.add(l);
                names.add(file);
            }
        }
        Writer stdout = new BufferedWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8));
        try {
            if (format == Format.TIMEML) {
                failures += writeTimeML(linked, names, stdout);
            } else {
                Timeline timeline = hidden().apply(new TimelineBuilder().build(linked));
                if (entity != null) {
                    timeline = entity.apply(timeline);
                }
                title = TimelineFormat.documentsTitle(linked.size(),
                        linked.isEmpty() ? null : linked.get(0).document().tagged().document().title(),
                        names.isEmpty() ? null : Path.of(names.get(0)).getFileName().toString());
                if (outDir == null) {
                    write(timeline, stdout);
                } else {
                    Path target = outDir.resolve(format.fileName);
                    try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                        write(timeline, w);
                    } catch (IOException e) {
                        error("cannot write " + target + ": " + e.getMessage());
                        failures++;
                    }
                }
            }
        } finally {
            stdout.flush();
        }
        return failures == 0 ? 0 : 1;
    }

    /** The timeline of the archive's matching entries, written like one built from files. */
    private int fromArchive() throws IOException {
        if (!inputs.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no FILE is read with --index");
        }
        if (format == Format.TIMEML) {
            throw new ParameterException(spec.commandLine(), "--format timeml needs the documents, not --index");
        }
        if (dct != null) {
            throw new ParameterException(spec.commandLine(), "--dct does not apply to --index");
        }
        ArchiveQuery q = ArchiveArguments.query(spec, query, from, to, limit, offset);
        q = new ArchiveQuery(q.text(), q.from(), q.to(), q.limit(), q.offset(), hidden(), entity);
        Timeline timeline;
        long total;
        try (LuceneArchive archive = LuceneArchive.openReadOnly(index)) {
            try {
                timeline = archive.timeline(q);
                total = archive.entryCount(q);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        TimelineJsonWriter.Paging paging = new TimelineJsonWriter.Paging(total, q.offset(), q.limit());
        title = TimelineFormat.archiveTitle(query, from == null ? null : from.toString(), to == null ? null : to.toString());
        if (q.offset() + q.limit() < total || q.offset() > 0) {
            // the other formats have no place for it: said where people see it
            io.err().println("annals timeline: " + TimelineFormat.shown(paging) + "; --offset and --limit show others");
            io.err().flush();
        }
        if (outDir == null) {
            Writer stdout = new BufferedWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8));
            write(timeline, paging, stdout);
            stdout.flush();
            return 0;
        }
        Files.createDirectories(outDir);
        Path target = outDir.resolve(format.fileName);
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            write(timeline, paging, w);
        } catch (IOException e) {
            error("cannot write " + target + ": " + e.getMessage());
            return 1;
        }
        return 0;
    }

    /** The TimelineJS title slide's headline: the document's title or file name, the documents' count, the query. */
    private String title;

    /** What --hide leaves out. */
    private HiddenEntries hidden() {
        try {
            return HiddenEntries.parse(hide);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--hide: " + e.getMessage());
        }
    }

    private void write(Timeline t, Writer w) throws IOException {
        write(t, null, w);
    }

    private void write(Timeline t, TimelineJsonWriter.Paging paging, Writer w) throws IOException {
        TimelineFormat.of(format.name()).write(t, entity == null ? title : title + ": " + entity.name(), paging, entity,
                w);
    }

    private int writeTimeML(List<LinkedDocument> linked, List<String> names, Writer stdout) throws IOException {
        int failures = 0;
        Map<Path, String> written = new HashMap<>();
        for (int i = 0; i < linked.size(); i++) {
            String file = names.get(i);
            try {
                String tml = new TimeMLEventWriter().toTimeML(linked.get(i).document());
                if (outDir == null) {
                    stdout.write(tml);
                    continue;
                }
                Path target = outDir.resolve(OutputNames.base(file) + ".tml");
                String earlier = written.putIfAbsent(target.toAbsolutePath().normalize(), file);
                if (earlier != null) {
                    error(file + ": not written: " + target + " already holds the output of " + earlier);
                    failures++;
                } else if (!"-".equals(file) && Files.exists(target) && Files.isSameFile(target, Path.of(file))) {
                    error(file + ": not written: the output " + target + " would overwrite the input");
                    failures++;
                } else {
                    Files.writeString(target, tml, StandardCharsets.UTF_8);
                }
            } catch (IOException | IllegalArgumentException e) {
                error(file + ": cannot write timeml: " + e.getMessage());
                failures++;
            }
        }
        return failures;
    }

    private LinkedDocument analyze(Annals annals, String file) {
        return Inputs.process(io, "timeline", file, dct, encoding, "analysis", annals::link);
    }

    private LinkedDocument error(String message) {
        io.err().println("annals timeline: " + message);
        io.err().flush();
        return null;
    }
}
