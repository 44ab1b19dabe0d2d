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

    @Test
    void theNamesATargetGoesBy() {
        assertEquals(java.util.Set.of("steve jobs", "jobs"), org.annals.timeline.AboutEntity.of("Steve Jobs").names());
        assertEquals(java.util.Set.of("iphone 4"), org.annals.timeline.AboutEntity.of("iPhone 4").names());
    }
}
