package org.annals.cli;

import org.annals.archive.ArchiveQuery;
import org.annals.archive.LuceneArchive;
import org.annals.archive.SearchResult;
import org.annals.archive.SearchResultJsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code annals search}: documents and timeline entries of an archive matching words and a time range. */
@Command(name = "search", sortOptions = false, mixinStandardHelpOptions = true,
        headerHeading = "%n",
        header = "Search an archive: documents and timeline entries by words and time, with snippets and facets.",
        description = {
            "QUERY uses Lucene's syntax: words (all must match; English stemming), \"phrases\", OR, -excluded,"
                + " field:word (title, text, event, timex:1950-10-25).",
            "--from and --to take YYYY, YYYY-MM or YYYY-MM-DD: --from 1950-10 is 1950-10-01, --to 1950-12 is"
                + " 1950-12-31. An entry matches when its interval shares a day with the range; a document when one"
                + " of its dates does.",
            "Without QUERY, documents come by date and entries in chronological order; with it, by relevance.",
            "Facets count all matching entries: per year and month (entries within one), top participants and places."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the search ran (even with no hits)",
            "1:the archive could not be opened or read",
            "2:usage error (bad date, bad query syntax...)"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  annals search --index ~/archive --from 1950-10 --to 1950-12 \"Yalu River\"",
            "  annals search --index ~/archive --format json troops", ""})
final class SearchCommand implements Callable<Integer> {

    /** The formats of {@code annals search}. */
    enum Format { TEXT, JSON }

    @Spec
    private CommandSpec spec;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = ArchiveFolder.DEFAULT,
            description = "The archive folder (default: ${DEFAULT-VALUE}).")
    private Path index;

    @Option(names = "--from", paramLabel = "DATE", converter = Converters.RangeStart.class,
            description = "The start of the time range: YYYY, YYYY-MM or YYYY-MM-DD (its first day).")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = Converters.RangeEnd.class,
            description = "The end of the time range: YYYY, YYYY-MM or YYYY-MM-DD (its last day).")
    private LocalDate to;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "The most documents and the most entries shown (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0",
            description = "Skip the first N matches (the next page: --offset 20 with --limit 20).")
    private int offset;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (the default) or json.")
    private Format format;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "The words to look for.")
    private String text;

    private final Io io;

    SearchCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        ArchiveQuery query = ArchiveArguments.query(spec, text, from, to, limit, offset);
        try (LuceneArchive archive = LuceneArchive.openReadOnly(index)) {
            SearchResult result;
            try {
                result = archive.search(query);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            if (format == Format.JSON) {
                Writer w = new OutputStreamWriter(io.out(), StandardCharsets.UTF_8);
                new SearchResultJsonWriter(true).write(query, result, w);
            } else {
                new SearchTextWriter().write(query, result, io.out());
            }
        }
        return 0;
    }
}
