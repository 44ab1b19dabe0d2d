package org.annals.robustness;

import org.annals.api.Annals;
import org.annals.io.JsonWriter;
import org.annals.io.Readers;
import org.annals.io.TimelineJsonWriter;
import org.annals.model.Document;
import org.annals.model.DocumentDate;
import org.annals.model.Genre;
import org.annals.testing.Corpora;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One {@link Annals} shared by many threads gives exactly the single-threaded results: the tagger, the event
 * recognizer, the linker and the timeline builder hold no per-call state.
 */
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 3;

    private static final String[] TEXTS = {
            "On Oct. 25, 1950, the Chinese army crossed the Yalu River. Earlier that month the coalition had invaded.",
            "WASHINGTON (AP) Mar 22, 2013 - The Senate voted Friday, two days after the House, to extend the law "
                    + "until next September.",
            "The war began in the summer of 1914. Four years later, in November 1918, it ended; every Monday the "
                    + "bells rang for three weeks.",
            "Shares fell 3% in the third quarter, less than a year after the merger, and rose last week.",
    };

    private static List<Document> examples() {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < TEXTS.length; i++) {
            docs.add(new Document("ex" + i, TEXTS[i], DocumentDate.of(LocalDate.of(2013, 3, 22),
                    DocumentDate.Source.ARGUMENT), null));
        }
        return docs;
    }

    /** Results of f over the documents on one thread, then on many (each document several times, interleaved). */
    private static void sameOnManyThreads(List<Document> docs, java.util.function.Function<Document, String> f)
            throws Exception {
        List<String> expected = docs.stream().map(f).toList();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int r = 0; r < ROUNDS; r++) {
                for (Document d : docs) {
                    futures.add(pool.submit(() -> f.apply(d)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % docs.size()), futures.get(i).get(),
                        docs.get(i % docs.size()).source());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void taggerAndTimelineOnExamples() throws Exception {
        Annals annals = Annals.builder().genre(Genre.AUTO).build();
        JsonWriter json = JsonWriter.compact();
        TimelineJsonWriter timelines = new TimelineJsonWriter(false);
        sameOnManyThreads(examples(), d -> json.toJson(List.of(annals.tag(d))));
        sameOnManyThreads(examples(), d -> timelines.toJson(annals.timeline(List.of(d))));
    }

    @Test
    void taggerAndTimelineOnTempEval3() throws Exception {
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Corpora.dir("tempeval3-train"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".tml")).sorted().toList()) {
                docs.add(Readers.read(p));
            }
        }
        Annals annals = Annals.builder().genre(Genre.AUTO).build();
        JsonWriter json = JsonWriter.compact();
        TimelineJsonWriter timelines = new TimelineJsonWriter(false);
        sameOnManyThreads(docs, d -> json.toJson(List.of(annals.tag(d))));
        // the whole pipeline is slower: every fourth document
        List<Document> some = new ArrayList<>();
        for (int i = 0; i < docs.size(); i += 4) {
            some.add(docs.get(i));
        }
        sameOnManyThreads(some, d -> timelines.toJson(annals.timeline(List.of(d))));
    }
}
