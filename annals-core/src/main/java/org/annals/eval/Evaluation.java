package org.annals.eval;

import org.annals.api.Annals;
import org.annals.event.AnalyzedDocument;
import org.annals.gold.AnnotatedDocument;
import org.annals.gold.GoldTLink;
import org.annals.gold.GoldTimex;
import org.annals.io.ReadException;
import org.annals.io.Readers;
import org.annals.model.TaggedDocument;
import org.annals.model.Timex;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs annals over gold-annotated corpora and scores it (see {@link Scorer} for the rules), optionally listing every
 * error with its context so that rule work is guided by data.
 */
public final class Evaluation {

    /** Characters of context shown on each side of an error. */
    static final int CONTEXT = 70;

    private Evaluation() {
    }

    /**
     * Tags every gold document under {@code goldDir} and scores the result.
     *
     * @param annals  the tagger; each document is tagged with its own text and date
     * @param goldDir a folder searched recursively: {@code *.tml} for {@link GoldFormat#TIMEML}, {@code *.key.xml}
     *                for {@link GoldFormat#WIKIWARS} (so {@code wikiwars-dev} or {@code wikiwars-dev/keyinline})
     * @param format  the gold format
     * @param errors  where to list, per document, every miss, spurious hit, span difference and wrong value/type, and
     *                the documents that failed; null for no listing (failures then go to {@code System.err})
     * @throws IOException when the folder cannot be listed or holds no gold file
     */
    public static EvalResult run(Annals annals, Path goldDir, GoldFormat format, PrintStream errors)
            throws IOException {
        return run(annals, goldDir, format, errors, false);
    }

    /**
     * {@link #run(Annals, Path, GoldFormat, PrintStream)}, and with {@code events} (TimeML only) also recognizes
     * the events of each document ({@link Annals#analyze}) and scores them against the gold EVENTs (TempEval-3 Task
     * B: strict and relaxed span match, class over relaxed matches). When the events come from the shipped model and
     * the gold is its training corpus, the event scores are training-set scores, not a fair estimate.
     */
    public static EvalResult run(Annals annals, Path goldDir, GoldFormat format, PrintStream errors, boolean events)
            throws IOException {
        return run(annals, goldDir, format, errors, events, null);
    }

    /**
     * Which relations to score temporal awareness against ({@link RelationScorer}).
     *
     * @param dense     relations by document id (TimeBank-Dense, {@link TimebankDense#read}), or null for the TLINKs
     *                  of the gold files
     * @param documents the document ids (file names without {@code .tml}) to score, or null for all (with dense
     *                  relations: all the documents they cover)
     */
    public record Relations(Map<String, List<GoldTLink>> dense, java.util.Set<String> documents) {

        /** The gold files' own TLINKs, every document. */
        public static Relations goldTLinks() {
            return new Relations(null, null);
        }

        boolean covers(String docId) {
            return (documents == null || documents.contains(docId)) && (dense == null || dense.containsKey(docId));
        }

        List<GoldTLink> links(String docId, AnnotatedDocument a) {
            return dense == null ? a.tlinks() : dense.get(docId);
        }
    }

    /**
     * {@link #run(Annals, Path, GoldFormat, PrintStream, boolean)}, and with {@code relations} (TimeML only) also
     * links each document ({@link Annals#link}) and scores its TLINKs end to end (TempEval-3 temporal awareness, see
     * {@link RelationScorer}) against the chosen gold relations; null for no relation scores.
     */
    public static EvalResult run(Annals annals, Path goldDir, GoldFormat format, PrintStream errors, boolean events,
                                 Relations relations) throws IOException {
        boolean scoreEvents = events && format == GoldFormat.TIMEML;
        boolean scoreRelations = relations != null && format == GoldFormat.TIMEML;
        EventCounts eventCounts = EventCounts.ZERO;
        RelationCounts relationCounts = RelationCounts.ZERO;
        List<DocumentResult> results = new ArrayList<>();
        for (Path file : goldFiles(goldDir, format)) {
            String source = goldDir.relativize(file).toString();
            DocumentResult r;
            try {
                AnnotatedDocument a = Readers.readAnnotated(file);
                TaggedDocument tagged;
                String docId = file.getFileName().toString().replaceFirst("\\.tml$", "");
                if (scoreRelations && relations.covers(docId)) {
                    AnalyzedDocument linked = annals.link(a.document()).document();
                    tagged = linked.tagged();
                    if (scoreEvents) {
                        eventCounts = eventCounts.plus(EventCounts.score(a.events(), linked.events()));
                    }
                    relationCounts = relationCounts.plus(RelationScorer.score(a.events(), a.gold(),
                            relations.links(docId, a), linked.events(), tagged.timexes(), linked.tlinks()));
                } else if (scoreEvents) {
                    AnalyzedDocument analyzed = annals.analyze(a.document());
                    tagged = analyzed.tagged();
                    eventCounts = eventCounts.plus(EventCounts.score(a.events(), analyzed.events()));
                } else {
                    tagged = annals.tag(a.document());
                }
                List<Mention> system = new ArrayList<>();
                for (Timex t : tagged.timexes()) {
                    system.add(Mention.of(t));
                }
                r = Scorer.score(format, source, a.document().text(), gold(a), system);
                if (errors != null) {
                    print(errors, r, a.document().text(), tagged.date().value().toString());
                }
            } catch (ReadException e) {
                r = DocumentResult.failed(source, e.getMessage());
            } catch (RuntimeException e) {
                r = DocumentResult.failed(source, "tagging failed: " + e);
            }
            if (r.failed()) {
                (errors != null ? errors : System.err).println("FAILED " + source + ": " + r.error());
            }
            results.add(r);
        }
        return new EvalResult(format, results, scoreEvents ? eventCounts : null,
                scoreRelations ? relationCounts : null);
    }

    /** {@link #compareTimeML(Path, Path, PrintStream)} without a listing. */
    public static EvalResult compareTimeML(Path goldDir, Path systemDir) throws IOException {
        return compareTimeML(goldDir, systemDir, null);
    }

    /**
     * Scores a folder of system TimeML files (e.g. a baseline's output) against gold TimeML, pairing files by file
     * name (both folders searched recursively). A gold file without a system file, or whose system file cannot be
     * read, counts as failed.
     *
     * <p>The system text must be the gold text, except for whitespace: when the texts differ only in whitespace (a
     * baseline that turned CR LF into LF, or trimmed lines), system offsets are mapped to gold offsets through the
     * sequence of non-whitespace characters (a span is mapped from its first to its last non-space character). Other
     * differences make the document fail with the position of the first difference.
     *
     * @param errors where to list errors per document, or null (failures then go to {@code System.err})
     */
    public static EvalResult compareTimeML(Path goldDir, Path systemDir, PrintStream errors) throws IOException {
        Map<String, Path> systemFiles = new HashMap<>();
        for (Path p : goldFiles(systemDir, GoldFormat.TIMEML)) {
            systemFiles.putIfAbsent(p.getFileName().toString(), p);
        }
        List<DocumentResult> results = new ArrayList<>();
        for (Path file : goldFiles(goldDir, GoldFormat.TIMEML)) {
            String source = goldDir.relativize(file).toString();
            DocumentResult r;
            Path sys = systemFiles.get(file.getFileName().toString());
            if (sys == null) {
                r = DocumentResult.failed(source, "no system file " + file.getFileName() + " in " + systemDir);
            } else {
                try {
                    AnnotatedDocument g = Readers.readAnnotated(file);
                    AnnotatedDocument s = Readers.readAnnotated(sys);
                    String text = g.document().text();
                    List<Mention> system = TextAlignment.of(text, s.document().text()).map(gold(s));
                    r = Scorer.score(GoldFormat.TIMEML, source, text, gold(g), system);
                    if (errors != null) {
                        print(errors, r, text, g.document().date() == null ? "none" : g.document().date().value().toString());
                    }
                } catch (ReadException e) {
                    r = DocumentResult.failed(source, e.getMessage());
                } catch (TextAlignment.MismatchException e) {
                    r = DocumentResult.failed(source, e.getMessage());
                }
            }
            if (r.failed()) {
                (errors != null ? errors : System.err).println("FAILED " + source + ": " + r.error());
            }
            results.add(r);
        }
        return new EvalResult(GoldFormat.TIMEML, results);
    }

    private static List<Mention> gold(AnnotatedDocument a) {
        List<Mention> l = new ArrayList<>(a.gold().size());
        for (GoldTimex g : a.gold()) {
            l.add(Mention.of(g));
        }
        return l;
    }

    /** The gold files under a folder, sorted by path. */
    public static List<Path> goldFiles(Path dir, GoldFormat format) throws IOException {
        String suffix = format == GoldFormat.TIMEML ? ".tml" : ".key.xml";
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p))
                    .sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no *" + suffix + " files under " + dir);
        }
        return files;
    }

    /** Lists the errors of one document (nothing when it has none), under a line that gives its document date. */
    static void print(PrintStream out, DocumentResult r, String text, String documentDate) {
        if (r.findings().isEmpty()) {
            return;
        }
        Counts c = r.counts();
        out.printf("== %s (dct %s): gold %d, system %d, strict %d, relaxed %d, value %d, type %d%n", r.source(),
                documentDate, c.gold(), c.system(), c.strict(), c.relaxed(), c.value(), c.type());
        for (Finding f : r.findings()) {
            out.println("  " + describe(f, text));
        }
    }

    /** One line for an error: kind, offsets, texts, attributes and context. */
    static String describe(Finding f, String text) {
        Mention g = f.gold();
        Mention s = f.system();
        StringBuilder b = new StringBuilder(String.format(java.util.Locale.ROOT, "%-8s ", f.kind()));
        if (g != null) {
            b.append("gold ").append(g.begin()).append('-').append(g.end()).append(" \"").append(flat(g.text()))
                    .append("\" ").append(attrs(g));
        }
        if (g != null && s != null) {
            b.append(" | ");
        }
        if (s != null) {
            b.append("system ").append(s.begin()).append('-').append(s.end()).append(" \"")
                    .append(flat(s.text())).append("\" ").append(attrs(s));
        }
        int begin = Math.min(g != null ? g.begin() : Integer.MAX_VALUE, s != null ? s.begin() : Integer.MAX_VALUE);
        int end = Math.max(g != null ? g.end() : 0, s != null ? s.end() : 0);
        b.append("   ").append(context(text, begin, end));
        return b.toString();
    }

    private static String attrs(Mention m) {
        return (m.type() == null ? "" : m.type() + " ") + (m.value() == null ? "(no value)" : m.value());
    }

    /** About {@link #CONTEXT} characters on each side, the expression in [[ ]], line breaks shown as spaces. */
    static String context(String text, int begin, int end) {
        int b = Math.max(0, Math.min(begin, text.length()));
        int e = Math.max(b, Math.min(end, text.length()));
        int from = Math.max(0, b - CONTEXT);
        int to = Math.min(text.length(), e + CONTEXT);
        return (from > 0 ? "..." : "") + flat(text.substring(from, b)) + "[[" + flat(text.substring(b, e)) + "]]"
                + flat(text.substring(e, to)) + (to < text.length() ? "..." : "");
    }

    private static String flat(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
        }
        return b.toString();
    }
}
