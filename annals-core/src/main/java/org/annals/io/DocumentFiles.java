package org.annals.io;

import org.annals.text.ResourceLines;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which files of a folder are documents, the one rule of every command and job that reads folders ({@code annals
 * ingest}, {@code annals timeline DIR}, the Spark job's {@code files} input): a file with a document extension
 * ({@link #EXTENSIONS}) that is not hidden ({@code .DS_Store}, {@code _SUCCESS}) and is not named as a folder's
 * notes are ({@code README.txt}, {@code LICENSE.txt}: the names of {@code not-documents.tsv}). A file given by name is
 * read whatever its name; this rule only chooses among a folder's files. Stateless.
 */
public final class DocumentFiles {

    /** The extensions of documents in a folder: plain text, HTML pages, TimeML, SGML, JSON Lines. */
    public static final Set<String> EXTENSIONS = Set.of(".txt", ".text", ".html", ".htm", ".tml", ".sgm", ".xml",
            Readers.JSONL);

    /** A name of notes beside the documents: whether it also matches as a prefix, and why it is no document. */
    private record NotDocument(boolean prefix, String why) {
    }

    private static final Map<String, NotDocument> NOT_DOCUMENTS = load();

    private DocumentFiles() {
    }

    /**
     * Whether a file of a folder, by its name (a path: its last part is read), is a document. Only plain text is left
     * out by its name: notes are plain text, and pages, TimeML, SGML and JSON Lines files are data whatever they
     * are called ({@code index.html}, {@code news.jsonl}).
     */
    public static boolean isDocument(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
                .toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || name.startsWith(".") || name.startsWith("_")) {
            return false;
        }
        String ext = name.substring(dot);
        if (!EXTENSIONS.contains(ext)) {
            return false;
        }
        return !(ext.equals(".txt") || ext.equals(".text")) || whyNot(name.substring(0, dot)) == null;
    }

    /** Why a file name (lower case, without extension) is no document, or null when nothing says it is not. */
    static String whyNot(String stem) {
        NotDocument whole = NOT_DOCUMENTS.get(stem);
        if (whole != null) {
            return whole.why();
        }
        for (int i = 0; i < stem.length(); i++) {
            char c = stem.charAt(i);
            if (c == '-' || c == '_' || c == '.') {
                NotDocument n = NOT_DOCUMENTS.get(stem.substring(0, i));
                return n != null && n.prefix() ? n.why() : null;
            }
        }
        return null;
    }

    private static Map<String, NotDocument> load() {
        Map<String, NotDocument> m = new HashMap<>();
        for (ResourceLines.Line l : ResourceLines.read(DocumentFiles.class, "not-documents.tsv")) {
            String[] f = l.fields();
            if (f.length != 3 || !(f[1].equals("prefix") || f[1].equals("whole"))) {
                throw new IllegalStateException("not-documents.tsv:" + l.number() + ": expected name, prefix|whole, why");
            }
            m.put(f[0], new NotDocument(f[1].equals("prefix"), f[2]));
        }
        return Map.copyOf(m);
    }
}
