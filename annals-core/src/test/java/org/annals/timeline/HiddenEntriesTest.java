package org.annals.timeline;

import org.annals.event.Anchor;
import org.annals.event.EventClass;
import org.annals.model.Interval;
import org.annals.time.Granularity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HiddenEntriesTest {

    private static final Interval DAY = new Interval(LocalDate.of(1950, 10, 25), LocalDate.of(1950, 10, 25),
            Granularity.DAY);

    private static TimelineEntry entry(String event, String lemma, EventClass kind) {
        return new TimelineEntry("1950-10-25", null, DAY, event, lemma, event, List.of(), List.of(),
                List.of(new TimelineEntry.Source("a", 0, 1, event, "e1")), Anchor.Basis.CLAUSE, "t1", kind);
    }

    @Test
    void aListOfKindsAndPredicates() {
        HiddenEntries h = HiddenEntries.parse(" Reporting, said ,,PUBLISHED,i_state ");
        assertEquals(Set.of(EventClass.REPORTING, EventClass.I_STATE), h.kinds());
        assertEquals(Set.of("said", "published"), h.predicates());
        assertEquals("reporting,i_state,published,said", h.toString());
        assertSame(HiddenEntries.NONE, HiddenEntries.parse(null));
        assertSame(HiddenEntries.NONE, HiddenEntries.parse("  "));
        assertTrue(HiddenEntries.parse(",").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> HiddenEntries.parse("x,".repeat(101)));
    }

    @Test
    void hidesByKindByPredicateAsWrittenAndByBaseForm() {
        HiddenEntries h = HiddenEntries.parse("reporting,attack,Published");
        assertTrue(h.hides(entry("told", "tell", EventClass.REPORTING)));
        assertTrue(h.hides(entry("attacked", "attack", EventClass.OCCURRENCE)));
        assertTrue(h.hides(entry("published", "published", null)));
        assertFalse(h.hides(entry("crossed", "cross", EventClass.OCCURRENCE)));
        assertFalse(h.hides(entry("crossed", null, null)));
        Timeline t = new Timeline(List.of(entry("told", "tell", EventClass.REPORTING),
                entry("crossed", "cross", EventClass.OCCURRENCE)));
        assertEquals(List.of("crossed"), h.apply(t).entries().stream().map(TimelineEntry::event).toList());
        assertSame(t, HiddenEntries.NONE.apply(t));
    }
}
