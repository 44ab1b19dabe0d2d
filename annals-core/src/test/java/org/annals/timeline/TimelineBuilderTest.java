package org.annals.timeline;

import org.annals.event.Fixtures;
import org.annals.event.LinkedDocument;
import org.annals.event.TemporalLinker;
import org.annals.model.Genre;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimelineBuilderTest {

    private static LinkedDocument linked(String source, String text, LocalDate dct, String... events) {
        return new TemporalLinker().link(Fixtures.doc(source, text, dct, Genre.NARRATIVE, events));
    }

    private static List<String> lines(Timeline t) {
        return t.entries().stream().map(e -> e.value() + " " + e.event() + " " + e.sources().size()).toList();
    }

    @Test
    void ordersDaysMonthsAndMergesParaphrasesAcrossDocuments() {
        LinkedDocument a = linked("a.txt", "On Oct. 25, 1950, the Chinese army crossed the Yalu River. "
                + "In October 1950 the rains ended.", LocalDate.of(2020, 11, 2), "crossed/PAST", "ended/PAST");
        LinkedDocument b = linked("b.txt", "The crossing of the Yalu River by Chinese troops on October 25,"
                + " 1950 surprised everyone. In 1945 the war ended.", LocalDate.of(2010, 1, 5), "crossing",
                "surprised/PAST", "war");
        Timeline t = new TimelineBuilder().build(List.of(a, b));
        assertEquals(List.of("1945 war 1", "1950-10-25 crossed 2", "1950-10-25 surprised 1", "1950-10 ended 1",
                "2010-01-05 published 1", "2020-11-02 published 1"), lines(t));
        TimelineEntry crossed = t.entries().get(1);
        assertEquals(List.of("a.txt", "b.txt"), crossed.sources().stream().map(TimelineEntry.Source::document).toList());
        assertEquals(List.of("Yalu River"), crossed.places().stream().map(p -> p.text()).toList());
    }

    @Test
    void aRangeOfTwoDatesIsOneSpan() {
        LinkedDocument a = linked("a.txt", "Between 1803 and 1815 Napoleon fought most of Europe. From 1618 to 1648 the"
                + " armies ravaged Germany. The Civil War (1861-65) killed many. The war lasted from May 1940 to"
                + " June 1940. In 1950 and 1953 the club won.", LocalDate.of(2020, 1, 1), "fought/PAST", "ravaged/PAST",
                "killed/PAST", "lasted/PAST", "won/PAST");
        Timeline t = new TimelineBuilder().build(List.of(a));
        // "1950 and 1953" is no range: the closest date is the verb's
        assertEquals(List.of("1618/1648 ravaged 1", "1803/1815 fought 1", "1861/1865 killed 1",
                "1940-05/1940-06 lasted 1", "1953 won 1", "2020-01-01 published 1"), lines(t));
        TimelineEntry fought = t.entries().get(1);
        assertEquals(LocalDate.of(1803, 1, 1), fought.interval().start());
        assertEquals(LocalDate.of(1815, 12, 31), fought.interval().end());
    }

    @Test
    void eachEntrySaysWhereItsTimeCameFrom() {
        // "marched" has no time of its own: the story's, set by the sentence before
        LinkedDocument a = linked("a.txt", "On Oct. 25, 1950, the army crossed the river. It marched north. The"
                + " king was crowned in 1066 and his son wept.", LocalDate.of(2020, 11, 2),
                "crossed/PAST", "marched/PAST", "crowned/PAST", "wept/PAST");
        Timeline t = new TimelineBuilder().build(List.of(a));
        java.util.Map<String, TimelineEntry> byEvent = new java.util.HashMap<>();
        t.entries().forEach(e -> byEvent.put(e.event(), e));
        assertEquals(org.annals.event.Anchor.Basis.CLAUSE, byEvent.get("crossed").anchor());
        assertEquals("t1", byEvent.get("crossed").anchorTid());
        assertEquals(org.annals.event.Anchor.Basis.STORY, byEvent.get("marched").anchor());
        assertEquals(org.annals.event.Anchor.Basis.CLAUSE, byEvent.get("crowned").anchor());
        assertEquals(org.annals.event.Anchor.Basis.SENTENCE, byEvent.get("wept").anchor());
        assertEquals(org.annals.event.Anchor.Basis.DOCUMENT, byEvent.get("published").anchor());
        assertEquals("t0", byEvent.get("published").anchorTid());
    }

    @Test
    void anEventOnNoDateIsListedLastWithNoValue() {
        // no document date and no time in the text: the events are listed, on no date, never at an invented one
        LinkedDocument a = new TemporalLinker().link(Fixtures.doc("a.txt", "The king died. In 1066 his son was crowned.",
                null, Genre.NARRATIVE, "died/PAST", "crowned/PAST"));
        LinkedDocument b = new TemporalLinker().link(Fixtures.doc("b.txt", "The king died.", null, Genre.NARRATIVE,
                "died/PAST"));
        Timeline t = new TimelineBuilder().build(List.of(a, b));
        assertEquals(List.of("1066 crowned 1", "null died 1", "null died 1"), lines(t));
        TimelineEntry died = t.entries().get(1);
        assertEquals(org.annals.event.Anchor.Basis.NONE, died.anchor());
        assertEquals(null, died.anchorTid());
        assertEquals(true, org.annals.model.Intervals.isOpen(died.interval()));
    }

    @Test
    void sinceAndUntilBoundOneSide() {
        LinkedDocument a = linked("a.txt", "The king reigned until 1547. Since 1990 the museum has housed the"
                + " collection.", LocalDate.of(2020, 1, 1), "reigned/PAST", "housed/PRESENT/PERFECTIVE");
        Timeline t = new TimelineBuilder().build(List.of(a));
        TimelineEntry reigned = t.entries().get(0);
        assertEquals("reigned", reigned.event());
        assertEquals("ON_OR_BEFORE", reigned.mod());
        assertEquals(org.annals.model.Intervals.OPEN_START, reigned.interval().start());
        assertEquals(LocalDate.of(1547, 12, 31), reigned.interval().end());
        // what has held since 1990 still holds when the text is written: up to the document date, not for ever
        TimelineEntry housed = t.entries().get(1);
        assertEquals("housed", housed.event());
        assertEquals("ON_OR_AFTER", housed.mod());
        assertEquals(LocalDate.of(1990, 1, 1), housed.interval().start());
        assertEquals(LocalDate.of(2020, 1, 1), housed.interval().end());
    }

    @Test
    void anAttributionIsNoEntry() {
        LinkedDocument a = linked("a.txt", "According to Livy, Hannibal crossed the Alps in 218 BC.",
                LocalDate.of(2020, 1, 1), "According", "crossed/PAST");
        Timeline t = new TimelineBuilder().build(List.of(a));
        assertEquals(List.of("BC0218 crossed 1", "2020-01-01 published 1"), lines(t));
    }

    @Test
    void noMergeWithoutSharedNamesOrWithinOneDocument() {
        LinkedDocument a = linked("a.txt", "On May 1, 1945, Soviet troops crossed the Spree River.",
                LocalDate.of(2020, 1, 1), "crossed/PAST");
        LinkedDocument b = linked("b.txt", "On May 1, 1945, Allied troops crossed the Elbe River. On May 1,"
                + " 1945, Allied troops crossed the Elbe River.", LocalDate.of(2020, 1, 1), "crossed/PAST",
                "crossed/PAST");
        Timeline t = new TimelineBuilder().build(List.of(a, b));
        assertEquals(List.of("1945-05-01 crossed 1", "1945-05-01 crossed 1", "1945-05-01 crossed 1",
                "2020-01-01 published 1", "2020-01-01 published 1"), lines(t));
    }

    @Test
    void mergingPerDocumentTimelinesGivesTheTimelineOfAll() {
        LinkedDocument a = linked("a.txt", "On Oct. 25, 1950, the Chinese army crossed the Yalu River. "
                + "In October 1950 the rains ended.", LocalDate.of(2020, 11, 2), "crossed/PAST", "ended/PAST");
        LinkedDocument b = linked("b.txt", "The crossing of the Yalu River by Chinese troops on October 25,"
                + " 1950 surprised everyone. In 1945 the war ended.", LocalDate.of(2010, 1, 5), "crossing",
                "surprised/PAST", "war");
        TimelineBuilder builder = new TimelineBuilder();
        Timeline all = builder.build(List.of(a, b));
        Timeline merged = builder.merge(List.of(builder.build(List.of(a)), builder.build(List.of(b))));
        assertEquals(all, merged);
        assertEquals(2, merged.entries().get(1).sources().size());
        assertEquals(TimelineBuilder.mergeKey(all.entries().get(1)), TimelineBuilder.key("cross"));
        assertEquals(true, TimelineBuilder.isPublication(all.entries().get(4)));
        assertEquals(false, TimelineBuilder.isPublication(all.entries().get(1)));
    }

    @Test
    void predicateKeys() {
        assertEquals(TimelineBuilder.key("invasion"), TimelineBuilder.key("invade"));
        assertEquals(TimelineBuilder.key("crossing"), TimelineBuilder.key("cross"));
        assertEquals(TimelineBuilder.key("victory"), TimelineBuilder.key("win"));
    }
}
