package org.annals.timeline;

import org.annals.api.Annals;
import org.annals.model.Document;
import org.annals.model.DocumentDate;
import org.annals.model.Genre;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntitiesTest {

    private static final Annals ANNALS = Annals.builder().genre(Genre.NEWS).build();

    private static Timeline timeline(String source, String text) {
        return ANNALS.timeline(List.of(new Document(source, text,
                DocumentDate.of(LocalDate.of(2011, 10, 6), DocumentDate.Source.ARGUMENT), null)));
    }

    @Test
    void namesAndTheirShortFormsAreOneEntityAcrossDocuments() {
        List<Entities.Entity> es = Entities.of(List.of(
                timeline("a", "Steve Jobs founded Apple in 1976. In 1985 Jobs left the company."),
                timeline("b", "Jobs returned to Apple in 1997. Bill Gates praised him in 2007.")));
        Entities.Entity jobs = es.stream().filter(e -> e.name().equals("Steve Jobs")).findFirst().orElseThrow();
        assertEquals(3, jobs.mentions(), es.toString());
        assertEquals(2, jobs.documents(), es.toString());
        assertEquals(List.of("Steve Jobs", "Jobs"), jobs.names());
        assertTrue(es.stream().anyMatch(e -> e.name().equals("Bill Gates") && e.mentions() == 1), es.toString());
        assertEquals(jobs, es.get(0), "the most named first");
    }
}
