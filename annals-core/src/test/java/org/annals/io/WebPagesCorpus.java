package org.annals.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.annals.api.Annals;
import org.annals.model.Document;
import org.annals.model.DocumentDate;
import org.annals.model.TaggedDocument;
import org.annals.testing.Corpora;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores what annals reads from the real web pages of {@code web-pages/} (see its README): the publication date as
 * htmldate's evaluation scores it (the labelled date is a true positive, another date a false positive, none a false
 * negative) and the article text as trafilatura's does (each {@code with} snippet found a true positive, each
 * {@code without} snippet found a false positive). {@code main} prints the scores and the pages it gets wrong.
 */
public final class WebPagesCorpus {

    /** Counts of one measure; the rates as the sources define them. */
    public record Score(int tp, int fp, int fn, int tn, int pages, int shortPages) {
        public Score(int tp, int fp, int fn, int tn, int pages) {
            this(tp, fp, fn, tn, pages, 0);
        }

        /** Text: the share of pages that gave under {@value #SHORT} characters (none rejected). */
        public double shortShare() {
            return pages == 0 ? 0 : (double) shortPages / pages;
        }

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            return 2.0 * tp / Math.max(1, 2 * tp + fp + fn);
        }

        /** Dates: pages right / pages. Text: (TP + TN) / all snippets. */
        public double accuracy() {
            return tn < 0 ? (double) tp / pages : (double) (tp + tn) / Math.max(1, tp + fp + fn + tn);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "precision %.3f recall %.3f accuracy %.3f F1 %.3f (%d pages%s)",
                    precision(), recall(), accuracy(), f1(), pages,
                    tn < 0 ? "" : ", " + shortPages + " under " + SHORT + " characters");
        }
    }

    /** A page's text shorter than this is as good as none. */
    static final int SHORT = 200;

    /** The gold files write an unlabelled date as a bare NaN, as Python's json module does. */
    private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private WebPagesCorpus() {
    }

    public static Path root() {
        return Corpora.dir("web-pages");
    }

    /** The publication dates, as annals finds them when the page is tagged without a date given. */
    public static Score dates(List<String> misses) throws IOException {
        Path dir = root().resolve("dates");
        Annals annals = Annals.create();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int pages = 0;
        for (JsonNode page : JSON.readTree(dir.resolve("gold.json").toFile())) {
            String gold = page.path("date").asText("");
            if (!gold.matches("\\d{4}-\\d{2}-\\d{2}")) {
                continue; // unlabelled ("NaN")
            }
            pages++;
            String found = null;
            try {
                Document d = Readers.read(dir.resolve("pages").resolve(page.get("file").asText()));
                TaggedDocument t = annals.tag(d);
                DocumentDate date = t.date();
                found = date == null || date.from() == DocumentDate.Source.TODAY ? null : date.value().toString();
            } catch (ReadException | RuntimeException e) {
                found = null;
            }
            if (found == null) {
                fn++;
                misses.add("NONE  " + page.get("file").asText() + " gold " + gold + " " + page.path("url").asText());
            } else if (found.equals(gold)) {
                tp++;
            } else {
                fp++;
                misses.add("WRONG " + page.get("file").asText() + " gold " + gold + " found " + found + " "
                        + page.path("url").asText());
            }
        }
        return new Score(tp, fp, fn, -1, pages);
    }

    /** The article text, as annals reads it from the page. */
    public static Score text(List<String> misses) throws IOException {
        Path dir = root().resolve("text");
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        int pages = 0;
        int shortPages = 0;
        for (JsonNode page : JSON.readTree(dir.resolve("gold.json").toFile())) {
            Path file = dir.resolve("pages").resolve(page.get("file").asText());
            if (!Files.exists(file)) {
                continue;
            }
            pages++;
            String text = "";
            try {
                text = collapse(Readers.read(file).text());
            } catch (ReadException | RuntimeException e) {
                misses.add("REJECTED " + file.getFileName() + ": " + e.getMessage());
            }
            if (text.length() < SHORT) {
                shortPages++;
                misses.add("SHORT   " + file.getFileName() + ": " + text.length() + " characters");
            }
            for (JsonNode w : page.path("with")) {
                if (text.contains(collapse(w.asText()))) {
                    tp++;
                } else {
                    fn++;
                    misses.add("MISSING " + file.getFileName() + ": " + w.asText());
                }
            }
            for (JsonNode w : page.path("without")) {
                if (text.contains(collapse(w.asText()))) {
                    fp++;
                    misses.add("EXTRA   " + file.getFileName() + ": " + w.asText());
                } else {
                    tn++;
                }
            }
        }
        return new Score(tp, fp, fn, tn, pages, shortPages);
    }

    /** White space collapsed to single spaces, trimmed: how both sources compare snippets. */
    static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    public static void main(String[] args) throws IOException {
        List<String> dateMisses = new ArrayList<>();
        List<String> textMisses = new ArrayList<>();
        Score dates = dates(dateMisses);
        Score text = text(textMisses);
        boolean verbose = args.length > 0 && args[0].equals("-v");
        if (verbose) {
            dateMisses.forEach(System.out::println);
            textMisses.forEach(System.out::println);
        }
        System.out.println("dates: " + dates);
        System.out.println("text:  " + text);
    }
}
