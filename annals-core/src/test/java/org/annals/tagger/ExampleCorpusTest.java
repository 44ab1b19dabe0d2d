package org.annals.tagger;

import org.annals.pipeline.Pipeline;
import org.annals.tagger.ExampleCorpus.Row;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The example corpus as tests: one dynamic test per row of {@code corpus/en/<family>.tsv}, named after the row id.
 * Rows of {@code corpus/en/pending/} are known gaps of the tagger: they are run and reported as skipped (aborted) with
 * the expected and actual output while they fail, and fail once they pass, so that they are moved back.
 */
class ExampleCorpusTest {

    /**
     * Files that are no extractor's family: refiners across families, the document date, texts with no timex, and
     * whole documents that mix the document's time and a story's.
     */
    static final Set<String> CROSS_CUTTING = Set.of("modifiers", "document-date", "negative", "mixed");

    /**
     * The families every corpus must have, one file each: every extractor the pipeline runs (so that a new family
     * cannot come without its examples), and the cross-cutting files.
     */
    static Set<String> families() {
        Set<String> f = new TreeSet<>(CROSS_CUTTING);
        for (Extractor e : Pipeline.english().extractors()) {
            f.add(e.name());
        }
        return f;
    }

    @TestFactory
    List<DynamicNode> examples() {
        return families(ExampleCorpus.root(), false);
    }

    @TestFactory
    List<DynamicNode> pending() {
        return families(ExampleCorpus.root().resolve("pending"), true);
    }

    private static List<DynamicNode> families(Path dir, boolean pending) {
        List<DynamicNode> out = new ArrayList<>();
        for (Path f : ExampleCorpus.files(dir)) {
            List<DynamicTest> tests = new ArrayList<>();
            for (Row r : ExampleCorpus.read(f, pending)) {
                URI source = URI.create(f.toUri() + "?line=" + r.line());
                tests.add(DynamicTest.dynamicTest(r.id(), source, () -> check(r)));
            }
            String name = f.getFileName().toString();
            out.add(DynamicContainer.dynamicContainer((pending ? "pending/" : "") + name, f.toUri(), tests.stream()));
        }
        return out;
    }

    private static void check(Row r) {
        String expected = ExampleCorpus.join(r.expected());
        String actual = ExampleCorpus.join(ExampleCorpus.actual(r));
        String context = r.where() + " " + r.id() + ": " + r.text().replace("\n", "\\n");
        if (r.pending()) {
            if (expected.equals(actual)) {
                fail(context + "\npending row passes now: move it from pending/" + r.family() + ".tsv to "
                        + r.family() + ".tsv");
            }
            Assumptions.abort("known gap, " + context + "\n  expected: " + expected + "\n  actual:   " + actual);
        }
        assertEquals(expected, actual, context);
    }

    @Test
    void rowsAreWellFormedAndIdsUnique() {
        // reading checks 5 columns, dates, genres, the expected syntax and that each covered text is in the text
        List<Row> rows = ExampleCorpus.all();
        Map<String, Row> ids = new HashMap<>();
        for (Row r : rows) {
            Row before = ids.put(r.id(), r);
            if (before != null) {
                fail("duplicate id " + r.id() + " at " + before.where() + " and " + r.where());
            }
        }
        Set<String> families = new TreeSet<>();
        for (Path f : ExampleCorpus.files(ExampleCorpus.root())) {
            String n = f.getFileName().toString();
            families.add(n.substring(0, n.length() - 4));
        }
        Set<String> required = families();
        assertTrue(families.containsAll(required), "missing family files: " + required + " vs " + families);
        assertTrue(required.containsAll(families), "files of no extractor: " + families + " vs " + required);
        for (Path f : ExampleCorpus.files(ExampleCorpus.root().resolve("pending"))) {
            String n = f.getFileName().toString();
            assertTrue(families.contains(n.substring(0, n.length() - 4)), "pending file of no family: " + n);
        }
        for (String fam : families) {
            long n = rows.stream().filter(r -> r.family().equals(fam)).count();
            assertTrue(n >= 10, fam + " has only " + n + " rows");
        }
    }

    /**
     * Whatever the tagger writes for any row, passing, pending or negative, is well formed: a valid TIMEX3 value
     * (never "PXY" or "2021-02-30"), offsets that point at the covered text, TimeML that reads back
     * ({@link org.annals.testing.Invariants}).
     */
    @Test
    void everyOutputOfEveryRowIsValid() {
        List<Row> rows = new ArrayList<>(ExampleCorpus.all());
        for (Path f : ExampleCorpus.files(ExampleCorpus.root().resolve("pending"))) {
            rows.addAll(ExampleCorpus.read(f, true));
        }
        assertTrue(rows.size() > 700, "rows: " + rows.size());
        for (Row r : rows) {
            try {
                org.annals.testing.Invariants.check(ExampleCorpus.tag(r));
            } catch (AssertionError e) {
                fail(r.where() + " " + r.id() + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    void negativeRowsExpectNothing() {
        for (Row r : ExampleCorpus.all()) {
            if (r.family().equals("negative")) {
                assertEquals(List.of(), r.expected(), r.where() + " " + r.id());
            }
        }
    }
}
