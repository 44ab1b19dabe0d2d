package org.annals.cli;

import org.annals.io.DocumentFiles;
import org.annals.io.Readers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of an ingest: each file given, and every document under each folder given (walked recursively, in name
 * order; {@link DocumentFiles}: a document extension, not hidden, not the folder's README.txt or LICENSE.txt), with the number of documents they hold (one a file, one per non-blank line of a JSON
 * Lines file) for the progress. Paths that do not exist are problems, reported and counted as failures.
 *
 * @param files     the files, in order
 * @param documents how many documents they hold
 * @param problems  messages about paths that could not be used
 */
record InputFiles(List<Path> files, long documents, List<String> problems) {

    static InputFiles find(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> Files.isRegularFile(f) && wanted(f)).sorted().forEach(files::add);
                }
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                problems.add(p + ": no such file or folder");
            }
        }
        long documents = 0;
        for (Path f : files) {
            documents += Readers.holdsMany(f.toString()) ? records(f) : 1;
        }
        return new InputFiles(List.copyOf(files), documents, List.copyOf(problems));
    }

    /** A folder's documents: {@link DocumentFiles#isDocument} (not its README.txt). */
    private static boolean wanted(Path f) {
        return DocumentFiles.isDocument(f.getFileName().toString());
    }

    /** Non-blank lines of a file (a count for the progress only: unreadable files count 1). */
    private static long records(Path f) {
        long lines = 0;
        boolean content = false;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(f)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    if (b == '\n') {
                        lines += content ? 1 : 0;
                        content = false;
                    } else if (b != ' ' && b != '\t' && b != '\r') {
                        content = true;
                    }
                }
            }
        } catch (IOException e) {
            return 1; // reading the file will report the problem
        }
        return lines + (content ? 1 : 0);
    }
}
