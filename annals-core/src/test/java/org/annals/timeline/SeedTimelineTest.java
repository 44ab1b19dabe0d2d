package org.annals.timeline;

import org.annals.api.Annals;
import org.annals.model.Document;
import org.annals.model.Intervals;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The timeline of the seed article ({@code ../shared/seed/korea-1950.txt}, no --dct: the date 2020-11-02 comes from
 * the byline). Only what any event recognizer should find is asserted: the entries named below, their times and
 * their order.
 */
class SeedTimelineTest {

    static Path seed() {
        String root = System.getenv("ANNALS_ROOT");
        Path base = root == null || root.isBlank() ? Path.of("").toAbsolutePath() : Path.of(root);
        Path p = base.resolve("../shared/seed/korea-1950.txt").normalize();
        if (!Files.isRegularFile(p) && (root == null || root.isBlank())) {
            p = base.resolve("../../shared/seed/korea-1950.txt").normalize();
        }
        Assumptions.assumeTrue(Files.isRegularFile(p), "seed timeline test skipped: no file " + p);
        return p;
    }

    private static int find(List<TimelineEntry> entries, Predicate<TimelineEntry> p, String what) {
        for (int i = 0; i < entries.size(); i++) {
            if (p.test(entries.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no entry for " + what);
    }

    private static Predicate<TimelineEntry> event(String trigger, String sentenceWord) {
        return e -> e.event().equalsIgnoreCase(trigger) && e.sources().get(0).sentence().contains(sentenceWord);
    }

    @Test
    void seedTimeline() throws IOException {
        Path p = seed();
        Document doc = Document.of(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
        List<TimelineEntry> entries = Annals.create().timeline(List.of(doc)).entries();

        // the recognizer may take "fighting" or "wars" as the trigger: the entry is the clause about the wars
        int wars = find(entries, e -> e.text().contains("wars against Japanese invaders"),
                "wars against Japanese invaders");
        int invaded = find(entries, event("invaded", "coalition"), "the coalition invaded");
        int crossed = find(entries, event("crossed", "Yalu"), "the PVA crossed the Yalu");
        int unsan = find(entries, e -> e.event().equals("victory") && e.sources().get(0).sentence().contains("Unsan"),
                "the victory at Unsan");
        int offensive = find(entries, event("offensive", "fall of 1950"), "the offensive in the fall of 1950");
        int article = find(entries, e -> e.event().equals("published"), "the article");
        int mao = find(entries, event("killed", "Mao Anying"), "Mao Anying killed");
        int killings = find(entries, event("killed", "occupiers"), "the occupiers killed");

        assertEquals("1945", entries.get(wars).value());
        assertEquals("Japanese invaders", entries.get(wars).participants().get(0).text());
        assertTrue(entries.get(invaded).value().startsWith("1950-10"));
        assertTrue(entries.get(invaded).interval().end().isBefore(LocalDate.of(1950, 10, 25)));
        TimelineEntry c = entries.get(crossed);
        assertEquals("1950-10-25", c.value());
        assertEquals(Granularity(), c.interval().granularity());
        assertEquals("Chinese People's Volunteer Army", c.participants().get(0).text());
        assertEquals("organization", c.participants().get(0).type().label());
        assertEquals(List.of("Yalu River", "Korean Peninsula"), c.places().stream().map(x -> x.text()).toList());
        assertEquals("1950-10", entries.get(unsan).value());
        assertEquals("END", entries.get(unsan).mod());
        assertEquals("Unsan", entries.get(unsan).places().get(0).text());
        assertEquals("1950-FA", entries.get(offensive).value());
        assertEquals("2020-11-02", entries.get(article).value());
        assertTrue(List.of("1950-FA", "1950").contains(entries.get(mao).value()));
        assertTrue(entries.get(mao).participants().stream().anyMatch(x -> x.text().equals("Mao Anying")
                && x.type().label().equals("person")));
        assertEquals("1950-10", entries.get(killings).value());
        assertEquals(null, entries.get(killings).mod());

        assertTrue(wars < invaded && invaded < crossed && crossed < unsan && unsan < offensive && offensive < article,
                List.of(wars, invaded, crossed, unsan, offensive, article).toString());
        assertTrue(killings < unsan && mao < article);
        for (int i = 1; i < entries.size(); i++) {
            assertTrue(Intervals.chronological(entries.get(i - 1).interval(), entries.get(i).interval()) <= 0);
        }
    }

    private static org.annals.time.Granularity Granularity() {
        return org.annals.time.Granularity.DAY;
    }
}
