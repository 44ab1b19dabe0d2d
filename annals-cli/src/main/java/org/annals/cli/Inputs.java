package org.annals.cli;

import org.annals.io.DocumentFiles;
import org.annals.io.ReadException;
import org.annals.io.Readers;
import org.annals.model.Document;
import org.annals.model.DocumentDate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads one input of a command (a file, or {@code -} for standard input), applies {@code --dct}, and runs a step
 * on the document. A failure is reported on standard error, naming the command and the file, and gives null, so the
 * command goes on with its other inputs and exits with 1 at the end.
 */
final class Inputs {

    private Inputs() {
    }

    /** Usage error unless {@code --out DIR} is absent, a directory, or not there yet. */
    static void checkOutDir(picocli.CommandLine.Model.CommandSpec spec, java.nio.file.Path outDir) {
        if (outDir != null && java.nio.file.Files.exists(outDir) && !java.nio.file.Files.isDirectory(outDir)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--out " + outDir + " is not a directory");
        }
    }

    static <T> T process(Io io, String command, String file, DocumentDate dct, String step,
                         Function<Document, T> run) {
        return process(io, command, file, dct, null, step, run);
    }

    /** {@link #process}, plain text being in {@code encoding} when it is not null ({@code --encoding}). */
    static <T> T process(Io io, String command, String file, DocumentDate dct, java.nio.charset.Charset encoding,
                         String step, Function<Document, T> run) {
        Document doc;
        try {
            doc = read(io, file, encoding);
        } catch (ReadException e) {
            return error(io, command, e.getMessage());
        } catch (IOException | RuntimeException e) {
            return error(io, command, file + ": cannot read: " + e.getMessage());
        }
        if (dct != null) {
            doc = doc.withDate(dct);
        }
        try {
            return run.apply(doc);
        } catch (RuntimeException e) {
            return error(io, command, file + ": " + step + " failed: " + e);
        }
    }

    /**
     * Reads one input: a file by its name, standard input ({@code -}) as an HTML page when it starts as one; plain
     * text in {@code encoding} when it is not null, else in the charset its bytes show.
     */
    static Document read(Io io, String file, java.nio.charset.Charset encoding) throws ReadException, IOException {
        long max = Readers.DEFAULT_MAX_BYTES;
        if ("-".equals(file)) {
            return Readers.readUnnamed("stdin", io.in().readAllBytes(), max, encoding);
        }
        return encoding == null ? Readers.read(Path.of(file))
                : Readers.read(file, Readers.bytes(Path.of(file), max), max, encoding);
    }

    private static <T> T error(Io io, String command, String message) {
        io.err().println("annals " + command + ": " + message);
        io.err().flush();
        return null;
    }

    /**
     * The files of the inputs of a command that reads one document a file ({@code timeline}, {@code entities}): each
     * FILE (or '-') as it is, and for each DIR its documents in name order, not its subfolders
     * ({@link DocumentFiles}: not its README.txt; no JSON Lines file, which holds many documents).
     */
    static List<String> oneDocumentFiles(List<String> inputs) throws IOException {
        List<String> files = new ArrayList<>();
        for (String in : inputs) {
            Path p = Path.of(in);
            if (!"-".equals(in) && Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> Files.isRegularFile(f) && oneDocument(f.getFileName().toString()))
                            .map(Path::toString).sorted().forEach(files::add);
                }
            } else {
                files.add(in);
            }
        }
        return files;
    }

    private static boolean oneDocument(String name) {
        return DocumentFiles.isDocument(name) && !Readers.holdsMany(name);
    }
}
