package org.annals.robustness;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.annals.api.Annals;
import org.annals.io.ReadException;
import org.annals.io.Readers;
import org.annals.model.Document;
import org.annals.model.DocumentDate;
import org.annals.model.Genre;
import org.annals.testing.Invariants;

import java.time.LocalDate;

/**
 * Fuzz targets (Jazzer). Without {@code JAZZER_FUZZ=1} they run once per saved input (regression mode, in CI): the
 * inputs under {@code src/test/resources/org/annals/robustness/TaggerFuzzTestInputs/<method>/}. With it, Jazzer
 * mutates inputs for {@code maxDuration} (or {@code -Djazzer.max_duration}) and saves any input that fails there.
 * Every target checks the output invariants ({@link Invariants}), not only that nothing crashes.
 */
class TaggerFuzzTest {

    private static final Annals NEWS = Annals.builder().genre(Genre.NEWS).build();
    private static final Annals NARRATIVE = Annals.builder().genre(Genre.NARRATIVE).build();
    private static final Annals AUTO = Annals.builder().genre(Genre.AUTO).build();

    /** The tagger on arbitrary text, with an arbitrary document date, in every genre. */
    @FuzzTest(maxDuration = "10m")
    void tagArbitraryText(FuzzedDataProvider data) {
        int year = data.consumeInt(1, 9999);
        int dayOfYear = data.consumeInt(1, 365);
        String text = data.consumeRemainingAsString();
        DocumentDate dct = DocumentDate.of(LocalDate.ofYearDay(year, dayOfYear), DocumentDate.Source.ARGUMENT);
        for (Annals a : new Annals[] {NEWS, NARRATIVE, AUTO}) {
            Invariants.check(a.tag(new Document("fuzz", text, dct, null)));
        }
        // no date given: found in the text, else today
        Invariants.check(AUTO.tag(Document.of("fuzz", text)));
    }

    /** The readers on arbitrary bytes: a document or a ReadException, never anything else. */
    @FuzzTest(maxDuration = "10m")
    void readArbitraryBytes(FuzzedDataProvider data) {
        String[] names = {"fuzz.tml", "fuzz.sgm", "fuzz.txt", "fuzz.html"};
        String name = data.pickValue(names);
        byte[] bytes = data.consumeRemainingAsBytes();
        try {
            Invariants.check(AUTO.tag(Readers.read(name, bytes)));
        } catch (ReadException expected) {
            if (expected.getMessage() == null || !expected.getMessage().contains(name)) {
                throw new AssertionError("error message does not name the file: " + expected.getMessage());
            }
        }
    }

    /** JSON lines: every line a document or an error naming file:line; the documents tag cleanly. */
    @FuzzTest(maxDuration = "10m")
    void readArbitraryJsonLines(byte[] bytes) {
        for (org.annals.io.ReadResult r : org.annals.io.JsonLinesReader.read("fuzz.jsonl", bytes, 1 << 20)) {
            if (r.document() != null) {
                Invariants.check(AUTO.tag(r.document()));
            } else if (r.error().getMessage() == null || !r.error().getMessage().startsWith("fuzz.jsonl:")) {
                throw new AssertionError("error message does not name the file: " + r.error().getMessage());
            }
        }
    }

    /** The whole pipeline (events, links, timeline) on arbitrary text. */
    @FuzzTest(maxDuration = "10m")
    void timelineOfArbitraryText(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        AUTO.timeline(java.util.List.of(new Document("fuzz", text, DocumentDate.of(LocalDate.of(2020, 11, 2),
                DocumentDate.Source.ARGUMENT), null))).entries().forEach(e -> {
                    if (e.interval().end().isBefore(e.interval().start())) {
                        throw new AssertionError("interval ends before it starts: " + e);
                    }
                    e.sources().forEach(s -> {
                        if (s.begin() < 0 || s.end() > text.length() || s.begin() > s.end()) {
                            throw new AssertionError("source offsets outside the text: " + s);
                        }
                    });
                });
    }
}
