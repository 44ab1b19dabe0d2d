package org.annals.tagger;

import org.annals.api.Annals;
import org.annals.model.Document;
import org.annals.model.DocumentDate;
import org.annals.model.TaggedDocument;
import org.annals.model.Timex;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The seed article ({@code ../shared/seed/korea-1950.txt} beside the project; {@code $ANNALS_ROOT} is the project
 * root): tagged with no document date, it must find the byline date and produce exactly these timexes.
 */
class SeedArticleTest {

    /**
     * Every timex of the article, in text order. The byline date "November 2, 2020" is the document creation time;
     * it is a date written in the text and is tagged like any other (TimeML annotates it too).
     * "Earlier that month" may carry mod START; nothing else may have a mod but "late October 1950".
     */
    static final List<String> EXPECTED = List.of(
            "\"Seventy years later\"=DATE:2020",
            "\"November 2, 2020\"=DATE:2020-11-02",
            "\"1950\"=DATE:1950",
            "\"Seventy years ago\"=DATE:1950",
            "\"Oct. 25, 1950\"=DATE:1950-10-25",
            "\"Earlier that month\"=DATE:1950-10",
            "\"late October 1950\"=DATE:1950-10:END",
            "\"the fall of 1950\"=DATE:1950-FA",
            "\"Less than five years earlier\"=DATE:1945");

    static Path seed() {
        String root = System.getenv("ANNALS_ROOT");
        Path base = root == null || root.isBlank() ? Path.of("").toAbsolutePath() : Path.of(root);
        Path p = base.resolve("../shared/seed/korea-1950.txt").normalize();
        if (!Files.isRegularFile(p) && (root == null || root.isBlank())) {
            // run from the module folder
            p = base.resolve("../../shared/seed/korea-1950.txt").normalize();
        }
        Assumptions.assumeTrue(Files.isRegularFile(p), "seed article test skipped: no file " + p
                + " (set ANNALS_ROOT to the project root, beside ../shared)");
        return p;
    }

    @Test
    void seedArticle() throws IOException {
        Path p = seed();
        String text = Files.readString(p, StandardCharsets.UTF_8);
        TaggedDocument t = Annals.create().tag(Document.of(p.toString(), text));
        assertEquals(LocalDate.of(2020, 11, 2), t.date().value());
        assertEquals(DocumentDate.Source.BYLINE, t.date().from());
        List<String> actual = t.timexes().stream().map(SeedArticleTest::format).toList();
        assertEquals(String.join("\n", EXPECTED), String.join("\n", actual));
    }

    /** The canonical form, with mod START allowed (and dropped) on "Earlier that month". */
    private static String format(Timex x) {
        String s = ExampleCorpus.format(x);
        if (x.text().equals("Earlier that month") && s.endsWith(":START")) {
            s = s.substring(0, s.length() - ":START".length());
        }
        return s;
    }
}
