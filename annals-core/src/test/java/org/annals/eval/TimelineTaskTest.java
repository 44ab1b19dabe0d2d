package org.annals.eval;

import org.annals.api.Annals;
import org.annals.model.Genre;
import org.annals.timeline.Timeline;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A target's timeline in the task's format, from documents written here. */
class TimelineTaskTest {

    private static CatDocument doc(String id, String dct, String... sentences) throws IOException {
        StringBuilder x = new StringBuilder("<Document doc_id=\"" + id + "\">");
        int tid = 0;
        for (int s = 0; s < sentences.length; s++) {
            for (String w : sentences[s].split(" ")) {
                tid++;
                x.append("<token sentence=\"").append(s).append("\" t_id=\"").append(tid).append("\">").append(w)
                        .append("</token>");
            }
        }
        x.append("<Markables><TIMEX3 functionInDocument=\"CREATION_TIME\" value=\"").append(dct)
                .append("\"/></Markables></Document>");
        return CatDocument.read(new ByteArrayInputStream(x.toString().getBytes(StandardCharsets.UTF_8)), id);
    }

    @Test
    void theTargetsEventsRankedByDateInTheTasksFormat() throws IOException {
        CatDocument a = doc("1", "2011-10-06", "Steve Jobs founded Apple in 1976 .",
                "In 1985 , Jobs left the company .", "Microsoft released Windows in 1985 .");
        Map<String, CatDocument> docs = Map.of("1", a);
        Timeline t = Annals.builder().genre(Genre.NEWS).build().timeline(List.of(a.document()));
        List<String> lines = TimelineTask.lines(t, docs, "Steve Jobs");
        assertEquals(List.of("Steve Jobs", "1\t1976\t1-0-founded", "2\t1985\t1-1-left"), lines);
    }

    /** A phrasal verb is written as the task writes it: the verb and its particle, joined by '_'. */
    @Test
    void phrasalVerbsAreWrittenWithTheirParticle() throws IOException {
        CatDocument a = doc("2", "2011-01-17", "Jobs showed off the phone .",
                "He took six months off in early 2009 .", "He took the phone out of his pocket .",
                "He took a break .", "He walked three miles up the hill .");
        assertEquals("showed_off", TimelineTask.phrasal(a, a.tokens().get(1)));
        assertEquals("took_off", TimelineTask.phrasal(a, a.tokens().get(7)));
        assertEquals("took_out", TimelineTask.phrasal(a, a.tokens().get(16)));
        assertEquals("took", TimelineTask.phrasal(a, a.tokens().get(25)));
        // a word after the object that starts a phrase of its own is a preposition, not the verb's particle
        assertEquals("walked", TimelineTask.phrasal(a, a.tokens().get(30)));
    }

    @Test
    void theNamesATargetGoesBy() {
        assertEquals(java.util.Set.of("steve jobs", "jobs"), org.annals.timeline.AboutEntity.of("Steve Jobs").names());
        assertEquals(java.util.Set.of("iphone 4"), org.annals.timeline.AboutEntity.of("iPhone 4").names());
        // a common noun is no name of its own: "troops" is not "Chinese troops"
        assertEquals(java.util.Set.of("chinese troops"), org.annals.timeline.AboutEntity.of("Chinese troops").names());
        assertEquals(java.util.Set.of("itunes store", "store"),
                org.annals.timeline.AboutEntity.of("iTunes store").names());
    }
}
