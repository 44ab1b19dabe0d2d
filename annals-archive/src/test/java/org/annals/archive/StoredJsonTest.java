package org.annals.archive;

import org.annals.model.Document;
import org.annals.model.Timex;
import org.annals.timeline.TimelineEntry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoredJsonTest {

    private static final String TEXT = "WASHINGTON, Oct. 3, 1998 -- Two years ago, the talks began every Tuesday at"
            + " 10 a.m. Now, in the fall of 1950 terms, late October was cold. Future plans are due in the third"
            + " quarter; they met on Monday morning and in the 1950s, and for about three hours. Congress approved"
            + " the plan last week.";

    @Test
    void timexesOfEveryKindComeBackEqual() {
        List<Timex> timexes = LuceneArchiveTest.ANNALS.tag(Document.of("x.txt", TEXT)).timexes();
        Set<String> types = timexes.stream().map(t -> t.type().name()).collect(Collectors.toSet());
        assertTrue(types.containsAll(Set.of("DATE", "TIME", "DURATION", "SET")), timexes.toString());
        List<Timex> back = StoredJson.timexes(StoredJson.timexes(timexes));
        assertEquals(timexes, back);
        for (int k = 0; k < timexes.size(); k++) {
            assertEquals(timexes.get(k).time().toString(), back.get(k).time().toString(), "implied fields kept");
        }
    }

    @Test
    void entriesComeBackEqualOpenSidesIncluded() {
        List<TimelineEntry> entries = LuceneArchiveTest.ANNALS.timeline(List.of(Document.of("x.txt", TEXT)))
                .entries();
        assertTrue(entries.size() > 3, entries.toString());
        for (TimelineEntry e : entries) {
            assertEquals(e, StoredJson.entry(StoredJson.entry(e)));
        }
    }
}
