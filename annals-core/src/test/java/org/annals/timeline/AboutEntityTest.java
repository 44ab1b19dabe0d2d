package org.annals.timeline;

import org.annals.event.Argument;
import org.annals.event.Participant;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which mentions name an entity, and the keys an index stores to find them by term, which must agree. */
class AboutEntityTest {

    private static final List<String> ASKED = List.of("Steve Jobs", "steve jobs", "iPod", "iTunes store",
            "Chinese troops", "iPhone 4", "Apple", "General Motors");
    private static final List<String> MENTIONS = List.of("Apple CEO Steve Jobs", "Jobs", "Steve", "iPods", "iPod nano",
            "the iTunes Music Store", "Store", "coalition troops", "the Chinese troops", "iPhone 4", "iPhone",
            "Apple Inc.", "Apple", "General Motors", "Motors", "GM");

    private static TimelineEntry entry(Participant mention, Argument.Role role) {
        TimelineEntry.Source s = new TimelineEntry.Source("a.txt", 0, 5, "x", "e1", null,
                List.of(new Argument(role, mention, null)));
        return new TimelineEntry("2020", null, new org.annals.model.Interval(java.time.LocalDate.of(2020, 1, 1),
                java.time.LocalDate.of(2020, 12, 31), org.annals.time.Granularity.YEAR), "did", "do", "did",
                List.of(), List.of(), List.of(s), org.annals.event.Anchor.Basis.CLAUSE, "t1",
                org.annals.event.EventClass.OCCURRENCE);
    }

    @Test
    void aMentionNamesAnEntityExactlyWhenItsKeysHoldOneOfTheEntitysNames() {
        for (String asked : ASKED) {
            AboutEntity a = AboutEntity.of(asked);
            for (String m : MENTIONS) {
                Participant p = new Participant(m, 0, m.length(), Participant.Type.OTHER);
                boolean matched = a.about(entry(p, Argument.Role.AGENT));
                boolean indexed = !Collections.disjoint(a.names(), AboutEntity.keys(m));
                assertEquals(matched, indexed, asked + " / " + m);
            }
        }
    }

    @Test
    void namesAndRoles() {
        AboutEntity jobs = AboutEntity.of("Steve Jobs");
        Participant he = new Participant("Apple CEO Steve Jobs", 0, 20, Participant.Type.PERSON);
        assertEquals(Argument.Role.PATIENT, jobs.match(entry(he, Argument.Role.PATIENT)).role());
        assertTrue(AboutEntity.of("iPod").about(entry(new Participant("iPods", 0, 5, Participant.Type.OTHER),
                Argument.Role.PATIENT)));
        // another product, and a common noun that is no name of its own
        assertNull(AboutEntity.of("iPod").match(entry(new Participant("iPod nano", 0, 9, Participant.Type.OTHER),
                Argument.Role.PATIENT)));
        assertNull(AboutEntity.of("Chinese troops").match(entry(new Participant("coalition troops", 0, 16,
                Participant.Type.OTHER), Argument.Role.AGENT)));
        assertEquals(Set.of("jobs", "steve jobs", "ceo steve jobs", "apple ceo steve jobs", "job", "steve job",
                "ceo steve job", "apple ceo steve job"), AboutEntity.keys("Apple CEO Steve Jobs"));
    }
}
