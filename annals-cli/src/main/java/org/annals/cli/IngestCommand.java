package org.annals.cli;

import org.annals.api.Annals;
import org.annals.archive.IngestResult;
import org.annals.archive.LuceneArchive;
import org.annals.archive.Provenance;
import org.annals.io.ReadResult;
import org.annals.io.Readers;
import org.annals.model.Genre;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code annals ingest}: analyses documents and stores them in an archive. */
@Command(name = "ingest", sortOptions = false, mixinStandardHelpOptions = true,
        headerHeading = "%n",
        header = "Analyse documents and store them in an archive (a Lucene index) for search and timelines.",
        description = {
            "Reads each FILE, or every document under each DIR (recursively): the .txt, .text, .html, .htm, .tml, .sgm,"
                + " .xml and .jsonl files, but not hidden ones (.x, _x) nor a folder's notes (README.txt, LICENSE.txt,"
                + " COPYING.txt, CHANGES.txt...; pages are never left out by their name). A file named on the command"
                + " line is read whatever its name. It tags each document's time expressions, finds its events and builds its timeline, and stores all of it in the"
                + " archive folder given by --index.",
            "",
            "Formats by extension: .tml TimeML, .sgm SGML, .html/.htm a news page (article text, title, URL and"
                + " publication date), .jsonl one JSON object a line ({\"id\", \"text\", \"title\", \"date\", \"url\"}),"
                + " anything else plain text.",
            "A document whose text is already stored is skipped (its id is a hash of the text), so running the same"
                + " ingest again adds nothing and an interrupted ingest resumes where its last commit ended.",
            "Documents are committed every --batch documents and at the end; the progress counts as committed only"
                + " what a commit made durable. A document that cannot be read or analysed is reported on standard"
                + " error and skipped.",
            "Progress goes to standard error: a bar on a terminal, a line every few seconds otherwise."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every document was stored (or was already there)",
            "1:some document could not be read or analysed (the others were stored), or the archive failed",
            "2:usage error"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  annals ingest --index ~/archive articles/ more/page.html feed.jsonl", ""})
final class IngestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = ArchiveFolder.DEFAULT,
            description = "The archive folder (created if missing; default: ${DEFAULT-VALUE}).")
    private Path index;

    @Option(names = "--genre", paramLabel = "GENRE", defaultValue = "auto", converter = Converters.GenreName.class,
            description = "news, narrative or auto (the default): how relative expressions are anchored.")
    private Genre genre;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + LuceneArchive.DEFAULT_COMMIT_EVERY,
            description = "Commit every N documents (default: ${DEFAULT-VALUE}); a kill loses at most the"
                    + " uncommitted ones, which the next run stores.")
    private int batch;

    @Option(names = "--ack-log", paramLabel = "FILE",
            description = "After each commit, append to FILE the ids of the documents it stored, one a line: each"
                    + " id there is durable (for crash tests and resumable pipelines).")
    private Path ackLog;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "auto (the default: a bar on a terminal, lines otherwise), bar, lines or none.")
    private Progress.Mode progressMode;

    @Option(names = "--encoding", paramLabel = "CHARSET", converter = Converters.CharsetArg.class,
            description = "The charset of the plain-text files (ISO-8859-1, windows-1251...), instead of the one their"
                    + " bytes show. Web pages, TimeML, SGML and JSON Lines keep their own.")
    private java.nio.charset.Charset encoding;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Files and folders to ingest.")
    private List<Path> paths;

    private final Io io;

    IngestCommand(Io io) {
        this.io = io;
    }

    /** Counts of one ingest run. */
    private static final class IngestCounts {
        long read;
        long added;
        long present;
        long failed;
        /** Ids added since the last commit. */
        final List<String> pending = new ArrayList<>();
        long committed;

        long done() {
            return added + present + failed;
        }
    }

    @Override
    public Integer call() throws IOException {
        if (batch < 1) {
            throw new ParameterException(spec.commandLine(), "--batch must be at least 1");
        }
        IngestCounts c = new IngestCounts();
        InputFiles inputs = InputFiles.find(paths);
        for (String problem : inputs.problems()) {
            error(problem);
            c.failed++;
        }
        Progress progress = new Progress(io.err(), Progress.resolve(progressMode, io.process() && Terminal.interactive()),
                inputs.documents());
        long start = System.nanoTime();
        Annals annals = Annals.builder().genre(genre).build();
        try (LuceneArchive archive = LuceneArchive.open(index, annals, 0)) {
            for (Path file : inputs.files()) {
                try (Stream<ReadResult> results = Readers.readAll(file, Readers.DEFAULT_MAX_BYTES, encoding)) {
                    for (Iterator<ReadResult> it = results.iterator(); it.hasNext(); ) {
                        ingest(archive, it.next(), c);
                        if (c.pending.size() >= batch) {
                            commit(archive, c);
                        }
                        progress.update(c.done(), c.committed, c.failed);
                    }
                }
            }
            commit(archive, c);
            progress.finish(c.done(), c.committed, c.failed);
            double secs = (System.nanoTime() - start) / 1e9;
            io.out().printf(Locale.ROOT, "ingested %d documents into %s: %d added, %d already stored, %d failed"
                            + " (%.1f s, %.1f documents/s); the archive holds %d documents%n", c.done(), index,
                    c.added, c.present, c.failed, secs, c.done() / Math.max(secs, 1e-9), archive.documentCount());
            io.out().flush();
        }
        return c.failed == 0 ? 0 : 1;
    }

    /** Commits, then counts the pending documents as committed and appends their ids to the ack log. */
    private void commit(LuceneArchive archive, IngestCounts c) throws IOException {
        archive.commit();
        c.committed += c.pending.size();
        if (ackLog != null && !c.pending.isEmpty()) {
            // one write per commit: a kill leaves whole lines, at most the last one cut
            Files.writeString(ackLog, String.join("\n", c.pending) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        }
        c.pending.clear();
    }

    private void ingest(LuceneArchive archive, ReadResult r, IngestCounts c) throws IOException {
        if (!r.ok()) {
            error(r.error().getMessage());
            c.failed++;
            return;
        }
        c.read++;
        try {
            IngestResult result = archive.ingest(r.document(), Provenance.now(Provenance.Via.CLI,
                    System.getProperty("user.name")));
            if (result.added()) {
                c.added++;
                c.pending.add(result.id());
            } else {
                c.present++;
            }
        } catch (IllegalArgumentException e) {
            error(e.getMessage());
            c.failed++;
        } catch (RuntimeException e) {
            error(r.document().source() + ": analysis failed: " + e);
            c.failed++;
        }
    }

    private void error(String message) {
        io.err().println("annals ingest: " + message);
        io.err().flush();
    }
}
