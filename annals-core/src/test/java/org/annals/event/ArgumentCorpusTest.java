package org.annals.event;

import org.annals.api.Annals;
import org.annals.model.Document;
import org.annals.model.Timex;
import org.annals.nlp.Nlp;
import org.annals.nlp.Sentence;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The corpora of arguments and of coreference as tests, one per row named after its id:
 * {@code corpus/arguments/en/arguments.tsv} (an event, its agents and patients) and {@code coreference.tsv} (a
 * pronoun, description or short name, the name it stands for), negatives included. The sentences are split and
 * tagged as {@code Annals} does; the event is the row's word, whatever the event recognizer would say of it.
 */
class ArgumentCorpusTest {

    private static final Annals ANNALS = Annals.builder().build();

    @TestFactory
    List<DynamicTest> arguments() throws IOException {
        List<DynamicTest> out = new ArrayList<>();
        for (String[] row : rows("arguments.tsv", 5)) {
            out.add(DynamicTest.dynamicTest(row[0], () -> {
                String text = row[1];
                List<Sentence> sentences = Nlp.get().analyze(text);
                int[] at = find(text, row[2]);
                int sentence = sentenceOf(sentences, at[0]);
                Event e = new Event("e1", at[0], at[1], text.substring(at[0], at[1]), null, null,
                        EventClass.OCCURRENCE, Tense.NONE, Aspect.NONE, Polarity.POS, sentence, List.of(), List.of());
                Event found = new ParticipantFinder().find(text, sentences, List.of(e), timexes(text)).get(0);
                assertEquals(expected(row[3]) + " / " + expected(row[4]),
                        names(found, Argument.Role.AGENT) + " / " + names(found, Argument.Role.PATIENT),
                        row[0] + ": \"" + text + "\" " + row[2] + ", agents / patients");
            }));
        }
        return out;
    }

    @TestFactory
    List<DynamicTest> coreference() throws IOException {
        List<DynamicTest> out = new ArrayList<>();
        for (String[] row : rows("coreference.tsv", 4)) {
            out.add(DynamicTest.dynamicTest(row[0], () -> {
                String text = row[1];
                List<Sentence> sentences = Nlp.get().analyze(text);
                int[] at = find(text, row[2]);
                Map<Integer, List<Coreference.Mention>> mentions = new ParticipantFinder().mentions(sentences,
                        timexes(text));
                Coreference.Mention m = mentions.values().stream().flatMap(List::stream)
                        .filter(x -> x.text().begin() == at[0]).findFirst().orElse(null);
                assertNotNull(m, row[0] + ": no mention at \"" + row[2] + "\" in " + mentions);
                assertEquals(row[3], m.referent() == null ? "-" : m.referent().text(),
                        row[0] + ": \"" + text + "\" " + row[2]);
            }));
        }
        return out;
    }

    private static List<Timex> timexes(String text) {
        return ANNALS.tag(Document.of("t", text)).timexes();
    }

    private static String names(Event e, Argument.Role role) {
        TreeSet<String> out = new TreeSet<>();
        for (Argument a : e.arguments()) {
            if (a.role() == role) {
                out.add(a.entity().text());
            }
        }
        return out.isEmpty() ? "-" : String.join("|", out);
    }

    private static String expected(String cell) {
        return cell.equals("-") ? "-" : String.join("|", new TreeSet<>(Arrays.asList(cell.split("\\|"))));
    }

    /** The span of "word" or of the n-th "word#n", as whole words. */
    private static int[] find(String text, String spec) {
        String[] p = spec.split("#");
        int n = p.length > 1 ? Integer.parseInt(p[1]) : 1;
        int from = 0;
        for (int i = 0; ; ) {
            int b = text.indexOf(p[0], from);
            if (b < 0) {
                throw new IllegalArgumentException("no " + spec + " in " + text);
            }
            int e = b + p[0].length();
            boolean whole = (b == 0 || !Character.isLetterOrDigit(text.charAt(b - 1)))
                    && (e == text.length() || !Character.isLetterOrDigit(text.charAt(e)));
            if (whole && ++i == n) {
                return new int[]{b, e};
            }
            from = b + 1;
        }
    }

    private static int sentenceOf(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (s.begin() <= offset && offset < s.end()) {
                return s.index();
            }
        }
        return 0;
    }

    private static List<String[]> rows(String file, int columns) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = ArgumentCorpusTest.class.getResourceAsStream("/corpus/arguments/en/" + file)) {
            assertNotNull(in, file);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != columns) {
                    throw new IllegalStateException(file + ": " + columns + " columns expected: " + line);
                }
                out.add(f);
            }
        }
        return out;
    }
}
